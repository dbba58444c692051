// The built sidebar run against the fake DOM, its google.script.run wired to the real bundle in the emulator.
import { FakeDocument, type FakeElement } from '../client/fakeDom';
import { fakeScriptRun, runSidebarScript, sidebarPage } from '../support/sidebarPage';
import type { Addon } from './support';

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
  const { script, markup } = sidebarPage();
  const doc = new FakeDocument(markup);
  const calls: string[] = [];
  let loseNext = false;
  const run = fakeScriptRun((name, args) => {
    calls.push(name);
    const lost = loseNext;
    loseNext = false;
    const answer = app.emu.bridge.call(name, args);
    return () =>
      lost
        ? { ok: false, error: new Error('NetworkError: Connection failure due to HTTP 0') }
        : answer.ok
          ? answer
          : { ok: false, error: Object.assign(new Error(answer.error.message), { name: answer.error.name }) };
  });
  runSidebarScript(script, doc, browserLanguage, run);
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
