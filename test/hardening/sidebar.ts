// The built sidebar run against the fake DOM, its google.script.run wired to the real bundle in the emulator.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { FakeDocument, type FakeElement } from '../client/fakeDom';
import type { Addon } from './support';

const FILE = path.resolve(__dirname, '../../build/Sidebar.html');

function page(): { script: string; markup: string } {
  if (!fs.existsSync(FILE)) throw new Error(`${FILE} is missing: run \`npm run build\``);
  const html = fs.readFileSync(FILE, 'utf8');
  return {
    script: /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '',
    markup: html
      .replace(/<script>[\s\S]*<\/script>/, '<script></script>')
      .replace(/<style>[\s\S]*<\/style>/, ''),
  };
}

type Handler = (value: unknown) => void;

export interface OpenSidebar {
  doc: FakeDocument;
  el(id: string): FakeElement;
  /** Types into the form's fields by name (`title`, `notes`, …). */
  fill(values: Record<string, string>): void;
  submit(): Promise<void>;
  /** The next call reaches the server and runs there, but its answer never comes back: a network failure. */
  loseNextResponse(): void;
  /** The server functions called, in order. */
  calls: string[];
}

export const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/**
 * Opens build/Sidebar.html as HtmlService would serve it in `app`'s spreadsheet: the page's script runs in a
 * fresh context, and each google.script.run call goes through the emulator's bridge (JSON copies, Dates
 * refused), answering the success or the failure handler a tick later, as the real one does.
 */
export async function openSidebar(app: Addon, browserLanguage = 'th'): Promise<OpenSidebar> {
  const { script, markup } = page();
  const doc = new FakeDocument(markup);
  const calls: string[] = [];
  let loseNext = false;
  const runner = (onSuccess?: Handler, onFailure?: Handler): unknown =>
    new Proxy(
      {},
      {
        get: (_target, name: string) => {
          if (name === 'withSuccessHandler') return (handler: Handler) => runner(handler, onFailure);
          if (name === 'withFailureHandler') return (handler: Handler) => runner(onSuccess, handler);
          return (...args: unknown[]) => {
            calls.push(name);
            const lost = loseNext;
            loseNext = false;
            const answer = app.emu.bridge.call(name, args);
            setTimeout(() => {
              if (lost) onFailure?.(new Error('NetworkError: Connection failure due to HTTP 0'));
              else if (answer.ok) onSuccess?.(answer.value);
              else onFailure?.(Object.assign(new Error(answer.error.message), { name: answer.error.name }));
            }, 0);
          };
        },
      },
    );
  const context = vm.createContext({
    document: doc,
    navigator: { language: browserLanguage },
    crypto: globalThis.crypto,
    google: { script: { run: runner() } },
    setTimeout,
    clearTimeout,
  });
  vm.runInContext(script, context);
  await settle();
  const el = (id: string) => {
    const element = doc.getElementById(id);
    if (!element) throw new Error(`the sidebar has no #${id}`);
    return element;
  };
  return {
    doc,
    el,
    calls,
    fill(values) {
      for (const [field, value] of Object.entries(values)) el(`field-${field}`).value = value;
    },
    async submit() {
      el('mission-form').dispatch('submit');
      await settle();
    },
    loseNextResponse() {
      loseNext = true;
    },
  };
}
