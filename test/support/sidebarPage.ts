// build/Sidebar.html run in Node: its script in a fresh vm context over the fake DOM, with a google.script.run
// as HtmlService gives it (https://developers.google.com/apps-script/guides/html/reference/run). One copy for
// the unit tests (answers the test sets), the hardening suite (the emulator's bridge) and the client wrapper.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { FakeDocument } from '../client/fakeDom';

export const SIDEBAR_FILE = path.resolve(__dirname, '../../build/Sidebar.html');

/** The built page split as the tests read it: its one script, and the markup without script or style. */
export function sidebarPage(): { html: string; script: string; markup: string } {
  if (!fs.existsSync(SIDEBAR_FILE)) throw new Error(`${SIDEBAR_FILE} is missing: run \`npm run build\``);
  const html = fs.readFileSync(SIDEBAR_FILE, 'utf8');
  return {
    html,
    script: /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '',
    markup: html
      .replace(/<script>[\s\S]*<\/script>/, '<script></script>')
      .replace(/<style>[\s\S]*<\/style>/, ''),
  };
}

/** What reaches a handler: the success handler's value, or the failure handler's error. */
export type RunAnswer = { ok: true; value: unknown } | { ok: false; error: unknown };

type Handler = (value: unknown) => void;

/**
 * A google.script.run: withSuccessHandler and withFailureHandler each give a new runner, and a call to a
 * server function returns nothing; `call` runs when the page calls (the server side of the trip), and the
 * answer it gives reaches the handler a tick later, as the real transport's does.
 */
export function fakeScriptRun(call: (name: string, args: unknown[]) => () => RunAnswer): unknown {
  const runner = (onSuccess?: Handler, onFailure?: Handler): unknown =>
    new Proxy(
      {},
      {
        get: (_target, name: string) => {
          if (name === 'withSuccessHandler') return (handler: Handler) => runner(handler, onFailure);
          if (name === 'withFailureHandler') return (handler: Handler) => runner(onSuccess, handler);
          return (...args: unknown[]) => {
            const answer = call(name, args);
            setTimeout(() => {
              const reply = answer();
              if (reply.ok) onSuccess?.(reply.value);
              else onFailure?.(reply.error);
            }, 0);
          };
        },
      },
    );
  return runner();
}

/**
 * Server functions of the test's own, carried as the transport carries them: a JSON copy each way; a throw
 * reaches the failure handler.
 */
export function answeredBy(
  functions: Record<string, (...args: unknown[]) => unknown>,
  calls: { name: string; args: unknown[] }[] = [],
): (name: string, args: unknown[]) => () => RunAnswer {
  return (name, args) => {
    calls.push({ name, args: JSON.parse(JSON.stringify(args)) });
    return () => {
      try {
        return { ok: true, value: JSON.parse(JSON.stringify(functions[name]!(...args) ?? null)) };
      } catch (error) {
        return { ok: false, error };
      }
    };
  };
}

/** Runs the page's script in a fresh context: the fake DOM, the browser's language, the given google.script.run. */
export function runSidebarScript(script: string, doc: FakeDocument, lang: string, run: unknown): void {
  const context = vm.createContext({
    document: doc,
    navigator: { language: lang },
    crypto: globalThis.crypto,
    google: { script: { run } },
    setTimeout,
    clearTimeout,
  });
  vm.runInContext(script, context);
}
