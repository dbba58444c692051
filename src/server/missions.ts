// Listing, correcting and verifying missions from the sidebar (docs/server-functions.md listMissions, updateMission,
// verifyMission): one read of the log, edits under the document lock with an optimistic check of the row's
// version, and a History row for every changed field, written together with the row or not at all.
import { fiscalYearBE, fiscalYearOf, fiscalYearRange, toIsoDate } from '../core/dates/calendar';
import type { DateOfInstant } from '../core/dates/thaiDate';
import { type Lang, message } from '../core/i18n/messages';
import { asCellValue } from '../core/i18n/sheetText';
import { maxPoints, pointsFor } from '../core/kr/ladder';
import type { KrDefinition } from '../core/kr/settings';
import { idOf, missingColumns } from '../core/log/cells';
import { countMissions } from '../core/log/count';
import { EDITABLE_COLUMNS, missionValues } from '../core/log/logRow';
import { type FieldErrors, validateMission } from '../core/log/mission';
import {
  type CellChange,
  dayText,
  historyRows,
  inputOfItem,
  type MissionItem,
  matchesQuery,
  missionItem,
  newestFirst,
  readChanges,
  rowVersion,
  sameCell,
} from '../core/log/missionRecords';
import { reasonText } from '../core/log/reasons';
import { type ColumnKey, columnLabel, REVIEW_COLUMNS } from '../core/log/vocabulary';
import { requireScopes } from './auth';
import { appendHistory, ensureHistory } from './history';
import { type MissionLog, readKrSettings, readMissionLog } from './krData';
import {
  activeUserEmail,
  dateReaderFor,
  documentLock,
  LOCK_WAIT_MS,
  midnightIn,
  spreadsheetZone,
  userLanguage,
} from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ListOptions {
  /** B.E. or C.E.; default the one of Settings, or the one containing today. */
  readonly fiscalYear?: unknown;
  /** Words to find in the title or the counterpart. */
  readonly query?: unknown;
  /** A page of the list: from `offset`, at most `limit` missions (default all). */
  readonly offset?: unknown;
  readonly limit?: unknown;
}

export type ListResult =
  | {
      ok: true;
      fiscalYear: number;
      /** How many missions match, before paging. */
      total: number;
      offset: number;
      missions: MissionItem[];
      /** Whether the person asking may verify (a reviewer named in Settings, or the owner). */
      canVerify: boolean;
    }
  | { ok: false; errors: { form: string } };

/** What an edit or a verification answers: the row now, and the count and points it leaves. */
export type ChangeResult =
  | {
      ok: true;
      row: number;
      count: number;
      points: number;
      maxPoints: number;
      target: number;
      fiscalYear: number;
      /** The row's new version, for the next edit (an undo, say). */
      version: string;
      mission: MissionItem;
      message: string;
    }
  | {
      ok: false;
      errors: FieldErrors;
      /** When someone else changed the row meanwhile: how it reads now. */
      current?: MissionItem;
    };

/** The reason text of each row that does not count (blank rows left out), by sheet row. */
function reasonsByRow(
  log: MissionLog,
  definition: KrDefinition,
  fiscalYear: number,
  today: ReturnType<DateOfInstant>,
  lang: Lang,
) {
  const result = countMissions(log.rows, {
    fiscalYear,
    verifiedOnly: definition.verifiedOnly,
    asOf: today,
    dateOfInstant: log.dateOfInstant,
  });
  const reasons = new Map<number, string>();
  for (const entry of result.notCounted) {
    if (entry.reason.code !== 'blank') reasons.set(entry.row, reasonText(entry.reason, lang, fiscalYear));
  }
  return { result, reasons };
}

function isBlank(row: readonly unknown[]): boolean {
  return row.every((cell) => cell === '' || cell === null || cell === undefined || cell === false);
}

/** Whether a person may verify: a reviewer named in Settings or, always, the spreadsheet's owner. */
function mayVerify(spreadsheet: Spreadsheet, email: string, definition: KrDefinition): boolean {
  if (email === '') return false;
  const me = email.toLowerCase();
  if (definition.reviewers.includes(me)) return true;
  try {
    return spreadsheet.getOwner()?.getEmail().toLowerCase() === me;
  } catch {
    // No owner to compare (a shared drive): the reviewers alone decide.
    return false;
  }
}

/**
 * The missions of a fiscal year, newest first, each with whether it counts and why not; rows without a valid
 * date are listed in every year, to be corrected. Four or five calls whatever the log's size (find and read
 * the log, read Settings, ask who owns the spreadsheet), and no lock: it only reads.
 */
export function listMissions(options: ListOptions = {}): ListResult {
  requireScopes();
  const lang = userLanguage();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const log = readMissionLog(spreadsheet, lang);
  const { definition } = readKrSettings(spreadsheet, lang, log?.lang ?? lang);
  const user = activeUserEmail();
  const canVerify = mayVerify(spreadsheet, user, definition);
  const reader = log?.dateOfInstant ?? dateReaderFor(spreadsheetZone(spreadsheet));
  const today = reader(new Date());
  const asked = options.fiscalYear === undefined ? undefined : fiscalYearBE(Number(options.fiscalYear));
  const fiscalYear = asked ?? definition.fiscalYear ?? fiscalYearOf(today);
  if (!log) return { ok: true, fiscalYear, total: 0, offset: 0, missions: [], canVerify };
  const { start, end } = fiscalYearRange(fiscalYear);
  const [from, to] = [toIsoDate(start), toIsoDate(end)];
  const { reasons } = reasonsByRow(log, definition, fiscalYear, today, lang);
  const query = typeof options.query === 'string' ? options.query : '';
  const cell = (row: readonly unknown[], key: 'title' | 'counterpart') =>
    log.columns[key] === undefined ? '' : String(row[log.columns[key]] ?? '');
  // Found and sorted on what the search and the order need; only the page asked for is made into missions
  // (a row's fingerprint and its JSON are the costly part, and a year may hold 10,000 rows).
  const found: { row: number; date: string }[] = [];
  for (let i = 1; i < log.rows.length; i++) {
    const row = log.rows[i]!;
    if (isBlank(row)) continue;
    const day = dayText(log.columns.date === undefined ? '' : row[log.columns.date], log.dateOfInstant);
    if (day !== '' && (day < from || day > to)) continue;
    if (matchesQuery({ title: cell(row, 'title'), counterpart: cell(row, 'counterpart') }, query)) {
      found.push({ row: i + 1, date: day });
    }
  }
  found.sort(newestFirst);
  const offset = Math.max(0, Math.floor(Number(options.offset) || 0));
  const limit =
    options.limit === undefined ? found.length : Math.max(0, Math.floor(Number(options.limit) || 0));
  const missions = found.slice(offset, offset + limit).map(({ row }) =>
    missionItem(log.rows[row - 1]!, row, log.columns, {
      reader: log.dateOfInstant,
      reason: reasons.get(row),
      user,
    }),
  );
  return { ok: true, fiscalYear, total: found.length, offset, missions, canVerify };
}

/** Runs `change` under the document lock, saying busy when another save holds it (the form is kept). */
function underLock(lang: Lang, change: () => ChangeResult): ChangeResult {
  const lock = documentLock();
  // tryLock returns false on timeout; waitLock would throw (https://developers.google.com/apps-script/reference/lock/lock).
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false, errors: { form: message(lang, 'submit.busy') } };
  try {
    return change();
  } finally {
    lock.releaseLock();
  }
}

/** The row of an id in the log (index in `rows`), or -1. */
function rowOfId(log: MissionLog, id: string): number {
  const idColumn = log.columns.id;
  if (idColumn === undefined) return -1;
  const wanted = idOf(id);
  return log.rows.findIndex((row, i) => i > 0 && idOf(row[idColumn]) === wanted);
}

function missingOf(log: MissionLog, keys: readonly ColumnKey[], lang: Lang): FieldErrors | undefined {
  const missing = missingColumns(log.columns, keys);
  if (missing.length === 0) return undefined;
  return {
    form: message(lang, 'edit.missingColumns', {
      columns: missing.map((key) => columnLabel(key, log.lang)).join(', '),
    }),
  };
}

/**
 * Writes some cells of one row and nothing else: each run of adjacent columns in one write, strings as text as
 * the cells' number formats ask (one read of the formats of the span first). Two calls a run, two more.
 */
function writeCells(sheet: Sheet, rowNumber: number, cells: ReadonlyMap<number, unknown>): void {
  const columns = [...cells.keys()].sort((a, b) => a - b);
  if (columns.length === 0) return;
  const first = columns[0]!;
  const formats = sheet
    .getRange(rowNumber, first + 1, 1, columns[columns.length - 1]! - first + 1)
    .getNumberFormats()[0]!;
  let start = 0;
  for (let i = 1; i <= columns.length; i++) {
    if (i < columns.length && columns[i] === columns[i - 1]! + 1) continue;
    const run = columns.slice(start, i);
    const values = run.map((column) => asCellValue(cells.get(column), formats[column - first]));
    sheet.getRange(rowNumber, run[0]! + 1, 1, run.length).setValues([values]);
    start = i;
  }
}

/**
 * Writes a change of one row and its History rows, both or neither: the row first, then History; when History
 * cannot be written the row's cells are put back as they were, and the failure is passed on.
 */
function commit(
  spreadsheet: Spreadsheet,
  log: MissionLog,
  index: number,
  changes: readonly CellChange[],
): void {
  const rowNumber = index + 1;
  const row = log.rows[index]!;
  const after = new Map(changes.map((change) => [log.columns[change.key]!, change.after]));
  try {
    writeCells(log.sheet, rowNumber, after);
    const history = ensureHistory(spreadsheet, log.lang);
    const id = String(row[log.columns.id!] ?? '');
    appendHistory(
      history,
      historyRows(
        { when: new Date(), who: activeUserEmail(), id, row: rowNumber },
        changes,
        log.lang,
        log.dateOfInstant,
      ),
    );
  } catch (error) {
    // Put back what was written (a run of cells, or all of them): cells not written yet get their own value.
    writeCells(
      log.sheet,
      rowNumber,
      new Map(changes.map((change) => [log.columns[change.key]!, change.before])),
    );
    throw error;
  }
  // The rows as they read now, for the answer's count.
  for (const change of changes) row[log.columns[change.key]!] = change.after;
}

/** The answer to a change: the row as it reads now, its version, and the count and points it leaves. */
function answer(
  spreadsheet: Spreadsheet,
  log: MissionLog,
  index: number,
  lang: Lang,
  text: string,
  known?: KrDefinition,
): ChangeResult {
  const definition = known ?? readKrSettings(spreadsheet, lang, log.lang).definition;
  const today = log.dateOfInstant(new Date());
  const fiscalYear = definition.fiscalYear ?? fiscalYearOf(today);
  const { result, reasons } = reasonsByRow(log, definition, fiscalYear, today, lang);
  const row = log.rows[index]!;
  const mission = missionItem(row, index + 1, log.columns, {
    reader: log.dateOfInstant,
    reason: reasons.get(index + 1),
    user: activeUserEmail(),
  });
  return {
    ok: true,
    row: index + 1,
    count: result.count,
    points: pointsFor(result.count, definition.ladder, definition.method),
    maxPoints: maxPoints(definition.ladder),
    target: definition.target,
    fiscalYear,
    version: rowVersion(row),
    mission,
    message: text,
  };
}

/**
 * Changes fields of the mission with that id (docs/server-functions.md): the same schema and messages as a new mission, under the
 * document lock, only when the row still has the version the person opened; every changed field goes to
 * History. id, Verified, Verified by/at and Entered by/at cannot be changed this way.
 */
export function updateMission(id: unknown, changes: unknown, version: unknown): ChangeResult {
  requireScopes();
  const lang = userLanguage();
  if (typeof id !== 'string' || id === '' || typeof version !== 'string') {
    return { ok: false, errors: { form: message(lang, 'edit.badRequest') } };
  }
  const read = readChanges(changes);
  if (!read.ok) {
    return {
      ok: false,
      errors: {
        form: message(lang, read.refused.length ? 'edit.refusedFields' : 'edit.badRequest', {
          fields: read.refused.join(', '),
        }),
      },
    };
  }
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return underLock(lang, () => {
    const log = readMissionLog(spreadsheet, lang);
    if (!log) return { ok: false, errors: { form: message(lang, 'edit.noLog') } };
    const missing = missingOf(log, ['id', ...EDITABLE_COLUMNS], lang);
    if (missing) return { ok: false, errors: missing };
    const index = rowOfId(log, id);
    if (index < 0) return { ok: false, errors: { form: message(lang, 'edit.unknownId') } };
    const row = log.rows[index]!;
    const user = activeUserEmail();
    const current = missionItem(row, index + 1, log.columns, {
      reader: log.dateOfInstant,
      reason: undefined,
      user,
    });
    if (rowVersion(row) !== version) {
      // The row as the list would show it now, whether it counts included (two more calls, on a conflict only).
      const { mission } = answer(spreadsheet, log, index, lang, '') as Extract<ChangeResult, { ok: true }>;
      const form = message(lang, 'edit.conflict', { row: index + 1 });
      return { ok: false, errors: { form }, current: mission };
    }
    // The row's id is not the person's to get right: one typed by hand in the grid (not a UUID) stays as it is.
    const { id: _kept, ...fields } = inputOfItem(current);
    const input = { ...fields, ...read.changes };
    const checked = validateMission(input, lang, log.dateOfInstant(new Date()));
    if (!checked.ok) return { ok: false, errors: checked.errors };
    const values = missionValues(checked.mission, log.lang);
    const cells: CellChange[] = [];
    for (const key of EDITABLE_COLUMNS) {
      const before = row[log.columns[key]!];
      // The date goes in as a Date at the day's midnight in the spreadsheet's zone: Sheets stores that day.
      const after = key === 'date' ? midnightIn(log.zone, checked.mission.date) : values[key];
      if (!sameCell(key, before, after, log.dateOfInstant)) cells.push({ key, before, after });
    }
    if (cells.length === 0) return answer(spreadsheet, log, index, lang, message(lang, 'edit.nothing'));
    commit(spreadsheet, log, index, cells);
    return answer(spreadsheet, log, index, lang, message(lang, 'edit.saved', { row: index + 1 }));
  });
}

/**
 * Ticks or unticks Verified (docs/server-functions.md), with Verified by and Verified at, and History: only a reviewer named in
 * Settings, or the spreadsheet's owner, may; anyone else, or a person whose e-mail Apps Script does not give,
 * is refused and nothing is written.
 */
export function verifyMission(id: unknown, verified: unknown): ChangeResult {
  requireScopes();
  const lang = userLanguage();
  if (typeof id !== 'string' || id === '' || typeof verified !== 'boolean') {
    return { ok: false, errors: { form: message(lang, 'edit.badRequest') } };
  }
  const user = activeUserEmail();
  if (user === '') return { ok: false, errors: { form: message(lang, 'verify.noEmail') } };
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return underLock(lang, () => {
    const log = readMissionLog(spreadsheet, lang);
    if (!log) return { ok: false, errors: { form: message(lang, 'edit.noLog') } };
    const { definition } = readKrSettings(spreadsheet, lang, log.lang);
    if (!mayVerify(spreadsheet, user, definition)) {
      return { ok: false, errors: { form: message(lang, 'verify.notReviewer') } };
    }
    const missing = missingOf(log, ['id', ...REVIEW_COLUMNS], lang);
    if (missing) return { ok: false, errors: missing };
    const index = rowOfId(log, id);
    if (index < 0) return { ok: false, errors: { form: message(lang, 'edit.unknownId') } };
    const row = log.rows[index]!;
    const wanted: Record<(typeof REVIEW_COLUMNS)[number], unknown> = {
      verified,
      verifiedBy: verified ? user : '',
      verifiedAt: verified ? new Date() : '',
    };
    const cells: CellChange[] = REVIEW_COLUMNS.map((key) => ({
      key,
      before: row[log.columns[key]!],
      after: wanted[key],
    })).filter(
      (cell) => cell.key === 'verifiedAt' || !sameCell(cell.key, cell.before, cell.after, log.dateOfInstant),
    );
    if (cells.every((cell) => cell.key === 'verifiedAt')) {
      return answer(spreadsheet, log, index, lang, message(lang, 'edit.nothing'), definition);
    }
    try {
      commit(spreadsheet, log, index, cells);
    } catch (error) {
      // Most likely the protection setup put on the review columns, which names the reviewers of that day: one
      // named since is refused by Sheets until the owner runs Set up sheets again. Nothing was left written.
      const detail = String((error as Error)?.message ?? error).replace(/[.。]+$/, '');
      return { ok: false, errors: { form: message(lang, 'verify.writeFailed', { error: detail }) } };
    }
    const text = message(lang, verified ? 'verify.done' : 'verify.undone', { row: index + 1 });
    return answer(spreadsheet, log, index, lang, text, definition);
  });
}
