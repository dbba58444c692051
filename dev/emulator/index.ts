// createEmulator(): an in-memory Apps Script (SpreadsheetApp, HtmlService, LockService, …) that runs the real
// build/Code.js in a node:vm context, for the integration tests and the local preview.

import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import vm from 'node:vm';
import { parseA1 } from './a1';
import { type AuthState, createScriptApp, isGranted } from './auth';
import { Bridge } from './bridge';
import { FormulaEngine } from './formulas';
import { createHtmlService } from './html';
import { SpreadsheetModel } from './model';
import { deserialize, readSaved, type SavedSpreadsheet, serialize, writeSaved } from './persistence';
import { type AuthModeName, type Realm, Runtime } from './runtime';
import {
  createCacheService,
  createConsole,
  createLockService,
  createLogger,
  createPropertiesService,
  createSession,
  createUtilities,
  LockState,
  type PropertyStores,
  type SessionOptions,
} from './services';
import { createSpreadsheetApp } from './spreadsheet';
import { SpreadsheetService } from './spreadsheetService';
import { UiService } from './ui';

export { googleScriptShim } from './bridge';
export type { AuthModeName } from './runtime';

export interface EmulatorOptions {
  /** Spreadsheet locale (getSpreadsheetLocale), default 'th_TH'. */
  locale?: string;
  /** Session.getActiveUserLocale(), default the language of `locale` ('th'). */
  userLocale?: string;
  /** Spreadsheet time zone, default 'Asia/Bangkok'. */
  timeZone?: string;
  /** Session.getScriptTimeZone() (the manifest's timeZone), default 'Asia/Bangkok'. */
  scriptTimeZone?: string;
  /** Session.getActiveUser().getEmail(); '' models a user whose address Apps Script withholds. */
  userEmail?: string;
  /** JSON file the spreadsheet is loaded from (when it exists) and saved to. */
  file?: string;
  /** Start from an empty spreadsheet even if `file` exists; the file is replaced on the next save(), whole. */
  fresh?: boolean;
  /** Name of a new spreadsheet. */
  name?: string;
  /** Title of the add-on menu (createAddonMenu), default 'KR Tracker'. */
  addonName?: string;
  /** Also print the bundle's console output. */
  echoConsole?: boolean;
  /**
   * Whether typed ISO text (2025-01-15) becomes a date cell (default true). Google documents no list of the
   * forms typing recognises in each locale; false models one that keeps it as text.
   */
  isoTextDates?: boolean;
  /** The spreadsheet owner's e-mail (default `userEmail`): protections never keep the owner out. */
  owner?: string;
  /** A script outside any document (a standalone script or web app): getDocumentLock() is null. */
  standalone?: boolean;
  /** The OAuth scopes the user granted (default every scope of the manifest next to the bundle). */
  grantedScopes?: string[];
}

export type BundleFunctions = Record<string, (...args: unknown[]) => unknown>;

export function createEmulator(options: EmulatorOptions = {}) {
  const runtime = new Runtime();
  const file = options.file ? resolve(options.file) : undefined;
  const saved = file && !options.fresh ? readSaved(file) : undefined;
  let book: SpreadsheetModel;
  let properties: PropertyStores = { document: {}, user: {}, script: {} };
  if (saved) {
    ({ book, properties } = deserialize(saved));
  } else {
    const locale = options.locale ?? 'th_TH';
    book = new SpreadsheetModel(
      `1Emu${randomBytes(12).toString('hex')}`,
      options.name ?? 'KR Tracker (emulator)',
      locale,
      options.timeZone ?? 'Asia/Bangkok',
    );
    book.addSheet(locale.startsWith('th') ? 'ชีต1' : 'Sheet1');
  }

  book.isoTextDates = options.isoTextDates ?? true;
  book.owner = options.owner ?? (book.owner || options.userEmail || 'user@example.com');

  let timeOffset = 0;
  const clock = {
    now: () => Date.now() + timeOffset,
    sleep: (ms: number) => {
      timeOffset += Math.max(0, ms);
    },
  };
  runtime.now = clock.now;
  const engine = new FormulaEngine(book, runtime, clock);
  const ui = new UiService(runtime, options.addonName ?? 'KR Tracker');
  const sheets = new SpreadsheetService(runtime, book, engine, ui);
  sheets.currentUser = () => session.userEmail;
  const lock = new LockState();
  let executions = 0;
  const logs: string[] = [];
  let context: vm.Context | undefined;
  let functions: BundleFunctions | undefined;
  let bundleFolder: string | undefined;
  let customFunctionNames: string[] = [];

  const auth: AuthState = {
    manifestScopes: undefined,
    granted: options.grantedScopes ? new Set(options.grantedScopes) : undefined,
    consentRequests: [],
  };
  const scriptApp = createScriptApp(runtime, auth);
  const authModes = (scriptApp as { AuthMode: Record<AuthModeName, unknown> }).AuthMode;

  // Who runs the script: another person on the same spreadsheet is a setUser away (see below).
  const session: SessionOptions = {
    userEmail: options.userEmail ?? 'user@example.com',
    userLocale: options.userLocale ?? (options.locale ?? book.locale).split('_')[0] ?? 'th',
    scriptTimeZone: options.scriptTimeZone ?? 'Asia/Bangkok',
    // "The user's email address is not available in any context that allows a script to run without that user's
    // authorization": without the userinfo.email scope either (https://developers.google.com/apps-script/reference/base/session).
    emailAllowed: () => isGranted(auth, 'https://www.googleapis.com/auth/userinfo.email'),
  };

  const globals: Record<string, unknown> = {
    SpreadsheetApp: createSpreadsheetApp(sheets),
    HtmlService: createHtmlService({
      runtime,
      folder: () => bundleFolder,
      compile: (source) => {
        if (!context) return runtime.fail('Emulator: load(bundlePath) before evaluating templates');
        return vm.runInContext(source, context) as (...args: unknown[]) => unknown;
      },
      SandboxMode: runtime.enumOf('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE'] as const),
      XFrameOptionsMode: runtime.enumOf('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT'] as const),
    }),
    LockService: createLockService(runtime, lock, clock, options.standalone ?? false),
    PropertiesService: createPropertiesService(runtime, properties),
    CacheService: createCacheService(runtime, clock),
    Session: createSession(runtime, session),
    Utilities: createUtilities(runtime, clock),
    Logger: createLogger(runtime, logs),
    console: createConsole(runtime, logs, options.echoConsole ?? false),
    ScriptApp: scriptApp,
    Charts: runtime.wrap({ ChartType: sheets.enums.ChartType }, 'Charts'),
  };

  /**
   * One server execution: FULL authorization unless told otherwise; its locks end with it. One may run inside
   * another (see beforeNextCall): the inner one is a second user's, and waits for the outer one's locks in vain.
   */
  const execute = <T>(fn: () => T, mode: AuthModeName = 'FULL'): T => {
    const outer = lock.current;
    const id = ++executions;
    lock.current = id;
    try {
      // "Script runtime: 6 min / execution" (https://developers.google.com/apps-script/guides/services/quotas).
      return runtime.withTimeLimit(6 * 60_000, 'Exceeded maximum execution time', () =>
        runtime.withAuthMode(mode, fn),
      );
    } finally {
      lock.releaseAll(id);
      lock.current = outer;
    }
  };

  /** The clock moved: TODAY() and NOW() read it, so every formula is worked out again. */
  const clockMoved = () => {
    if (book.sheets.some((sheet) => sheet.formulaCount > 0)) engine.rebuild();
  };

  /** A cell by A1 notation ('Sheet'!B2, or B2 on the active sheet), 0-based. */
  const cellAt = (a1: string) => {
    const parsed = parseA1(a1);
    if (!parsed) throw new Error(`Emulator: bad A1 notation ${a1}`);
    const sheet = parsed.sheetName === undefined ? book.activeSheet() : book.findSheet(parsed.sheetName);
    if (!sheet) throw new Error(`Emulator: no sheet named ${parsed.sheetName}`);
    return { sheet, row: parsed.row - 1, column: parsed.column - 1 };
  };

  const requireFunctions = (): BundleFunctions => {
    if (!functions) throw new Error('Emulator: load(bundlePath) first');
    return functions;
  };

  const emulator = {
    /** The Apps Script globals the bundle sees (SpreadsheetApp, HtmlService, …). */
    globals,
    /** The active spreadsheet, through the same API the bundle uses (calls count). */
    spreadsheet: sheets.spreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    /** The raw model, for the preview's rendering. */
    model: book,
    ui,
    lock,
    /** Document, user and script properties (strings). */
    properties,
    bridge: new Bridge({ runtime, functions: () => functions, execute: (fn) => execute(fn) }),

    /**
     * Runs a bundle (a classic Apps Script file) in a fresh context holding only Apps Script's globals and
     * returns its top-level functions. Its @customfunction functions become formula functions.
     */
    load(bundlePath: string): BundleFunctions {
      const path = resolve(bundlePath);
      const source = readFileSync(path, 'utf8');
      bundleFolder = dirname(path);
      const manifest = resolve(bundleFolder, 'appsscript.json');
      auth.manifestScopes = existsSync(manifest)
        ? ((JSON.parse(readFileSync(manifest, 'utf8')) as { oauthScopes?: string[] }).oauthScopes ?? [])
        : undefined;
      context = vm.createContext({ ...globals });
      // The script's clock is the emulator's: new Date() and Date.now() read it (dates built from a value do not).
      (
        vm.runInContext(
          `(function (now) {
            var Base = Date;
            class ClockDate extends Base {
              constructor(...args) { if (args.length === 0) super(now()); else super(...args); }
              static now() { return now(); }
            }
            globalThis.Date = ClockDate;
          })`,
          context,
        ) as (now: () => number) => void
      )(clock.now);
      const realm = vm.runInContext(
        '({ Date: Date, Error: Error, newArray: function (n) { return new Array(n); }, newObject: function () { return {}; }, parseJson: function (t) { return JSON.parse(t); } })',
        context,
      ) as Realm;
      vm.runInContext(source, context, { filename: path });
      runtime.realm = realm;
      const names = [...source.matchAll(/^function\s+([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1] as string);
      const loaded: BundleFunctions = {};
      for (const name of names) {
        const fn = (context as Record<string, unknown>)[name];
        if (typeof fn === 'function') loaded[name] = fn as (...args: unknown[]) => unknown;
      }
      functions = loaded;
      // @customfunction in the JSDoc block directly above a top-level function declaration.
      const custom = new Map<string, (...args: unknown[]) => unknown>();
      for (const m of source.matchAll(
        /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*^function\s+([A-Za-z_$][\w$]*)\s*\(/gm,
      )) {
        const name = m[2] as string;
        if (/@customfunction\b/.test(m[1] ?? '') && loaded[name]) custom.set(name, loaded[name]);
      }
      customFunctionNames = [...custom.keys()];
      engine.setCustomFunctions(custom);
      return loaded;
    },

    /** Names of the loaded bundle's custom functions. */
    customFunctions(): string[] {
      return [...customFunctionNames];
    },

    /** Calls a top-level function as one execution (e.g. a menu item), in FULL authorization. */
    run(name: string, ...args: unknown[]): unknown {
      const fn = requireFunctions()[name];
      if (!fn) throw new Error(`Emulator: no top-level function ${name} in the bundle`);
      return execute(() => fn(...args));
    },

    /** Fires a trigger such as onOpen with an event { authMode, source }; NONE blocks authorised services. */
    runTrigger(name: string, authMode: AuthModeName = 'FULL', extra: Record<string, unknown> = {}): unknown {
      const fn = requireFunctions()[name];
      if (!fn) throw new Error(`Emulator: no top-level function ${name} in the bundle`);
      const event = runtime.realm.newObject();
      event['authMode'] = authModes[authMode];
      if (authMode !== 'NONE') event['source'] = sheets.spreadsheet();
      Object.assign(event, extra);
      return execute(() => fn(event), authMode);
    },

    withAuthMode<T>(mode: AuthModeName, fn: () => T): T {
      return runtime.withAuthMode(mode, fn);
    },

    /** Runs `fn` as an execution of its own (its locks its own, released when it ends). */
    withExecution<T>(fn: () => T, mode: AuthModeName = 'FULL'): T {
      return execute(fn, mode);
    },

    /**
     * Spreadsheet calls so far: each method call on a Spreadsheet, Sheet, Range, Protection or EmbeddedChart
     * made by the script (not by custom functions the sheet recalculates, not by the emulator itself).
     */
    calls: (): number => runtime.calls(),
    /** The calls as 'Class.method' strings, in order. */
    callLog: (): string[] => runtime.callLog(),
    resetCalls: (): void => runtime.resetCalls(),
    /** Another person opens the same spreadsheet: Session's user and locale from now on. */
    setUser(user: { email?: string; locale?: string }): void {
      if (user.email !== undefined) session.userEmail = user.email;
      if (user.locale !== undefined) session.userLocale = user.locale;
    },

    /** The user grants these scopes (granular consent), or, with undefined, every scope of the manifest. */
    grantScopes(scopes: string[] | undefined): void {
      auth.granted = scopes ? new Set(scopes) : undefined;
    },

    /** The scopes each refused requireScopes / requireAllScopes asked for: where Google would ask again. */
    consentRequests: (): string[][] => auth.consentRequests.map((scopes) => [...scopes]),

    /** Calls of one 'Class.method' of any service since resetCalls, custom functions' included. */
    callsOf: (method: string): number => runtime.callsOf(method),

    /**
     * Fault injection: the next call of `method` ('Sheet.appendRow', 'Range.setValues', …) throws before it
     * touches the spreadsheet, with Google's message for a failing service unless another is given.
     */
    failNext(method: string, message?: string): void {
      runtime.failNext(
        method,
        message ?? `Service Spreadsheets failed while accessing document with id ${book.id}.`,
      );
    },
    /** Fault injection by position: the n-th spreadsheet call from now (1 = the next) throws before it acts. */
    failAtCall(n: number, message?: string): void {
      runtime.failAtCall(
        n,
        message ?? `Service Spreadsheets failed while accessing document with id ${book.id}.`,
      );
    },
    /** Faults armed by failNext and failAtCall that have not fired yet. */
    pendingFaults: (): string[] => runtime.pendingFaults(),

    /**
     * Runs `fn` just before the next call of `method` ('Sheet.appendRow', …): typically another execution
     * (emu.run, emu.bridge.run), as a second user's would land in the middle of the first.
     */
    beforeNextCall(method: string, fn: () => void): void {
      runtime.beforeNextCall(method, fn);
    },

    /** The message of an error shown in a formula cell ('Sheet'!A1), or null. */
    cellError(a1: string): string | null {
      const { sheet, row, column } = cellAt(a1);
      if (sheet.formulas.get(row, column) === undefined) return null;
      return engine.formulaValue(sheet, row, column).error?.message ?? null;
    },

    /** Whether a cell shows a value an array formula spilled into it (it holds nothing itself). */
    isSpilled(a1: string): boolean {
      const { sheet, row, column } = cellAt(a1);
      return engine.spillAt(sheet, row, column) !== undefined;
    },

    /** The look the sheet's conditional format rules give a cell as it is drawn, or undefined. */
    conditionalFormat(a1: string) {
      const { sheet, row, column } = cellAt(a1);
      return sheets.conditionalLook(sheet, row, column);
    },

    /** Logger.log and console output of the bundle. */
    logs: (): string[] => [...logs],
    /** Things the emulator noticed that Apps Script would do silently (e.g. a Date returned to the client). */
    warnings: (): string[] => [...runtime.warnings],
    toasts: () => [...sheets.toasts],

    /** Moves the emulator's clock on (the script's Date, TODAY(), cache expiry); Utilities.sleep also does. */
    advanceTime(ms: number): void {
      timeOffset += ms;
      clockMoved();
    },

    /** Sets the emulator's clock to an instant (it runs on from there). */
    setTime(instant: Date | number): void {
      timeOffset = new Date(instant).getTime() - Date.now();
      clockMoved();
    },

    /** The emulator's clock now. */
    now: (): Date => new Date(clock.now()),

    snapshot(): SavedSpreadsheet {
      return serialize(book, properties);
    },

    /** Saves the spreadsheet and its properties as JSON (to `options.file` unless a path is given). */
    save(path?: string): void {
      const target = path ? resolve(path) : file;
      if (!target) throw new Error('Emulator: save() needs a path or options.file');
      writeSaved(target, serialize(book, properties));
    },
  };
  return emulator;
}

export type Emulator = ReturnType<typeof createEmulator>;
