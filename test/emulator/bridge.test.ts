// The google.script.run bridge, following https://developers.google.com/apps-script/guides/html/reference/run
// and https://developers.google.com/apps-script/guides/html/communication

import vm from 'node:vm';
import { googleScriptShim } from '../../dev/emulator';
import { loadedEmulator } from './helpers';

describe('google.script.run bridge (developers.google.com/apps-script/guides/html/communication)', () => {
  it('calls a top-level function and returns a JSON copy of its result', () => {
    const { emu } = loadedEmulator();
    const input = { title: 'Visit', steps: [true, false], nested: { n: 1 } };
    const result = emu.bridge.run('echo', [input]);
    expect(result).toEqual(input);
    expect(result).not.toBe(input);
  });

  it('hands the server plain objects of its own realm', () => {
    const { emu } = loadedEmulator();
    expect(emu.bridge.run('isPlainArray', [[1, 2]])).toBe(true);
  });

  it('turns undefined in arrays into null and an undefined result into null', () => {
    const { emu } = loadedEmulator();
    expect(emu.bridge.run('echo', [[1, undefined, 3]])).toEqual([1, null, 3]);
    expect(emu.bridge.run('nothing')).toBeNull();
  });

  it('refuses a Date, a function or a DOM element in the arguments, nested ones included', () => {
    const { emu } = loadedEmulator();
    expect(() => emu.bridge.run('echo', [new Date()])).toThrow('Failed due to illegal value in property: 0');
    expect(() => emu.bridge.run('echo', [{ when: new Date() }])).toThrow(
      'Failed due to illegal value in property: when',
    );
    expect(() => emu.bridge.run('echo', [{ fn: () => 1 }])).toThrow('illegal value');
    expect(() => emu.bridge.run('echo', [{ nodeType: 1, tagName: 'DIV' }])).toThrow('illegal value');
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    expect(() => emu.bridge.run('echo', [circular])).toThrow('illegal value');
  });

  it('delivers null when the result holds a Date, and records a warning', () => {
    const { emu } = loadedEmulator();
    expect(emu.bridge.run('today')).toBeNull();
    expect(emu.bridge.run('withDateInside')).toBeNull();
    expect(emu.warnings()[0]).toContain('google.script.run.today returned an illegal value');
  });

  it('refuses private functions (name ending in _) and names that are not top-level functions', () => {
    const { emu } = loadedEmulator();
    expect(() => emu.bridge.run('privateHelper_')).toThrow(
      'google.script.run.privateHelper_ is not a function',
    );
    expect(() => emu.bridge.run('SpreadsheetApp')).toThrow('is not a function');
    expect(() => emu.bridge.run('constructor')).toThrow('is not a function');
  });

  it('passes a thrown error to the failure side with its message', () => {
    const { emu } = loadedEmulator();
    expect(() => emu.bridge.run('explode')).toThrow('Something broke');
    expect(emu.bridge.call('explode')).toEqual({
      ok: false,
      error: { name: 'Error', message: 'Something broke' },
    });
    expect(emu.bridge.call('echo', ['hi'])).toEqual({ ok: true, value: 'hi' });
  });

  it('releases locks at the end of each call', () => {
    const { emu } = loadedEmulator();
    expect(emu.bridge.run('appendUnderLock')).toBe('done');
    emu.lock.busy = true;
    expect(emu.bridge.run('appendUnderLock')).toBe('busy');
    expect(emu.lock.held.size).toBe(0);
  });
});

describe('browser shim for google.script.run', () => {
  function browser(respond: (body: { name: string; args: unknown[] }) => unknown) {
    const posted: unknown[] = [];
    const context = vm.createContext({
      window: {
        location: { origin: 'http://127.0.0.1:8080' },
        parent: { postMessage: (m: unknown) => posted.push(m) },
      },
      fetch: (_url: string, init: { body: string }) =>
        Promise.resolve({ json: () => Promise.resolve(respond(JSON.parse(init.body))) }),
      console,
      Proxy,
      Set,
      Promise,
    });
    vm.runInContext('var window = this.window; window.google = undefined;', context);
    vm.runInContext(googleScriptShim(), context);
    return {
      google: (context as unknown as { window: { google: Record<string, unknown> } }).window.google,
      posted,
    };
  }

  it('calls the endpoint and the success handler with the value and the user object', async () => {
    const { google } = browser((body) => ({ ok: true, value: `${body.name}:${JSON.stringify(body.args)}` }));
    const script = google['script'] as { run: Record<string, (...a: unknown[]) => unknown> };
    const got = await new Promise((resolve) => {
      const runner = script.run as unknown as {
        withSuccessHandler(fn: unknown): {
          withUserObject(o: unknown): Record<string, (...a: unknown[]) => void>;
        };
      };
      runner
        .withSuccessHandler((value: unknown, user: unknown) => resolve([value, user]))
        .withUserObject('u')
        ['getFormConfig']?.(1);
    });
    expect(got).toEqual(['getFormConfig:[1]', 'u']);
  });

  it('calls the failure handler with an Error and throws on a Date argument', async () => {
    const { google, posted } = browser(() => ({ ok: false, error: { name: 'Error', message: 'busy' } }));
    const script = google['script'] as {
      run: { withFailureHandler(fn: unknown): Record<string, (...a: unknown[]) => void> };
      host: { close(): void };
    };
    const message = await new Promise((resolve) => {
      script.run.withFailureHandler((e: Error) => resolve(e.message))['submitMission']?.({});
    });
    expect(message).toBe('busy');
    expect(() => script.run.withFailureHandler(() => 0)['submitMission']?.({ date: new Date() })).toThrow(
      'Failed due to illegal value in property: date',
    );
    script.host.close();
    expect(posted).toEqual([{ type: 'google.script.host.close' }]);
  });
});
