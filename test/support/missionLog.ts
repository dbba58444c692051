// Builds mission-log rows for tests the way Sheets hands them to a script: header first, '' for empty cells.
import { COLUMNS, type ColumnKey } from '../../src/core/log/vocabulary';

export const ENGLISH_HEADER = COLUMNS.map((column) => column.en);
export const THAI_HEADER = COLUMNS.map((column) => column.th);

/** A Date as Sheets gives a date cell of a Bangkok spreadsheet: midnight in Bangkok. */
export function dateCell(iso: string): Date {
  return new Date(`${iso}T00:00:00+07:00`);
}

/** One row in the order of `header` (English by default); every column not given is ''. */
export function missionRow(
  fields: Partial<Record<ColumnKey, unknown>>,
  header: readonly string[] = ENGLISH_HEADER,
): unknown[] {
  return header.map((title) => {
    const column = COLUMNS.find((c) => c.en === title || c.th === title);
    if (!column) return '';
    const value = fields[column.key];
    if (value !== undefined) return value;
    return column.key.startsWith('step') || column.key === 'verified' ? false : '';
  });
}

/** A done mission in FY 2568 on the given day. */
export function doneMission(
  day: string,
  fields: Partial<Record<ColumnKey, unknown>> = {},
): Partial<Record<ColumnKey, unknown>> {
  return {
    date: dateCell(day),
    kind: 'speech',
    title: `Mission of ${day}`,
    counterpart: 'Paris',
    status: 'done',
    ...fields,
  };
}

export function missionLog(
  rows: Partial<Record<ColumnKey, unknown>>[],
  header: readonly string[] = ENGLISH_HEADER,
): unknown[][] {
  return [[...header], ...rows.map((row) => missionRow(row, header))];
}
