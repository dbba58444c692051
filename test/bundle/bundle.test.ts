// build/Code.js as Apps Script sees it: a classic script of top-level functions, custom functions with JSDoc.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fiscalYear, krCount, krScore, thaiDate } from '../../src/core/customFunctions';
import { dateCell, doneMission, missionLog } from '../support/missionLog';

const BUILD = path.resolve(__dirname, '../../build');
const CUSTOM_FUNCTIONS = [
  'KR_COUNT',
  'KR_SCORE',
  'FISCAL_YEAR',
  'THAI_DATE',
  'KR_TITLE',
  'KR_RESULT',
  'KR_BY_KIND',
  'KR_BY_MONTH',
  'KR_MISSIONS',
  'KR_SIGN_OFF',
];
const SERVER_FUNCTIONS = [
  'onOpen',
  'onInstall',
  'showSidebar',
  'showHelp',
  'setupSheets',
  'buildSummary',
  'getFormConfig',
  'submitMission',
];

function readBuild(name: string): string {
  const file = path.join(BUILD, name);
  if (!fs.existsSync(file))
    throw new Error(`${file} is missing: run \`npm run build\` (npm test does it first)`);
  return fs.readFileSync(file, 'utf8');
}

/**
 * A fresh context with only what a custom function may use in Apps Script: JS built-ins, read-only
 * spreadsheet calls, HtmlService (https://developers.google.com/apps-script/guides/sheets/functions). No require, process,
 * module or exports, so a bundle that leans on Node fails here.
 */
function appsScriptContext(locale = 'en_US') {
  const spreadsheet = {
    getSpreadsheetTimeZone: () => 'Asia/Bangkok',
    getSpreadsheetLocale: () => locale,
    getSheets: () => [],
  };
  return vm.createContext({
    SpreadsheetApp: { getActiveSpreadsheet: () => spreadsheet },
    Session: { getActiveUserLocale: () => locale.slice(0, 2) },
    Utilities: {},
    // The project's HTML files, as HtmlService reads them: the catalogs' texts live there, not in Code.js.
    HtmlService: {
      createHtmlOutputFromFile: (name: string) => {
        filesRead.push(name);
        return { getContent: () => readBuild(`${name}.html`) };
      },
    },
    Logger: { log: () => undefined },
    console: { log: () => undefined, error: () => undefined, warn: () => undefined },
  });
}

/** The names of the HTML files read through HtmlService by the last bundle loaded, in order. */
let filesRead: string[] = [];

function loadBundle(locale?: string): Record<string, (...args: unknown[]) => unknown> {
  const context = appsScriptContext(locale);
  filesRead = [];
  vm.runInContext(readBuild('Code.js'), context, { filename: 'Code.js' });
  return context as never;
}

/** Copies a value into the vm's realm, as Sheets would hand it to the script there. */
function inRealm<T>(context: object, value: T): T {
  const realm = vm.runInContext('({ Date, Array })', context as vm.Context) as { Date: DateConstructor };
  const convert = (v: unknown): unknown =>
    v instanceof Date ? new realm.Date(v.getTime()) : Array.isArray(v) ? v.map(convert) : v;
  return convert(value) as T;
}

describe('build/Code.js', () => {
  const code = readBuild('Code.js');

  it('is a classic script: no import or export, no module wrapper', () => {
    expect(code).not.toMatch(/^\s*(export|import)\s/m);
    expect(code).not.toContain('__commonJS');
    expect(() => new vm.Script(code)).not.toThrow();
  });

  it.each([...CUSTOM_FUNCTIONS, ...SERVER_FUNCTIONS])('declares %s as a top-level function', (name) => {
    expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    const bundle = loadBundle();
    expect(typeof bundle[name]).toBe('function');
  });

  it('declares no top-level function whose name ends in _ (google.script.run could not call it)', () => {
    expect(
      [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]).filter((n) => n!.endsWith('_')),
    ).toEqual([]);
  });

  describe.each(CUSTOM_FUNCTIONS)('the custom function %s', (name) => {
    const jsdoc = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${name}\\(([^)]*)\\)`).exec(
      code,
    );
    it('has its JSDoc directly above it, with @customfunction', () => {
      expect(jsdoc).not.toBeNull();
      expect(jsdoc![1]).toContain('@customfunction');
    });
    it('describes itself in English and Thai, each parameter and the result', () => {
      const text = jsdoc![1]!;
      const params = jsdoc![2]!
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      expect(text).toMatch(/\* [A-Z][a-z]+ .+\./);
      expect(text).toMatch(/[\u0E00-\u0E7F]/);
      for (const param of params) expect(text).toMatch(new RegExp(`@param \\{[^}]+\\} ${param} \\S`));
      expect(text).toMatch(/@return /);
    });
  });

  describe('called as Sheets would call it', () => {
    const now = () => new Date();
    const env = { now, lang: () => 'en' as const };
    const log = missionLog([
      doneMission('2024-10-01'),
      doneMission('2025-01-15', { id: 'same-0001' }),
      doneMission('2025-02-15', { id: 'same-0001' }),
      doneMission('2025-09-30', { date: '30 ก.ย. 2568' }),
      doneMission('2025-10-01'),
    ]);

    it('gives the core answers for KR_COUNT, KR_SCORE, FISCAL_YEAR and THAI_DATE', () => {
      const bundle = loadBundle();
      const rows = inRealm(bundle, log);
      expect(bundle.KR_COUNT!(rows, 2568)).toBe(krCount(env, log, 2568));
      expect(bundle.KR_COUNT!(rows, 2568)).toBe(3);
      expect(bundle.KR_COUNT!(rows, 2025)).toBe(3);
      expect(bundle.KR_COUNT!(rows, 2569)).toBe(1);
      for (const count of [0, 1, 5, 9, 10, 15]) {
        expect(bundle.KR_SCORE!(count)).toBe(krScore(env, count));
        expect(bundle.KR_SCORE!(count, '', 'linear')).toBe(krScore(env, count, '', 'linear'));
      }
      expect(bundle.KR_SCORE!(9, '', 'linear')).toBe(4.5);
      expect(JSON.stringify(bundle.KR_SCORE!(inRealm(bundle, [[2], [''], [8]])))).toBe('[[1],[""],[4]]');
      const day = dateCell('2025-10-01');
      expect(bundle.FISCAL_YEAR!(inRealm(bundle, day))).toBe(fiscalYear(env, day));
      expect(bundle.FISCAL_YEAR!(inRealm(bundle, day))).toBe(2569);
      expect(bundle.FISCAL_YEAR!(inRealm(bundle, day), 'CE')).toBe(2026);
      expect(bundle.THAI_DATE!(inRealm(bundle, dateCell('2024-10-01')))).toBe(
        thaiDate(env, dateCell('2024-10-01')),
      );
      expect(bundle.THAI_DATE!(inRealm(bundle, dateCell('2024-10-01')), 'long')).toBe('1 ตุลาคม 2567');
    });

    it('throws an Error that names the function and argument, in the user language', () => {
      expect(() => loadBundle('en_US').KR_SCORE!(-3)).toThrow('KR_SCORE: argument value must be a count');
      expect(() => loadBundle('th_TH').KR_COUNT!('x')).toThrow('KR_COUNT: บันทึกภารกิจ (missions)');
    });
  });

  it('holds no text of the catalogs: they are HTML files, read only when a message is needed', () => {
    // A sentence of each catalog, in each language: in Code.js every custom-function call would parse them.
    for (const text of ['ภารกิจนี้ดูเหมือนแถว', 'This looks like row', 'ภารกิจที่อาจซ้ำกัน', 'Possible duplicates']) {
      expect(code).not.toContain(text);
    }
    expect(readBuild('TextCommonTh.html')).toContain('ภารกิจนี้ดูเหมือนแถว');
    expect(readBuild('TextSummaryEn.html')).toContain('Possible duplicates');
  });

  it('answers KR_COUNT without reading any file; an error reads the catalog of its language only', () => {
    const bundle = loadBundle('en_US');
    expect(bundle.KR_COUNT!(inRealm(bundle, missionLog([doneMission('2025-01-15')])), 2568)).toBe(1);
    expect(bundle.KR_SCORE!(3)).toBe(1);
    expect(filesRead).toEqual([]);
    expect(() => bundle.KR_COUNT!('x')).toThrow('KR_COUNT: argument missions');
    expect(filesRead).toEqual(['TextCommonEn']);
  });

  it('stays within its 100 KB budget', () => {
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(100 * 1024);
  });
});

describe('build/appsscript.json', () => {
  const manifest = JSON.parse(readBuild('appsscript.json'));
  it('runs on V8 in Asia/Bangkok', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Bangkok');
  });
  it('asks for the current spreadsheet only, the UI and the e-mail of who enters a mission', () => {
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });
});
