// The typed promise wrapper of google.script.run: the right server function, its arguments, both handlers.
import { promisify, ServerUnavailableError, server, type Transportable } from '../../src/client/server';
import { answeredBy, fakeScriptRun } from '../support/sidebarPage';

interface Call {
  name: string;
  args: unknown[];
}

/**
 * A stand-in for google.script.run as HtmlService gives it: withSuccessHandler and withFailureHandler return a
 * new runner, and calling a server function answers later, through a JSON copy (no Date survives the trip).
 */
function installFakeRun(functions: Record<string, (...args: unknown[]) => unknown>): Call[] {
  const calls: Call[] = [];
  (globalThis as { google?: unknown }).google = {
    script: { run: fakeScriptRun(answeredBy(functions, calls)) },
  };
  return calls;
}

afterEach(() => {
  delete (globalThis as { google?: unknown }).google;
});

describe('the server wrapper', () => {
  it('calls getFormConfig and resolves with what the success handler receives', async () => {
    const calls = installFakeRun({ getFormConfig: () => ({ lang: 'th', fiscalYear: 2568 }) });
    await expect(server.getFormConfig()).resolves.toEqual({ lang: 'th', fiscalYear: 2568 });
    expect(calls).toEqual([{ name: 'getFormConfig', args: [] }]);
  });

  it('calls submitMission with the mission as its one argument', async () => {
    const calls = installFakeRun({ submitMission: () => ({ ok: false, errors: { form: 'busy' } }) });
    const input = {
      id: 'abcdefgh',
      date: '2025-01-15',
      kind: 'speech',
      title: 'T',
      counterpart: 'C',
      status: 'done',
    };
    await expect(server.submitMission(input)).resolves.toEqual({ ok: false, errors: { form: 'busy' } });
    expect(calls).toEqual([{ name: 'submitMission', args: [input] }]);
  });

  it('rejects with what the failure handler receives (an exception on the server, a network error)', async () => {
    installFakeRun({
      submitMission: () => {
        throw new Error('Exception: Service Spreadsheets timed out');
      },
    });
    await expect(
      server.submitMission({
        date: '2025-01-15',
        kind: 'speech',
        title: 'T',
        counterpart: 'C',
        status: 'done',
      }),
    ).rejects.toThrow('Exception: Service Spreadsheets timed out');
  });

  it('gives each call its own handlers', async () => {
    let n = 0;
    installFakeRun({ getFormConfig: () => ({ call: ++n }) });
    const answers = await Promise.all([server.getFormConfig(), server.getFormConfig()]);
    expect(answers).toEqual([{ call: 1 }, { call: 2 }]);
  });

  it('rejects, never throws, outside Apps Script where there is no google.script.run', async () => {
    await expect(server.getFormConfig()).rejects.toBeInstanceOf(ServerUnavailableError);
  });

  it('wraps only functions the server exports (a renamed one does not compile)', () => {
    expect(Object.keys(promisify('setupSheets', 'buildSummary'))).toEqual(['setupSheets', 'buildSummary']);
    // @ts-expect-error: no server function has this name.
    promisify('getFormConfiguration');
  });

  it('models what google.script.run carries: plain JSON, no Date', () => {
    const plain: Transportable<{ a: string; b: number[]; c?: { d: boolean | null } }> = true;
    // @ts-expect-error: a Date fails the call, so it is not transportable.
    const withDate: Transportable<{ when: Date }> = true;
    expect([plain, withDate]).toEqual([true, true]);
  });
});
