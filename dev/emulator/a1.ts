// A1 notation for the emulator: column letters, cell and range addresses, sheet-qualified and open ranges.
import { a1, columnNumber } from '../../src/core/log/a1';

// The add-on's own A1 rule, so the emulator and the add-on can never disagree on a column's letters.
export { columnLetters, columnNumber } from '../../src/core/log/a1';

/** A parsed range, 1-based and inclusive; `endRow`/`endColumn` undefined mean "to the end of the sheet". */
export interface A1Range {
  sheetName?: string;
  row: number;
  column: number;
  endRow: number | undefined;
  endColumn: number | undefined;
}

export function cellA1(row: number, column: number): string {
  return a1(row, column);
}

export function rangeA1(row: number, column: number, numRows: number, numColumns: number): string {
  const start = cellA1(row, column);
  if (numRows === 1 && numColumns === 1) return start;
  return start + ':' + cellA1(row + numRows - 1, column + numColumns - 1);
}

/** Quotes a sheet name for use in a formula or an A1 string when Sheets would ('My sheet'!A1, 'ภารกิจ'!A1). */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return name;
  return "'" + name.replace(/'/g, "''") + "'";
}

const PART = /^(\$?([A-Za-z]{1,3}))?(\$?([0-9]+))?$/;

function parsePart(text: string): { column?: number; row?: number } | undefined {
  const m = PART.exec(text);
  if (!m || (!m[2] && !m[4])) return undefined;
  return {
    column: m[2] ? columnNumber(m[2]) : undefined,
    row: m[4] ? Number(m[4]) : undefined,
  };
}

/**
 * Parses A1, A1:B2, A2:S (open to the last row), A:A, 2:3 (whole rows), optionally prefixed with a
 * sheet name ('Sheet 1'!A1:B2 or Sheet1!A1). Returns undefined when the text is not A1 notation.
 */
export function parseA1(text: string): A1Range | undefined {
  let rest = text.trim();
  let sheetName: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    const prefix = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    if (prefix.startsWith("'")) {
      if (!prefix.endsWith("'") || prefix.length < 2) return undefined;
      sheetName = prefix.slice(1, -1).replace(/''/g, "'");
    } else {
      sheetName = prefix;
    }
    if (!sheetName) return undefined;
  }
  const [first, second, extra] = rest.split(':');
  if (first === undefined || extra !== undefined) return undefined;
  const a = parsePart(first);
  if (!a) return undefined;
  if (second === undefined) {
    if (a.column === undefined || a.row === undefined) return undefined;
    return { sheetName, row: a.row, column: a.column, endRow: a.row, endColumn: a.column };
  }
  const b = parsePart(second);
  if (!b) return undefined;
  // Whole columns (A:C) or open ranges (A2:C): rows run to the end of the sheet.
  if (a.row === undefined || b.row === undefined) {
    if (a.column === undefined || b.column === undefined) return undefined;
    const row = a.row ?? b.row ?? 1;
    const c1 = Math.min(a.column, b.column);
    const c2 = Math.max(a.column, b.column);
    return { sheetName, row, column: c1, endRow: undefined, endColumn: c2 };
  }
  // Whole rows (2:3) or open rows (A2:5): columns run to the end of the sheet.
  if (a.column === undefined || b.column === undefined) {
    const column = a.column ?? b.column ?? 1;
    return {
      sheetName,
      row: Math.min(a.row, b.row),
      column,
      endRow: Math.max(a.row, b.row),
      endColumn: undefined,
    };
  }
  return {
    sheetName,
    row: Math.min(a.row, b.row),
    column: Math.min(a.column, b.column),
    endRow: Math.max(a.row, b.row),
    endColumn: Math.max(a.column, b.column),
  };
}
