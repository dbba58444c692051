// The tables the summary tab's live formulas return (docs/summary.md): pure, from a count result and the KPI figures.
import { type CalendarDate, dayNumber, daysInMonth, fiscalMonths, fiscalYearRange } from '../dates/calendar';
import { formatDate, monthLabel } from '../dates/thaiDate';
import type { Lang, MessageParams } from '../i18n/i18n';
import { summaryMessage as message, type SummaryKey } from '../i18n/summaryMessages';
import type { KrDefinition, SettingsProblem } from '../kr/settings';
import type { CountResult, MissionRecord } from '../log/count';
import { likelyDuplicates } from '../log/duplicates';
import { reasonText, settingsProblemText } from '../log/reasons';
import { KINDS, kindLabel } from '../log/vocabulary';
import { elapsedShareOf, type KpiFigures, shownExpected, shownPace, shownProjection } from './figures';

/** A cell of a table a summary function returns: text, a number, or '' for nothing. */
export type TableCell = string | number;
export type Table = TableCell[][];

/** The title block: KR name; code and host unit; fiscal year with its dates and the as-of day; Settings problems. */
export function titleTable(input: {
  readonly definition: KrDefinition;
  readonly problems: readonly SettingsProblem[];
  readonly fiscalYear: number;
  readonly asOf: CalendarDate;
  readonly lang: Lang;
}): Table {
  const { definition, fiscalYear, asOf, lang } = input;
  const { start, end } = fiscalYearRange(fiscalYear);
  return [
    [definition.krName],
    [definition.krCode ? `${definition.krCode} · ${definition.hostUnit}` : definition.hostUnit],
    [
      message(lang, 'summary.fiscalYear', {
        fiscalYear,
        start: formatDate(start, lang),
        end: formatDate(end, lang),
        asOf: formatDate(asOf, lang),
      }),
    ],
    [input.problems.map((problem) => settingsProblemText(problem, lang)).join(' · ')],
  ];
}

/** The KPI block's values and what each means: six rows of (value, detail). */
export function resultTable(figures: KpiFigures, definition: KrDefinition, lang: Lang): Table {
  const next = figures.nextLevel;
  const expected = shownExpected(figures);
  const params = { count: figures.count, target: figures.target, expected };
  return [
    [figures.count, message(lang, 'summary.target', { target: figures.target })],
    [
      figures.points,
      message(lang, 'summary.maxPoints', {
        max: figures.maxPoints,
        method: message(lang, `method.${definition.method}`),
      }),
    ],
    [
      figures.neededForNextLevel,
      next
        ? message(lang, 'summary.nextLevelDetail', { threshold: next.threshold, points: next.points })
        : message(lang, 'summary.topLevel'),
    ],
    [
      expected,
      message(lang, 'summary.expectedDetail', {
        target: figures.target,
        share: Math.round(figures.elapsedShare * 100),
        exact: shownPace(figures.expectedByNow, 'up'),
      }),
    ],
    [shownProjection(figures), message(lang, 'summary.projectedDetail')],
    [
      message(lang, `summary.status.${figures.status}`),
      message(lang, `summary.statusDetail.${figures.status}`, params),
    ],
  ];
}

/** Missions counted by kind: a header, then every kind of the card, then those of no listed kind. */
export function kindTable(result: CountResult, lang: Lang): Table {
  const counts = new Map<string, number>();
  let unlisted = 0;
  for (const { mission } of result.counted) {
    if (mission.kind) counts.set(mission.kind, (counts.get(mission.kind) ?? 0) + 1);
    else unlisted++;
  }
  return [
    [message(lang, 'summary.kind'), message(lang, 'summary.missions')],
    ...KINDS.map((kind) => [kindLabel(kind.key, lang), counts.get(kind.key) ?? 0]),
    // Always there, so the table keeps its size and nothing below it moves.
    [message(lang, 'summary.unlistedKind'), unlisted],
  ];
}

/**
 * The missions of each month of the fiscal year and the cumulative count, as KR_COUNT would give them with the
 * month's last day (or the as-of day, if earlier) as its as-of day. A mission entered twice under one ID counts
 * from the earliest of its dates, the day it first counted. Months after the as-of day are left blank.
 */
export function monthlyCounts(
  result: CountResult,
  asOf: CalendarDate,
): { month: { year: number; month: number }; count: number | undefined; cumulative: number | undefined }[] {
  const earliest = new Map<string, CalendarDate>();
  const noId: CalendarDate[] = [];
  const consider = (id: string, date: CalendarDate) => {
    const key = id.toLowerCase();
    const known = earliest.get(key);
    if (!known || dayNumber(date) < dayNumber(known)) earliest.set(key, date);
  };
  for (const { mission } of result.counted) {
    if (mission.id === '') noId.push(mission.date);
    else consider(mission.id, mission.date);
  }
  const idOfRow = new Map(result.counted.map(({ row, mission }) => [row, mission.id]));
  for (const entry of result.notCounted) {
    if (entry.reason.code !== 'duplicateId' || !entry.date) continue;
    const id = idOfRow.get(entry.reason.firstRow);
    if (id) consider(id, entry.date);
  }
  const perMonth = new Array<number>(12).fill(0);
  for (const date of [...earliest.values(), ...noId]) perMonth[(date.month + 2) % 12]!++;
  const asOfDay = dayNumber(asOf);
  let running = 0;
  return fiscalMonths(result.fiscalYear).map((month, i) => {
    running += perMonth[i]!;
    const started = dayNumber({ ...month, day: 1 }) <= asOfDay;
    return { month, count: started ? perMonth[i] : undefined, cumulative: started ? running : undefined };
  });
}

/**
 * By month: a header, then October to September with the missions, the cumulative count, the target, and
 * where the office should be by then (the target pro rata at the month's end, or at the as-of day in its
 * month, rounded up to a tenth as the KPI block rounds it), so the chart shows the gap as of today.
 */
export function monthTable(result: CountResult, target: number, asOf: CalendarDate, lang: Lang): Table {
  const asOfDay = dayNumber(asOf);
  return [
    [
      message(lang, 'summary.month'),
      message(lang, 'summary.missions'),
      message(lang, 'summary.cumulative'),
      message(lang, 'summary.targetLine'),
      message(lang, 'summary.expectedLine'),
    ],
    ...monthlyCounts(result, asOf).map(({ month, count, cumulative }) => {
      const monthEnd = { ...month, day: daysInMonth(month.year, month.month) };
      const until = dayNumber(monthEnd) < asOfDay ? monthEnd : asOf;
      return [
        monthLabel(month.year, month.month, lang),
        count ?? '',
        cumulative ?? '',
        target,
        cumulative === undefined ? '' : shownPace(target * elapsedShareOf(result.fiscalYear, until), 'up'),
      ];
    }),
  ];
}

/** How wide the mission lists are: title, date, kind, counterpart, evidence (or reason), steps, verified, row. */
export const LIST_WIDTH = 8;
/** The column of the lists that holds the row number: always a number on a mission's line (see summaryLayout). */
export const LIST_ROW_COLUMN = 8;

/**
 * The counted missions, the rows that do not count with the reason (blank rows left out), and the counted
 * missions that look like an earlier one (same day, kind and counterpart): each list has a heading with its
 * length and a header row. A heading has text in its first cell only; a mission's line always has its row
 * number; the summary's conditional formats tell them apart by that.
 */
export function missionLists(result: CountResult, lang: Lang): Table {
  const say = (key: SummaryKey, params?: MessageParams) => message(lang, key, params);
  const pad = (cells: TableCell[]): TableCell[] => [
    ...cells,
    ...new Array<TableCell>(LIST_WIDTH - cells.length).fill(''),
  ];
  const none = pad([say('summary.none'), '', '', '', '', '', '', '–']);
  const table: Table = [
    pad([say('summary.counted', { count: result.count })]),
    [
      say('summary.col.title'),
      say('summary.col.date'),
      say('summary.kind'),
      say('summary.col.counterpart'),
      say('summary.col.evidence'),
      say('summary.col.steps'),
      say('summary.col.verified'),
      say('summary.col.row'),
    ],
  ];
  if (result.counted.length === 0) table.push(none);
  for (const { row, mission } of result.counted) {
    table.push([
      mission.title,
      formatDate(mission.date, lang),
      mission.kind ? kindLabel(mission.kind, lang) : mission.kindText,
      mission.counterpart,
      mission.evidence,
      `${mission.steps.filter(Boolean).length}/5`,
      mission.verified ? '✓' : '–',
      row,
    ]);
  }
  // The header of the two lists below the counted missions: what each row is, then why it is listed.
  const whyHeader = pad([
    say('summary.col.title'),
    say('summary.col.date'),
    say('summary.kind'),
    say('summary.col.counterpart'),
    say('summary.col.reason'),
    '',
    '',
    say('summary.col.row'),
  ]);
  const notCounted = result.notCounted.filter((entry) => entry.reason.code !== 'blank');
  table.push(pad([]), pad([say('summary.notCounted', { count: notCounted.length })]), whyHeader);
  if (notCounted.length === 0) table.push(none);
  for (const entry of notCounted) {
    table.push(
      pad([
        entry.title,
        entry.date ? formatDate(entry.date, lang) : '',
        entry.kindText,
        entry.counterpart,
        reasonText(entry.reason, lang, result.fiscalYear),
        '',
        '',
        entry.row,
      ]),
    );
  }
  // Counted missions the reviewer should look at, each list under its heading with why it is there.
  const flagged = (
    heading: string,
    entries: readonly { row: number; mission: MissionRecord; why: string }[],
  ) => {
    table.push(pad([]), pad([heading]), whyHeader);
    if (entries.length === 0) table.push(none);
    for (const { row, mission, why } of entries) {
      const kind = mission.kind ? kindLabel(mission.kind, lang) : mission.kindText;
      table.push(
        pad([mission.title, formatDate(mission.date, lang), kind, mission.counterpart, why, '', '', row]),
      );
    }
  };
  const byRow = new Map(result.counted.map((entry) => [entry.row, entry.mission]));
  const duplicates = likelyDuplicates(result).map(({ row, of }) => ({
    row,
    mission: byRow.get(row)!,
    why: say('summary.duplicateOf', { row: of }),
  }));
  flagged(say('summary.likelyDuplicates', { count: duplicates.length }), duplicates);
  // Verified ticked in the grid, not through the add-on: no reviewer's name, no History row (issue 12).
  const byHand = result.counted
    .filter((entry) => entry.mission.verified && entry.mission.verifiedBy === '')
    .map(({ row, mission }) => ({ row, mission, why: say('summary.noVerifier') }));
  flagged(say('summary.verifiedByHand', { count: byHand.length }), byHand);
  return table;
}

/** The sign-off: the coordinator and the signatory named in Settings. */
export function signOffTable(definition: KrDefinition): Table {
  return [[definition.coordinator], [definition.signatory]];
}
