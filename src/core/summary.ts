// The summary tab as data (SPEC §7): every cell, its look and the charts, computed from the count; no Sheets here.
import { type CalendarDate, dayNumber, fiscalMonths, fiscalYearRange } from './calendar';
import type { CountResult } from './count';
import { type Level, maxPoints, nextLevel, pointsFor } from './ladder';
import { type Lang, type MessageKey, type MessageParams, message } from './messages';
import { reasonText, settingsProblemText } from './reasons';
import type { KrDefinition, SettingsProblem } from './settings';
import { formatThaiDate, policyTrackingMonth, THAI_MONTHS } from './thaiDate';
import { KINDS, kindLabel } from './vocabulary';

/** A cell: a value, or a formula the sheet computes (the only cells the writer does not store as text). */
export type SummaryCell = string | number | { readonly formula: string };

export interface GridRange {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export interface SummaryChart {
  readonly kind: 'byKind' | 'byMonth';
  readonly title: string;
  readonly range: GridRange;
  /** Where the chart's top-left corner sits: a cell, and a shift right in pixels. */
  readonly anchor: { readonly row: number; readonly column: number; readonly offsetX: number };
}

export type Status = 'achieved' | 'onTrack' | 'behind';

export interface SummaryFigures {
  readonly count: number;
  readonly target: number;
  readonly points: number;
  readonly maxPoints: number;
  readonly neededForNextLevel: number;
  /** The level to reach next, or undefined at the top. */
  readonly nextLevel: Level | undefined;
  readonly expectedByNow: number;
  readonly projectedYearEnd: number;
  readonly status: Status;
  readonly byKind: readonly { label: string; count: number }[];
  readonly byMonth: readonly { label: string; count: number; cumulative: number }[];
  readonly quarters: readonly number[];
}

export interface SummaryLayout {
  readonly values: SummaryCell[][];
  readonly fontWeights: ('bold' | 'normal')[][];
  readonly fontSizes: number[][];
  readonly fontColors: string[][];
  readonly backgrounds: string[][];
  readonly numberFormats: string[][];
  readonly columnWidths: readonly { column: number; count: number; width: number }[];
  readonly charts: readonly SummaryChart[];
  readonly figures: SummaryFigures;
  /** The row of the KPI count formula, the one cell a test or a link may look for. */
  readonly countCell: string;
  readonly pointsCell: string;
}

export interface SummaryInput {
  readonly lang: Lang;
  readonly definition: KrDefinition;
  readonly fiscalYear: number;
  readonly result: CountResult;
  readonly problems: readonly SettingsProblem[];
  readonly today: CalendarDate;
  /** When it was built, already written for people (e.g. `24 พ.ย. 2569 09:15`). */
  readonly generatedAt: string;
  readonly generatedBy: string;
  /** The mission-log range the live formulas read, in A1 notation with the sheet name. */
  readonly logRange: string;
  /** The ladder block of the Settings tab in A1 notation, when the ladder comes from there. */
  readonly ladderRange: string | undefined;
}

export const SUMMARY_WIDTH = 13;
const COLORS = {
  text: '#202124',
  muted: '#5f6368',
  white: '#ffffff',
  title: '#0b3d91',
  section: '#dbe7f7',
  tableHeader: '#f1f3f4',
  warning: '#b3261e',
  status: { achieved: '#c8e6c9', onTrack: '#fff3c4', behind: '#f8d7da' },
} as const;

/** Figures of the KPI block: what the count means against the target and the calendar. */
export function summaryFigures(input: SummaryInput): SummaryFigures {
  const { definition, result, today, fiscalYear, lang } = input;
  const count = result.count;
  const { start, end } = fiscalYearRange(fiscalYear);
  const totalDays = dayNumber(end) - dayNumber(start) + 1;
  const elapsed = Math.min(totalDays, Math.max(0, dayNumber(today) - dayNumber(start) + 1));
  const expectedByNow = round1((definition.target * elapsed) / totalDays);
  const projectedYearEnd = elapsed === 0 ? count : round1((count * totalDays) / elapsed);
  // On track means at least the whole missions the pro-rata share asks for by today.
  const status: Status =
    count >= definition.target ? 'achieved' : count >= Math.floor(expectedByNow) ? 'onTrack' : 'behind';
  const next = nextLevel(count, definition.ladder);

  const kindCounts = new Map<string, number>();
  let unlisted = 0;
  const monthCounts = new Array<number>(12).fill(0);
  for (const { mission } of result.counted) {
    if (mission.kind) kindCounts.set(mission.kind, (kindCounts.get(mission.kind) ?? 0) + 1);
    else unlisted++;
    monthCounts[(mission.date.month + 2) % 12]!++;
  }
  const byKind = KINDS.map((kind) => ({
    label: kindLabel(kind.key, lang),
    count: kindCounts.get(kind.key) ?? 0,
  }));
  if (unlisted > 0) byKind.push({ label: message(lang, 'summary.unlistedKind'), count: unlisted });
  let running = 0;
  const byMonth = fiscalMonths(fiscalYear).map(({ year, month }, i) => {
    running += monthCounts[i]!;
    return { label: monthLabel(year, month, lang), count: monthCounts[i]!, cumulative: running };
  });
  const quarters = [0, 1, 2, 3].map((q) => monthCounts.slice(q * 3, q * 3 + 3).reduce((a, b) => a + b, 0));
  return {
    count,
    target: definition.target,
    points: pointsFor(count, definition.ladder, definition.method),
    maxPoints: maxPoints(definition.ladder),
    neededForNextLevel: next ? next.threshold - count : 0,
    nextLevel: next,
    expectedByNow,
    projectedYearEnd,
    status,
    byKind,
    byMonth,
    quarters,
  };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function monthLabel(year: number, month: number, lang: Lang): string {
  const names = THAI_MONTHS[month - 1]!;
  return lang === 'th'
    ? `${names.short} ${String((year + 543) % 100).padStart(2, '0')}`
    : `${names.en} ${year}`;
}

/** A1 notation of a cell (1-based row and column). */
export function a1(row: number, column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

type RowStyle = 'title' | 'subtitle' | 'muted' | 'section' | 'tableHeader' | 'body' | 'warning';

/** Lays out the whole summary tab, top to bottom, in rows SUMMARY_WIDTH wide. */
export function summaryLayout(input: SummaryInput): SummaryLayout {
  const { lang, definition, fiscalYear, result } = input;
  const say = (key: MessageKey, params?: MessageParams) => message(lang, key, params);
  const figures = summaryFigures(input);
  const sheet = new GridBuilder();

  // Title.
  sheet.row('title', [definition.krName]);
  sheet.row('subtitle', [
    definition.krCode ? `${definition.krCode} · ${definition.hostUnit}` : definition.hostUnit,
  ]);
  const { start, end } = fiscalYearRange(fiscalYear);
  sheet.row('subtitle', [
    say('summary.fiscalYear', { fiscalYear, start: formatThaiDate(start), end: formatThaiDate(end) }),
  ]);
  sheet.row('muted', [
    say('summary.generated', { when: input.generatedAt, who: input.generatedBy || say('summary.someone') }),
  ]);
  sheet.blank();

  // KPI block: the count and the points are live formulas over the log.
  sheet.row('section', [say('summary.kpi')]);
  const countRow = sheet.row('body', [
    say('summary.count'),
    { formula: `=KR_COUNT(${input.logRange}, ${fiscalYear}, ${definition.verifiedOnly ? 'TRUE' : 'FALSE'})` },
    say('summary.target', { target: definition.target }),
  ]);
  const countCell = a1(countRow, 2);
  const ladderArg = input.ladderRange ?? '""';
  const pointsFormula =
    input.ladderRange === undefined && definition.method === 'step'
      ? `=KR_SCORE(${countCell})`
      : `=KR_SCORE(${countCell}, ${ladderArg}, "${definition.method}")`;
  const pointsRow = sheet.row('body', [
    say('summary.points'),
    { formula: pointsFormula },
    say('summary.maxPoints', { max: figures.maxPoints, method: say(`method.${definition.method}`) }),
  ]);
  const next = figures.nextLevel;
  sheet.row('body', [
    say('summary.nextLevel'),
    figures.neededForNextLevel,
    next
      ? say('summary.nextLevelDetail', { threshold: next.threshold, points: next.points })
      : say('summary.topLevel'),
  ]);
  sheet.row('body', [say('summary.expected'), figures.expectedByNow, say('summary.unit')], '0.0');
  sheet.row('body', [say('summary.projected'), figures.projectedYearEnd, say('summary.unit')], '0.0');
  const statusRow = sheet.row('body', [say('summary.status'), say(`summary.status.${figures.status}`)]);
  sheet.style(countRow, 2, { size: 20, bold: true });
  sheet.style(pointsRow, 2, { size: 20, bold: true });
  sheet.style(statusRow, 2, { bold: true, background: COLORS.status[figures.status] });
  sheet.row('muted', [say('summary.asOf')]);
  for (const problem of input.problems) sheet.row('warning', [settingsProblemText(problem, lang)]);
  sheet.blank();

  // Breakdown by kind, by month (with the cumulative line against the target) and by quarter.
  sheet.row('section', [say('summary.byKind')]);
  const kindHeader = sheet.row('tableHeader', [say('summary.kind'), say('summary.missions')]);
  for (const kind of figures.byKind) sheet.row('body', [kind.label, kind.count]);
  const kindTable: GridRange = {
    row: kindHeader,
    column: 1,
    numRows: figures.byKind.length + 1,
    numColumns: 2,
  };
  sheet.blank();

  sheet.row('section', [say('summary.byMonth')]);
  const monthHeader = sheet.row('tableHeader', [
    say('summary.month'),
    say('summary.missions'),
    say('summary.cumulative'),
    say('summary.targetLine'),
  ]);
  for (const month of figures.byMonth)
    sheet.row('body', [month.label, month.count, month.cumulative, definition.target]);
  const monthTable: GridRange = { row: monthHeader, column: 1, numRows: 13, numColumns: 4 };
  sheet.blank();

  sheet.row('section', [say('summary.quarters')]);
  sheet.row('tableHeader', [say('summary.quarterHeader'), say('summary.missions')]);
  figures.quarters.forEach((count, q) => {
    // Q1 is October to December: month indexes 9, 10, 11; Q2 January to March; and so on.
    const months = `${monthShort((9 + q * 3) % 12, lang)}–${monthShort((11 + q * 3) % 12, lang)}`;
    sheet.row('body', [say('summary.quarter', { n: q + 1, months }), count]);
  });
  sheet.blank();

  // Policy Tracking: the BMA system's month columns (ต.ค.67 … ก.ย.68), cumulative, ready to copy.
  sheet.row('section', [say('summary.policyTracking')]);
  sheet.row('tableHeader', [
    '',
    ...fiscalMonths(fiscalYear).map(({ year, month }) => policyTrackingMonth(year, month)),
  ]);
  sheet.row('body', [say('summary.cumulative'), ...figures.byMonth.map((m) => m.cumulative)]);
  sheet.blank();

  // The counted missions and the rows that do not count, with the reason.
  sheet.row('section', [say('summary.counted', { count: result.count })]);
  sheet.row('tableHeader', [
    say('summary.col.title'),
    say('summary.col.date'),
    say('summary.kind'),
    say('summary.col.counterpart'),
    say('summary.col.evidence'),
    say('summary.col.steps'),
    say('summary.col.verified'),
    say('summary.col.row'),
  ]);
  if (result.counted.length === 0) sheet.row('muted', [say('summary.none')]);
  for (const { row, mission } of result.counted) {
    sheet.row('body', [
      mission.title,
      formatThaiDate(mission.date),
      mission.kind ? kindLabel(mission.kind, lang) : mission.kindText,
      mission.counterpart,
      mission.evidence,
      `${mission.steps.filter(Boolean).length}/5`,
      mission.verified ? '✓' : '–',
      row,
    ]);
  }
  sheet.blank();

  const notCounted = result.notCounted.filter((n) => n.reason.code !== 'blank');
  sheet.row('section', [say('summary.notCounted', { count: notCounted.length })]);
  sheet.row('tableHeader', [say('summary.col.title'), say('summary.col.row'), say('summary.col.reason')]);
  if (notCounted.length === 0) sheet.row('muted', [say('summary.none')]);
  for (const { row, title, reason } of notCounted) {
    sheet.row('body', [title, row, reasonText(reason, lang, fiscalYear)]);
  }
  sheet.blank();

  // Sign-off.
  sheet.row('section', [say('summary.signOff')]);
  sheet.row('body', [say('summary.coordinator'), definition.coordinator, say('summary.signature')]);
  sheet.row('body', [say('summary.signatory'), definition.signatory, say('summary.signature')]);

  const charts: SummaryChart[] = [
    // Side by side right of the tables (which use columns A to D), at the top of the breakdown.
    {
      kind: 'byKind',
      title: say('summary.chartByKind'),
      range: kindTable,
      anchor: { row: kindHeader - 1, column: 6, offsetX: 0 },
    },
    {
      kind: 'byMonth',
      title: say('summary.chartByMonth'),
      range: monthTable,
      anchor: { row: kindHeader - 1, column: 6, offsetX: 620 },
    },
  ];
  return {
    ...sheet.build(),
    // A holds labels and titles; B to E the list's date, kind, counterpart and evidence; the rest are narrow so
    // the twelve Policy Tracking months fit one screen.
    columnWidths: [
      { column: 1, count: 1, width: 300 },
      { column: 2, count: 4, width: 150 },
      { column: 6, count: SUMMARY_WIDTH - 5, width: 80 },
    ],
    charts,
    figures,
    countCell,
    pointsCell: a1(pointsRow, 2),
  };
}

function monthShort(monthIndex: number, lang: Lang): string {
  const month = THAI_MONTHS[monthIndex]!;
  return lang === 'th' ? month.short : month.en;
}

/** Collects rows and their look; every row is padded to SUMMARY_WIDTH so one batch writes the block. */
class GridBuilder {
  private readonly rows: { cells: SummaryCell[]; style: RowStyle; format: string }[] = [];
  private readonly overrides: {
    row: number;
    column: number;
    size?: number;
    bold?: boolean;
    background?: string;
  }[] = [];

  /** Adds a row and returns its sheet row number (1-based). */
  row(style: RowStyle, cells: SummaryCell[], numberFormat = '0'): number {
    this.rows.push({
      cells: [...cells, ...new Array(SUMMARY_WIDTH - cells.length).fill('')],
      style,
      format: numberFormat,
    });
    return this.rows.length;
  }

  blank(): void {
    this.row('body', []);
  }

  style(row: number, column: number, look: { size?: number; bold?: boolean; background?: string }): void {
    this.overrides.push({ row, column, ...look });
  }

  build() {
    const look = (style: RowStyle) => ({
      bold: style === 'title' || style === 'section' || style === 'tableHeader',
      size: style === 'title' ? 16 : style === 'section' ? 12 : style === 'muted' ? 9 : 10,
      color:
        style === 'title'
          ? COLORS.title
          : style === 'muted'
            ? COLORS.muted
            : style === 'warning'
              ? COLORS.warning
              : COLORS.text,
      background:
        style === 'section' ? COLORS.section : style === 'tableHeader' ? COLORS.tableHeader : COLORS.white,
    });
    const layout = {
      values: this.rows.map((r) => r.cells),
      fontWeights: this.rows.map((r) =>
        r.cells.map(() => (look(r.style).bold ? 'bold' : 'normal') as 'bold' | 'normal'),
      ),
      fontSizes: this.rows.map((r) => r.cells.map(() => look(r.style).size)),
      fontColors: this.rows.map((r) => r.cells.map(() => look(r.style).color as string)),
      backgrounds: this.rows.map((r) => r.cells.map(() => look(r.style).background as string)),
      numberFormats: this.rows.map((r) => r.cells.map(() => r.format)),
    };
    for (const o of this.overrides) {
      const [r, c] = [o.row - 1, o.column - 1];
      if (o.size !== undefined) layout.fontSizes[r]![c] = o.size;
      if (o.bold !== undefined) layout.fontWeights[r]![c] = o.bold ? 'bold' : 'normal';
      if (o.background !== undefined) layout.backgrounds[r]![c] = o.background;
    }
    return layout;
  }
}
