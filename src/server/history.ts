// The History sheet (docs/sheets.md): append-only, one row a change made through the add-on; known by its sheet id and
// a developer-metadata tag, never by its name, and protected with a warning.
import type { Lang } from '../core/i18n/i18n';
import { message } from '../core/i18n/messages';
import { asCellValue } from '../core/i18n/sheetText';
import { HISTORY_COLUMNS, SHEET_NAMES } from '../core/log/vocabulary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The document property holding History's sheet id, and the tag the sheet carries. */
const HISTORY_ID_PROPERTY = 'krTracker.historySheetId';
export const HISTORY_TAG = 'krTracker.history';

/** History, by the id recorded when it was made (one call); null when there is none (yet). */
export function findHistory(spreadsheet: Spreadsheet): Sheet | null {
  const id = Number(PropertiesService.getDocumentProperties().getProperty(HISTORY_ID_PROPERTY));
  return Number.isInteger(id) && id > 0 ? spreadsheet.getSheetById(id) : null;
}

/** A name for History that no sheet has yet: the word itself, or the word with "(KR Tracker)". */
function freeName(spreadsheet: Spreadsheet, lang: Lang): string {
  const base = SHEET_NAMES.history[lang];
  for (let n = 0; ; n++) {
    const name = n === 0 ? base : n === 1 ? `${base} (KR Tracker)` : `${base} (KR Tracker) ${n}`;
    if (!spreadsheet.getSheetByName(name)) return name;
  }
}

/**
 * History, made when there is none: its header, frozen, a warning-only protection (anyone may still edit, with a
 * warning: it is a record, not a lock), the tag, and its id recorded. A sheet of the user's that is merely
 * called History is never taken for it.
 */
export function ensureHistory(spreadsheet: Spreadsheet, lang: Lang): Sheet {
  const found = findHistory(spreadsheet);
  if (found) return found;
  const sheet = spreadsheet.insertSheet(freeName(spreadsheet, lang));
  sheet
    .getRange(1, 1, 1, HISTORY_COLUMNS.length)
    .setValues([HISTORY_COLUMNS.map((column) => asCellValue(column[lang]))])
    .setFontWeight('bold')
    .setBackground('#dbe7f7');
  sheet.setFrozenRows(1);
  sheet.getRange(2, 1, sheet.getMaxRows() - 1, 1).setNumberFormat('dd/mm/yyyy hh:mm:ss');
  sheet.protect().setDescription(message(lang, 'history.protection')).setWarningOnly(true);
  sheet.addDeveloperMetadata(
    HISTORY_TAG,
    JSON.stringify({ sheetId: sheet.getSheetId() }),
    SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
  );
  PropertiesService.getDocumentProperties().setProperty(HISTORY_ID_PROPERTY, String(sheet.getSheetId()));
  return sheet;
}

/**
 * Appends rows to History in one write, so that a failure leaves all of them or none: written as text like the
 * log (When a date, Row a number). One row is one appendRow (one call); several, one block below the last row
 * (four calls, five when History must grow first), whatever History's size.
 */
export function appendHistory(sheet: Sheet, rows: readonly (readonly unknown[])[]): void {
  if (rows.length === 0) return;
  const cells = rows.map((row) => row.map((cell) => asCellValue(cell)));
  if (cells.length === 1) {
    sheet.appendRow(cells[0]!);
    return;
  }
  const first = sheet.getLastRow() + 1;
  const last = first + cells.length - 1;
  const maxRows = sheet.getMaxRows();
  if (last > maxRows) sheet.insertRowsAfter(maxRows, last - maxRows);
  sheet.getRange(first, 1, cells.length, HISTORY_COLUMNS.length).setValues(cells);
}
