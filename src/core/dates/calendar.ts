// Calendar dates, Thai fiscal years and the Buddhist era, computed with our own tables (no Intl, no time zone DB).

/** A day in the Gregorian calendar, year in C.E.: the only date the core works with. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

/** B.E. = C.E. + 543. */
// Read once: a global looked up in every call is slow where globals are not plain (a vm context, the emulator),
// and a count converts every row's date.
const floor = Math.floor;

export const BUDDHIST_ERA_OFFSET = 543;
/** A year at or above this is read as B.E. (docs/counting.md); no mission of this office predates C.E. 2400. */
export const FIRST_BUDDHIST_YEAR = 2400;
/** The era rule, in one place: a year at or above 2400 was written B.E.; any year, as C.E. */
export function yearCE(year: number): number {
  return year >= FIRST_BUDDHIST_YEAR ? year - BUDDHIST_ERA_OFFSET : year;
}

/** The years (C.E.) a date may have anywhere it is read: earlier ones are typos (0015 for 2015). */
export const FIRST_DATE_YEAR = 1900;
export const LAST_DATE_YEAR = FIRST_BUDDHIST_YEAR - 1;
/** The fiscal years (C.E.) the add-on takes: a window a person could mean, whichever era they wrote it in. */
const FIRST_FISCAL_YEAR = 1900;
const LAST_FISCAL_YEAR = 2199;
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

/**
 * The calendar date of an instant as seen in Bangkok (or another fixed offset). Pure arithmetic on the day
 * count, no Date made: KR_COUNT reads one of these per row, 100,000 rows in a large log.
 */
export function calendarDateAt(instant: Date, offsetMinutes = BANGKOK_OFFSET_MINUTES): CalendarDate {
  return dateOfDayNumber(dayNumberAt(instant.getTime(), offsetMinutes));
}

/** The day number (days since 1970-01-01) of an instant in ms, as seen in Bangkok or another fixed offset. */
export function dayNumberAt(time: number, offsetMinutes = BANGKOK_OFFSET_MINUTES): number {
  return floor((time + offsetMinutes * 60_000) / 86_400_000);
}

/** The instant in ms a day (a day number) begins at a fixed offset: dayNumberAt gives that day from then on. */
export function dayStartAt(day: number, offsetMinutes = BANGKOK_OFFSET_MINUTES): number {
  return day * 86_400_000 - offsetMinutes * 60_000;
}

/**
 * The Gregorian date of a day count since 1970-01-01. Counted in 400-year cycles (146,097 days each) of
 * years that start on 1 March, so the leap day falls at the end of a year and needs no special case.
 */
export function dateOfDayNumber(days: number): CalendarDate {
  const fromMarch0000 = days + 719_468; // 0000-03-01 is 719,468 days before 1970-01-01
  const cycle = floor(fromMarch0000 / 146_097);
  const dayOfCycle = fromMarch0000 - cycle * 146_097; // 0 … 146,096
  const yearOfCycle = floor(
    (dayOfCycle - floor(dayOfCycle / 1460) + floor(dayOfCycle / 36_524) - floor(dayOfCycle / 146_096)) / 365,
  );
  const dayOfYear = dayOfCycle - (365 * yearOfCycle + floor(yearOfCycle / 4) - floor(yearOfCycle / 100));
  const monthFromMarch = floor((5 * dayOfYear + 2) / 153); // 0 = March … 11 = February
  const day = dayOfYear - floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfCycle + cycle * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
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
 * A fiscal year given as B.E. or C.E. (docs/counting.md: a year ≥ 2400 is B.E.), as B.E.; undefined when it is not a
 * whole year a person could mean: C.E. 1900 … 2199, or B.E. 2443 … 2742. So 2399 is neither (not C.E. 2399,
 * not B.E. 2942), nor is 2400 (B.E. 2400 would be C.E. 1857).
 */
export function fiscalYearBE(year: number): number | undefined {
  if (!Number.isInteger(year)) return undefined;
  const ce = yearCE(year);
  return ce >= FIRST_FISCAL_YEAR && ce <= LAST_FISCAL_YEAR ? ce + BUDDHIST_ERA_OFFSET : undefined;
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
