// Set up sheets: creates or repairs the mission log and the Settings tab, never touching a mission row.

import { type Lang, message } from '../core/i18n/messages';
import { asCellValue } from '../core/i18n/sheetText';
import { CARD_LADDER } from '../core/kr/ladder';
import { cardDefinition } from '../core/kr/settings';
import { mapHeader } from '../core/log/cells';
import { logLanguage } from '../core/log/logRow';
import {
  COLUMNS,
  type ColumnKey,
  KINDS,
  REVIEW_COLUMNS,
  SETTINGS_FIELDS,
  type SettingsKey,
  SHEET_NAMES,
  STATUSES,
  settingsFieldOf,
} from '../core/log/vocabulary';
import { requireScopes } from './auth';
import { ensureHistory } from './history';
import { findMissionLog, pinMissionLog, readKrSettings } from './krData';
import {
  activeUserEmail,
  documentLock,
  findSheet,
  LOCK_WAIT_MS,
  sheetValues,
  spreadsheetZone,
  userLanguage,
} from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = '#dbe7f7';
/**
 * The log's days with the month by name, in the spreadsheet's language: `1 ธ.ค. 2026` in a Thai spreadsheet,
 * `1 Dec 2026` in an English one, never 12/01 read as either. The year stays C.E.: Google's date pattern tokens
 * (d, m, mmm, y …) have none for an era and Sheets has no Buddhist calendar
 * (https://developers.google.com/workspace/sheets/api/guides/formats); THAI_DATE() gives the B.E. day anywhere.
 */
const DATE_FORMAT = 'd mmm yyyy';
const TIMESTAMP_FORMAT = 'd mmm yyyy hh:mm';

/** How wide each column of the log is, in pixels, so a new log reads well at once. */
const WIDTHS: Record<ColumnKey, number> = {
  id: 110,
  date: 100,
  kind: 220,
  title: 280,
  counterpart: 200,
  country: 110,
  place: 160,
  lead: 160,
  status: 120,
  step1: 70,
  step2: 70,
  step3: 70,
  step4: 70,
  step5: 70,
  evidence: 240,
  notes: 240,
  verified: 90,
  enteredBy: 180,
  enteredAt: 130,
  verifiedBy: 180,
  verifiedAt: 130,
};

const CHECKBOX_COLUMNS: readonly ColumnKey[] = ['step1', 'step2', 'step3', 'step4', 'step5', 'verified'];

export interface SetupReport {
  readonly missions: string;
  readonly settings: string;
  readonly history: string;
  readonly columnsAdded: readonly string[];
  /** Whether Verified and its two columns are protected for the reviewers and the owner. */
  readonly reviewColumnsProtected: boolean;
}

/**
 * The menu item: both sheets, then a short toast saying what was done. Under the document lock, so two people
 * setting up at once (or one setting up while another saves) never both create a sheet.
 */
export function setupSheets(): SetupReport | { ok: false; message: string } {
  requireScopes();
  const lang = userLanguage();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lock = documentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    const busy = message(lang, 'submit.busy');
    spreadsheet.toast(busy, 'KR Tracker');
    return { ok: false, message: busy };
  }
  try {
    return setUp(spreadsheet, lang);
  } finally {
    lock.releaseLock();
  }
}

function setUp(spreadsheet: Spreadsheet, lang: Lang): SetupReport {
  spreadsheetZone(spreadsheet, true);
  const log = ensureMissionLog(spreadsheet, lang);
  const settings = ensureSettings(spreadsheet, lang);
  const history = ensureHistory(spreadsheet, lang);
  const { definition } = readKrSettings(spreadsheet, lang, lang);
  const protectedNow = protectReviewColumns(spreadsheet, log.sheet, definition.reviewers, lang);
  const report = {
    missions: log.sheet.getName(),
    settings: settings.getName(),
    history: history.getName(),
    columnsAdded: log.columnsAdded,
    reviewColumnsProtected: protectedNow,
  };
  const done = message(lang, 'setup.done', { missions: report.missions, settings: report.settings });
  const added = log.columnsAdded.length
    ? ` ${message(lang, 'setup.columnsAdded', { columns: log.columnsAdded.join(', ') })}`
    : '';
  const unprotected = protectedNow ? '' : ` ${message(lang, 'setup.notProtected')}`;
  spreadsheet.toast(done + added + unprotected, 'KR Tracker');
  return report;
}

/** The descriptions the review columns' protections carry, in both languages (a second run finds them). */
function reviewDescriptions(): string[] {
  return [message('th', 'setup.reviewProtection'), message('en', 'setup.reviewProtection')];
}

/**
 * Protects Verified, Verified by and Verified at (rows 2 to the last) so that only the reviewers named in
 * Settings and the owner may edit them: not warning-only, the editors set (the owner and whoever runs this
 * cannot be removed, so only the owner or a reviewer may run it: anyone else would become an editor; then the
 * columns are left as they are, and false is returned unless they are protected already). A second run replaces
 * them, with today's reviewers and the sheet's rows. https://developers.google.com/apps-script/reference/spreadsheet/protection
 */
function protectReviewColumns(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  reviewers: readonly string[],
  lang: Lang,
): boolean {
  const descriptions = reviewDescriptions();
  const existing = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .filter((protection) => descriptions.includes(protection.getDescription()));
  const me = activeUserEmail().toLowerCase();
  let owner = '';
  try {
    owner = spreadsheet.getOwner()?.getEmail().toLowerCase() ?? '';
  } catch {
    // No owner to compare (a shared drive): the reviewers alone may.
  }
  if (me === '' || !(me === owner || reviewers.includes(me))) return existing.length > 0;
  for (const protection of existing) protection.remove();
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
  const columns = mapHeader(header);
  const indexes = REVIEW_COLUMNS.map((key) => columns[key]).filter((i): i is number => i !== undefined);
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return false;
  for (const [first, count] of runsOf(indexes)) {
    const protection = sheet.getRange(2, first + 1, rows, count).protect();
    protection.setDescription(message(lang, 'setup.reviewProtection'));
    // Oneself first, as Google's sample does: when one's edit access comes from a group, removing the group
    // would throw (https://developers.google.com/apps-script/reference/spreadsheet/protection).
    protection.addEditor(me);
    protection.removeEditors(protection.getEditors());
    if (reviewers.length > 0) protection.addEditors([...reviewers]);
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
  }
  return true;
}

/** Runs of adjacent column indexes: [first, count] each. */
function runsOf(indexes: readonly number[]): [number, number][] {
  const sorted = [...indexes].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const index of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === index) last[1]++;
    else runs.push([index, 1]);
  }
  return runs;
}

/**
 * Creates the mission log, or repairs one: a missing column is added after the last one (never by moving
 * user data), and headers, dropdowns, checkboxes, formats and the header's warning-only protection are set
 * again. Cell values below the header are never written, so every mission row stays as it was.
 */
export function ensureMissionLog(
  spreadsheet: Spreadsheet,
  lang: Lang,
): { sheet: Sheet; columnsAdded: string[] } {
  const existing = findMissionLog(spreadsheet, lang);
  const sheet = existing ?? insertSheetNamed(spreadsheet, SHEET_NAMES.missions[lang]);
  pinMissionLog(sheet);
  const lastColumn = sheet.getLastColumn();
  const header = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0]! : [];
  // A log kept in the other language gets its missing headers in that language too.
  const logLang = logLanguage(header) ?? lang;
  const before = mapHeader(header);
  const missing = COLUMNS.filter((column) => before[column.key] === undefined);
  // Added after the last column holding anything in any row: a column with data under an empty header is
  // the user's, and naming it ours would turn their data into ours.
  const width = header.length;
  if (missing.length > 0) {
    const needed = width + missing.length;
    const maxColumns = sheet.getMaxColumns();
    if (maxColumns < needed) sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
    sheet
      .getRange(1, width + 1, 1, missing.length)
      .setValues([missing.map((column) => asCellValue(column[logLang]))]);
  }
  const columns = { ...before };
  missing.forEach((column, i) => {
    columns[column.key] = width + i;
  });
  formatMissionLog(sheet, columns, width + missing.length, logLang);
  // A new log gets every column; only columns added to a log someone already keeps are worth telling.
  return {
    sheet,
    columnsAdded: existing && header.length > 0 ? missing.map((column) => column[logLang]) : [],
  };
}

function formatMissionLog(
  sheet: Sheet,
  columns: Partial<Record<ColumnKey, number>>,
  width: number,
  lang: Lang,
): void {
  sheet.setFrozenRows(1);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
  const maxRows = sheet.getMaxRows();
  const body = (key: ColumnKey) => sheet.getRange(2, columns[key]! + 1, maxRows - 1, 1);
  if (maxRows > 1) {
    const list = (labels: readonly string[], help: string) =>
      SpreadsheetApp.newDataValidation()
        .requireValueInList([...labels], true)
        // The key and the other language's label count too, so they are allowed, with a warning mark.
        .setAllowInvalid(true)
        .setHelpText(help)
        .build();
    body('kind').setDataValidation(
      list(
        KINDS.map((kind) => kind[lang]),
        message(lang, 'field.kind'),
      ),
    );
    body('status').setDataValidation(
      list(
        STATUSES.map((status) => status[lang]),
        message(lang, 'field.status'),
      ),
    );
    const checkbox = SpreadsheetApp.newDataValidation().requireCheckbox().build();
    // The review columns are left as they are by someone their protection keeps out.
    const reviewEditable = sheet
      .getProtections(SpreadsheetApp.ProtectionType.RANGE)
      .filter((protection) => reviewDescriptions().includes(protection.getDescription()))
      .every((protection) => protection.canEdit());
    const mayFormat = (key: ColumnKey) =>
      reviewEditable || !(REVIEW_COLUMNS as readonly string[]).includes(key);
    // A checkbox rule, not insertCheckboxes(): that would write FALSE over every ticked box already there.
    for (const key of CHECKBOX_COLUMNS) if (mayFormat(key)) body(key).setDataValidation(checkbox);
    // Number formats only below the last row: a date format turns a number already in a cell into a Date for
    // getValues (45672 would read as 15 Jan 2025), and setup never changes what a mission row holds.
    const firstFree = Math.max(2, sheet.getLastRow() + 1);
    if (firstFree <= maxRows) {
      const free = (key: ColumnKey) =>
        sheet.getRange(firstFree, columns[key]! + 1, maxRows - firstFree + 1, 1);
      free('date').setNumberFormat(DATE_FORMAT);
      free('enteredAt').setNumberFormat(TIMESTAMP_FORMAT);
      if (mayFormat('verifiedAt')) free('verifiedAt').setNumberFormat(TIMESTAMP_FORMAT);
    }
  }
  for (const column of COLUMNS) sheet.setColumnWidth(columns[column.key]! + 1, WIDTHS[column.key]);
  protectHeader(sheet, width, lang);
}

/** A warning-only protection on the header row, added once: a second run finds it by its description. */
function protectHeader(sheet: Sheet, width: number, lang: Lang): void {
  const description = message(lang, 'setup.headerNote');
  const others = message(lang === 'th' ? 'en' : 'th', 'setup.headerNote');
  const existing = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .some((protection) => [description, others].includes(protection.getDescription()));
  if (!existing) sheet.getRange(1, 1, 1, width).protect().setDescription(description).setWarningOnly(true);
}

/**
 * A new sheet of a name, or the sheet of that name if one appeared since it was looked for (made by hand, or
 * by an execution that held no lock): Sheets then refuses with "A sheet with the name … already exists".
 */
function insertSheetNamed(spreadsheet: Spreadsheet, name: string): Sheet {
  try {
    return spreadsheet.insertSheet(name);
  } catch (error) {
    const found = /already exists/.test(String((error as Error)?.message))
      ? spreadsheet.getSheetByName(name)
      : null;
    if (found) return found;
    throw error;
  }
}

/** The Settings rows a new tab starts with: title, one row per field with the card's value, the ladder. */
export function settingsRows(lang: Lang): unknown[][] {
  const card = cardDefinition(lang);
  const value: Record<Exclude<SettingsKey, 'ladder'>, unknown> = {
    krCode: card.krCode,
    krName: card.krName,
    hostUnit: card.hostUnit,
    fiscalYear: '',
    target: card.target,
    method: card.method,
    verifiedOnly: card.verifiedOnly,
    coordinator: card.coordinator,
    signatory: card.signatory,
    reviewers: '',
  };
  const fields = SETTINGS_FIELDS.filter((field) => field.key !== 'ladder').map((field) => [
    field[lang],
    value[field.key as Exclude<SettingsKey, 'ladder'>],
  ]);
  return [
    [message(lang, 'settings.title'), ''],
    [message(lang, 'settings.field'), message(lang, 'settings.value')],
    ...fields,
    ['', ''],
    ...ladderRows(lang),
  ];
}

function ladderRows(lang: Lang): unknown[][] {
  const label = SETTINGS_FIELDS.find((field) => field.key === 'ladder')![lang];
  return [
    [label, ''],
    [message(lang, 'settings.threshold'), message(lang, 'settings.points')],
    ...CARD_LADDER.map((level) => [level.threshold, level.points]),
  ];
}

/**
 * Creates the Settings tab with the KR card's values, or completes one: a field whose label is missing is
 * added below the last row with the card's value; what is there already is never changed.
 */
export function ensureSettings(spreadsheet: Spreadsheet, lang: Lang): Sheet {
  const existing = findSheet(spreadsheet, 'settings', lang);
  if (!existing) {
    const sheet = insertSheetNamed(spreadsheet, SHEET_NAMES.settings[lang]);
    const rows = settingsRows(lang);
    sheet.getRange(1, 1, rows.length, 2).setValues(rows.map((row) => row.map((cell) => asCellValue(cell))));
    formatNewSettings(sheet, rows);
    return sheet;
  }
  const rows = sheetValues(existing);
  const present = new Set(rows.map((row) => settingsFieldOf(row[0])).filter(Boolean));
  const fresh = settingsRows(lang);
  const additions: unknown[][] = [];
  for (const field of SETTINGS_FIELDS) {
    if (present.has(field.key)) continue;
    if (field.key === 'ladder') additions.push(['', ''], ...ladderRows(lang));
    else additions.push(fresh.find((row) => row[0] === field[lang])!);
  }
  if (additions.length > 0) {
    const lastRow = existing.getLastRow();
    existing
      .getRange(lastRow + 1, 1, additions.length, 2)
      .setValues(additions.map((row) => row.map((cell) => asCellValue(cell))));
  }
  return existing;
}

function formatNewSettings(sheet: Sheet, rows: unknown[][]): void {
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(14);
  sheet.getRange(2, 1, 1, 2).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  const ladderRow = rows.findIndex((row) => settingsFieldOf(row[0]) === 'ladder') + 1;
  sheet.getRange(ladderRow, 1).setFontWeight('bold');
  sheet
    .getRange(ladderRow + 1, 1, 1, 2)
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND);
  const verifiedRow = rows.findIndex((row) => settingsFieldOf(row[0]) === 'verifiedOnly') + 1;
  sheet
    .getRange(verifiedRow, 2)
    .setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
  const methodRow = rows.findIndex((row) => settingsFieldOf(row[0]) === 'method') + 1;
  sheet
    .getRange(methodRow, 2)
    .setDataValidation(
      SpreadsheetApp.newDataValidation().requireValueInList(['step', 'linear'], true).build(),
    );
  sheet.setColumnWidth(1, 300);
  sheet.setColumnWidth(2, 420);
}
