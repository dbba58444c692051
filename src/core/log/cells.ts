// Reading the cells of a mission log: where each column is by its header, ticks, blanks, keys and IDs.
import { COLUMNS, type ColumnKey, normalizeLabel } from './vocabulary';

export type ColumnMap = Partial<Record<ColumnKey, number>>;

/** The columns a count cannot do without. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ['date', 'status'];

/** Where each known column sits in a header row (Thai or English text, any case); the first of twins wins. */
export function mapHeader(header: readonly unknown[]): ColumnMap {
  const map: ColumnMap = {};
  const known = new Map<string, ColumnKey>();
  for (const column of COLUMNS) {
    known.set(normalizeLabel(column.th), column.key);
    known.set(normalizeLabel(column.en), column.key);
  }
  header.forEach((cell, index) => {
    const key = known.get(normalizeLabel(cell));
    if (key && map[key] === undefined) map[key] = index;
  });
  return map;
}

export function missingColumns(
  map: ColumnMap,
  required: readonly ColumnKey[] = REQUIRED_COLUMNS,
): ColumnKey[] {
  return required.filter((key) => map[key] === undefined);
}

const TICKED = new Set(['true', 'yes', 'y', 'ใช่', '✓', '✔', 'x', '1']);

/** A checkbox cell (a boolean in Sheets), or text a person typed for yes. */
export function isTicked(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1;
  return typeof value === 'string' && TICKED.has(normalizeLabel(keyText(value)));
}

/** A value Sheets gives for a cell with nothing in it, or an argument left out. */
export function isEmptyValue(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/** An empty cell, an unticked box or only white space: what a row of nothing holds. */
function isBlankCell(value: unknown): boolean {
  return isEmptyValue(value) || value === false || (typeof value === 'string' && value.trim() === '');
}

export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every(isBlankCell);
}

/**
 * A cell the add-on reads as a key (an ID, a status, a kind): trimmed, without the leading apostrophe that a
 * Plain-text (`@`) cell keeps as a character where an automatic cell takes it as the text marker.
 */
export function keyText(value: unknown): string {
  const trimmed =
    typeof value === 'string'
      ? value.trim()
      : value === null || value === undefined
        ? ''
        : String(value).trim();
  return trimmed.startsWith("'") ? trimmed.slice(1).trim() : trimmed;
}

/** The ID of a row as counts and retries compare it: a key, in any letter case. */
export function idOf(value: unknown): string {
  return keyText(value).toLowerCase();
}
