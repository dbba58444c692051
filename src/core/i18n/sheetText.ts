// How text must be written so that Sheets keeps it as the very text a person typed.

/**
 * Whether Sheets could read a string as something other than text: a string that a script writes with
 * setValues or appendRow is read as if typed (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues):
 * `=1+1` becomes a formula, `+1`, `-2`, `0812` and `1,250` numbers, `1/2` and `15 Jan` dates, `10:30` a time,
 * `TRUE` a boolean, `#N/A` an error. Judged conservatively: anything with a digit, a leading sign, operator,
 * `#`, apostrophe or space, or a boolean word, may be read as more than text.
 */
export function mayBeReadAsData(text: string): boolean {
  return (
    /^[\s=+\-@'#＝＋－＠]/.test(text) || /[0-9๐-๙]/.test(text) || /^(true|false|จริง|เท็จ)$/i.test(text.trim())
  );
}

/**
 * A string ready for a cell, kept as that very text. Where Sheets could read it as data, a leading apostrophe
 * marks it as text: Sheets keeps the rest and does not store the apostrophe (getValues reads the text
 * without it). Other text goes as it is. A cell formatted as Plain text (`@`) keeps an apostrophe as a
 * character, so the writer, which reads the formats of the row it appends, writes text there as it is (see
 * asCellValue); and readers strip a leading apostrophe from IDs, statuses and kinds (keyText), for rows written
 * into such a column before its format was known.
 */
export function asText(text: string): string {
  return text !== '' && mayBeReadAsData(text) ? `'${text}` : text;
}

/** The number format Sheets calls Plain text: what is written there is kept as that very text. */
export const PLAIN_TEXT_FORMAT = '@';

/**
 * A value ready for a cell of the given number format: strings as literal text (as they are in a Plain-text cell,
 * behind the apostrophe where needed elsewhere), everything else (numbers, booleans, dates) as it is.
 */
export function asCellValue(value: unknown, format?: string): unknown {
  if (typeof value !== 'string') return value;
  return format === PLAIN_TEXT_FORMAT ? value : asText(value);
}
