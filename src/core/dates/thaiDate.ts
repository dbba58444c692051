// Reading the dates people type or store in a mission log, and writing them the Thai way (B.E.).

import type { Lang } from '../i18n/i18n';
import { asciiDigits } from '../kr/numbers';
import {
  BANGKOK_OFFSET_MINUTES,
  BUDDHIST_ERA_OFFSET,
  type CalendarDate,
  calendarDate,
  calendarDateAt,
  FIRST_DATE_YEAR,
  LAST_DATE_YEAR,
  yearCE,
} from './calendar';

/** Our own month table: Apps Script's Intl may lack the Buddhist calendar and Thai month names. */
export const THAI_MONTHS = [
  { short: 'ม.ค.', long: 'มกราคม', en: 'Jan', enLong: 'January' },
  { short: 'ก.พ.', long: 'กุมภาพันธ์', en: 'Feb', enLong: 'February' },
  { short: 'มี.ค.', long: 'มีนาคม', en: 'Mar', enLong: 'March' },
  { short: 'เม.ย.', long: 'เมษายน', en: 'Apr', enLong: 'April' },
  { short: 'พ.ค.', long: 'พฤษภาคม', en: 'May', enLong: 'May' },
  { short: 'มิ.ย.', long: 'มิถุนายน', en: 'Jun', enLong: 'June' },
  { short: 'ก.ค.', long: 'กรกฎาคม', en: 'Jul', enLong: 'July' },
  { short: 'ส.ค.', long: 'สิงหาคม', en: 'Aug', enLong: 'August' },
  { short: 'ก.ย.', long: 'กันยายน', en: 'Sep', enLong: 'September' },
  { short: 'ต.ค.', long: 'ตุลาคม', en: 'Oct', enLong: 'October' },
  { short: 'พ.ย.', long: 'พฤศจิกายน', en: 'Nov', enLong: 'November' },
  { short: 'ธ.ค.', long: 'ธันวาคม', en: 'Dec', enLong: 'December' },
] as const;

export type ThaiDateStyle = 'short' | 'long';

/** `1 ต.ค. 2567` (short) or `1 ตุลาคม 2567` (long). */
export function formatThaiDate(date: CalendarDate, style: ThaiDateStyle = 'short'): string {
  const month = THAI_MONTHS[date.month - 1]!;
  return `${date.day} ${style === 'long' ? month.long : month.short} ${date.year + BUDDHIST_ERA_OFFSET}`;
}

/**
 * A day as a reader of the language expects it: Thai `1 ต.ค. 2567` (B.E.), English `1 Oct 2024` (C.E., the
 * way English readers in Bangkok write it); style long spells the month out.
 */
export function formatDate(date: CalendarDate, lang: Lang, style: ThaiDateStyle = 'short'): string {
  if (lang === 'th') return formatThaiDate(date, style);
  const month = THAI_MONTHS[date.month - 1]!;
  return `${date.day} ${style === 'long' ? month.enLong : month.en} ${date.year}`;
}

/**
 * A day as a person types it in the form: day/month/year, B.E. in Thai (`1/12/2569`), C.E. in English
 * (`1/12/2026`). parseDateText reads it back, and reads either era in either language.
 */
export function typeableDate(date: CalendarDate, lang: Lang): string {
  const year = lang === 'th' ? date.year + BUDDHIST_ERA_OFFSET : date.year;
  return `${date.day}/${date.month}/${year}`;
}

/** A month's short name (1 = January): Thai `ต.ค.`, English `Oct`. */
export function monthName(month: number, lang: Lang): string {
  const names = THAI_MONTHS[month - 1]!;
  return lang === 'th' ? names.short : names.en;
}

/** A month of a fiscal year as a column or row heads it: Thai `ต.ค.67` (as Policy Tracking does), English `Oct 2024`. */
export function monthLabel(year: number, month: number, lang: Lang): string {
  return lang === 'th' ? policyTrackingMonth(year, month) : `${THAI_MONTHS[month - 1]!.en} ${year}`;
}

/** `ต.ค.67`: a month as the BMA Policy Tracking system heads its columns. */
export function policyTrackingMonth(year: number, month: number): string {
  return `${THAI_MONTHS[month - 1]!.short}${String((year + BUDDHIST_ERA_OFFSET) % 100).padStart(2, '0')}`;
}

export type DateReading =
  | { readonly kind: 'date'; readonly date: CalendarDate }
  | { readonly kind: 'blank' }
  | { readonly kind: 'invalid'; readonly text: string };

/**
 * Turns the calendar date of a date cell into C.E.: Sheets has no Buddhist calendar, so 2568 was typed B.E.
 * A day before C.E. 1900 is a typo (0015 for 2015, B.E. 2400 for 1857), read as no date at all.
 */
function fromCellYear(date: CalendarDate): CalendarDate | undefined {
  const year = yearCE(date.year);
  const ce = year === date.year ? date : calendarDate(year, date.month, date.day);
  return ce && ce.year >= FIRST_DATE_YEAR && ce.year <= LAST_DATE_YEAR ? ce : undefined;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const THAI_TEXT = /^(\d{1,2})\s*([^\d\s]+(?:\s*[^\d\s]+)*?)\s*(?:(พ\.?\s?ศ\.?|ค\.?\s?ศ\.?)\s*)?(\d{4})$/;

/** The month number of a Thai month name, short (with or without dots) or long. */
function thaiMonthNumber(text: string): number | undefined {
  const bare = text.replace(/[.\s]/g, '');
  const index = THAI_MONTHS.findIndex((m) => m.long === bare || m.short.replace(/\./g, '') === bare);
  return index >= 0 ? index + 1 : undefined;
}

/** A year as written: at or above 2400 it is B.E. unless the text says ค.ศ. */
function writtenYear(year: number, era?: string): number {
  return era?.startsWith('ค') ? year : yearCE(year);
}

/**
 * A date typed as text, in the forms of docs/counting.md: ISO `2025-01-15`, day/month/year `15/1/2568` or `15/01/2025`,
 * Thai `15 ม.ค. 2568` or `15 มกราคม 2568` (Thai digits too). Anything else is undefined.
 */
export function parseDateText(input: string): CalendarDate | undefined {
  const date = readDateText(input);
  return typeof date === 'object' ? date : undefined;
}

/**
 * parseDateText, telling a real day outside C.E. 1900 … 2399 (`'outOfRange'`: `0015-01-15`, B.E. 2400) from
 * text that is no date at all (`'invalid'`: `2025-02-30`, `15/1/68`), so that a message can say which.
 */
export function readDateText(input: string): CalendarDate | 'invalid' | 'outOfRange' {
  // A leading apostrophe is Sheets' text marker, kept as a character in a Plain-text cell.
  const text = asciiDigits(input).trim().replace(/^'/, '');
  const inRange = (date: CalendarDate | undefined) =>
    !date ? 'invalid' : date.year >= FIRST_DATE_YEAR && date.year <= LAST_DATE_YEAR ? date : 'outOfRange';
  let match = ISO.exec(text);
  if (match) return inRange(calendarDate(writtenYear(Number(match[1])), Number(match[2]), Number(match[3])));
  match = DAY_MONTH_YEAR.exec(text);
  if (match) return inRange(calendarDate(writtenYear(Number(match[3])), Number(match[2]), Number(match[1])));
  match = THAI_TEXT.exec(text);
  if (match) {
    const month = thaiMonthNumber(match[2]!);
    const era = match[3]?.replace(/[.\s]/g, '');
    return month
      ? inRange(calendarDate(writtenYear(Number(match[4]), era), month, Number(match[1])))
      : 'invalid';
  }
  return 'invalid';
}

/**
 * How a date cell's instant becomes a calendar day in the spreadsheet's time zone. A reader for a zone whose
 * offset is the same all year says so (`offsetMinutes`), so a count can check a cell by arithmetic alone.
 */
export type DateOfInstant = ((instant: Date) => CalendarDate) & { readonly offsetMinutes?: number };

/** The reader of a zone with a fixed offset from UTC (Asia/Bangkok +7 h, Asia/Tokyo +9 h, UTC …). */
export function readerAtOffset(offsetMinutes: number): DateOfInstant {
  if (offsetMinutes === BANGKOK_OFFSET_MINUTES) return bangkokReader;
  return Object.assign((instant: Date) => calendarDateAt(instant, offsetMinutes), { offsetMinutes });
}

/** Bangkok's reader: the default everywhere a spreadsheet's zone is not known. */
export const bangkokReader: DateOfInstant = Object.assign((instant: Date) => calendarDateAt(instant), {
  offsetMinutes: BANGKOK_OFFSET_MINUTES,
});

/**
 * What a mission-log date cell holds: a `Date` (a date cell, read in the spreadsheet's zone; a year ≥ 2400 was
 * typed in B.E.), text in one of the accepted forms, or nothing. Numbers and booleans are not dates: Sheets
 * hands a date cell to scripts as a `Date`, so a bare number is a number someone typed.
 */
export function readDateCell(value: unknown, dateOfInstant: DateOfInstant = bangkokReader): DateReading {
  if (value === '' || value === null || value === undefined) return { kind: 'blank' };
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const instant = value as Date;
    if (Number.isNaN(instant.getTime())) return { kind: 'invalid', text: String(value) };
    const date = fromCellYear(dateOfInstant(instant));
    return date ? { kind: 'date', date } : { kind: 'invalid', text: String(value) };
  }
  if (typeof value === 'string') {
    if (value.trim() === '') return { kind: 'blank' };
    const date = parseDateText(value);
    return date ? { kind: 'date', date } : { kind: 'invalid', text: value.trim() };
  }
  return { kind: 'invalid', text: String(value) };
}
