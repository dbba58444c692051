// Calendar dates, Thai fiscal years and the Buddhist era, computed with our own tables (no Intl, no time zone DB).

/** A day in the Gregorian calendar, year in C.E.: the only date the core works with. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

/** B.E. = C.E. + 543. */
export const BUDDHIST_ERA_OFFSET = 543;
/** A year at or above this is read as B.E. (SPEC §3); no mission of this office predates C.E. 2400. */
export const FIRST_BUDDHIST_YEAR = 2400;
/** Asia/Bangkok has kept UTC+7 without daylight saving since 1920. */
export const BANGKOK_OFFSET_MINUTES = 7 * 60;

export function isLeapYear(yearCE: number): boolean {
  return (yearCE % 4 === 0 && yearCE % 100 !== 0) || yearCE % 400 === 0;
}

export function daysInMonth(yearCE: number, month: number): number {
  if (month === 2) return isLeapYear(yearCE) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The calendar date, or undefined when the day does not exist (31 April, 29 February 2025). */
export function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  const whole = [year, month, day].every(Number.isInteger);
  if (!whole || month < 1 || month > 12 || day < 1 || year < 1) return undefined;
  return day <= daysInMonth(year, month) ? { year, month, day } : undefined;
}

/** The calendar date of an instant as seen in Bangkok (or another fixed offset). */
export function calendarDateAt(instant: Date, offsetMinutes = BANGKOK_OFFSET_MINUTES): CalendarDate {
  const shifted = new Date(instant.getTime() + offsetMinutes * 60_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function toIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Days since 1970-01-01 (C.E.), for pro-rata arithmetic. */
export function dayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

/**
 * A fiscal year given as B.E. or C.E. (SPEC §3: a year ≥ 2400 is B.E.), as B.E.; undefined when it is not a
 * whole year within reason (C.E. 1900 … 2500).
 */
export function fiscalYearBE(year: number): number | undefined {
  if (!Number.isInteger(year)) return undefined;
  const be = year >= FIRST_BUDDHIST_YEAR ? year : year + BUDDHIST_ERA_OFFSET;
  return be >= 1900 + BUDDHIST_ERA_OFFSET && be <= 2500 + BUDDHIST_ERA_OFFSET ? be : undefined;
}

/** The Thai fiscal year (B.E.) of a day: it starts on 1 October of the year before. */
export function fiscalYearOf(date: CalendarDate): number {
  return date.year + BUDDHIST_ERA_OFFSET + (date.month >= 10 ? 1 : 0);
}

/** FY N (B.E.) runs 1 October of C.E. N−544 to 30 September of C.E. N−543. */
export function fiscalYearRange(fiscalYear: number): { start: CalendarDate; end: CalendarDate } {
  const endYear = fiscalYear - BUDDHIST_ERA_OFFSET;
  return { start: { year: endYear - 1, month: 10, day: 1 }, end: { year: endYear, month: 9, day: 30 } };
}

/** The twelve months of a fiscal year, October first, each with its C.E. year. */
export function fiscalMonths(fiscalYear: number): { year: number; month: number }[] {
  const { start } = fiscalYearRange(fiscalYear);
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((start.month - 1 + i) % 12) + 1;
    return { year: month >= 10 ? start.year : start.year + 1, month };
  });
}

/** The fiscal year (B.E.) that contains an instant, seen in Bangkok. */
export function currentFiscalYear(now: Date): number {
  return fiscalYearOf(calendarDateAt(now));
}
