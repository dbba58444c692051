// runSelfCheck(): each platform behaviour the add-on relies on, tried in this very spreadsheet, in a temporary
// sheet that is always removed; the results shown in a dialog with a JSON report to copy (docs/deployment.md).

import { toIsoDate } from '../core/dates/calendar';
import { selfCheckMessage } from '../core/i18n/selfCheckMessages';
import { textFileName } from '../core/i18n/textFiles';
import { selfCheckPage } from '../core/selfCheck/page';
import {
  checkResult,
  type Json,
  SELF_CHECK_IDS,
  type SelfCheckId,
  type SelfCheckReport,
  type SelfCheckResult,
  selfCheckReport,
} from '../core/selfCheck/selfCheck';
import { requireScopes } from './auth';
import { dateReaderFor, userLanguage } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface CheckContext {
  readonly spreadsheet: Spreadsheet;
  readonly sheet: Sheet;
  readonly zone: string;
}

const KEY = 'krTracker.selfCheck';

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/** The next empty row of the temporary sheet: each check writes below the one before. */
const nextRow = (sheet: Sheet) => sheet.getLastRow() + 1;

/** Each check: what it does in the temporary sheet, and what it observed, as JSON. */
const CHECKS: Record<SelfCheckId, (context: CheckContext) => Json> = {
  sheetValues({ sheet }) {
    // First, while the sheet is empty: how Sheets refuses a block of no rows (allValues relies on it).
    let emptySheet: Json;
    try {
      emptySheet = JSON.stringify(sheet.getSheetValues(1, 1, -1, -1));
    } catch (error) {
      emptySheet = String((error as Error).message);
    }
    sheet.getRange(1, 1, 2, 3).setValues([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    return {
      emptySheet,
      block: sheet.getSheetValues(1, 1, -1, -1) as Json,
      column: sheet.getSheetValues(2, 2, -1, 1) as Json,
    };
  },

  isoTextDate({ sheet, zone }) {
    sheet.appendRow(['2025-01-15']);
    const value = sheet.getRange(sheet.getLastRow(), 1).getValue();
    if (!isDate(value)) return { isDate: false, day: String(value), readerDay: null };
    return {
      isDate: true,
      day: Utilities.formatDate(value, zone, 'yyyy-MM-dd'),
      readerDay: toIsoDate(dateReaderFor(zone)(value)),
    };
  },

  apostrophe({ sheet }) {
    sheet.appendRow(["'0812", "'=1+1", "'1,250"]);
    const range = sheet.getRange(sheet.getLastRow(), 1, 1, 3);
    return { values: range.getValues()[0] as Json, formulas: range.getFormulas()[0] as Json };
  },

  plainText({ sheet }) {
    // Formats set on the row appendRow will write to, as a submission finds them.
    const row = nextRow(sheet);
    sheet.getRange(row, 1, 1, 3).setNumberFormat('@');
    sheet.appendRow(['2025-01-15', '=1+1', "'abc"]);
    const range = sheet.getRange(row, 1, 1, 3);
    return {
      formats: range.getNumberFormats()[0] as Json,
      values: range.getValues()[0] as Json,
      formulas: range.getFormulas()[0] as Json,
    };
  },

  dateInZone({ sheet, zone }) {
    const instant = new Date(Date.UTC(2025, 0, 15, 3, 0, 0));
    const cell = sheet.getRange(nextRow(sheet), 1);
    cell.setNumberFormat('yyyy-mm-dd').setValue(instant);
    const back = cell.getValue();
    return {
      roundTrip: isDate(back) && back.getTime() === instant.getTime(),
      shownDayIsReaderDay: cell.getDisplayValue() === toIsoDate(dateReaderFor(zone)(instant)),
    };
  },

  formulaString({ sheet }) {
    sheet.appendRow(['=1+1']);
    const cell = sheet.getRange(sheet.getLastRow(), 1);
    return { formula: cell.getFormula(), value: cell.getValue() as Json };
  },

  checkbox({ sheet }) {
    const cell = sheet.getRange(nextRow(sheet), 1);
    cell.setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build()).setValue(true);
    return {
      criteria: String(cell.getDataValidation()?.getCriteriaType() ?? null),
      value: cell.getValue() as Json,
    };
  },

  developerMetadata({ spreadsheet, sheet }) {
    sheet.addDeveloperMetadata(KEY, 'self-check', SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
    const found = spreadsheet.createDeveloperMetadataFinder().withKey(KEY).find();
    return { found: found.length, value: found[0]?.getValue() ?? null };
  },

  documentProperties() {
    const properties = PropertiesService.getDocumentProperties();
    properties.setProperty(KEY, 'ok ๑');
    const read = properties.getProperty(KEY);
    properties.deleteProperty(KEY);
    return { read, afterDelete: properties.getProperty(KEY) };
  },

  documentLock() {
    const lock = LockService.getDocumentLock();
    if (!lock) return { exists: false, taken: false, held: false, releasedHeld: false };
    const taken = lock.tryLock(5_000);
    const held = lock.hasLock();
    lock.releaseLock();
    return { exists: true, taken, held, releasedHeld: lock.hasLock() };
  },

  chart({ sheet }) {
    const row = nextRow(sheet);
    sheet.getRange(row, 1, 3, 2).setValues([
      ['Kind', 'Missions'],
      ['Speech', 2],
      ['Reception', 3],
    ]);
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange(row, 1, 3, 2))
      .setPosition(row, 4, 0, 0)
      .build();
    sheet.insertChart(chart);
    const afterInsert = sheet.getCharts().length;
    for (const inserted of sheet.getCharts()) sheet.removeChart(inserted);
    return { afterInsert, afterRemove: sheet.getCharts().length };
  },

  sheetById({ spreadsheet, sheet }) {
    return { found: spreadsheet.getSheetById(sheet.getSheetId())?.getName() === sheet.getName() };
  },

  projectFiles() {
    const text = HtmlService.createHtmlOutputFromFile(textFileName('common', 'en')).getContent();
    const catalog = JSON.parse(text) as Record<string, unknown>;
    return { catalogRead: typeof catalog['submit.busy'] === 'string' };
  },

  customFunction({ sheet }) {
    const cell = sheet.getRange(nextRow(sheet), 1);
    cell.setFormula('=KR_SCORE(7)');
    SpreadsheetApp.flush();
    return { value: cell.getValue() as Json };
  },
};

/** Runs every check in the list's order, each caught on its own, in a new sheet that is removed afterwards. */
export function selfCheck(spreadsheet: Spreadsheet): SelfCheckReport {
  const zone = spreadsheet.getSpreadsheetTimeZone();
  const sheet = spreadsheet.insertSheet(`KR Tracker self-check ${Utilities.getUuid().slice(0, 8)}`);
  const results: SelfCheckResult[] = [];
  try {
    for (const id of SELF_CHECK_IDS) {
      let observed: Json;
      try {
        observed = CHECKS[id]({ spreadsheet, sheet, zone });
      } catch (error) {
        observed = { error: String((error as Error)?.message ?? error) };
      }
      results.push(checkResult(id, observed));
    }
  } finally {
    spreadsheet.deleteSheet(sheet);
    PropertiesService.getDocumentProperties().deleteProperty(KEY);
  }
  return selfCheckReport(results, {
    locale: spreadsheet.getSpreadsheetLocale(),
    timeZone: zone,
  });
}

/** The menu item: the checks, then a dialog with each result and the report to copy. Returns the report. */
export function runSelfCheck(): SelfCheckReport {
  requireScopes();
  const lang = userLanguage();
  const report = selfCheck(SpreadsheetApp.getActiveSpreadsheet());
  const page = HtmlService.createHtmlOutput(selfCheckPage(report, lang)).setWidth(560).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(page, selfCheckMessage(lang, 'selfCheck.title'));
  return report;
}
