// Reading what every server function needs in as few calls as Sheets allows: the log and the KR definition.

import type { DateOfInstant } from '../core/dates/thaiDate';
import type { Lang } from '../core/i18n/messages';
import { readSettings, type SettingsReading } from '../core/kr/settings';
import { quotedSheetName } from '../core/log/a1';
import { type ColumnMap, mapHeader, missingColumns } from '../core/log/cells';
import { logLanguage } from '../core/log/logRow';
import { COLUMNS, findSheetName, SHEET_NAMES } from '../core/log/vocabulary';
import { allValues, dateReaderFor, findNamedSheet, sheetValues, spreadsheetZone } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const ALL_COLUMNS = COLUMNS.map((column) => column.key);

/** The document property holding the mission log's sheet id, recorded when the log is set up or first found. */
const LOG_ID_PROPERTY = 'krTracker.logSheetId';

export interface MissionLog {
  readonly sheet: Sheet;
  /** Every row from row 1 to the last with content, header first, as getValues reads them. */
  readonly rows: unknown[][];
  readonly columns: ColumnMap;
  /** The language the log is kept in (its header's). */
  readonly lang: Lang;
  /** How its date cells become days: in the spreadsheet's time zone, as every count of the add-on reads them. */
  readonly dateOfInstant: DateOfInstant;
  /** That time zone, for writing a day back as the instant it begins. */
  readonly zone: string;
}

/**
 * The mission log: the sheet whose id was recorded (whatever it is called now: a log renamed is still the log,
 * and Thai and English users write to the same one), else the sheet named like a log. One call either way.
 */
export function findMissionLog(spreadsheet: Spreadsheet, lang: Lang): Sheet | null {
  const pinned = Number(PropertiesService.getDocumentProperties().getProperty(LOG_ID_PROPERTY));
  if (Number.isInteger(pinned) && pinned > 0) {
    const sheet = spreadsheet.getSheetById(pinned);
    if (sheet) return sheet;
  }
  return findNamedSheet(spreadsheet, 'missions', lang)?.sheet ?? null;
}

/** Records the log's sheet id, so that every later search finds this sheet (one call). */
export function pinMissionLog(sheet: Sheet): void {
  PropertiesService.getDocumentProperties().setProperty(LOG_ID_PROPERTY, String(sheet.getSheetId()));
}

/** The names of the other sheets named like a mission log, besides the log in use: a second log, reported. */
export function otherMissionLogs(spreadsheet: Spreadsheet, log: Sheet): string[] {
  const logId = log.getSheetId();
  return spreadsheet
    .getSheets()
    .filter((sheet) => sheet.getSheetId() !== logId)
    .map((sheet) => sheet.getName())
    .filter((name) => findSheetName('missions', [name]) !== undefined);
}

/**
 * The mission log as it is, in two calls (find it, read it whole), with the reader of its date cells (the zone
 * remembered in the document's properties); undefined when there is none. A reader only: a log that lacks a
 * column is for setup to repair (ensureMissionLog), which a submission asks for (see hasEveryColumn); an edit
 * never does, so no column is added behind the user's back.
 */
export function readMissionLog(spreadsheet: Spreadsheet, lang: Lang): MissionLog | undefined {
  const sheet = findMissionLog(spreadsheet, lang);
  if (!sheet) return undefined;
  const rows = allValues(sheet);
  const header = rows[0] ?? [];
  const zone = spreadsheetZone(spreadsheet);
  return {
    sheet,
    rows,
    columns: mapHeader(header),
    lang: logLanguage(header) ?? lang,
    dateOfInstant: dateReaderFor(zone),
    zone,
  };
}

/** Whether a log has every column of a mission, so that writing one drops no field. */
export function hasEveryColumn(log: MissionLog): boolean {
  return missingColumns(log.columns, ALL_COLUMNS).length === 0;
}

/**
 * The KR definition from the Settings tab in two calls: one A1 read of columns A:B by the tab's standard name
 * (Spreadsheet.getRange takes a sheet-qualified A1 range; a missing sheet throws "Range not found"), in the
 * log's language first. A tab under another name falls back to a search; no tab at all gives the KR card,
 * and says so.
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
  if (!found) {
    const card = readSettings([], lang);
    return { ...card, problems: [{ field: 'missingTab' }] };
  }
  return { ...readSettings(sheetValues(found.sheet), lang), sheetName: found.name };
}
