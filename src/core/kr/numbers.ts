// Reading the numbers people type: decimal only, with Arabic or Thai digits; never hexadecimal, words or dates.

const THAI_DIGIT = /[๐-๙]/g;

/** Thai digits (๐ … ๙) as Arabic ones, the rest of the text as it is. */
export function asciiDigits(text: string): string {
  return text.replace(THAI_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x0e50));
}

// A sign, digits with or without thousands commas, and a decimal part: 12, -3, 1,250, 4.5, .5.
const DECIMAL = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;

/**
 * A number from a cell or an argument: a finite number as it is, or text written as a decimal number (Thai
 * digits allowed, white space around it). Undefined for anything else: `0x9F8`, `1e3`, `12 ครั้ง`, `∞`, blank.
 */
export function parseDecimal(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = asciiDigits(value).trim();
  return DECIMAL.test(text) ? Number(text.replace(/,/g, '')) : undefined;
}
