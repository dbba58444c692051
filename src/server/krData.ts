// Reading what every server function needs in as few calls as Sheets allows: the log and the KR definition.
import { type ColumnMap, mapHeader, missingColumns } from '../core/count';
import { logLanguage } from '../core/logRow';
import type { Lang } from '../core/messages';
import { readSettings, type SettingsReading } from '../core/settings';
import { COLUMNS, SHEET_NAMES } from '../core/vocabulary';

const ALL_COLUMNS = COLUMNS.map((column) => column.key);

import { ensureMissionLog } from './setup';
import { findSheet, quotedSheetName } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface MissionLog {
  readonly sheet: Sheet;
  /** Every row from row 1 to the last with content, header first, as getValues reads them. */
  readonly rows: unknown[][];
  readonly columns: ColumnMap;
  /** The language the log is kept in (its header's). */
  readonly lang: Lang;
}

/**
 * The mission log in two reads (getDataRange, getValues). A missing log, or one that lacks any of its columns
 * (so no field of a new mission is dropped), is set up or repaired first (adding columns at the end), then
 * read again.
 */
export function readMissionLog(spreadsheet: Spreadsheet, lang: Lang): MissionLog {
  let sheet = findSheet(spreadsheet, 'missions', lang);
  let rows = sheet ? sheet.getDataRange().getValues() : [];
  if (!sheet || missingColumns(mapHeader(rows[0] ?? []), ALL_COLUMNS).length > 0) {
    sheet = ensureMissionLog(spreadsheet, lang).sheet;
    rows = sheet.getDataRange().getValues();
  }
  const header = rows[0] ?? [];
  return { sheet, rows, columns: mapHeader(header), lang: logLanguage(header) ?? lang };
}

/**
 * The KR definition from the Settings tab in two calls: one A1 read of columns A:B by the tab's standard name
 * (the log's language first). A renamed or missing tab falls back to a search, then to the KR card.
 */
export function readKrSettings(
  spreadsheet: Spreadsheet,
  lang: Lang,
  logLang: Lang,
): SettingsReading & { sheetName?: string } {
  const other: Lang = logLang === 'th' ? 'en' : 'th';
  for (const name of [SHEET_NAMES.settings[logLang], SHEET_NAMES.settings[other]]) {
    try {
      const rows = spreadsheet.getRange(`${quotedSheetName(name)}!A1:B`).getValues();
      return { ...readSettings(rows, lang), sheetName: name };
    } catch {
      // No tab of that name ("Range not found"): try the other name.
    }
  }
  const sheet = findSheet(spreadsheet, 'settings', lang);
  if (!sheet) return readSettings([], lang);
  return { ...readSettings(sheet.getDataRange().getValues(), lang), sheetName: sheet.getName() };
}
