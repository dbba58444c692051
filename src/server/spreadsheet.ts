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
 * The sheet of a role, named in Thai or English. The exact names are asked for first, in the user's language
 * first (one call in the usual case); only when neither exists are all the names compared loosely (trimmed,
 * any case), so `missions ` still works without costing every call a scan.
 */
export function findSheet(spreadsheet: Spreadsheet, role: SheetRole, lang: Lang): Sheet | null {
  const names = SHEET_NAMES[role];
  const other: Lang = lang === 'th' ? 'en' : 'th';
  const exact = spreadsheet.getSheetByName(names[lang]) ?? spreadsheet.getSheetByName(names[other]);
  if (exact) return exact;
  const sheets = spreadsheet.getSheets();
  const name = findSheetName(
    role,
    sheets.map((sheet) => sheet.getName()),
  );
  return name === undefined ? null : (sheets.find((sheet) => sheet.getName() === name) ?? null);
}

/** A sheet name quoted for A1 notation: 'ภารกิจ'!A1:S (an apostrophe inside is doubled). */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Sheets hands a date cell to a script as the instant of its midnight in the spreadsheet's time zone. For a
 * Bangkok spreadsheet (the usual case) the day is read with arithmetic; for another zone through
 * Utilities.formatDate. The zone is asked for once, and only when a date is actually read.
 */
export function spreadsheetDateReader(): DateOfInstant {
  let read: DateOfInstant | undefined;
  return (instant) => {
    if (!read) {
      const zone = SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone() || 'Asia/Bangkok';
      read =
        zone === 'Asia/Bangkok'
          ? calendarDateAt
          : (day) => {
              const [year, month, date] = Utilities.formatDate(day, zone, 'yyyy-MM-dd')
                .split('-')
                .map(Number);
              return calendarDate(year!, month!, date!) ?? calendarDateAt(day);
            };
    }
    return read(instant);
  };
}
