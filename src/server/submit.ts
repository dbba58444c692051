// Submitting a mission from the sidebar: validated again here, appended once under the document lock.

import { fiscalYearOf, toIsoDate } from '../core/dates/calendar';
import { type Lang, message } from '../core/i18n/messages';
import { maxPoints, pointsFor } from '../core/kr/ladder';
import { type ColumnMap, idOf } from '../core/log/cells';
import { countMissions } from '../core/log/count';
import { likelyDuplicateRow } from '../core/log/duplicates';
import { missionRow } from '../core/log/logRow';
import { type FieldErrors, type Mission, validateMission } from '../core/log/mission';
import { reasonText } from '../core/log/reasons';
import { REVIEW_COLUMNS } from '../core/log/vocabulary';
import { requireScopes } from './auth';
import { appendHistory, ensureHistory } from './history';
import { hasEveryColumn, type MissionLog, readKrSettings, readMissionLog } from './krData';
import { ensureMissionLog } from './setup';
import {
  activeUserEmail,
  allValues,
  dateReaderFor,
  documentLock,
  LOCK_WAIT_MS,
  midnightIn,
  spreadsheetZone,
  userLanguage,
} from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type SubmitResult =
  | {
      ok: true;
      id: string;
      row: number;
      count: number;
      points: number;
      target: number;
      maxPoints: number;
      fiscalYear: number;
      /** Whether this mission counts in the fiscal year (recorded either way). */
      counts: boolean;
      /** The same id was recorded before: nothing was written this time. */
      duplicate: boolean;
      message: string;
    }
  | {
      ok: false;
      errors: FieldErrors;
      /** The row this mission looks like (same date, kind and counterpart): saved only when confirmed. */
      likelyDuplicateOf?: number;
    };

/**
 * Appends one mission. The input is checked with the same schema as the form (never trust the client) and
 * against today in the spreadsheet's zone; the read, the retry and likely-duplicate checks and the append happen
 * under LockService.getDocumentLock() so two people saving at once get two rows, and a retry with the same id
 * gets none. Twelve calls on the spreadsheet (npm run bench): find the log (1), read it (1), read Settings (2),
 * read the formats of the row it goes to (2: Plain-text cells take text as it is), append the row up to the
 * review columns (1: one call, so a failure cannot leave half a row; staff may not write those protected
 * columns), read back the rows from there (1: its id finds it below any row typed by hand meanwhile), write
 * Entered by and Entered at (2), find History and append its row (2); two more, in a locale where Sheets kept
 * the ISO date as text, to write it as a Date. The summary tab is live (its formulas read the log), so a
 * submission never touches it.
 */
export function submitMission(input: unknown): SubmitResult {
  requireScopes();
  const lang = userLanguage();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const zone = spreadsheetZone(spreadsheet);
  const reader = dateReaderFor(zone);
  const checked = validateMission(input, lang, reader(new Date()));
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const mission = checked.mission;

  const lock = documentLock();
  // tryLock returns false on timeout; waitLock would throw (https://developers.google.com/apps-script/reference/lock/lock).
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false, errors: { form: message(lang, 'submit.busy') } };
  try {
    return appendMission(spreadsheet, mission, lang, zone);
  } finally {
    lock.releaseLock();
  }
}

/**
 * The log a mission goes to: read as it is; a missing log, or one that lacks any of its columns (so no field
 * of the new mission is dropped), is set up or repaired first by setup (adding columns at the end), then read
 * again.
 */
function missionLogToWrite(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang): MissionLog {
  const log = readMissionLog(spreadsheet, lang);
  if (log && hasEveryColumn(log)) return log;
  ensureMissionLog(spreadsheet, lang);
  return readMissionLog(spreadsheet, lang)!;
}

function appendMission(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  mission: Mission,
  lang: Lang,
  zone: string,
): SubmitResult {
  const log = missionLogToWrite(spreadsheet, lang);
  const { definition } = readKrSettings(spreadsheet, lang, log.lang);
  const today = log.dateOfInstant(new Date());
  const fiscalYear = definition.fiscalYear ?? fiscalYearOf(today);
  const countOptions = {
    fiscalYear,
    verifiedOnly: definition.verifiedOnly,
    asOf: today,
    dateOfInstant: log.dateOfInstant,
  };
  const answer = (rows: unknown[][], row: number, id: string, duplicate: boolean) => {
    const counted = countMissions(rows, countOptions);
    const own = counted.notCounted.find((entry) => entry.row === row);
    const count = counted.count;
    return {
      ok: true as const,
      id,
      row,
      count,
      points: pointsFor(count, definition.ladder, definition.method),
      target: definition.target,
      maxPoints: maxPoints(definition.ladder),
      fiscalYear,
      counts: own === undefined,
      duplicate,
      message: duplicate
        ? message(lang, 'submit.already', { row })
        : own
          ? message(lang, 'submit.notCounted', {
              row,
              fiscalYear,
              reason: reasonText(own.reason, lang, fiscalYear),
            })
          : message(lang, 'submit.recorded', { row }),
    };
  };

  const idColumn = log.columns.id!; // readMissionLog repairs a log that lacks any column
  if (mission.id !== undefined) {
    const wanted = mission.id.toLowerCase();
    const at = log.rows.findIndex((row, i) => i > 0 && idOf(row[idColumn]) === wanted);
    // A retry after a lost response: the first submission got through, so answer as it would have.
    if (at > 0) return answer(log.rows, at + 1, mission.id, true);
  }
  if (!mission.confirmDuplicate) {
    const like = likelyDuplicateRow(log.rows, log.columns, mission, log.dateOfInstant);
    if (like !== undefined) {
      return {
        ok: false,
        errors: { form: message(lang, 'submit.likelyDuplicate', { row: like }) },
        likelyDuplicateOf: like,
      };
    }
  }
  const id = mission.id ?? Utilities.getUuid();
  const width = Math.max(log.rows[0]?.length ?? 0, ...Object.values(log.columns).map((index) => index + 1));
  const next = log.rows.length + 1;
  const row = missionRow(mission, log.columns, width, {
    id,
    lang: log.lang,
    enteredBy: activeUserEmail(),
    enteredAt: new Date(),
    formats: formatsOfRow(log.sheet, next, width),
  });
  // The review columns are the reviewers' (setup protects them from everyone else): appendRow writes the row up
  // to the first of them, and what comes after (Entered by and at) goes into the row found by its id.
  const dateColumn = log.columns.date!;
  const firstReview = Math.min(width, ...REVIEW_COLUMNS.map((key) => log.columns[key] ?? width));
  const prefix = firstReview > idColumn && firstReview > dateColumn ? firstReview : width;
  log.sheet.appendRow(row.written.slice(0, prefix));
  // The rows from the one aimed at down, as Sheets now holds them (one call): the mission's own is found by its
  // id, after any row typed by hand meanwhile, and every count below reads what is really there.
  const written = allValues(log.sheet, next, width);
  const at = written.findIndex((cells) => idOf(cells[idColumn]) === id.toLowerCase());
  const rowNumber = at >= 0 ? next + at : next;
  const own = at >= 0 ? written[at]! : row.read;
  if (at >= 0) {
    const rest = restOfRow(row, prefix, width, log.columns);
    try {
      for (const [first, cells] of rest) {
        log.sheet.getRange(rowNumber, first + 1, 1, cells.length).setValues([cells]);
        cells.forEach((_, i) => {
          own[first + i] = row.read[first + i];
        });
      }
      if (!isDateCell(own[dateColumn])) {
        // Sheets kept the ISO text as text (a locale that does not read it as a date): the date goes in as a
        // Date, the instant of that day's midnight in the spreadsheet's zone, which Sheets stores as that day.
        const midnight = midnightIn(zone, mission.date);
        log.sheet.getRange(rowNumber, dateColumn + 1).setValue(midnight);
        own[dateColumn] = midnight;
      }
      appendHistory(ensureHistory(spreadsheet, log.lang), [
        [
          new Date(),
          activeUserEmail(),
          id,
          rowNumber,
          message(log.lang, 'history.created'),
          '',
          `${toIsoDate(mission.date)} ${mission.title}`,
        ],
      ]);
    } catch (error) {
      // The mission and its History row together or neither: what was written of the row is cleared (a blank
      // row counts for nothing), and the failure goes to the sidebar, which keeps the form.
      log.sheet.getRange(rowNumber, 1, 1, prefix).clearContent();
      for (const [first, cells] of rest)
        log.sheet.getRange(rowNumber, first + 1, 1, cells.length).clearContent();
      throw error;
    }
  }
  const rows = [...log.rows, ...written];
  rows[rowNumber - 1] = own;
  return answer(rows, rowNumber, id, false);
}

/** The cells of a new row after the part appendRow wrote, without the review columns: [first, cells] a run. */
function restOfRow(
  row: { written: unknown[] },
  from: number,
  width: number,
  columns: ColumnMap,
): [number, unknown[]][] {
  const review = new Set(REVIEW_COLUMNS.map((key) => columns[key]));
  const runs: [number, unknown[]][] = [];
  for (let column = from; column < width; column++) {
    if (review.has(column)) continue;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1].length === column) last[1].push(row.written[column]);
    else runs.push([column, [row.written[column]]]);
  }
  // Nothing to write in a run of blanks the append would not have written either.
  return runs.filter(([, cells]) => cells.some((cell) => cell !== ''));
}

const isDateCell = (value: unknown) => Object.prototype.toString.call(value) === '[object Date]';

/**
 * The number formats of the row a mission will be appended to (two calls), so that text goes into a Plain-text
 * cell as it is. A log that fills its sheet has no such row yet (appendRow adds one, automatic): none known.
 */
function formatsOfRow(sheet: Sheet, row: number, width: number): string[] | undefined {
  if (width === 0) return undefined;
  try {
    return sheet.getRange(row, 1, 1, width).getNumberFormats()[0];
  } catch {
    // Out of the sheet's rows, or the read failed: the apostrophe rule alone, which loses nothing but looks.
    return undefined;
  }
}
