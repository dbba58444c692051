// Cell values as Sheets keeps them: date serial numbers in the spreadsheet's time zone, typed input parsing,
// and display formatting by number format (what getDisplayValues shows).

/** A stored cell value. Dates are serial numbers (days since 1899-12-30) with a date number format. */
export type Scalar = number | string | boolean;

/** What Apps Script returns for a cell whose number format is automatic. */
export const AUTOMATIC_FORMAT = '0.###############';
export const TEXT_FORMAT = '@';

const DAY_MS = 86_400_000;
const EPOCH_OFFSET_DAYS = 25_569; // 1899-12-30 → 1970-01-01

/** A day inside the last instant a Date can hold (8.64e15 ms), so a wall time there is a Date too. */
const EDGE_MS = 8.64e15 - 86_400_000;

const offsetCache = new Map<string, Map<number, number>>();
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter of wall-clock parts in a time zone (24 h), one per zone: building one costs more than using it. */
export function wallFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Offset of a time zone from UTC at an instant, in ms (Asia/Bangkok → +7 h). Cached per hour. */
export function zoneOffsetMs(timeZone: string, utcMs: number): number {
  let perZone = offsetCache.get(timeZone);
  if (!perZone) {
    perZone = new Map();
    offsetCache.set(timeZone, perZone);
  }
  const bucket = Math.floor(utcMs / 3_600_000);
  const cached = perZone.get(bucket);
  if (cached !== undefined) return cached;
  const parts: Record<string, number> = {};
  // Near the last instant a Date can hold, the wall time lies past it: take the zone's offset a day inside
  // the edge rather than fail with "Invalid time value" on a date cell a script could write.
  const at = Math.max(-EDGE_MS, Math.min(EDGE_MS, bucket * 3_600_000));
  for (const p of wallFormatter(timeZone).formatToParts(new Date(at))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  const offset = wall - at;
  perZone.set(bucket, offset);
  return offset;
}

/** A serial date-time read in `timeZone` → epoch ms (what a Date read from the cell holds). */
export function serialToMs(serial: number, timeZone: string): number {
  const wall = Math.round((serial - EPOCH_OFFSET_DAYS) * DAY_MS);
  const guess = wall - zoneOffsetMs(timeZone, wall);
  return wall - zoneOffsetMs(timeZone, guess);
}

/** Epoch ms → the serial date-time the cell stores, as wall-clock time in `timeZone`. */
export function msToSerial(ms: number, timeZone: string): number {
  return (ms + zoneOffsetMs(timeZone, ms)) / DAY_MS + EPOCH_OFFSET_DAYS;
}

export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Strips quoted literals, escapes and [brackets] so only format tokens remain. */
function formatTokensOnly(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

/** True for date, time and date-time number formats (a cell with one reads back as a Date). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === TEXT_FORMAT || format === AUTOMATIC_FORMAT || /^general$/i.test(format)) {
    return false;
  }
  const tokens = formatTokensOnly(format);
  if (/[ydhs]/i.test(tokens)) return true;
  return /m/i.test(tokens) && !/[0#]/.test(tokens);
}

/** The format Sheets gives a cell when a Date is written into an automatically formatted cell. */
export function defaultDateFormat(serial: number, locale: string): string {
  const hasTime = Math.abs(serial - Math.floor(serial)) > 1e-9;
  const date = locale.startsWith('en_US') || locale === 'en' ? 'M/d/yyyy' : 'd/M/yyyy';
  return hasTime ? `${date} H:mm:ss` : date;
}

export interface ParsedInput {
  kind: 'value' | 'formula';
  value: Scalar | null;
  formula?: string;
  format?: string;
}

/**
 * Interprets a string as Sheets does when a script writes it (like typing it): a leading "=" makes a formula,
 * a leading apostrophe forces text; numbers (1,250 with thousands, $5 and ฿100 with a currency), percentages,
 * times (10:30), TRUE/FALSE and dates (2025-01-15, 15/1/2025, 15 Jan 2025) are recognised. Under the
 * plain-text format '@' the string is kept as is.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue
 */
export function parseInput(
  text: string,
  cellFormat: string | undefined,
  locale: string,
  isoDates = true,
): ParsedInput {
  if (cellFormat === TEXT_FORMAT) return { kind: 'value', value: text };
  if (text.startsWith("'")) return { kind: 'value', value: text.slice(1) };
  if (text.length > 1 && text.startsWith('=')) return { kind: 'formula', value: null, formula: text };
  if (text === '') return { kind: 'value', value: null };
  const trimmed = text.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return { kind: 'value', value: Number(trimmed) };
  // 1,250 and 1,250.5: thousands separated; $1,250 and ฿100: currency, kept with a currency format.
  const grouped = /^([+-])?([$฿])?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/.exec(trimmed);
  if (grouped && (grouped[2] || grouped[3]!.includes(','))) {
    const value = Number(`${grouped[1] ?? ''}${grouped[3]!.replace(/,/g, '')}`);
    const decimals = grouped[3]!.split('.')[1]?.length ?? 0;
    const digits = decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
    return { kind: 'value', value, format: grouped[2] ? `"${grouped[2]}"${digits}` : digits };
  }
  // 10:30, 10:30:15, 10:30 am: a time of day, a fraction of a day.
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(trimmed);
  if (time) {
    let hours = Number(time[1]);
    const [minutes, seconds] = [Number(time[2]), Number(time[3] ?? 0)];
    if (time[4]) hours = (hours % 12) + (/pm/i.test(time[4]) ? 12 : 0);
    if (hours < 24 && minutes < 60 && seconds < 60) {
      return { kind: 'value', value: (hours * 3600 + minutes * 60 + seconds) / 86_400, format: 'H:mm:ss' };
    }
  }
  const pct = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/.exec(trimmed);
  if (pct?.[1]) {
    const decimals = pct[1].split('.')[1]?.length ?? 0;
    return {
      kind: 'value',
      value: Number(pct[1]) / 100,
      format: decimals ? `0.${'0'.repeat(decimals)}%` : '0%',
    };
  }
  if (/^true$/i.test(trimmed)) return { kind: 'value', value: true };
  if (/^false$/i.test(trimmed)) return { kind: 'value', value: false };
  // Google documents no list of the date forms typing recognises, locale by locale: isoDates false models a
  // locale that keeps 2025-01-15 as text (runSelfCheck's isoTextDate tells which a real spreadsheet does).
  const iso = isoDates ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed) : null;
  if (iso) {
    const serial = dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== undefined) return { kind: 'value', value: serial, format: 'yyyy-mm-dd' };
  }
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (slash) {
    const monthFirst = locale.startsWith('en_US') || locale === 'en';
    const a = Number(slash[1]);
    const b = Number(slash[2]);
    const serial = dateSerial(Number(slash[3]), monthFirst ? a : b, monthFirst ? b : a);
    if (serial !== undefined)
      return { kind: 'value', value: serial, format: defaultDateFormat(serial, locale) };
  }
  // 15 Jan 2025, Jan 15, 2025, 15 January 2025: a date with an English month name.
  const named =
    /^(\d{1,2})[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4})$/i.exec(trimmed) ??
    /^([a-z]{3,9})\.?[\s-]+(\d{1,2}),?[\s-]+(\d{4})$/i.exec(trimmed);
  if (named) {
    const dayFirst = /^\d/.test(trimmed);
    const month = monthOfName(dayFirst ? named[2]! : named[1]!);
    const serial = month && dateSerial(Number(named[3]), month, Number(dayFirst ? named[1] : named[2]));
    if (serial) return { kind: 'value', value: serial, format: defaultDateFormat(serial, locale) };
  }
  return { kind: 'value', value: text };
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The month of an English month name or its three-letter form (Sept too), else undefined. */
function monthOfName(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = MONTH_NAMES.findIndex((short) => lower.startsWith(short));
  if (index < 0) return undefined;
  const long = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' })
    .format(Date.UTC(2021, index, 1))
    .toLowerCase();
  return lower.length === 3 || long === lower || (index === 8 && lower === 'sept') ? index + 1 : undefined;
}

function dateSerial(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return ms / DAY_MS + EPOCH_OFFSET_DAYS;
}

function intlLocale(locale: string): string {
  return locale.replace('_', '-') + '-u-ca-gregory';
}

const nameCache = new Map<string, string[]>();
function names(locale: string, kind: 'long' | 'short', what: 'month' | 'weekday'): string[] {
  const key = `${locale}|${kind}|${what}`;
  let list = nameCache.get(key);
  if (!list) {
    let f: Intl.DateTimeFormat;
    try {
      f = new Intl.DateTimeFormat(intlLocale(locale), { [what]: kind, timeZone: 'UTC' });
    } catch {
      f = new Intl.DateTimeFormat('en-US', { [what]: kind, timeZone: 'UTC' });
    }
    list =
      what === 'month'
        ? Array.from({ length: 12 }, (_, i) => f.format(Date.UTC(2021, i, 1)))
        : Array.from({ length: 7 }, (_, i) => f.format(Date.UTC(2021, 0, 3 + i))); // 2021-01-03 is a Sunday
    nameCache.set(key, list);
  }
  return list;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Formats a serial date-time with a Sheets date pattern (yyyy, mm, m, mmm, dd, hh, ss, am/pm...). */
export function formatSerialDate(serial: number, format: string, locale: string): string {
  const totalSeconds = Math.round(serial * 86_400);
  const days = Math.floor(totalSeconds / 86_400);
  const secs = totalSeconds - days * 86_400;
  const d = new Date((days - EPOCH_OFFSET_DAYS) * DAY_MS);
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth();
  const day = d.getUTCDate();
  const wd = d.getUTCDay();
  const h = Math.floor(secs / 3600);
  const mi = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  const hasAmPm = /am\/pm|a\/p/i.test(format);
  const tokens = format.match(/"[^"]*"|\\.|am\/pm|a\/p|y+|m+|d+|h+|s+|./gi) ?? [];
  let out = '';
  tokens.forEach((tok, i) => {
    const lower = tok.toLowerCase();
    if (tok.startsWith('"')) out += tok.slice(1, -1);
    else if (tok.startsWith('\\')) out += tok.slice(1);
    else if (lower === 'am/pm') out += h < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') out += h < 12 ? 'A' : 'P';
    else if (lower[0] === 'y') out += lower.length <= 2 ? pad(y % 100, 2) : String(y);
    else if (lower[0] === 'd') {
      if (lower.length === 1) out += String(day);
      else if (lower.length === 2) out += pad(day, 2);
      else out += names(locale, lower.length === 3 ? 'short' : 'long', 'weekday')[wd];
    } else if (lower[0] === 'h') {
      const hh = hasAmPm ? h % 12 || 12 : h;
      out += lower.length === 1 ? String(hh) : pad(hh, 2);
    } else if (lower[0] === 's') out += lower.length === 1 ? String(s) : pad(s, 2);
    else if (lower[0] === 'm') {
      const prev = tokens
        .slice(0, i)
        .reverse()
        .find((t) => /^[ydhs]/i.test(t));
      const next = tokens.slice(i + 1).find((t) => /^[ydhms]/i.test(t));
      const minutes = lower.length <= 2 && (/^h/i.test(prev ?? '') || /^s/i.test(next ?? ''));
      if (minutes) out += lower.length === 1 ? String(mi) : pad(mi, 2);
      else if (lower.length === 1) out += String(mo + 1);
      else if (lower.length === 2) out += pad(mo + 1, 2);
      else if (lower.length === 3) out += names(locale, 'short', 'month')[mo];
      else out += names(locale, 'long', 'month')[mo];
    } else out += tok;
  });
  return out;
}

/** Automatic number display: up to 10 significant digits, as Sheets shows an unformatted number. */
function automaticNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(10)));
}

function formatNumberPattern(n: number, format: string): string {
  const section = format.split(';')[n < 0 && format.includes(';') ? 1 : 0] ?? format;
  const usesOwnSign = n < 0 && format.includes(';');
  const match = /[0#][0#,]*(?:\.[0#]+)?/.exec(section);
  if (!match) return section.replace(/"([^"]*)"/g, '$1');
  const core = match[0];
  const percent = section.includes('%');
  const value = Math.abs(percent ? n * 100 : n);
  const decimals = core.includes('.') ? (core.split('.')[1] ?? '').length : 0;
  const minDecimals = core.includes('.') ? ((core.split('.')[1] ?? '').match(/0/g) ?? []).length : 0;
  let text = value.toFixed(decimals);
  if (decimals > minDecimals) text = text.replace(new RegExp(`0{1,${decimals - minDecimals}}$`), '');
  text = text.replace(/\.$/, '');
  if (core.includes(',')) {
    const [int = '', frac] = text.split('.');
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
  }
  const prefix = section.slice(0, match.index).replace(/"([^"]*)"|\\(.)/g, '$1$2');
  const suffix = section.slice(match.index + core.length).replace(/"([^"]*)"|\\(.)/g, '$1$2');
  return (n < 0 && !usesOwnSign ? '-' : '') + prefix.replace(/\[[^\]]*\]/g, '') + text + suffix;
}

/** What a cell shows: getDisplayValues. */
export function displayValue(value: Scalar | null, format: string | undefined, locale: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (!format || format === AUTOMATIC_FORMAT || /^general$/i.test(format) || format === TEXT_FORMAT) {
    return automaticNumber(value);
  }
  if (isDateFormat(format)) return formatSerialDate(value, format, locale);
  return formatNumberPattern(value, format);
}
