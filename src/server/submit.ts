// Submitting a mission from the sidebar: validated again here, appended once under the document lock.
import { calendarDateAt, fiscalYearOf } from '../core/calendar';
import { countMissions } from '../core/count';
import { maxPoints, pointsFor } from '../core/ladder';
import { missionRow } from '../core/logRow';
import { type Lang, message } from '../core/messages';
import { type FieldErrors, type Mission, validateMission } from '../core/mission';
import { reasonText } from '../core/reasons';
import { readKrSettings, readMissionLog } from './krData';
import { activeUserEmail, LOCK_WAIT_MS, userLanguage } from './spreadsheet';

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
  | { ok: false; errors: FieldErrors };

/**
 * Appends one mission. The input is checked with the same schema as the form (never trust the client); the
 * read, the duplicate check and the append happen under LockService.getDocumentLock() so two people saving
 * at once get two rows, and a retry with the same id gets none. Six calls on the spreadsheet: find the log
 * (1), read it (2), read Settings (2), append the row (1: one call, so a failure cannot leave half a row). The
 * summary tab is live (its formulas read the log), so a submission never touches it.
 */
export function submitMission(input: unknown): SubmitResult {
  const lang = userLanguage();
  const checked = validateMission(input, lang);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const mission = checked.mission;

  const lock = LockService.getDocumentLock();
  // tryLock returns false on timeout; waitLock would throw (https://developers.google.com/apps-script/reference/lock/lock).
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false, errors: { form: message(lang, 'submit.busy') } };
  try {
    return appendMission(SpreadsheetApp.getActiveSpreadsheet(), mission, lang);
  } finally {
    lock.releaseLock();
  }
}

function appendMission(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  mission: Mission,
  lang: Lang,
): Extract<SubmitResult, { ok: true }> {
  const log = readMissionLog(spreadsheet, lang);
  const { definition } = readKrSettings(spreadsheet, lang, log.lang);
  const today = calendarDateAt(new Date());
  const fiscalYear = definition.fiscalYear ?? fiscalYearOf(today);
  const countOptions = { fiscalYear, verifiedOnly: definition.verifiedOnly, asOf: today };
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
              fiscalYear,
              reason: reasonText(own.reason, lang, fiscalYear),
            })
          : message(lang, 'submit.recorded', { row }),
    };
  };

  const idColumn = log.columns.id!; // readMissionLog repairs a log that lacks any column
  if (mission.id !== undefined) {
    const wanted = mission.id.toLowerCase();
    const at = log.rows.findIndex(
      (row, i) =>
        i > 0 &&
        String(row[idColumn] ?? '')
          .trim()
          .toLowerCase() === wanted,
    );
    // A retry after a lost response: the first submission got through, so answer as it would have.
    if (at > 0) return answer(log.rows, at + 1, mission.id, true);
  }
  const id = mission.id ?? Utilities.getUuid();
  const width = Math.max(log.rows[0]?.length ?? 0, ...Object.values(log.columns).map((index) => index + 1));
  const row = missionRow(mission, log.columns, width, {
    id,
    lang: log.lang,
    enteredBy: activeUserEmail(),
    enteredAt: new Date(),
  });
  log.sheet.appendRow(row.written);
  const rowNumber = log.rows.length + 1;
  return answer([...log.rows, row.read], rowNumber, id, false);
}
