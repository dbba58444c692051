// LockService, PropertiesService, CacheService, Session, Utilities, Logger and console.

import { randomUUID } from 'node:crypto';
import { isDateValue, wallFormatter } from './cells';
import type { Runtime } from './runtime';

// ---------------------------------------------------------------------------------------------------------
// LockService: https://developers.google.com/apps-script/reference/lock/lock

export class LockState {
  /** When true, another process holds every lock: tryLock returns false and waitLock times out. */
  busy = false;
  /** Which execution holds each lock (document, script, user). */
  readonly holders = new Map<string, number>();
  /** The execution running now; 0 is the test or the preview itself. */
  current = 0;

  /** The locks held by any execution. */
  get held(): Set<string> {
    return new Set(this.holders.keys());
  }

  /** An execution ended: "locks are released when the script execution ends". */
  releaseAll(execution: number): void {
    for (const [kind, holder] of this.holders) if (holder === execution) this.holders.delete(kind);
  }
}

/**
 * A lock is held by one execution at a time. Another execution asking for it waits up to its timeout (the
 * emulator's clock moves on by that much, as the caller's real time would) and gets false from tryLock, or
 * "Lock timeout" from waitLock. An execution that holds the lock gets it again at once.
 */
export function createLockService(
  runtime: Runtime,
  state: LockState,
  clock: Clock,
  standalone = false,
): object {
  const lock = (kind: string) => {
    const take = (timeoutInMillis: number): boolean => {
      const holder = state.holders.get(kind);
      if (state.busy || (holder !== undefined && holder !== state.current)) {
        clock.sleep(Math.max(0, Number(timeoutInMillis) || 0));
        return false;
      }
      state.holders.set(kind, state.current);
      return true;
    };
    const api = {
      tryLock: (timeoutInMillis: number) => take(timeoutInMillis),
      waitLock: (timeoutInMillis: number) => {
        if (!take(timeoutInMillis))
          runtime.fail('Lock timeout: another process was holding the lock for too long.');
      },
      hasLock: () => state.holders.get(kind) === state.current,
      releaseLock: () => {
        if (state.holders.get(kind) === state.current) state.holders.delete(kind);
      },
    };
    return runtime.wrap(api, 'Lock');
  };
  return runtime.wrap(
    {
      // "If this method is called outside of the context of a containing document (such as from a standalone
      // script or webapp), null is returned." (https://developers.google.com/apps-script/reference/lock/lock-service)
      getDocumentLock: () => (standalone ? null : lock('document')),
      getScriptLock: () => lock('script'),
      getUserLock: () => lock('user'),
    },
    'LockService',
  );
}

// ---------------------------------------------------------------------------------------------------------
// PropertiesService: values are stored as strings.
// https://developers.google.com/apps-script/reference/properties/properties

export type PropertyStores = Record<'document' | 'user' | 'script', Record<string, string>>;

export function createPropertiesService(runtime: Runtime, stores: PropertyStores): object {
  const properties = (store: Record<string, string>) => {
    const api: Record<string, (...args: never[]) => unknown> = {
      getProperty: (key: string) => (hasOwn(store, key) ? (store[key] as string) : null),
      setProperty: (key: string, value: unknown) => {
        store[String(key)] = String(value);
        return wrapped;
      },
      setProperties: (values: Record<string, unknown>, deleteAllOthers?: boolean) => {
        if (deleteAllOthers) for (const k of Object.keys(store)) delete store[k];
        for (const [k, v] of Object.entries(values)) store[k] = String(v);
        return wrapped;
      },
      getProperties: () => {
        const out = runtime.realm.newObject();
        for (const [k, v] of Object.entries(store)) out[k] = v;
        return out;
      },
      getKeys: () => {
        const keys = Object.keys(store);
        const out = runtime.realm.newArray(keys.length);
        keys.forEach((k, i) => {
          out[i] = k;
        });
        return out;
      },
      deleteProperty: (key: string) => {
        delete store[key];
        return wrapped;
      },
      deleteAllProperties: () => {
        for (const k of Object.keys(store)) delete store[k];
        return wrapped;
      },
    };
    const wrapped: object = runtime.wrap(api, 'Properties');
    return wrapped;
  };
  return runtime.wrap(
    {
      getDocumentProperties: () => properties(stores.document),
      getUserProperties: () => properties(stores.user),
      getScriptProperties: () => properties(stores.script),
    },
    'PropertiesService',
  );
}

// ---------------------------------------------------------------------------------------------------------
// CacheService: https://developers.google.com/apps-script/reference/cache/cache

export interface Clock {
  now(): number;
  /** Moves the clock on, as time spent waiting does. */
  sleep(ms: number): void;
}

export function createCacheService(runtime: Runtime, clock: Clock): object {
  const stores = new Map<string, Map<string, { value: string; expires: number }>>();
  const cache = (kind: string) => {
    let store = stores.get(kind);
    if (!store) {
      store = new Map();
      stores.set(kind, store);
    }
    const s = store;
    const get = (key: string): string | null => {
      const entry = s.get(key);
      if (!entry) return null;
      if (entry.expires <= clock.now()) {
        s.delete(key);
        return null;
      }
      return entry.value;
    };
    // "The default expiration is 10 minutes… the maximum is 21600 seconds (6 hours)."
    const put = (key: string, value: unknown, seconds = 600) => {
      const ttl = Math.min(Math.max(Number(seconds), 1), 21_600);
      s.set(String(key), { value: String(value), expires: clock.now() + ttl * 1000 });
    };
    return runtime.wrap(
      {
        get,
        getAll: (keys: string[]) => {
          const out = runtime.realm.newObject();
          for (const k of keys) {
            const v = get(k);
            if (v !== null) out[k] = v;
          }
          return out;
        },
        put,
        putAll: (values: Record<string, unknown>, seconds?: number) => {
          for (const [k, v] of Object.entries(values)) put(k, v, seconds);
        },
        remove: (key: string) => {
          s.delete(key);
        },
        removeAll: (keys: string[]) => {
          for (const k of keys) s.delete(k);
        },
      },
      'Cache',
    );
  };
  return runtime.wrap(
    {
      getDocumentCache: () => cache('document'),
      getUserCache: () => cache('user'),
      getScriptCache: () => cache('script'),
    },
    'CacheService',
  );
}

// ---------------------------------------------------------------------------------------------------------
// Session: https://developers.google.com/apps-script/reference/base/session

export interface SessionOptions {
  userEmail: string;
  userLocale: string;
  scriptTimeZone: string;
  /** Whether the user's address may be given (the userinfo.email scope granted). */
  emailAllowed?: () => boolean;
}

export function createSession(runtime: Runtime, options: SessionOptions): object {
  const user = (email: string) => runtime.wrap({ getEmail: () => email, toString: () => email }, 'User');
  return runtime.wrap(
    {
      getActiveUser: () => user(options.emailAllowed?.() === false ? '' : options.userEmail),
      getEffectiveUser: () => user(options.emailAllowed?.() === false ? '' : options.userEmail),
      getActiveUserLocale: () => options.userLocale,
      getScriptTimeZone: () => options.scriptTimeZone,
      getTemporaryActiveUserKey: () => `emulator-${options.userEmail || 'anonymous'}`,
    },
    'Session',
  );
}

// ---------------------------------------------------------------------------------------------------------
// Utilities.formatDate: java.text.SimpleDateFormat letters in an IANA time zone.
// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function wallClock(ms: number, timeZone: string) {
  const f = wallFormatter(timeZone);
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(ms))) parts[p.type] = p.value;
  const y = Number(parts.year);
  const mo = Number(parts.month);
  const d = Number(parts.day);
  const h = Number(parts.hour);
  const mi = Number(parts.minute);
  const s = Number(parts.second);
  const wall = Date.UTC(y, mo - 1, d, h, mi, s) + (ms - Math.floor(ms / 1000) * 1000);
  const offsetMinutes = Math.round((wall - ms) / 60_000);
  return {
    y,
    mo,
    d,
    h,
    mi,
    s,
    ms: ms - Math.floor(ms / 1000) * 1000,
    wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay(),
    offsetMinutes,
  };
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const t = wallClock(date.getTime(), timeZone);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const offset = (colon: boolean, zForZero: boolean) => {
    if (zForZero && t.offsetMinutes === 0) return 'Z';
    const sign = t.offsetMinutes < 0 ? '-' : '+';
    const abs = Math.abs(t.offsetMinutes);
    return sign + pad(Math.floor(abs / 60), 2) + (colon ? ':' : '') + pad(abs % 60, 2);
  };
  let out = '';
  const re = /'([^']*)'|([A-Za-z])\2*|[^A-Za-z']+/g;
  for (let m = re.exec(pattern); m; m = re.exec(pattern)) {
    const tok = m[0];
    if (m[1] !== undefined) {
      out += m[1] === '' ? "'" : m[1];
      continue;
    }
    const n = tok.length;
    switch (tok[0]) {
      case 'y':
        out += n === 2 ? pad(t.y % 100, 2) : pad(t.y, n);
        break;
      case 'M':
        out += n >= 4 ? MONTHS[t.mo - 1] : n === 3 ? MONTHS[t.mo - 1]?.slice(0, 3) : pad(t.mo, n);
        break;
      case 'd':
        out += pad(t.d, n);
        break;
      case 'E':
        out += n >= 4 ? DAYS[t.wd] : DAYS[t.wd]?.slice(0, 3);
        break;
      case 'H':
        out += pad(t.h, n);
        break;
      case 'h':
        out += pad(t.h % 12 || 12, n);
        break;
      case 'm':
        out += pad(t.mi, n);
        break;
      case 's':
        out += pad(t.s, n);
        break;
      case 'S':
        out += pad(t.ms, 3).slice(0, Math.max(n, 3));
        break;
      case 'a':
        out += t.h < 12 ? 'AM' : 'PM';
        break;
      case 'Z':
        out += offset(false, false);
        break;
      case 'X':
        out += n === 1 ? offset(false, true).slice(0, 3) : offset(n >= 3, true);
        break;
      case 'z':
        out += `GMT${offset(true, false)}`;
        break;
      default:
        if (/[A-Za-z]/.test(tok[0] ?? '')) throw new Error(`Illegal pattern character '${tok[0]}'`);
        out += tok;
    }
  }
  return out;
}

export function createUtilities(runtime: Runtime, clock: { sleep(ms: number): void }): object {
  return runtime.wrap(
    {
      formatDate: (date: unknown, timeZone: string, format: string) => {
        if (!isDateValue(date)) {
          runtime.fail(
            `The parameters (${typeof date},String,String) don't match the method signature for Utilities.formatDate.`,
          );
        }
        try {
          new Intl.DateTimeFormat('en-US', { timeZone });
        } catch {
          runtime.fail(`Invalid argument: timeZone`);
        }
        try {
          return formatDate(date, timeZone, String(format));
        } catch (e) {
          return runtime.fail(`Invalid argument: format (${(e as Error).message})`);
        }
      },
      getUuid: () => randomUUID(),
      sleep: (milliseconds: number) => clock.sleep(Number(milliseconds)),
      base64Encode: (data: string) => Buffer.from(String(data), 'utf8').toString('base64'),
      base64Decode: (encoded: string) => {
        const bytes = Buffer.from(String(encoded), 'base64');
        const out = runtime.realm.newArray(bytes.length);
        bytes.forEach((b, i) => {
          out[i] = b > 127 ? b - 256 : b;
        });
        return out;
      },
    },
    'Utilities',
  );
}

// ---------------------------------------------------------------------------------------------------------
// Logger and console: recorded, and echoed to the host console when asked.

export function formatLogArgs(args: unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === 'string') return a;
      try {
        return JSON.stringify(a);
      } catch {
        return String(a);
      }
    })
    .join(' ');
}

export function createLogger(runtime: Runtime, logs: string[]): object {
  return runtime.wrap(
    {
      log: (...args: unknown[]) => {
        // Logger.log(format, values...) replaces %s with the values.
        let text: string;
        if (typeof args[0] === 'string' && args.length > 1 && args[0].includes('%s')) {
          let i = 1;
          text = args[0].replace(/%s/g, () => formatLogArgs([args[i++]]));
        } else text = formatLogArgs(args);
        logs.push(text);
        return undefined;
      },
      getLog: () => logs.join('\n'),
      clear: () => {
        logs.length = 0;
      },
    },
    'Logger',
  );
}

export function createConsole(runtime: Runtime, logs: string[], echo: boolean): object {
  const level =
    (name: 'log' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const text = formatLogArgs(args);
      logs.push(name === 'log' ? text : `[${name}] ${text}`);
      if (echo) console[name](...args);
    };
  const timers = new Map<string, number>();
  return runtime.wrap(
    {
      log: level('log'),
      info: level('info'),
      warn: level('warn'),
      error: level('error'),
      time: (label = 'default') => {
        timers.set(label, Date.now());
      },
      timeEnd: (label = 'default') => {
        const start = timers.get(label);
        if (start !== undefined) level('log')(`${label}: ${Date.now() - start}ms`);
        timers.delete(label);
      },
    },
    'console',
  );
}

/** Own keys only (Object.hasOwn is ES2022; the project targets ES2020). */
function hasOwn(obj: object, key: string): boolean {
  return Object.getOwnPropertyDescriptor(obj, key) !== undefined;
}
