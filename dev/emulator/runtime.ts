// The emulator's execution state: the JS realm of the loaded bundle, the authorization mode, call counting,
// and the strict proxies that make any unimplemented Apps Script member fail loudly.

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/** Constructors of the realm the bundle runs in, so values we hand it pass its `instanceof` checks. */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
  newArray(length: number): unknown[];
  newObject(): Record<string, unknown>;
  parseJson(text: string): unknown;
}

const hostRealm: Realm = {
  Date,
  Error,
  newArray: (length) => new Array(length),
  newObject: () => ({}),
  parseJson: (text) => JSON.parse(text),
};

/**
 * Classes whose method calls read or change the spreadsheet: the calls a script pays for by the size of its
 * work. SpreadsheetApp itself is left out: its calls (getActiveSpreadsheet, getUi, newDataValidation) hand
 * out handles and builders, the same once per execution whatever the script does.
 */
const COUNTED = new Set([
  'Spreadsheet',
  'Sheet',
  'Range',
  'Protection',
  'EmbeddedChart',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'DeveloperMetadataLocation',
]);

/** Classes that are the spreadsheet itself: read-only inside a custom function. */
const SPREADSHEET_CLASSES = new Set(['SpreadsheetApp', ...COUNTED]);

/** Names that tools (jest, util.inspect, promises) probe on any object; answering undefined keeps them working. */
const TOOLING = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'constructor',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
  'inspect',
]);

/**
 * What each authorization mode may call, as Google's table says
 * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle): in NONE "Access to user
 * data: Locale only", document "No", user interface "Add menu items", Properties "No", other services "Logger,
 * Utilities"; in LIMITED the document and Properties too, still only menus of the interface, and "any services
 * that don't access user data".
 */
const ALLOWED_IN_NONE: Record<string, true | Set<string>> = {
  SpreadsheetApp: new Set(['getUi']),
  Ui: new Set(['createAddonMenu', 'createMenu']),
  Menu: true,
  Session: new Set(['getActiveUserLocale']),
  Utilities: true,
  Logger: true,
  console: true,
};

/** The user data no mode but FULL may read ("Access to user data: Locale only"). */
const USER_DATA: Record<string, Set<string>> = {
  Session: new Set(['getActiveUser', 'getEffectiveUser']),
};

/**
 * What a custom function may use: "they can only call services that don't have access to personal data,
 * specifically" Cache, HTML, JDBC, Language, Lock, Maps, Properties, Spreadsheet (read-only), URL Fetch,
 * Utilities, XML (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services);
 * the user's locale is the one piece of user data it may read. Logger and console write only to the log.
 */
const CUSTOM_FUNCTION_SERVICES = new Set([
  'CacheService',
  'Cache',
  'HtmlService',
  'HtmlOutput',
  'HtmlTemplate',
  'LockService',
  'Lock',
  'PropertiesService',
  'Properties',
  'Utilities',
  'Logger',
  'console',
]);
const CUSTOM_FUNCTION_SESSION = new Set(['getActiveUserLocale', 'getScriptTimeZone']);

export class Runtime {
  realm: Realm = hostRealm;
  authMode: AuthModeName = 'FULL';
  private count = 0;
  private log: string[] = [];
  /** Every call of every wrapped class ('Utilities.formatDate' included), custom functions' too, by method. */
  private tally = new Map<string, number>();
  readonly warnings: string[] = [];
  /** Injected faults: 'Class.method' → the messages its next calls throw, one each (see failNext). */
  private readonly faults = new Map<string, string[]>();
  /** A fault armed by failAtCall: the counted calls still to go before one throws, and its message. */
  private countdown: { calls: number; message: string } | undefined;
  /** Code to run just before the next call of 'Class.method' (another execution, for interleaving tests). */
  private readonly hooks = new Map<string, (() => void)[]>();

  calls(): number {
    return this.count;
  }

  callLog(): string[] {
    return [...this.log];
  }

  /** How often `Class.method` was called since the last resetCalls, counted or not, by anyone. */
  callsOf(method: string): number {
    return this.tally.get(method) ?? 0;
  }

  resetCalls(): void {
    this.count = 0;
    this.log = [];
    this.tally = new Map();
  }

  /**
   * Makes the next call of `Class.method` (e.g. 'Sheet.appendRow') throw `message` before it reads or writes
   * anything, as a Google service failing mid-execution does. Each call of failNext arms one failure.
   */
  failNext(method: string, message: string): void {
    if (!/^[A-Za-z]+\.[A-Za-z]\w*$/.test(method)) {
      throw new Error(`Emulator: failNext wants 'Class.method', not ${JSON.stringify(method)}`);
    }
    this.faults.set(method, [...(this.faults.get(method) ?? []), message]);
  }

  /**
   * Makes the n-th counted spreadsheet call from now (1 = the next one, whatever its method) throw `message`
   * before it touches anything: with the call log of a run, every step of it can be made to fail in turn.
   */
  failAtCall(n: number, message: string): void {
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`Emulator: failAtCall wants a call number from 1, not ${n}`);
    this.countdown = { calls: n, message };
  }

  /** The faults armed by failNext and failAtCall that no call has triggered yet. */
  pendingFaults(): string[] {
    const byMethod = [...this.faults].flatMap(([method, messages]) => messages.map(() => method));
    return this.countdown ? [...byMethod, `call #${this.countdown.calls}`] : byMethod;
  }

  /** Runs `fn` just before the next call of `Class.method`, as if another execution had got there first. */
  beforeNextCall(method: string, fn: () => void): void {
    this.hooks.set(method, [...(this.hooks.get(method) ?? []), fn]);
  }

  private takeHook(method: string): (() => void) | undefined {
    const fns = this.hooks.get(method);
    if (!fns) return undefined;
    const fn = fns.shift();
    if (fns.length === 0) this.hooks.delete(method);
    return fn;
  }

  private takeFault(method: string): string | undefined {
    const messages = this.faults.get(method);
    if (!messages) return undefined;
    const message = messages.shift();
    if (messages.length === 0) this.faults.delete(method);
    return message;
  }

  /** Throws an Error of the bundle's realm (so `e instanceof Error` holds inside the bundle). */
  fail(message: string): never {
    throw new this.realm.Error(message);
  }

  newDate(ms: number): Date {
    return new this.realm.Date(ms);
  }

  /** Runs `fn` in an authorization mode, restoring the previous one afterwards. */
  withAuthMode<T>(mode: AuthModeName, fn: () => T): T {
    const previous = this.authMode;
    this.authMode = mode;
    try {
      return fn();
    } finally {
      this.authMode = previous;
    }
  }

  /** Checks one call against the current authorization mode; throws Google's permission error. */
  guard(className: string, method: string): void {
    const refuse = () => this.fail(`You do not have permission to call ${className}.${method}`);
    if (this.authMode === 'NONE') {
      const allowed = ALLOWED_IN_NONE[className];
      if (allowed === true || allowed?.has(method)) return;
      refuse();
    }
    if (this.authMode !== 'FULL' && USER_DATA[className]?.has(method)) refuse();
    if (this.authMode === 'LIMITED') {
      // "Add-ons can't open sidebars or dialogs while executing in AuthMode.LIMITED"; the interface is menus only.
      if (className === 'Ui' && !/^create/.test(method)) refuse();
      if (className === 'Spreadsheet' && method === 'toast') refuse();
      return;
    }
    if (this.authMode === 'CUSTOM_FUNCTION') {
      if (className === 'SpreadsheetApp' && method === 'getUi') {
        this.fail('Cannot call SpreadsheetApp.getUi() from this context.');
      }
      if (SPREADSHEET_CLASSES.has(className)) {
        if (className === 'SpreadsheetApp' && /^open/.test(method)) refuse();
        if (!isReadOnlyMethod(method)) this.fail(`You do not have permission to call ${method}`);
        return;
      }
      if (className === 'Session' && CUSTOM_FUNCTION_SESSION.has(method)) return;
      if (!CUSTOM_FUNCTION_SERVICES.has(className)) refuse();
    }
  }

  /** The emulator's clock (set by createEmulator), for the execution-time limits. */
  now: () => number = () => Date.now();
  private readonly deadlines: { at: number; message: string }[] = [];

  /**
   * Runs `fn` as an execution with a time limit: a call of a service after it, or the end of `fn` after it,
   * throws `message`, as Google stops a script that runs too long
   * (https://developers.google.com/apps-script/guides/services/quotas: 6 min an execution, 30 s a custom function).
   */
  withTimeLimit<T>(ms: number, message: string, fn: () => T): T {
    this.deadlines.push({ at: this.now() + ms, message });
    try {
      const result = fn();
      this.checkDeadline();
      return result;
    } finally {
      this.deadlines.pop();
    }
  }

  private checkDeadline(): void {
    const deadline = this.deadlines.at(-1);
    if (deadline && this.now() > deadline.at) this.fail(deadline.message);
  }

  /**
   * Wraps an Apps Script object: members it lacks throw "Emulator: X.y is not implemented", calls are
   * guarded by the authorization mode and, for spreadsheet classes, counted.
   */
  wrap<T extends object>(target: T, className: string): T {
    const counted = COUNTED.has(className);
    const cache = new Map<PropertyKey, unknown>();
    return new Proxy(target, {
      get: (obj, prop, receiver) => {
        if (typeof prop === 'symbol') return Reflect.get(obj, prop, receiver);
        if (!(prop in obj)) {
          if (TOOLING.has(prop)) return undefined;
          this.fail(`Emulator: ${className}.${prop} is not implemented`);
        }
        const value = Reflect.get(obj, prop, obj);
        if (typeof value !== 'function' || prop === 'constructor') return value;
        // The emulator's own handles between objects: neither counted nor guarded.
        if (prop.startsWith('__emulator')) return (value as (...a: unknown[]) => unknown).bind(obj);
        let wrapped = cache.get(prop);
        if (!wrapped) {
          const fn = value as (...args: unknown[]) => unknown;
          const name = `${className}.${prop}`;
          wrapped = (...args: unknown[]) => {
            this.tally.set(name, (this.tally.get(name) ?? 0) + 1);
            this.takeHook(name)?.();
            this.checkDeadline();
            // A custom function recalculated by the sheet is its own execution, not the caller's cost.
            const own = counted && this.authMode !== 'CUSTOM_FUNCTION';
            if (own) {
              this.count++;
              this.log.push(name);
            }
            this.guard(className, prop);
            const fault = this.takeFault(name);
            if (fault !== undefined) this.fail(fault);
            if (own && this.countdown && --this.countdown.calls === 0) {
              const { message } = this.countdown;
              this.countdown = undefined;
              this.fail(message);
            }
            return fn.apply(obj, args);
          };
          cache.set(prop, wrapped);
        }
        return wrapped;
      },
    });
  }

  /** An Apps Script enum: members are objects whose toString() is their name; unknown members throw. */
  enumOf<K extends string>(enumName: string, names: readonly K[]): Record<K, EnumValue> {
    const members: Record<string, EnumValue> = {};
    names.forEach((name, ordinal) => {
      members[name] = Object.freeze({
        toString: () => name,
        toJSON: () => name,
        name: () => name,
        ordinal: () => ordinal,
      });
    });
    return this.wrap(Object.freeze(members), enumName) as Record<K, EnumValue>;
  }
}

export interface EnumValue {
  toString(): string;
  toJSON(): string;
  name(): string;
  ordinal(): number;
}

/** Getters and other calls that never change the spreadsheet (allowed inside custom functions). */
export function isReadOnlyMethod(method: string): boolean {
  return (
    /^(get|is|has|can)/.test(method) || method === 'offset' || method === 'flush' || method === 'toString'
  );
}
