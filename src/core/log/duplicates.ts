// Likely duplicates: two missions on the same day, of the same kind, with the same counterpart. Both still count
// (their IDs differ); the person saving is asked, and the summary lists them for the reviewer to decide.
import { type CalendarDate, dayNumber } from '../dates/calendar';
import { type DateOfInstant, readDateCell } from '../dates/thaiDate';
import { type ColumnMap, isBlankRow, keyText } from './cells';
import type { CountResult } from './count';
import { kindOf, normalizeLabel } from './vocabulary';

/** What two missions share when one is likely the other entered again. */
function sameness(date: CalendarDate, kind: string, counterpart: string): string {
  return `${dayNumber(date)}|${kindOf(kind) ?? normalizeLabel(kind)}|${normalizeLabel(counterpart)}`;
}

/** The first row of a log (sheet row number) that looks like the given mission, or undefined. */
export function likelyDuplicateRow(
  rows: readonly (readonly unknown[])[],
  columns: ColumnMap,
  mission: { readonly date: CalendarDate; readonly kind: string; readonly counterpart: string },
  dateOfInstant: DateOfInstant,
): number | undefined {
  if (columns.date === undefined || columns.counterpart === undefined) return undefined;
  const wanted = sameness(mission.date, mission.kind, mission.counterpart);
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (isBlankRow(row)) continue;
    const reading = readDateCell(row[columns.date], dateOfInstant);
    if (reading.kind !== 'date') continue;
    const kind = columns.kind === undefined ? '' : keyText(row[columns.kind]);
    if (sameness(reading.date, kind, String(row[columns.counterpart] ?? '')) === wanted) return i + 1;
  }
  return undefined;
}

/** The counted missions that look like an earlier counted one: each with the row of that earlier one. */
export function likelyDuplicates(result: CountResult): { row: number; of: number }[] {
  const first = new Map<string, number>();
  const found: { row: number; of: number }[] = [];
  for (const { row, mission } of result.counted) {
    const key = sameness(mission.date, mission.kind ?? mission.kindText, mission.counterpart);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, row);
    else found.push({ row, of: earlier });
  }
  return found;
}
