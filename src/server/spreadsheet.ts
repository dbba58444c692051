// Finding the add-on's sheets in the active spreadsheet, by their Thai or English name.
import type { SheetRole } from '../core/vocabulary';
import { findSheetName } from '../core/vocabulary';

/** The sheet of a role (mission log, summary, settings), named in Thai or English; null when there is none. */
export function findSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  role: SheetRole,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const sheets = spreadsheet.getSheets();
  const name = findSheetName(
    role,
    sheets.map((sheet) => sheet.getName()),
  );
  return name === undefined ? null : (sheets.find((sheet) => sheet.getName() === name) ?? null);
}
