// The plainest correct count of the bench's log, to hold KR_COUNT against: one pass, no record built, nothing
// checked that the bench's rows cannot hold (every date a date cell, every status a Thai label, the zone
// Bangkok's). KR_COUNT must stay within 1.5× of it over the same rows in the same run (npm run bench).

const DONE = 'ดำเนินการแล้ว';
const DAY_MS = 86_400_000;
const BANGKOK_MS = 7 * 3_600_000;

/** The missions of fiscal year `fiscalYearBE` done by the end of `asOf` (y, m, d), each ID once. */
export function plainCount(
  rows: readonly (readonly unknown[])[],
  columns: { id: number; date: number; status: number },
  fiscalYearBE: number,
  asOf: { year: number; month: number; day: number },
): number {
  const startYear = fiscalYearBE - 544;
  // Midnight in Bangkok of 1 October, and the end of the as-of day or of 30 September, whichever is first.
  const first = Date.UTC(startYear, 9, 1) - BANGKOK_MS;
  const last =
    Math.min(Date.UTC(startYear + 1, 9, 1), Date.UTC(asOf.year, asOf.month - 1, asOf.day) + DAY_MS) -
    BANGKOK_MS;
  const seen = new Set<string>();
  let count = 0;
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    const status = row[columns.status];
    if (typeof status !== 'string' || status.trim() !== DONE) continue;
    const date = row[columns.date] as { getTime?: () => number } | undefined;
    const time = typeof date?.getTime === 'function' ? date.getTime() : Number.NaN;
    if (!(time >= first && time < last)) continue;
    const id = String(row[columns.id] ?? '')
      .trim()
      .toLowerCase();
    if (id !== '') {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    count++;
  }
  return count;
}
