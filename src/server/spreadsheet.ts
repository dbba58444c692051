// Finding the add-on's sheets and the user's language: the few facts every server function starts from.
import { type CalendarDate, calendarDate } from '../core/dates/calendar';
import { bangkokReader, type DateOfInstant, readerAtOffset } from '../core/dates/thaiDate';
import { type Lang, languageOf } from '../core/i18n/messages';
import { findSheetName, SHEET_NAMES, type SheetRole } from '../core/log/vocabulary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The user's language: Thai for a Thai locale, English otherwise. Session.getActiveUserLocale needs no
 * authorisation, so it also works in onOpen under AuthMode.NONE
 * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes). Where it
 * is refused or empty (a custom function runs without the user's authorisation,
 * https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services), the
 * spreadsheet's locale, then Thai.
 */
export function userLanguage(): Lang {
  try {
    const locale = Session.getActiveUserLocale();
    if (locale) return languageOf(locale);
  } catch {
    // Not available here: fall through to the spreadsheet's locale.
  }
  try {
    return languageOf(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
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
 * Every value from a row (A1 by default) down to the last row with data, `width` columns or up to the last
 * column with data, in one call: "a -1 value given as the row or column position is equivalent to getting the
 * very last row or column that has data in the sheet"
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer)).
 * Where no row is left from there (an empty sheet), Sheets refuses a range of no rows: nothing, not a fault.
 */
export function allValues(sheet: Sheet, fromRow = 1, width = -1): unknown[][] {
  try {
    return sheet.getSheetValues(fromRow, 1, -1, width);
  } catch (error) {
    if (/at least 1/.test(String((error as Error)?.message))) return [];
    throw error;
  }
}

export function sheetById(spreadsheet: Spreadsheet, id: number): Sheet | null {
  return spreadsheet.getSheetById(id);
}

/**
 * The lock that keeps two saves, builds or setups of this spreadsheet apart: the document lock, or, where there
 * is none ("null is returned" outside a containing document,
 * https://developers.google.com/apps-script/reference/lock/lock-service), the script lock, which is stricter.
 */
export function documentLock(): GoogleAppsScript.Lock.Lock {
  return LockService.getDocumentLock() ?? LockService.getScriptLock();
}

/** How long a save or a build waits for another one to finish before saying busy. */
export const LOCK_WAIT_MS = 10_000;

/** Where the spreadsheet's time zone is remembered, so a submission reads date cells in it without asking. */
const ZONE_PROPERTY = 'krTracker.timeZone';

/**
 * The spreadsheet's time zone. Opening the form, setting up and building the summary ask the spreadsheet
 * (`fresh`) and remember the answer in the document's properties; a submission, which has eight calls to spend,
 * reads what was remembered, asking only when nothing is.
 */
export function spreadsheetZone(spreadsheet: Spreadsheet, fresh = false): string {
  const properties = PropertiesService.getDocumentProperties();
  const remembered = fresh ? null : properties.getProperty(ZONE_PROPERTY);
  if (remembered) return remembered;
  const zone = spreadsheet.getSpreadsheetTimeZone() || 'Asia/Bangkok';
  if (zone !== remembered) properties.setProperty(ZONE_PROPERTY, zone);
  return zone;
}

/**
 * The instant a day begins in a zone: its midnight, found with the zone's offset as Utilities.formatDate gives
 * it (asked at the day's UTC midnight, then again at the answer, for a zone whose offset changes that night).
 */
export function midnightIn(zone: string, day: CalendarDate): Date {
  const utc = Date.UTC(day.year, day.month - 1, day.day);
  const offsetAt = (time: number) => offsetOf(Utilities.formatDate(new Date(time), zone, 'Z')) ?? 0;
  const guess = utc - offsetAt(utc) * 60_000;
  return new Date(utc - offsetAt(guess) * 60_000);
}

/** "+0700" → 420: the offset Utilities.formatDate writes with the pattern Z. */
function offsetOf(text: string): number | undefined {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * How a zone's date cells become calendar days. Sheets hands a date cell to a script as the instant of its
 * midnight in the spreadsheet's time zone. A zone that keeps one offset all year (Bangkok, Tokyo, Jakarta, UTC
 * …) is read with arithmetic, which the count checks without allocating; a zone with daylight time goes
 * through Utilities.formatDate once for each instant, remembered, as a log holds the same few days many times.
 */
export function dateReaderFor(zone: string): DateOfInstant {
  if (zone === 'Asia/Bangkok') return bangkokReader;
  const year = new Date().getUTCFullYear();
  const [january, july] = [0, 6].map((month) =>
    offsetOf(Utilities.formatDate(new Date(Date.UTC(year, month, 1)), zone, 'Z')),
  );
  if (january !== undefined && january === july) return readerAtOffset(january);
  const seen = new Map<number, CalendarDate>();
  return (instant) => {
    const time = instant.getTime();
    let date = seen.get(time);
    if (!date) {
      const [y, m, d] = Utilities.formatDate(instant, zone, 'yyyy-MM-dd').split('-').map(Number);
      date = calendarDate(y!, m!, d!) ?? bangkokReader(instant);
      seen.set(time, date);
    }
    return date;
  };
}

/** The date reader of the active spreadsheet's zone: one call, to read the zone, unless the caller has it. */
export function spreadsheetDateReader(
  spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
  zone = spreadsheet?.getSpreadsheetTimeZone() || 'Asia/Bangkok',
): DateOfInstant {
  return dateReaderFor(zone);
}
