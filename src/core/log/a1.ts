// A1 notation: column letters and cell addresses, the one rule for the add-on, the emulator and the preview.

/** The letters of a column (1-based): 1 → A, 26 → Z, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The column (1-based) of its letters, in either case: A → 1, z → 26, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1 notation of a cell (1-based row and column). */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** A sheet name quoted for A1 notation: 'ภารกิจ'!A1:U (an apostrophe inside is doubled). */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
