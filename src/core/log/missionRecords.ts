// Missions as the sidebar lists and edits them (docs/server-functions.md listMissions, updateMission): a row of the log as plain
// JSON with a version (a fingerprint of its cells), the fields an edit may change, what changed, and History.
import { toIsoDate } from '../dates/calendar';
import { type DateOfInstant, readDateCell } from '../dates/thaiDate';
import type { Lang } from '../i18n/i18n';
import { type ColumnMap, idOf, isTicked, keyText } from './cells';
import { MISSION_FIELDS, type MissionInput } from './mission';
import { type ColumnKey, columnLabel, kindOf, normalizeLabel, STEP_KEYS, statusOf } from './vocabulary';

/** The fields an edit may change: those a submission sets, and no other (docs/server-functions.md). */
export const EDITABLE_FIELDS = MISSION_FIELDS;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** A mission as listMissions gives it: plain JSON (no Date: google.script.run refuses them). */
export interface MissionItem {
  readonly id: string;
  /** The sheet row it is on now. */
  readonly row: number;
  /** A short fingerprint of the row's cells: an edit is refused when the row no longer has it. */
  readonly version: string;
  /** `YYYY-MM-DD`, or '' when the cell holds no valid date. */
  readonly date: string;
  /** The kind's key, or the cell's text when it names no kind. */
  readonly kind: string;
  readonly title: string;
  readonly counterpart: string;
  readonly country: string;
  readonly place: string;
  readonly lead: string;
  /** The status's key, or the cell's text when it names no status. */
  readonly status: string;
  readonly steps: readonly boolean[];
  readonly evidence: string;
  readonly notes: string;
  readonly verified: boolean;
  readonly verifiedBy: string;
  /** ISO date-time, or ''. */
  readonly verifiedAt: string;
  readonly enteredBy: string;
  readonly enteredAt: string;
  readonly counts: boolean;
  /** Why it does not count, in the user's language. */
  readonly reason?: string;
  /** Entered by the person asking. */
  readonly mine: boolean;
}

const objectTag = Object.prototype.toString;
const isDate = (value: unknown): value is Date => objectTag.call(value) === '[object Date]';

/**
 * FNV-1a over the row's cells, as getValues reads them: equal cells, equal version. Empty cells at the end are
 * left out, so that data typed in a column right of the log (which widens every row read) changes no version.
 */
// Read once: a global looked up per character is slow where globals are not plain (a vm context, the emulator).
const imul = Math.imul;

export function rowVersion(row: readonly unknown[]): string {
  let hash = 0x811c9dc5;
  let end = row.length;
  while (end > 0 && (row[end - 1] === '' || row[end - 1] === null || row[end - 1] === undefined)) end--;
  // Code units one at a time, cell by cell: no joined string, no string iterator (the list hashes every row of
  // a year, 10,000 of them in a busy office).
  for (let i = 0; i < end; i++) {
    const cell = row[i];
    const text = isDate(cell)
      ? `d${cell.getTime()}`
      : `${typeof cell === 'string' ? 's' : typeof cell}${String(cell ?? '')}`;
    for (let j = 0; j < text.length; j++) {
      hash ^= text.charCodeAt(j);
      hash = imul(hash, 0x01000193) >>> 0;
    }
    hash ^= 1;
    hash = imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

function cellOf(row: readonly unknown[], columns: ColumnMap, key: ColumnKey): unknown {
  const index = columns[key];
  return index === undefined ? '' : row[index];
}

function textOf(row: readonly unknown[], columns: ColumnMap, key: ColumnKey): string {
  const value = cellOf(row, columns, key);
  return value === null || value === undefined ? '' : String(value).trim();
}

function instantText(value: unknown): string {
  return isDate(value) && !Number.isNaN(value.getTime()) ? value.toISOString() : '';
}

/** The day of a date cell as `YYYY-MM-DD`, or '' when it is no valid date. */
export function dayText(value: unknown, reader: DateOfInstant): string {
  const reading = readDateCell(value, reader);
  return reading.kind === 'date' ? toIsoDate(reading.date) : '';
}

/** A row of the log as the sidebar lists it. */
export function missionItem(
  row: readonly unknown[],
  rowNumber: number,
  columns: ColumnMap,
  context: {
    readonly reader: DateOfInstant;
    readonly reason: string | undefined;
    readonly user: string;
  },
): MissionItem {
  const kindText = keyText(cellOf(row, columns, 'kind'));
  const statusText = keyText(cellOf(row, columns, 'status'));
  const enteredBy = textOf(row, columns, 'enteredBy');
  return {
    id: keyText(cellOf(row, columns, 'id')),
    row: rowNumber,
    version: rowVersion(row),
    date: dayText(cellOf(row, columns, 'date'), context.reader),
    kind: kindOf(kindText) ?? kindText,
    title: textOf(row, columns, 'title'),
    counterpart: textOf(row, columns, 'counterpart'),
    country: textOf(row, columns, 'country'),
    place: textOf(row, columns, 'place'),
    lead: textOf(row, columns, 'lead'),
    status: statusOf(statusText) ?? statusText,
    steps: STEP_KEYS.map((key) => isTicked(cellOf(row, columns, key))),
    evidence: textOf(row, columns, 'evidence'),
    notes: textOf(row, columns, 'notes'),
    verified: isTicked(cellOf(row, columns, 'verified')),
    verifiedBy: textOf(row, columns, 'verifiedBy'),
    verifiedAt: instantText(cellOf(row, columns, 'verifiedAt')),
    enteredBy,
    enteredAt: instantText(cellOf(row, columns, 'enteredAt')),
    counts: context.reason === undefined,
    ...(context.reason === undefined ? {} : { reason: context.reason }),
    mine: context.user !== '' && enteredBy.toLowerCase() === context.user.toLowerCase(),
  };
}

/** Whether a mission is one a search finds: every word of the query in its title or counterpart. */
export function matchesQuery(item: Pick<MissionItem, 'title' | 'counterpart'>, query: string): boolean {
  const words = normalizeLabel(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const text = normalizeLabel(`${item.title} ${item.counterpart}`);
  return words.every((word) => text.includes(word));
}

/** Newest first: by date, undated last, then by row (the later entered first). */
export function newestFirst(
  a: Pick<MissionItem, 'date' | 'row'>,
  b: Pick<MissionItem, 'date' | 'row'>,
): number {
  if (a.date !== b.date) return a.date === '' ? 1 : b.date === '' ? -1 : a.date < b.date ? 1 : -1;
  return b.row - a.row;
}

/** The fields of a listed mission that a form shows and an edit may change (docs/server-functions.md). */
export function fieldsOfItem(item: MissionItem) {
  return {
    date: item.date,
    kind: item.kind,
    title: item.title,
    counterpart: item.counterpart,
    country: item.country,
    place: item.place,
    lead: item.lead,
    status: item.status,
    steps: [...item.steps],
    evidence: item.evidence,
    notes: item.notes,
  };
}

/** The mission of a listed row as the form would send it: the start an edit's changes apply to. */
export function inputOfItem(item: MissionItem): MissionInput {
  return { id: item.id, ...fieldsOfItem(item) };
}

/**
 * The changes of an edit, checked for shape only (the schema judges the values): an object of editable fields.
 * Any other key (id, verified, verifiedBy, verifiedAt, enteredBy, enteredAt, or anything) is refused by name.
 */
export function readChanges(
  changes: unknown,
): { ok: true; changes: Partial<Record<EditableField, unknown>> } | { ok: false; refused: string[] } {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes))
    return { ok: false, refused: [] };
  const refused = Object.keys(changes).filter((key) => !(EDITABLE_FIELDS as readonly string[]).includes(key));
  if (refused.length > 0) return { ok: false, refused };
  return { ok: true, changes: changes as Partial<Record<EditableField, unknown>> };
}

/** One changed cell, as History records it. */
export interface CellChange {
  readonly key: ColumnKey;
  readonly before: unknown;
  readonly after: unknown;
}

/** A cell's value as History shows it: dates as `YYYY-MM-DD`, instants in ISO, booleans TRUE/FALSE. */
export function historyText(key: ColumnKey, value: unknown, reader: DateOfInstant): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return key === 'date' ? dayText(value, reader) : instantText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Whether two cell values are the same mission data (a date by its day, text trimmed, a key by its word). */
export function sameCell(key: ColumnKey, a: unknown, b: unknown, reader: DateOfInstant): boolean {
  if (key === 'date') return dayText(a, reader) === dayText(b, reader) && dayText(a, reader) !== '';
  if (typeof a === 'boolean' || typeof b === 'boolean') return isTicked(a) === isTicked(b);
  if (key === 'id') return idOf(a) === idOf(b);
  if (key === 'kind') return (kindOf(keyText(a)) ?? keyText(a)) === (kindOf(keyText(b)) ?? keyText(b));
  if (key === 'status') return (statusOf(keyText(a)) ?? keyText(a)) === (statusOf(keyText(b)) ?? keyText(b));
  return String(a ?? '').trim() === String(b ?? '').trim();
}

/** The History rows of one change of a mission: When, Who, ID, Row, Field, Before, After (docs/sheets.md). */
export function historyRows(
  change: { readonly when: Date; readonly who: string; readonly id: string; readonly row: number },
  cells: readonly CellChange[],
  lang: Lang,
  reader: DateOfInstant,
): unknown[][] {
  return cells.map((cell) => [
    change.when,
    change.who,
    change.id,
    change.row,
    columnLabel(cell.key, lang),
    historyText(cell.key, cell.before, reader),
    historyText(cell.key, cell.after, reader),
  ]);
}
