// Finding the add-on's sheets and the user's language: the few facts every server function starts from.
import { calendarDate, calendarDateAt } from '../core/calendar';
import { type Lang, languageOf } from '../core/messages';
import type { DateOfInstant } from '../core/thaiDate';
import { findSheetName, SHEET_NAMES, type SheetRole } from '../core/vocabulary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The user's language: Thai for a Thai locale, English otherwise. Session.getActiveUserLocale needs no
 * authorisation, so it also works in onOpen under AuthMode.NONE
 * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes).
 */
export function userLanguage(): Lang {
  try {
    return languageOf(Session.getActiveUserLocale());
  } catch {
    return 'th';
  }
}

/**
 * The e-mail of the user running the script, for *Entered by* and the summary's "built by"; blank where
 * Google's policy hides it, which it may even with the userinfo.email scope
 * (https://developers.google.com/apps-script/reference/base/session#getactiveuser).
 */
export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/**
 * The sheet of a role and its name, named in Thai or English. The exact names are asked for first, in the
 * given language first (one call in the usual case); only when neither exists are all the names compared
 * loosely (trimmed, any case), so `missions ` still works without costing every call a scan.
 */
export function findNamedSheet(
  spreadsheet: Spreadsheet,
  role: SheetRole,
  lang: Lang,
): { sheet: Sheet; name: string } | null {
  const names = SHEET_NAMES[role];
  for (const name of [names[lang], names[lang === 'th' ? 'en' : 'th']]) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) return { sheet, name };
  }
  const sheets = spreadsheet.getSheets();
  const all = sheets.map((sheet) => sheet.getName());
  const name = findSheetName(role, all);
  return name === undefined ? null : { sheet: sheets[all.indexOf(name)]!, name };
}

export function findSheet(spreadsheet: Spreadsheet, role: SheetRole, lang: Lang): Sheet | null {
  return findNamedSheet(spreadsheet, role, lang)?.sheet ?? null;
}

/** Every value from A1 to the last row and column holding data: two calls, whatever the size of the sheet. */
export function sheetValues(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/**
 * The sheet with a sheet id, or null: Spreadsheet.getSheetById, generally available since December 2024
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSheetById(Integer)) and not
 * yet in @types/google-apps-script.
 */
export function sheetById(spreadsheet: Spreadsheet, id: number): Sheet | null {
  return (spreadsheet as Spreadsheet & { getSheetById(id: number): Sheet | null }).getSheetById(id);
}

/** How long a save or a build waits for another one to finish before saying busy. */
export const LOCK_WAIT_MS = 10_000;

/**
 * How this spreadsheet's date cells become calendar days. Sheets hands a date cell to a script as the instant
 * of its midnight in the spreadsheet's time zone: for a Bangkok spreadsheet (the usual case) the day is read
 * with arithmetic (calendarDateAt, which the count recognises and checks without allocating); for another zone,
 * through Utilities.formatDate. One call, to read the zone, unless the caller has it.
 */
export function spreadsheetDateReader(
  spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
  zone = spreadsheet?.getSpreadsheetTimeZone() || 'Asia/Bangkok',
): DateOfInstant {
  if (zone === 'Asia/Bangkok') return calendarDateAt;
  return (instant) => {
    const [year, month, day] = Utilities.formatDate(instant, zone, 'yyyy-MM-dd').split('-').map(Number);
    return calendarDate(year!, month!, day!) ?? calendarDateAt(instant);
  };
}
