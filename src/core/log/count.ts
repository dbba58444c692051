// Counting the missions of a fiscal year in a mission log (docs/counting.md), with the reason each other row does not count.
import { type CalendarDate, compareDates, dayNumber, dayStartAt, fiscalYearRange } from '../dates/calendar';
import { bangkokReader, type DateOfInstant, readDateCell } from '../dates/thaiDate';
import { type ColumnMap, idOf, isBlankRow, isTicked, keyText, mapHeader } from './cells';
import { type KindKey, kindOf, STEP_KEYS, type StatusKey, statusOf } from './vocabulary';

/** The date of a row that counted: it was read as a valid date already. */
function countedDate(cell: unknown, reader: DateOfInstant): CalendarDate {
  const reading = readDateCell(cell, reader);
  if (reading.kind !== 'date') throw new Error('a counted row has no valid date');
  return reading.date;
}

/**
 * Date, read once: in Apps Script a global is looked up on the global object at every use, and this one is
 * used on each row of a count (the bench measures KR_COUNT over 100,000 rows).
 */
const DATE = Date;

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
  /** Who verified it through the add-on; empty with Verified ticked: ticked by hand. */
  readonly verifiedBy: string;
}

export type Reason =
  | { readonly code: 'blank' }
  | { readonly code: 'noStatus' }
  | { readonly code: 'unknownStatus'; readonly value: string }
  | { readonly code: 'notDone'; readonly status: StatusKey }
  | { readonly code: 'noDate' }
  | { readonly code: 'invalidDate'; readonly value: string }
  | { readonly code: 'outsideFiscalYear'; readonly date: CalendarDate }
  | { readonly code: 'future'; readonly date: CalendarDate }
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
  /** What the summary lists beside the reason: the date when it could be read, the kind and counterpart. */
  readonly date: CalendarDate | undefined;
  readonly kindText: string;
  readonly counterpart: string;
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
  /**
   * The day the count is taken (docs/counting.md): a done mission dated after it does not count (its date is in the
   * future). Callers pass today, or the as-of day a person asked for; the core never reads the clock.
   */
  readonly asOf: CalendarDate;
  readonly verifiedOnly?: boolean;
  /** The sheet row of the header (1 when the range starts at row 1). */
  readonly headerRow?: number;
  readonly dateOfInstant?: DateOfInstant;
}

function text(row: readonly unknown[], index: number | undefined): string {
  if (index === undefined) return '';
  const value = row[index];
  if (typeof value === 'string') return value.trim();
  return value === null || value === undefined ? '' : String(value).trim();
}

function key(row: readonly unknown[], index: number | undefined): string {
  return index === undefined ? '' : keyText(row[index]);
}

/**
 * Walks the rows of a log once, header first, and tells `visit` for each data row (by its index in `rows`) why
 * it does not count, or `undefined` when it counts. A row counts when its status is done, its date is valid,
 * inside the fiscal year and not after the as-of day, it is verified (with `verifiedOnly`), and its ID has not
 * counted already; rows
 * without an ID count each. A missing date or status column is the caller's to report (see `missingColumns`);
 * here it makes every row not count.
 */
function scanMissions(
  rows: readonly (readonly unknown[])[],
  options: CountOptions,
  columns: ColumnMap,
  visit: (index: number, reason: Reason | undefined) => void,
): void {
  const { start, end } = fiscalYearRange(options.fiscalYear);
  const asOfDay = dayNumber(options.asOf);
  const [firstDay, lastDay] = [dayNumber(start), Math.min(dayNumber(end), asOfDay)];
  const headerRow = options.headerRow ?? 1;
  const reader = options.dateOfInstant ?? bangkokReader;
  // A date cell of a spreadsheet whose zone keeps one offset all year is checked against the instants those
  // days span, two comparisons with nothing allocated: a log of 100,000 rows is read on every recalculation of
  // KR_COUNT. Anything else (a zone with daylight time, text dates) takes the full reading below.
  const offset = reader.offsetMinutes;
  const firstTime = dayStartAt(firstDay, offset);
  const endTime = dayStartAt(lastDay + 1, offset);
  // A repeated non-empty ID counts once (docs/counting.md): the same mission entered twice, or a retried submission.
  // Repeats are rare, so the IDs seen go in a Set (the cheapest to fill with 100,000 of them); the rows they
  // first counted in are gathered, with a second look at the rows before, only when a repeat turns up.
  const seen = new Set<string>();
  let firstRowOfId: Map<string, number> | undefined;
  // The columns read on every row, as locals.
  const { id: idColumn, status: statusColumn, date: dateColumn } = columns;
  const rowId = (row: readonly unknown[]) => (idColumn === undefined ? '' : idOf(row[idColumn]));
  const firstRows = (upTo: number): Map<string, number> => {
    const found = new Map<string, number>();
    for (let j = 1; j < upTo; j++) {
      const id = rowId(rows[j]!);
      if (id !== '' && !found.has(id) && !judge(rows[j]!)) found.set(id, headerRow + j);
    }
    return found;
  };
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    const reason = judge(row);
    if (reason) {
      visit(i, reason);
      continue;
    }
    const id = rowId(row);
    if (id !== '') {
      if (seen.has(id)) {
        firstRowOfId ??= firstRows(i);
        visit(i, { code: 'duplicateId', firstRow: firstRowOfId.get(id)! });
        continue;
      }
      seen.add(id);
      firstRowOfId?.set(id, headerRow + i);
    }
    visit(i, undefined);
  }

  /** Why a row does not count (the checks in the order a person would fix them); undefined when it may. */
  function judge(row: readonly unknown[]): Reason | undefined {
    const statusCell = key(row, statusColumn);
    // A row with a status is not blank: only a row without one needs every cell looked at.
    if (statusCell === '') return isBlankRow(row) ? { code: 'blank' } : { code: 'noStatus' };
    const status = statusOf(statusCell);
    if (!status) return { code: 'unknownStatus', value: statusCell };
    if (status !== 'done') return { code: 'notDone', status };
    const cell = dateColumn === undefined ? '' : row[dateColumn];
    if (!(offset !== undefined && cell instanceof DATE && isBetween(cell.getTime(), firstTime, endTime))) {
      const reading = readDateCell(cell, reader);
      if (reading.kind === 'blank') return { code: 'noDate' };
      if (reading.kind === 'invalid') return { code: 'invalidDate', value: reading.text };
      // A done mission cannot have happened after the as-of day: that is a mistake to fix first, whatever the year.
      if (dayNumber(reading.date) > asOfDay) return { code: 'future', date: reading.date };
      if (compareDates(reading.date, start) < 0 || compareDates(reading.date, end) > 0) {
        return { code: 'outsideFiscalYear', date: reading.date };
      }
    }
    if (options.verifiedOnly && !(columns.verified !== undefined && isTicked(row[columns.verified]))) {
      return { code: 'notVerified' };
    }
    return undefined;
  }
}

/** Whether an instant is from `first` (included) to `end` (excluded); false for NaN, an invalid Date's time. */
function isBetween(time: number, first: number, end: number): boolean {
  return time >= first && time < end;
}

/** The number of missions that count, and nothing else: what KR_COUNT needs, without building any record. */
export function tallyMissions(rows: readonly (readonly unknown[])[], options: CountOptions): number {
  let count = 0;
  scanMissions(rows, options, mapHeader(rows[0] ?? []), (_, reason) => {
    if (!reason) count++;
  });
  return count;
}

/** Counts the missions of a fiscal year, with each counted mission's record and each other row's reason. */
export function countMissions(rows: readonly (readonly unknown[])[], options: CountOptions): CountResult {
  const columns = mapHeader(rows[0] ?? []);
  const headerRow = options.headerRow ?? 1;
  const counted: CountedMission[] = [];
  const notCounted: NotCounted[] = [];
  const reader = options.dateOfInstant ?? bangkokReader;
  scanMissions(rows, options, columns, (index, reason) => {
    const row = rows[index]!;
    if (reason) {
      const reading = reason.code === 'blank' ? undefined : readDateCell(dateCellOf(row), reader);
      notCounted.push({
        row: headerRow + index,
        title: text(row, columns.title),
        reason,
        date: reading?.kind === 'date' ? reading.date : undefined,
        kindText: text(row, columns.kind),
        counterpart: text(row, columns.counterpart),
      });
    } else
      counted.push({
        row: headerRow + index,
        mission: recordOf(row, countedDate(row[columns.date!], reader)),
      });
  });
  return { fiscalYear: options.fiscalYear, count: counted.length, counted, notCounted };

  function dateCellOf(row: readonly unknown[]): unknown {
    return columns.date === undefined ? '' : row[columns.date];
  }

  function recordOf(row: readonly unknown[], date: CalendarDate): MissionRecord {
    const kindText = key(row, columns.kind);
    return {
      id: key(row, columns.id),
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
      verifiedBy: text(row, columns.verifiedBy),
    };
  }
}
