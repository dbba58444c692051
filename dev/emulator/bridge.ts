// The google.script.run bridge: calls the bundle's functions with the transport's rules, and the browser
// shim the preview serves. https://developers.google.com/apps-script/guides/html/communication

import type { Runtime } from './runtime';

/**
 * Finds a value the transport refuses: "Requests fail if you attempt to pass a Date, Function, DOM element
 * besides a form, or other prohibited type, including prohibited types inside objects or arrays. Objects
 * that create circular references will also fail". Returns the offending property name, or undefined.
 */
export function illegalProperty(value: unknown, key = '0', seen = new Set<object>()): string | undefined {
  if (value === null || value === undefined) return undefined;
  const type = typeof value;
  if (type === 'string' || type === 'boolean' || type === 'number') return undefined;
  if (type !== 'object') return key; // function, symbol, bigint
  const obj = value as object;
  const tag = Object.prototype.toString.call(obj);
  if (
    tag === '[object Date]' ||
    tag === '[object RegExp]' ||
    tag === '[object Map]' ||
    tag === '[object Set]'
  ) {
    return key;
  }
  if ('nodeType' in obj || 'tagName' in obj) return key; // DOM-like
  if (seen.has(obj)) return key;
  seen.add(obj);
  try {
    if (Array.isArray(obj)) {
      for (let i = 0; i < obj.length; i++) {
        const bad = illegalProperty(obj[i], String(i), seen);
        if (bad !== undefined) return bad;
      }
      return undefined;
    }
    const proto = Object.getPrototypeOf(obj);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) return key; // class instances
    for (const [k, v] of Object.entries(obj)) {
      const bad = illegalProperty(v, k, seen);
      if (bad !== undefined) return bad;
    }
    return undefined;
  } finally {
    seen.delete(obj);
  }
}

export type BridgeResult =
  | { ok: true; value: unknown }
  | { ok: false; error: { name: string; message: string } };

export interface BridgeHost {
  runtime: Runtime;
  functions(): Record<string, (...args: unknown[]) => unknown> | undefined;
  /** Runs one server execution (FULL authorization, locks released at the end). */
  execute<T>(fn: () => T): T;
}

export class Bridge {
  constructor(private readonly host: BridgeHost) {}

  /**
   * Calls a server function as google.script.run does and returns what the success handler would receive.
   * Throws (a host Error) where the failure handler would be called or the client call would throw.
   */
  run(name: string, args: unknown[] = []): unknown {
    const functions = this.host.functions();
    if (!functions) throw new Error('Emulator: load(bundlePath) before using google.script.run');
    // Private functions (name ending in _) and anything that is not a top-level function are not exposed.
    if (name.endsWith('_') || !hasOwn(functions, name) || typeof functions[name] !== 'function') {
      throw new TypeError(`google.script.run.${name} is not a function`);
    }
    args.forEach((arg, i) => {
      const bad = illegalProperty(arg, String(i));
      if (bad !== undefined) throw new Error(`Failed due to illegal value in property: ${bad}`);
    });
    const realm = this.host.runtime.realm;
    // Arguments arrive as copies with JSON semantics (undefined in arrays becomes null), made in the realm.
    const serverArgs = realm.parseJson(
      JSON.stringify(args.map((a) => (a === undefined ? null : a))),
    ) as unknown[];
    let result: unknown;
    try {
      result = this.host.execute(() => (functions[name] as (...a: unknown[]) => unknown)(...serverArgs));
    } catch (e) {
      const err = e as { name?: string; message?: string };
      const error = new Error(err?.message ?? String(e));
      error.name = err?.name ?? 'Error';
      throw error;
    }
    if (result === undefined) return null;
    const bad = illegalProperty(result, 'result');
    if (bad !== undefined) {
      // Google delivers null to the success handler when the return value holds a Date or another illegal value.
      this.host.runtime.warnings.push(
        `google.script.run.${name} returned an illegal value (property ${bad}); the client receives null`,
      );
      return null;
    }
    return JSON.parse(JSON.stringify(result));
  }

  /** The same call as a result object, for the preview's /rpc endpoint. */
  call(name: string, args: unknown[] = []): BridgeResult {
    try {
      return { ok: true, value: this.run(name, args) };
    } catch (e) {
      const err = e as Error;
      return { ok: false, error: { name: err.name, message: err.message } };
    }
  }
}

/**
 * Browser-side google.script.run and google.script.host for the preview: each call POSTs {name, args} to
 * `endpoint` and expects a BridgeResult. Illegal arguments throw synchronously, as in Apps Script.
 */
export function googleScriptShim(options: { endpoint?: string } = {}): string {
  const endpoint = JSON.stringify(options.endpoint ?? '/rpc');
  return `(function () {
  'use strict';
  var ENDPOINT = ${endpoint};
  ${illegalProperty.toString()}
  function runner(success, failure, userObject) {
    var base = {
      withSuccessHandler: function (fn) { return runner(fn, failure, userObject); },
      withFailureHandler: function (fn) { return runner(success, fn, userObject); },
      withUserObject: function (obj) { return runner(success, failure, obj); }
    };
    return new Proxy(base, {
      get: function (target, prop) {
        if (prop in target) return target[prop];
        if (typeof prop !== 'string') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          for (var i = 0; i < args.length; i++) {
            var bad = illegalProperty(args[i], String(i), new Set());
            if (bad !== undefined) throw new Error('Failed due to illegal value in property: ' + bad);
          }
          fetch(ENDPOINT, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ name: prop, args: args })
          })
            .then(function (res) { return res.json(); })
            .then(function (result) {
              if (result.ok) { if (success) success(result.value, userObject); return; }
              var error = new Error(result.error.message);
              error.name = result.error.name;
              if (failure) failure(error, userObject); else console.error(error);
            }, function (e) {
              var error = new Error('NetworkError: Connection failure due to HTTP 0');
              if (failure) failure(error, userObject); else console.error(error, e);
            });
        };
      }
    });
  }
  var host = {
    close: function () { window.parent.postMessage({ type: 'google.script.host.close' }, '*'); },
    setHeight: function (h) { window.parent.postMessage({ type: 'google.script.host.setHeight', value: h }, '*'); },
    setWidth: function (w) { window.parent.postMessage({ type: 'google.script.host.setWidth', value: w }, '*'); },
    editor: { focus: function () { window.parent.postMessage({ type: 'google.script.host.editor.focus' }, '*'); } },
    origin: window.location.origin
  };
  window.google = window.google || {};
  window.google.script = { run: runner(null, null, undefined), host: host };
})();`;
}

/** Own keys only (Object.hasOwn is ES2022; the project targets ES2020). */
function hasOwn(obj: object, key: string): boolean {
  return Object.getOwnPropertyDescriptor(obj, key) !== undefined;
}
