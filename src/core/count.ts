// Counting the missions of a fiscal year in a mission log (SPEC §3), with the reason each other row does not count.
import { type CalendarDate, compareDates, fiscalYearRange } from './calendar';
import { type DateOfInstant, readDateCell } from './thaiDate';
import {
  COLUMNS,
  type ColumnKey,
  type KindKey,
  kindOf,
  normalizeLabel,
  STEP_KEYS,
  type StatusKey,
  statusOf,
} from './vocabulary';

export type ColumnMap = Partial<Record<ColumnKey, number>>;

/** The columns a count cannot do without. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ['date', 'status'];

/** Where each known column sits in a header row (Thai or English text, any case); the first of twins wins. */
export function mapHeader(header: readonly unknown[]): ColumnMap {
  const map: ColumnMap = {};
  const known = new Map<string, ColumnKey>();
  for (const column of COLUMNS) {
    known.set(normalizeLabel(column.th), column.key);
    known.set(normalizeLabel(column.en), column.key);
  }
  header.forEach((cell, index) => {
    const key = known.get(normalizeLabel(cell));
    if (key && map[key] === undefined) map[key] = index;
  });
  return map;
}

export function missingColumns(
  map: ColumnMap,
  required: readonly ColumnKey[] = REQUIRED_COLUMNS,
): ColumnKey[] {
  return required.filter((key) => map[key] === undefined);
}

/** A row of the log that counts, as the summary shows it. */
export interface MissionRecord {
  readonly id: string;
  readonly date: CalendarDate;
  readonly kind: KindKey | undefined;
  readonly kindText: string;
  readonly title: string;
  readonly counterpart: string;
  readonly country: string;
  readonly place: string;
  readonly lead: string;
  readonly steps: readonly boolean[];
  readonly evidence: string;
  readonly notes: string;
  readonly verified: boolean;
}

export type Reason =
  | { readonly code: 'blank' }
  | { readonly code: 'noStatus' }
  | { readonly code: 'unknownStatus'; readonly value: string }
  | { readonly code: 'notDone'; readonly status: StatusKey }
  | { readonly code: 'noDate' }
  | { readonly code: 'invalidDate'; readonly value: string }
  | { readonly code: 'outsideFiscalYear'; readonly date: CalendarDate }
  | { readonly code: 'notVerified' }
  | { readonly code: 'duplicateId'; readonly firstRow: number };

export interface CountedMission {
  /** The row number in the sheet. */
  readonly row: number;
  readonly mission: MissionRecord;
}

export interface NotCounted {
  readonly row: number;
  readonly title: string;
  readonly reason: Reason;
}

export interface CountResult {
  readonly fiscalYear: number;
  readonly count: number;
  readonly counted: readonly CountedMission[];
  /** Every other row with its reason, blank rows included (the summary leaves those out). */
  readonly notCounted: readonly NotCounted[];
}

export interface CountOptions {
  /** B.E. */
  readonly fiscalYear: number;
  readonly verifiedOnly?: boolean;
  /** The sheet row of the header (1 when the range starts at row 1). */
  readonly headerRow?: number;
  readonly dateOfInstant?: DateOfInstant;
}

const TICKED = new Set(['true', 'yes', 'y', 'ใช่', '✓', '✔', 'x', '1']);

/** A checkbox cell (a boolean in Sheets), or text a person typed for yes. */
export function isTicked(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1;
  return typeof value === 'string' && TICKED.has(normalizeLabel(value));
}

function isBlankCell(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    value === false ||
    (typeof value === 'string' && value.trim() === '')
  );
}

export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every(isBlankCell);
}

function text(row: readonly unknown[], index: number | undefined): string {
  if (index === undefined) return '';
  const value = row[index];
  return value === null || value === undefined ? '' : String(value).trim();
}

/**
 * Counts the missions of a fiscal year in the rows of a log, the header row first. A row counts when its status
 * is done, its date is valid and inside the fiscal year, it is verified (with `verifiedOnly`), and its ID has not
 * counted already; rows without an ID count each. Throws nothing: a missing date or status column is the caller's
 * to report (see `missingColumns`), and here makes every row not count.
 */
export function countMissions(rows: readonly (readonly unknown[])[], options: CountOptions): CountResult {
  const columns = mapHeader(rows[0] ?? []);
  const { start, end } = fiscalYearRange(options.fiscalYear);
  const headerRow = options.headerRow ?? 1;
  const firstRowOfId = new Map<string, number>();
  const counted: CountedMission[] = [];
  const notCounted: NotCounted[] = [];

  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    const rowNumber = headerRow + i;
    const verdict = judge(row);
    if ('code' in verdict) {
      notCounted.push({ row: rowNumber, title: text(row, columns.title), reason: verdict });
      continue;
    }
    const id = text(row, columns.id);
    // A repeated non-empty ID counts once (SPEC §3): the same mission entered twice, or a retried submission.
    if (id !== '') {
      const firstRow = firstRowOfId.get(id.toLowerCase());
      if (firstRow !== undefined) {
        notCounted.push({
          row: rowNumber,
          title: text(row, columns.title),
          reason: { code: 'duplicateId', firstRow },
        });
        continue;
      }
      firstRowOfId.set(id.toLowerCase(), rowNumber);
    }
    counted.push({ row: rowNumber, mission: recordOf(row, verdict.date) });
  }
  return { fiscalYear: options.fiscalYear, count: counted.length, counted, notCounted };

  /** Why a row does not count (the checks in the order a person would fix them), or its date when it may. */
  function judge(row: readonly unknown[]): Reason | { date: CalendarDate } {
    if (isBlankRow(row)) return { code: 'blank' };
    const statusCell = text(row, columns.status);
    if (statusCell === '') return { code: 'noStatus' };
    const status = statusOf(statusCell);
    if (!status) return { code: 'unknownStatus', value: statusCell };
    if (status !== 'done') return { code: 'notDone', status };
    const reading = readDateCell(columns.date === undefined ? '' : row[columns.date], options.dateOfInstant);
    if (reading.kind === 'blank') return { code: 'noDate' };
    if (reading.kind === 'invalid') return { code: 'invalidDate', value: reading.text };
    if (compareDates(reading.date, start) < 0 || compareDates(reading.date, end) > 0) {
      return { code: 'outsideFiscalYear', date: reading.date };
    }
    if (options.verifiedOnly && !(columns.verified !== undefined && isTicked(row[columns.verified]))) {
      return { code: 'notVerified' };
    }
    return { date: reading.date };
  }

  function recordOf(row: readonly unknown[], date: CalendarDate): MissionRecord {
    const kindText = text(row, columns.kind);
    return {
      id: text(row, columns.id),
      date,
      kind: kindOf(kindText),
      kindText,
      title: text(row, columns.title),
      counterpart: text(row, columns.counterpart),
      country: text(row, columns.country),
      place: text(row, columns.place),
      lead: text(row, columns.lead),
      steps: STEP_KEYS.map((key) => columns[key] !== undefined && isTicked(row[columns[key]!])),
      evidence: text(row, columns.evidence),
      notes: text(row, columns.notes),
      verified: columns.verified !== undefined && isTicked(row[columns.verified]),
    };
  }
}
