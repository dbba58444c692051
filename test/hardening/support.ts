// Shared pieces of the hardening suite: a set-up add-on, hostile text, and what a sound mission-log row is.

import fc from 'fast-check';
import { FORM_FIELDS } from '../../src/client/form';
import { calendarDateAt } from '../../src/core/dates/calendar';
import type { Lang } from '../../src/core/i18n/messages';
import { type Mission, validateMission } from '../../src/core/log/mission';
import {
  COLUMNS,
  type ColumnKey,
  KINDS,
  kindLabel,
  STATUSES,
  statusLabel,
} from '../../src/core/log/vocabulary';
import type { SubmitResult } from '../../src/server/submit';
import { type Addon, addon, pinFiscalYear, submission } from '../support/addon';

export { type Addon, addon, submission };

/** Today by the clock, in Bangkok: the day the server checks a submission's date against. */
export const TODAY = calendarDateAt(new Date());

/** The log, Settings and summary tabs of a language. */
export const TABS = {
  th: { log: 'ภารกิจ', settings: 'ตั้งค่า', summary: 'สรุปผล' },
  en: { log: 'Missions', settings: 'Settings', summary: 'Summary' },
} as const;

export const LOCALES: Record<Lang, string> = { th: 'th_TH', en: 'en_US' };

/** A spreadsheet set up by the menu, its Settings pinned to FY 2568 so nothing depends on today. */
export function setUp(lang: Lang = 'th'): Addon {
  const app = addon({ locale: LOCALES[lang] });
  app.menu('setupSheets');
  pinFiscalYear(app, 2568, TABS[lang].settings);
  return app;
}

/** The text fields of a submission, each stored in its own column as text. */
export const TEXT_FIELDS = ['title', 'counterpart', 'country', 'place', 'lead', 'notes'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** The fields of MissionInput (docs/server-functions.md): the form's fields and the mission id. */
export const MISSION_FIELDS = ['id', ...FORM_FIELDS] as const;
export type MissionField = (typeof MISSION_FIELDS)[number];

/** Every key a rejection may name: the fields of MissionInput, or the form as a whole. */
export const ERROR_KEYS: readonly string[] = [...MISSION_FIELDS, 'form'];

/** What google.script.run hands the server: a JSON copy (undefined in arrays becomes null). */
export function asTransported(value: unknown): unknown {
  const text = JSON.stringify(value === undefined ? null : value);
  return JSON.parse(text);
}

// ---------------------------------------------------------------------------------------------------------
// Hostile text.

const THAI = 'กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮะัาำิีึืุู่้๊๋็์ๆ฿๐๑๒๓๔๕๖๗๘๙ ';
const EMOJI = ['🇹🇭', '🙏', '👨‍👩‍👧', '🏛️', '😀', '\u{1F9D1}\u{1F3FD}', '✓'];
const CONTROLS = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).concat([
  '\u007f',
  '\u0085',
  '\u009f',
  '\u00a0',
  '\u200b',
  '\u2028',
  '\u2029',
  '\ufeff',
]);

/** 100,000 characters: far past any field's limit, as a paste of a whole document would be. */
export const HUGE = ['x'.repeat(100_000), 'ก'.repeat(100_000), '🙏'.repeat(50_000)];

const thaiText = fc.string({ unit: fc.constantFrom(...THAI), maxLength: 30 });
const emojiText = fc.string({ unit: fc.constantFrom(...EMOJI, 'a', ' '), maxLength: 12 });
const controlText = fc.string({ unit: fc.constantFrom(...CONTROLS, 'a', '='), maxLength: 12 });

/** Formula prefixes and look-alikes a spreadsheet might take for a formula, a number or a date. */
export const FORMULA_TEXTS = [
  '=1+1',
  '=IMPORTXML("http://evil.example","//a")',
  '+1',
  '+SUM(A1:A9)',
  '-2',
  '-1+1',
  '@SUM(A1)',
  '@x',
  '\t=1+1',
  '\r=1+1',
  '\r\n=HYPERLINK("http://evil.example","x")',
  '＝1+1',
  '＋1',
  "'=1+1",
  '0812345678',
  '1/2',
  '2025-01-15',
  'TRUE',
  '10%',
  '#N/A',
  '=',
];

/** HTML a careless page would run. */
export const HTML_TEXTS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><b>bold</b>&amp;&lt;",
];

/** Any text a person, a paste or an attacker might put in a field. */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: thaiText },
  { weight: 1, arbitrary: emojiText },
  { weight: 2, arbitrary: controlText },
  { weight: 2, arbitrary: fc.constantFrom(...FORMULA_TEXTS, ...HTML_TEXTS) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
);

// ---------------------------------------------------------------------------------------------------------
// A sound row.

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/** The mission the server keeps for a transported input (same schema, same cleaning), or undefined. */
export function cleaned(transported: unknown, lang: Lang, today = TODAY): Mission | undefined {
  const checked = validateMission(transported, lang, today);
  return checked.ok ? checked.mission : undefined;
}

/**
 * Asserts that one row of the log, as getValues and getFormulas read it, is a sound mission: a date cell on
 * the mission's day, a kind and a status label of the log's language, booleans for the steps, the verified
 * box left empty, every text cell exactly the cleaned text, and no formula anywhere.
 */
export function expectSoundRow(
  app: Addon,
  row: number,
  mission: Mission,
  id: string,
  lang: Lang,
  tab: string = TABS[lang].log,
): void {
  const sheet = app.sheet(tab);
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0]!;
  const values = sheet.getRange(row, 1, 1, width).getValues()[0]!;
  const formulas = sheet.getRange(row, 1, 1, width).getFormulas()[0]!;
  const cell = (key: ColumnKey) => {
    const column = COLUMNS.find((c) => c.key === key)!;
    const index = header.findIndex((h) => h === column.th || h === column.en);
    expect(index).toBeGreaterThanOrEqual(0);
    return values[index];
  };
  expect(formulas.every((formula) => formula === '')).toBe(true);
  const date = cell('date');
  expect(isDate(date)).toBe(true);
  expect(calendarDateAt(date as Date)).toEqual(mission.date);
  expect(KINDS.map((kind) => kind[lang])).toContain(cell('kind'));
  expect(cell('kind')).toBe(kindLabel(mission.kind, lang));
  expect(STATUSES.map((status) => status[lang])).toContain(cell('status'));
  expect(cell('status')).toBe(statusLabel(mission.status, lang));
  expect(['step1', 'step2', 'step3', 'step4', 'step5'].map((key) => cell(key as ColumnKey))).toEqual([
    ...mission.steps,
  ]);
  // A new mission leaves the reviewers' columns alone (setup protects them): an empty checkbox, unticked.
  expect(cell('verified')).toBe('');
  expect(cell('verifiedBy')).toBe('');
  expect(cell('verifiedAt')).toBe('');
  expect(cell('id')).toBe(id);
  for (const field of TEXT_FIELDS) expect(cell(field)).toBe(mission[field]);
  expect(cell('evidence')).toBe(mission.evidence);
  expect(cell('enteredBy')).toBe('staff@bangkok.go.th');
  expect(isDate(cell('enteredAt'))).toBe(true);
}

/**
 * Asserts that a row of the log is one a mission looks like: the same day, kind and counterpart (its letter case
 * and spacing aside), which is what makes the sidebar ask before saving it again.
 */
export function expectLikeRow(app: Addon, row: number, mission: Mission, lang: Lang): void {
  const sheet = app.sheet(TABS[lang].log);
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0]!;
  const values = sheet.getRange(row, 1, 1, width).getValues()[0]!;
  const cell = (key: ColumnKey) => {
    const column = COLUMNS.find((c) => c.key === key)!;
    return values[header.findIndex((h) => h === column.th || h === column.en)];
  };
  expect(calendarDateAt(cell('date') as Date)).toEqual(mission.date);
  expect(cell('kind')).toBe(kindLabel(mission.kind, lang));
  const bare = (text: unknown) => String(text).toLowerCase().replace(/\s+/g, ' ').trim();
  expect(bare(cell('counterpart'))).toBe(bare(mission.counterpart));
}

/**
 * Asserts that every row below the header, however it got there, still has the shape of the schema: a date
 * cell, a kind and a status label of the log's language, booleans in the step and verified columns.
 */
export function expectEveryRowInShape(app: Addon, lang: Lang): void {
  const [header, ...rows] = app.values(TABS[lang].log);
  const at = (key: ColumnKey) => header!.indexOf(COLUMNS.find((c) => c.key === key)![lang]);
  const kinds = KINDS.map((kind) => kind[lang]);
  const statuses = STATUSES.map((status) => status[lang]);
  const boxes = (['step1', 'step2', 'step3', 'step4', 'step5'] as const).map(at);
  for (const row of rows) {
    expect(isDate(row[at('date')])).toBe(true);
    expect(kinds).toContain(row[at('kind')]);
    expect(statuses).toContain(row[at('status')]);
    for (const box of boxes) expect(typeof row[box]).toBe('boolean');
    // Verified: a box ticked or not by a reviewer, or left empty (unticked) by a new mission.
    expect([true, false, '']).toContain(row[at('verified')]);
  }
}

/** A rejection as the sidebar can show it: at least one error, each under a field or `form`, each a sentence. */
export function expectShowableRejection(errors: unknown): void {
  expect(errors).toBeInstanceOf(Object);
  const entries = Object.entries(errors as Record<string, unknown>);
  expect(entries.length).toBeGreaterThan(0);
  for (const [key, message] of entries) {
    expect(ERROR_KEYS).toContain(key);
    expect(typeof message).toBe('string');
    expect((message as string).trim()).not.toBe('');
  }
}

/** What submitMission answers (docs/server-functions.md), as the sidebar receives it. */
export type SubmitAnswer = SubmitResult;
