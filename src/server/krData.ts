// Reading what every server function needs in as few calls as Sheets allows: the log and the KR definition.
import { type ColumnMap, mapHeader, missingColumns } from '../core/count';
import { logLanguage } from '../core/logRow';
import type { Lang } from '../core/messages';
import { readSettings, type SettingsReading } from '../core/settings';
import { COLUMNS, SHEET_NAMES } from '../core/vocabulary';

const ALL_COLUMNS = COLUMNS.map((column) => column.key);

import { quotedSheetName } from '../core/a1';
import { ensureMissionLog } from './setup';
import { findNamedSheet, sheetValues } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface MissionLog {
  readonly sheet: Sheet;
  readonly name: string;
  /** Every row from row 1 to the last with content, header first, as getValues reads them. */
  readonly rows: unknown[][];
  readonly columns: ColumnMap;
  /** The language the log is kept in (its header's). */
  readonly lang: Lang;
}

/**
 * The mission log in three calls (find it, getDataRange, getValues). A missing log, or one that lacks any of its columns
 * (so no field of a new mission is dropped), is set up or repaired first (adding columns at the end), then
 * read again.
 */
export function readMissionLog(spreadsheet: Spreadsheet, lang: Lang): MissionLog {
  let found = findNamedSheet(spreadsheet, 'missions', lang);
  let rows = found ? sheetValues(found.sheet) : [];
  if (!found || missingColumns(mapHeader(rows[0] ?? []), ALL_COLUMNS).length > 0) {
    const sheet = ensureMissionLog(spreadsheet, lang).sheet;
    found = { sheet, name: sheet.getName() };
    rows = sheetValues(sheet);
  }
  const header = rows[0] ?? [];
  return {
    sheet: found.sheet,
    name: found.name,
    rows,
    columns: mapHeader(header),
    lang: logLanguage(header) ?? lang,
  };
}

/**
 * The KR definition from the Settings tab in two calls: one A1 read of columns A:B by the tab's standard name
 * (Spreadsheet.getRange takes a sheet-qualified A1 range; a missing sheet throws "Range not found"), in the
 * log's language first. A tab under another name falls back to a search; no tab at all gives the KR card.
 */
export function readKrSettings(
  spreadsheet: Spreadsheet,
  lang: Lang,
  logLang: Lang,
): SettingsReading & { sheetName?: string } {
  for (const name of [SHEET_NAMES.settings[logLang], SHEET_NAMES.settings[logLang === 'th' ? 'en' : 'th']]) {
    try {
      return {
        ...readSettings(spreadsheet.getRange(`${quotedSheetName(name)}!A1:B`).getValues(), lang),
        sheetName: name,
      };
    } catch {
      // No tab of that name: try the other one.
    }
  }
  const found = findNamedSheet(spreadsheet, 'settings', logLang);
  if (!found) return readSettings([], lang);
  return { ...readSettings(sheetValues(found.sheet), lang), sheetName: found.name };
}
