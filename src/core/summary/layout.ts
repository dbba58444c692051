// The summary tab laid out once (docs/summary.md): labels, the live formulas that fill it, its look, its charts.

import { monthName } from '../dates/thaiDate';
import type { Lang, MessageParams } from '../i18n/i18n';
import { summaryMessage as message, type SummaryKey } from '../i18n/summaryMessages';
import { a1, columnLetters } from '../log/a1';
import type { Status } from './figures';
import { LIST_ROW_COLUMN, LIST_WIDTH } from './tables';

/** A cell as the writer puts it in the sheet: a label (kept as text) or a formula. */
export type LayoutCell = string | number | { readonly formula: string };

export interface GridRange {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export interface SummaryChart {
  readonly kind: 'byKind' | 'byMonth';
  readonly title: string;
  /** The table the chart reads: the cells a summary function spills into, header row included. */
  readonly range: GridRange;
  /** Where the chart's top-left corner sits: a cell, and a shift right and down in pixels. */
  readonly anchor: {
    readonly row: number;
    readonly column: number;
    readonly offsetX: number;
    readonly offsetY: number;
  };
  /** Its size in pixels. */
  readonly width: number;
  readonly height: number;
}

/**
 * The two charts, one above the other right of the tables, from the KPI block down: with column A at 280 px
 * and B to E at 130, both sit beside the figures on a 1440 px screen (the grid's 46 px row numbers, 800 px of
 * columns and a 500 px chart leave room for Sheets' side panel and scroll bar).
 */
const CHART_WIDTH = 500;
const CHART_HEIGHTS = { byMonth: 290, byKind: 240 } as const;
const CHART_GAP = 12;

/** A conditional format: text equal to a value, or a formula true for the cell (relative to the range's top-left). */
export interface ConditionalLook {
  readonly when: { readonly textEqualTo: string } | { readonly formula: string };
  readonly range: GridRange;
  readonly background?: string;
  readonly bold?: boolean;
  readonly fontColor?: string;
}

export interface SummaryLayout {
  readonly lang: Lang;
  readonly values: LayoutCell[][];
  readonly fontWeights: ('bold' | 'normal')[][];
  readonly fontSizes: number[][];
  readonly fontColors: string[][];
  readonly backgrounds: string[][];
  readonly numberFormats: string[][];
  readonly columnWidths: readonly { column: number; count: number; width: number }[];
  readonly conditionalLooks: readonly ConditionalLook[];
  readonly charts: readonly SummaryChart[];
  /** How many rows the tab needs: the laid-out rows and room for the mission lists to spill into. */
  readonly rows: number;
  /** Cells a reader or a test may look for. */
  readonly cells: {
    readonly asOf: string;
    readonly count: string;
    readonly points: string;
    readonly status: string;
    readonly lists: string;
  };
}

export interface LayoutInput {
  readonly lang: Lang;
  /** The mission-log range the formulas read, A1 with its sheet, header row first (e.g. `'ภารกิจ'!A1:U`). */
  readonly logRange: string;
  /** The Settings tab's label and value columns, A1 with its sheet (e.g. `'ตั้งค่า'!A1:B`). */
  readonly settingsRange: string;
  /** When it was built, already written for a reader (e.g. `24 พ.ย. 2569 09:15`). */
  readonly generatedAt: string;
  readonly generatedBy: string;
  /** The most rows the mission lists may need (the log's rows, with room to grow). */
  readonly listCapacity: number;
  /** What the build found wrong in the spreadsheet (a second mission log), said under the title as of the build. */
  readonly notes?: readonly string[];
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
  status: { achieved: '#c8e6c9', onTrack: '#fff3c4', behind: '#f8d7da' } satisfies Record<Status, string>,
} as const;

function rangeA1(range: GridRange): string {
  return `${a1(range.row, range.column)}:${a1(range.row + range.numRows - 1, range.column + range.numColumns - 1)}`;
}

type RowStyle = 'title' | 'subtitle' | 'muted' | 'section' | 'tableHeader' | 'body' | 'warning';

/**
 * The whole tab, top to bottom. Only labels are written as values; every figure, table and list is a formula:
 * the add-on's summary functions (one table per call, each reading the log and Settings ranges and the as-of
 * cell) and built-in formulas over the tables they spill. The as-of cell holds TODAY(), so the figures move on
 * with the calendar; a person may type another day there to see the figures as of that day.
 */
export function summaryLayout(input: LayoutInput): SummaryLayout {
  const { lang } = input;
  const say = (key: SummaryKey, params?: MessageParams) => message(lang, key, params);
  const sheet = new GridBuilder();
  const text = `"${lang}"`;
  const asOf = '$B$5';
  const call = (fn: string, ...args: string[]) => ({ formula: `=${fn}(${args.join(', ')})` });
  const withLog = (fn: string) => call(fn, input.logRange, input.settingsRange, asOf, text);

  // Title (a spill of four rows: KR name, host unit, fiscal year with the as-of day, Settings problems).
  sheet.row('title', [call('KR_TITLE', input.settingsRange, asOf, text)]);
  sheet.row('subtitle', []);
  sheet.row('subtitle', []);
  sheet.row('warning', []);
  const asOfRow = sheet.row('body', [
    say('summary.asOfLabel'),
    { formula: '=TODAY()' },
    say('summary.asOfHint'),
  ]);
  // The month by name, as in the log; the year is C.E. (no number format writes B.E.) and the title says B.E.
  sheet.style(asOfRow, 2, { bold: true, format: 'd mmm yyyy' });
  sheet.style(asOfRow, 3, { color: COLORS.muted, size: 9 });
  sheet.row('muted', [
    say('summary.generated', { when: input.generatedAt, who: input.generatedBy || say('summary.someone') }),
  ]);
  sheet.row('warning', [(input.notes ?? []).join(' · ')]);

  // KPI block: labels, then one spill of six rows of (value, what it means) beside them.
  const kpiSection = sheet.row('section', [say('summary.kpi')]);
  const countRow = sheet.row('body', [say('summary.count'), withLog('KR_RESULT')]);
  const pointsRow = sheet.row('body', [say('summary.points')]);
  sheet.row('body', [say('summary.nextLevel')]);
  const expectedRow = sheet.row('body', [say('summary.expected')]);
  const projectedRow = sheet.row('body', [say('summary.projected')]);
  const statusRow = sheet.row('body', [say('summary.status')]);
  sheet.style(countRow, 2, { size: 20, bold: true });
  sheet.style(pointsRow, 2, { size: 20, bold: true, format: 'General' });
  // Whole missions (KR_RESULT rounds them so the status agrees); General also shows a target's tenths.
  sheet.style(expectedRow, 2, { format: 'General' });
  sheet.style(projectedRow, 2, { format: 'General' });
  sheet.style(statusRow, 2, { bold: true });
  sheet.row('muted', [say('summary.live')]);
  sheet.blank();

  // By kind and by month (each a spilled table with its header), charts beside them; quarters and the
  // Policy Tracking block are built-in formulas over the month table.
  sheet.row('section', [say('summary.byKind')]);
  const kindTable = sheet.table(withLog('KR_BY_KIND'), 9, 2);
  sheet.blank();
  sheet.row('section', [say('summary.byMonth')]);
  const monthTable = sheet.table(withLog('KR_BY_MONTH'), 13, 5);
  const monthRow = (i: number) => monthTable.row + 1 + i; // October is month 0
  sheet.blank();

  sheet.row('section', [say('summary.quarters')]);
  sheet.row('tableHeader', [say('summary.quarterHeader'), say('summary.missions')]);
  for (let q = 0; q < 4; q++) {
    // Q1 is October to December: calendar months 10 to 12; Q2 January to March; and so on.
    const months = `${monthName(((9 + q * 3) % 12) + 1, lang)}–${monthName(((11 + q * 3) % 12) + 1, lang)}`;
    const block = `B${monthRow(q * 3)}:B${monthRow(q * 3 + 2)}`;
    // Blank until the quarter has begun, as the months are.
    sheet.row('body', [
      say('summary.quarter', { n: q + 1, months }),
      { formula: `=IF(COUNT(${block})=0, "", SUM(${block}))` },
    ]);
  }
  sheet.blank();

  sheet.row('section', [say('summary.policyTracking')]);
  const months = Array.from({ length: 12 }, (_, i) => i);
  sheet.row('tableHeader', ['', ...months.map((i) => ({ formula: `=A${monthRow(i)}` }))]);
  sheet.row('body', [
    say('summary.cumulative'),
    ...months.map((i) => ({ formula: `=IF(C${monthRow(i)}="", "", C${monthRow(i)})` })),
  ]);
  sheet.blank();

  sheet.row('section', [say('summary.signOff')]);
  sheet.row('body', [
    say('summary.coordinator'),
    call('KR_SIGN_OFF', input.settingsRange, text),
    say('summary.signature'),
  ]);
  sheet.row('body', [say('summary.signatory'), '', say('summary.signature')]);
  sheet.blank();

  // The counted missions and the rows that do not count: one spill that grows with the log, so it comes last.
  const listRow = sheet.row('body', [withLog('KR_MISSIONS')]);
  const lists: GridRange = { row: listRow, column: 1, numRows: input.listCapacity, numColumns: LIST_WIDTH };
  const rowColumn = columnLetters(LIST_ROW_COLUMN);
  const statusCell: GridRange = { row: statusRow, column: 2, numRows: 1, numColumns: 1 };
  const statuses: Status[] = ['achieved', 'onTrack', 'behind'];
  const conditionalLooks: ConditionalLook[] = [
    ...statuses.map((status) => ({
      when: { textEqualTo: say(`summary.status.${status}`) },
      range: statusCell,
      background: COLORS.status[status],
    })),
    // A list's heading: text in the first cell and no row number. A header row: the row column's own title.
    {
      when: { formula: `=AND($A${listRow}<>"", $${rowColumn}${listRow}="")` },
      range: lists,
      background: COLORS.section,
      bold: true,
    },
    {
      when: { formula: `=$${rowColumn}${listRow}="${say('summary.col.row')}"` },
      range: lists,
      background: COLORS.tableHeader,
      bold: true,
    },
  ];

  // Right of the tables (columns A to E), from the KPI block down: the month against where the office should
  // be by now first, the kinds under it.
  const chartAt = (offsetY: number) => ({ row: kpiSection, column: 6, offsetX: 12, offsetY });
  const charts: SummaryChart[] = [
    {
      kind: 'byKind',
      title: say('summary.chartByKind'),
      range: kindTable,
      anchor: chartAt(CHART_HEIGHTS.byMonth + CHART_GAP),
      width: CHART_WIDTH,
      height: CHART_HEIGHTS.byKind,
    },
    {
      kind: 'byMonth',
      title: say('summary.chartByMonth'),
      range: monthTable,
      anchor: chartAt(0),
      width: CHART_WIDTH,
      height: CHART_HEIGHTS.byMonth,
    },
  ];
  const built = sheet.build();
  return {
    lang,
    ...built,
    // A holds labels and titles; B to E the lists' date, kind, counterpart and evidence; the rest are narrow
    // so the twelve Policy Tracking months fit one screen.
    columnWidths: [
      { column: 1, count: 1, width: 280 },
      { column: 2, count: 4, width: 130 },
      { column: 6, count: SUMMARY_WIDTH - 5, width: 80 },
    ],
    conditionalLooks,
    charts,
    rows: listRow - 1 + input.listCapacity,
    cells: {
      asOf: a1(asOfRow, 2),
      count: a1(countRow, 2),
      points: a1(pointsRow, 2),
      status: a1(statusRow, 2),
      lists: rangeA1(lists),
    },
  };
}

/** Collects rows and their look; every row is padded to SUMMARY_WIDTH so one batch writes the block. */
class GridBuilder {
  private readonly rows: { cells: LayoutCell[]; style: RowStyle }[] = [];
  private readonly overrides: { row: number; column: number; look: CellLook }[] = [];

  /** Adds a row and returns its sheet row number (1-based). */
  row(style: RowStyle, cells: LayoutCell[]): number {
    this.rows.push({ cells: [...cells, ...new Array(SUMMARY_WIDTH - cells.length).fill('')], style });
    return this.rows.length;
  }

  blank(): void {
    this.row('body', []);
  }

  /** A table a formula spills: its first row is a header; the rows below are left empty for the spill. */
  table(formula: LayoutCell, numRows: number, numColumns: number): GridRange {
    const row = this.row('tableHeader', [formula]);
    for (let i = 1; i < numRows; i++) this.row('body', []);
    for (let c = numColumns + 1; c <= SUMMARY_WIDTH; c++) this.style(row, c, { background: COLORS.white });
    return { row, column: 1, numRows, numColumns };
  }

  style(row: number, column: number, look: CellLook): void {
    this.overrides.push({ row, column, look });
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
    const each = <T>(pick: (style: RowStyle) => T) => this.rows.map((r) => r.cells.map(() => pick(r.style)));
    const layout = {
      values: this.rows.map((r) => r.cells),
      fontWeights: each((style) => (look(style).bold ? 'bold' : 'normal') as 'bold' | 'normal'),
      fontSizes: each((style) => look(style).size),
      fontColors: each((style) => look(style).color as string),
      backgrounds: each((style) => look(style).background as string),
      // Sheets' automatic format: whole counts read 7, points 4.5, text as it is.
      numberFormats: each(() => 'General'),
    };
    for (const { row, column, look: o } of this.overrides) {
      const [r, c] = [row - 1, column - 1];
      if (o.size !== undefined) layout.fontSizes[r]![c] = o.size;
      if (o.bold !== undefined) layout.fontWeights[r]![c] = o.bold ? 'bold' : 'normal';
      if (o.background !== undefined) layout.backgrounds[r]![c] = o.background;
      if (o.color !== undefined) layout.fontColors[r]![c] = o.color;
      if (o.format !== undefined) layout.numberFormats[r]![c] = o.format;
    }
    return layout;
  }
}

interface CellLook {
  size?: number;
  bold?: boolean;
  background?: string;
  color?: string;
  format?: string;
}
