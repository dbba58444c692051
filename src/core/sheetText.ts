// How text must be written so that Sheets keeps it as the very text a person typed.

/**
 * Sheets reads a string that a script writes with setValues or appendRow as if it were typed into the cell
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues): `=1+1` becomes a
 * formula, `+1`, `-2` and `0812` numbers, `1/2` a date. A leading apostrophe marks the entry as text; Sheets
 * keeps the rest and does not store the apostrophe (getValues reads the text without it). So every piece of
 * user text goes through here on its way to a cell: no formula injection, no number or date guessed.
 */
export function asText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** A value ready for a cell: strings as literal text, everything else (numbers, booleans, dates) as it is. */
export function asCellValue(value: unknown): unknown {
  return typeof value === 'string' ? asText(value) : value;
}
