// The row a submitted mission becomes in the mission log, placed by the log's own header.
import { toIsoDate } from '../dates/calendar';
import type { Lang } from '../i18n/messages';
import { asCellValue } from '../i18n/sheetText';
import type { ColumnMap } from './cells';
import { MISSION_FIELDS, type Mission } from './mission';
import { COLUMNS, type ColumnKey, kindLabel, REVIEW_COLUMNS, STEP_KEYS, statusLabel } from './vocabulary';

export interface RowContext {
  readonly id: string;
  /** The language of the log (its header's), so kind and status match its dropdowns. */
  readonly lang: Lang;
  readonly enteredBy: string;
  readonly enteredAt: Date;
  /**
   * The number formats of the row it will land on (getNumberFormats), where known: text goes into a cell
   * formatted as Plain text (`@`) as it is, since such a cell keeps an apostrophe as a character.
   */
  readonly formats?: readonly string[] | undefined;
}

export interface MissionRow {
  /**
   * What to write: user text behind an apostrophe where Sheets could read it as data (see asText), as it is in a
   * Plain-text cell; the date as ISO text Sheets turns into a date.
   */
  readonly written: unknown[];
  /** The same row as getValues will read it back, for counting before the next read. */
  readonly read: unknown[];
}

/**
 * The cells of one mission in the columns of `columns`, `width` cells wide ('' elsewhere). The date goes in as
 * `2025-01-15`: Sheets reads that as a date at midnight in the spreadsheet's own time zone, which no Date built
 * here could promise for a spreadsheet outside Bangkok.
 */
export function missionRow(
  mission: Mission,
  columns: ColumnMap,
  width: number,
  context: RowContext,
): MissionRow {
  const isoDate = toIsoDate(mission.date);
  const values: Record<ColumnKey, unknown> = {
    id: context.id,
    ...missionValues(mission, context.lang),
    date: isoDate,
    verified: '',
    enteredBy: context.enteredBy,
    enteredAt: context.enteredAt,
    verifiedBy: '',
    verifiedAt: '',
  };
  const read = new Array<unknown>(width).fill('');
  const written = new Array<unknown>(width).fill('');
  for (const { key } of COLUMNS) {
    const index = columns[key];
    if (index === undefined || index >= width) continue;
    read[index] = values[key];
    // The review columns are the reviewers' to fill: a new row leaves them empty (an unticked checkbox).
    if ((REVIEW_COLUMNS as readonly string[]).includes(key)) continue;
    written[index] = key === 'date' ? isoDate : asCellValue(values[key], context.formats?.[index]);
  }
  return { written, read };
}

/** The cells of the fields a mission's form sets (the date as the mission's day: see missionRow and edits). */
export function missionValues(mission: Mission, lang: Lang): Record<EditableColumn, unknown> {
  return {
    date: toIsoDate(mission.date),
    kind: kindLabel(mission.kind, lang),
    title: mission.title,
    counterpart: mission.counterpart,
    country: mission.country,
    place: mission.place,
    lead: mission.lead,
    status: statusLabel(mission.status, lang),
    step1: mission.steps[0],
    step2: mission.steps[1],
    step3: mission.steps[2],
    step4: mission.steps[3],
    step5: mission.steps[4],
    evidence: mission.evidence,
    notes: mission.notes,
  };
}

export type EditableColumn = Exclude<(typeof MISSION_FIELDS)[number], 'steps'> | (typeof STEP_KEYS)[number];

/** The log columns a mission's form sets, and an edit may change: its fields, the steps one column each. */
export const EDITABLE_COLUMNS: readonly EditableColumn[] = MISSION_FIELDS.flatMap((field) =>
  field === 'steps' ? STEP_KEYS : [field],
);

/** The language a log is kept in: Thai when its header names the date or status column in Thai. */
export function logLanguage(header: readonly unknown[]): Lang | undefined {
  const texts = header.map((cell) => String(cell ?? '').trim());
  const thai = COLUMNS.filter((c) => texts.includes(c.th)).length;
  const english = COLUMNS.filter((c) => texts.some((t) => t.toLowerCase() === c.en.toLowerCase())).length;
  if (thai === 0 && english === 0) return undefined;
  return thai >= english ? 'th' : 'en';
}
