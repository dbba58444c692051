// The preview's pure half: a sheet of the emulator's model → the grid the page draws, and charts → inline SVG.
// Cell text stays data (the page sets it with textContent); the only markup made here is SVG, every text escaped.

import { escapeHtml } from '../../src/core/i18n/html';
import { columnLetters } from '../../src/core/log/a1';
import type { ChartModel, ConditionalFormat, SheetModel, Style } from '../emulator/model';
import { DEFAULT_COLUMN_WIDTH } from '../emulator/model';

/** At most this many rows are drawn; a longer sheet gets a note. */
export const ROW_LIMIT = 500;
/** Empty rows drawn below the last row with content, as a spreadsheet window shows some. */
const SPARE_ROWS = 30;
const MIN_ROWS = 40;
const COLUMN_LIMIT = 60;
export const DEFAULT_CHART = { width: 600, height: 371 }; // Sheets' default embedded chart size

/** The few looks a cell may carry; absent members are the sheet's defaults. */
export interface CellLook {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  color?: string;
  background?: string;
  align?: 'left' | 'center' | 'right';
  verticalAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  line?: 'underline' | 'line-through';
  fontFamily?: string;
}

export interface GridCell {
  /** What the user sees in the cell (getDisplayValues). */
  text: string;
  look?: CellLook;
  /** A checkbox cell: whether it is ticked. */
  checked?: boolean;
  /** The formula as written, for the formula bar. */
  formula?: string;
  /** The message of an error value (#ERROR!, #REF!, …), shown as the cell's title. */
  error?: string;
  note?: string;
  rowSpan?: number;
  colSpan?: number;
  /** Covered by a merge: not drawn. */
  covered?: boolean;
}

export interface ChartView {
  chartId: number;
  type: string;
  /** 1-based anchor cell and the shift in pixels, as EmbeddedChartBuilder.setPosition records them. */
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
  svg: string;
}

export interface GridModel {
  sheetId: number;
  name: string;
  /** Rows and columns drawn. */
  rows: number;
  columns: number;
  /** Last row with content (1-based; 0 when empty) and the sheet's size. */
  lastRow: number;
  maxRows: number;
  maxColumns: number;
  /** More rows hold content than are drawn. */
  truncated: boolean;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: number[];
  rowHeights: (number | null)[];
  cells: GridCell[][];
  charts: ChartView[];
}

/** What the grid needs from the spreadsheet besides the model: values as the API reads them. */
export interface CellReader {
  /** getDisplayValues of rows 1…numRows, columns 1…numColumns. */
  displayValues(numRows: number, numColumns: number): string[][];
  /** getValues of the same block (types only: numbers and dates align right, booleans centre). */
  values(numRows: number, numColumns: number): unknown[][];
  /** The message of the error in a formula cell (0-based), or null. */
  error(row: number, column: number): string | null;
  /** getValues and getDisplayValues of a chart's range. */
  chartRange(chart: ChartModel, index: number): { values: unknown[][]; display: string[][] } | undefined;
  /** The last row with content as Sheets counts it (spilled arrays included); the model's when left out. */
  lastRow?(): number;
  /** The look conditional formatting gives a cell (0-based), drawn over its own. */
  conditionalLook?(row: number, column: number): ConditionalFormat | undefined;
}

/** How many rows and columns to draw for a sheet. */
export function gridSize(
  sheet: SheetModel,
  limit = ROW_LIMIT,
  lastRow = sheet.lastRow(),
): { rows: number; columns: number } {
  const wanted = Math.max(MIN_ROWS, lastRow + SPARE_ROWS, sheet.frozenRows);
  return {
    rows: Math.max(0, Math.min(sheet.maxRows, wanted, limit)),
    columns: Math.max(0, Math.min(sheet.maxColumns, COLUMN_LIMIT)),
  };
}

const COLOR = /^(#[0-9a-f]{3,8}|[a-z]{3,20}|rgba?\([\d\s.,%]+\))$/i;

/** A CSS colour from the model, or undefined when it is not one (never passed through unchecked). */
export function safeColor(value: unknown): string | undefined {
  return typeof value === 'string' && COLOR.test(value.trim()) ? value.trim() : undefined;
}

function lookOf(style: Style | undefined, value: unknown, checkbox: boolean): CellLook | undefined {
  const look: CellLook = {};
  if (style?.fontWeight === 'bold') look.bold = true;
  if (style?.fontStyle === 'italic') look.italic = true;
  if (typeof style?.fontSize === 'number' && style.fontSize > 0 && style.fontSize !== 10) {
    look.fontSize = style.fontSize;
  }
  const color = safeColor(style?.fontColor);
  if (color && color.toLowerCase() !== '#000000') look.color = color;
  const background = safeColor(style?.background);
  if (background && background.toLowerCase() !== '#ffffff') look.background = background;
  const align = style?.horizontalAlignment?.toLowerCase().replace(/^general-/, '');
  if (align === 'left' || align === 'center' || align === 'right') look.align = align;
  else if (checkbox || typeof value === 'boolean') look.align = 'center';
  else if (typeof value === 'number' || isDate(value)) look.align = 'right';
  const vertical = style?.verticalAlignment?.toLowerCase();
  if (vertical === 'top' || vertical === 'middle' || vertical === 'bottom') look.verticalAlign = vertical;
  if (style?.wrap) look.wrap = true;
  if (style?.fontLine === 'underline' || style?.fontLine === 'line-through') look.line = style.fontLine;
  if (style?.fontFamily && /^[\w -]+$/.test(style.fontFamily)) look.fontFamily = style.fontFamily;
  return Object.keys(look).length > 0 ? look : undefined;
}

/** A cell's own style with what a conditional format sets drawn over it. */
function withConditional(
  style: Style | undefined,
  conditional: ConditionalFormat | undefined,
): Style | undefined {
  if (!conditional) return style;
  const next: Style = { ...style };
  if (conditional.background) next.background = conditional.background;
  if (conditional.fontColor) next.fontColor = conditional.fontColor;
  if (conditional.bold !== undefined) next.fontWeight = conditional.bold ? 'bold' : 'normal';
  if (conditional.italic !== undefined) next.fontStyle = conditional.italic ? 'italic' : 'normal';
  if (conditional.strikethrough) next.fontLine = 'line-through';
  else if (conditional.underline) next.fontLine = 'underline';
  return next;
}

/** A Date from any realm (the bundle's Dates are not this realm's). */
function isDate(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** The grid of one sheet: text as shown, looks, checkboxes, errors, merges, widths and charts. */
export function sheetGrid(sheet: SheetModel, read: CellReader, limit = ROW_LIMIT): GridModel {
  const lastRow = read.lastRow?.() ?? sheet.lastRow();
  const { rows, columns } = gridSize(sheet, limit, lastRow);
  const display = rows > 0 && columns > 0 ? read.displayValues(rows, columns) : [];
  const values = rows > 0 && columns > 0 ? read.values(rows, columns) : [];
  const cells: GridCell[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: GridCell[] = [];
    for (let c = 0; c < columns; c++) {
      const text = display[r]?.[c] ?? '';
      const value = values[r]?.[c];
      const cell: GridCell = { text };
      const checkbox = sheet.validations.get(r, c)?.criteria === 'CHECKBOX';
      if (checkbox) cell.checked = value === true || /^true$/i.test(text);
      const look = lookOf(
        withConditional(sheet.styles.get(r, c), read.conditionalLook?.(r, c)),
        value,
        checkbox,
      );
      if (look) cell.look = look;
      const formula = sheet.formulas.get(r, c);
      if (formula !== undefined) {
        cell.formula = formula;
        if (text.startsWith('#')) {
          const message = read.error(r, c);
          if (message) cell.error = message;
        }
      }
      const note = sheet.notes.get(r, c);
      if (note) cell.note = note;
      line.push(cell);
    }
    cells.push(line);
  }
  for (const merge of sheet.merges) {
    const head = cells[merge.row]?.[merge.column];
    if (!head) continue;
    const rowSpan = Math.min(merge.numRows, rows - merge.row);
    const colSpan = Math.min(merge.numColumns, columns - merge.column);
    if (rowSpan > 1) head.rowSpan = rowSpan;
    if (colSpan > 1) head.colSpan = colSpan;
    for (let r = merge.row; r < merge.row + rowSpan; r++) {
      for (let c = merge.column; c < merge.column + colSpan; c++) {
        if (r === merge.row && c === merge.column) continue;
        const covered = cells[r]?.[c];
        if (covered) covered.covered = true;
      }
    }
  }
  return {
    sheetId: sheet.sheetId,
    name: sheet.name,
    rows,
    columns,
    lastRow,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    truncated: lastRow > rows,
    frozenRows: Math.min(sheet.frozenRows, rows),
    frozenColumns: Math.min(sheet.frozenColumns, columns),
    columnWidths: Array.from(
      { length: columns },
      (_, c) => sheet.columnWidths.get(c + 1) ?? DEFAULT_COLUMN_WIDTH,
    ),
    rowHeights: Array.from({ length: rows }, (_, r) => sheet.rowHeights.get(r + 1) ?? null),
    cells,
    charts: sheet.charts.map((chart) => chartView(chart, read.chartRange(chart, 0))),
  };
}

// -----------------------------------------------------------------------------------------------------------
// Charts.

export interface ChartSeries {
  name: string;
  /** null for an empty cell: a line breaks there, as Google's charts do unless interpolateNulls is set. */
  values: (number | null)[];
  kind: 'bars' | 'line';
  /** A line's dashes and gaps in pixels (the lineDashStyle series option); none for a solid line. */
  dash?: number[];
}

/** A chart's data and looks, read from its model and its range's values. */
export interface ChartData {
  type: string;
  title: string;
  categoryTitle: string;
  valueTitle: string;
  categories: string[];
  series: ChartSeries[];
  width: number;
  height: number;
  colors: string[];
  legend: 'bottom' | 'none';
}

/** Google's chart palette, so the preview's charts look like the ones in Sheets. */
export const PALETTE = [
  '#4285f4',
  '#db4437',
  '#f4b400',
  '#0f9d58',
  '#ab47bc',
  '#00acc1',
  '#ff7043',
  '#9e9d24',
];

function numberOf(value: unknown): number | null {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return 0;
}

function option<T>(
  options: Record<string, unknown>,
  key: string,
  check: (v: unknown) => v is T,
): T | undefined {
  const value = options[key];
  return check(value) ? value : undefined;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Reads a chart as Sheets does by default: the first column holds the categories, each further column a series;
 * the header row (numHeaders, or a first row of text above numbers) names them.
 */
export function chartData(chart: ChartModel, values: unknown[][], display: string[][] = []): ChartData {
  const options = chart.options;
  const width = option(options, 'width', isNumber) ?? DEFAULT_CHART.width;
  const height = option(options, 'height', isNumber) ?? DEFAULT_CHART.height;
  const text = (r: number, c: number) => display[r]?.[c] ?? String(values[r]?.[c] ?? '');
  const columns = Math.max(0, ...values.map((row) => row.length));
  const declared = option(options, 'numHeaders', isNumber);
  const firstRow = values[0] ?? [];
  const looksLikeHeader =
    values.length > 1 &&
    firstRow.slice(1).some((v) => typeof v === 'string' && v.trim() !== '' && !Number.isFinite(Number(v)));
  const headers = declared !== undefined && declared >= 0 ? Math.min(declared, 1) : looksLikeHeader ? 1 : 0;
  const body = values.slice(headers);
  const seriesOptions = (options['series'] ?? {}) as Record<
    string,
    { type?: unknown; lineDashStyle?: unknown } | undefined
  >;
  const baseKind =
    chart.type === 'LINE' || chart.type === 'AREA'
      ? 'line'
      : chart.type === 'COMBO'
        ? option(options, 'seriesType', isString) === 'line'
          ? 'line'
          : 'bars'
        : 'bars';
  const series: ChartSeries[] = [];
  for (let c = 1; c < columns; c++) {
    const own = seriesOptions[String(c - 1)]?.type;
    const kind = chart.type === 'COMBO' && (own === 'line' || own === 'bars') ? own : baseKind;
    const dash = seriesOptions[String(c - 1)]?.lineDashStyle;
    series.push({
      name: headers ? text(0, c) : `${columnLetters(c + 1)}`,
      values: body.map((row) => numberOf(row[c])),
      kind,
      ...(Array.isArray(dash) && dash.every(isNumber) ? { dash } : {}),
    });
  }
  const colors = (Array.isArray(options['colors']) ? options['colors'] : [])
    .map(safeColor)
    .filter((c): c is string => c !== undefined);
  return {
    type: chart.type,
    title: option(options, 'title', isString) ?? '',
    categoryTitle: option(options, 'hAxis.title', isString) ?? (headers ? text(0, 0) : ''),
    valueTitle:
      option(options, 'vAxis.title', isString) ?? (series.length === 1 ? (series[0]?.name ?? '') : ''),
    categories: body.map((_, r) => text(r + headers, 0)),
    series,
    width,
    height,
    colors: colors.length > 0 ? colors : PALETTE,
    legend: option(options, 'legend.position', isString) === 'none' ? 'none' : 'bottom',
  };
}

function chartView(
  chart: ChartModel,
  range: { values: unknown[][]; display: string[][] } | undefined,
): ChartView {
  const data = chartData(chart, range?.values ?? [], range?.display ?? []);
  return {
    chartId: chart.chartId,
    type: chart.type,
    anchorRow: chart.position.anchorRow,
    anchorColumn: chart.position.anchorColumn,
    offsetX: chart.position.offsetX,
    offsetY: chart.position.offsetY,
    width: data.width,
    height: data.height,
    svg: chartSvg(data),
  };
}

/** Text for SVG/XML: the five characters that could end text or an attribute become entities. */
export function escapeXml(value: unknown): string {
  return escapeHtml(String(value));
}

/** A rough width of text in pixels (Thai tone marks and vowels above or below take no width). */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) {
    if (/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/.test(ch)) continue;
    units += /[\u0E00-\u0E7F]/.test(ch) ? 0.55 : /[A-Z0-9]/.test(ch) ? 0.62 : 0.52;
  }
  return units * fontSize;
}

/** Cuts text to fit a width, with an ellipsis. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(chars.join('') + '…', fontSize) > maxWidth) chars.pop();
  return chars.join('') + '…';
}

/** Round tick steps (1, 2, 5 × 10^n) for a value axis running from 0 to at least `max`. */
export function niceTicks(max: number, count = 5): number[] {
  const top = Math.max(max, 1);
  const raw = top / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const wholeStep = Math.max(step, Number.isInteger(top) && top <= count ? 1 : step);
  const ticks: number[] = [];
  for (let t = 0; t < top + wholeStep / 2 && ticks.length < 50; t += wholeStep) ticks.push(round(t));
  if ((ticks.at(-1) ?? 0) < top) ticks.push(round((ticks.at(-1) ?? 0) + wholeStep));
  return ticks;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

const FONT = 'font-family="Sarabun, Garuda, Loma, Arial, sans-serif"';

interface Svg {
  parts: string[];
}

function text(
  svg: Svg,
  x: number,
  y: number,
  content: string,
  attrs: Record<string, string | number> = {},
  full?: string,
): void {
  const list = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  const tip = full !== undefined && full !== content ? `<title>${escapeXml(full)}</title>` : '';
  svg.parts.push(`<text x="${fmt(x)}" y="${fmt(y)}"${list}>${tip}${escapeXml(content)}</text>`);
}

function rect(svg: Svg, x: number, y: number, w: number, h: number, fill: string, tip?: string): void {
  const title = tip ? `<title>${escapeXml(tip)}</title>` : '';
  svg.parts.push(
    `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(Math.max(0, w))}" height="${fmt(Math.max(0, h))}" fill="${escapeXml(fill)}">${title}</rect>`,
  );
}

function line(svg: Svg, x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1): void {
  svg.parts.push(
    `<line x1="${fmt(x1)}" y1="${fmt(y1)}" x2="${fmt(x2)}" y2="${fmt(y2)}" stroke="${escapeXml(stroke)}" stroke-width="${width}"/>`,
  );
}

/** An SVG drawing of a chart: BAR (horizontal bars), COLUMN/LINE/AREA/COMBO (columns and lines), PIE. */
export function chartSvg(data: ChartData): string {
  const svg: Svg = { parts: [] };
  const { width, height } = data;
  svg.parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="kr-chart" role="img" width="${fmt(width)}" height="${fmt(height)}" viewBox="0 0 ${fmt(width)} ${fmt(height)}" ${FONT} font-size="12">`,
  );
  svg.parts.push(`<title>${escapeXml(data.title || data.type)}</title>`);
  rect(svg, 0, 0, width, height, '#ffffff');
  svg.parts.push(
    `<rect x="0.5" y="0.5" width="${fmt(width - 1)}" height="${fmt(height - 1)}" fill="none" stroke="#dadce0"/>`,
  );
  if (data.title) {
    text(
      svg,
      16,
      26,
      fitText(data.title, width - 32, 15),
      { 'font-size': 15, 'font-weight': 'bold', fill: '#202124' },
      data.title,
    );
  }
  const legendHeight = data.legend === 'none' || data.series.length === 0 ? 0 : 28;
  const area = { top: data.title ? 44 : 16, bottom: height - legendHeight - 8, left: 16, right: width - 16 };
  if (data.categories.length === 0 || data.series.length === 0) {
    text(svg, width / 2, height / 2, 'No data', { 'text-anchor': 'middle', fill: '#5f6368' });
  } else if (data.type === 'PIE') {
    pie(svg, data, area);
  } else if (data.type === 'BAR') {
    bars(svg, data, area);
  } else if (['COLUMN', 'LINE', 'AREA', 'COMBO'].includes(data.type)) {
    columns(svg, data, area);
  } else {
    text(svg, width / 2, height / 2, `${data.type} chart`, { 'text-anchor': 'middle', fill: '#5f6368' });
  }
  if (legendHeight) legend(svg, data, height - legendHeight + 4);
  svg.parts.push('</svg>');
  return svg.parts.join('');
}

type Area = { top: number; bottom: number; left: number; right: number };

const color = (data: ChartData, i: number) => data.colors[i % data.colors.length] ?? '#4285f4';

function legend(svg: Svg, data: ChartData, y: number): void {
  const names = data.type === 'PIE' ? data.categories : data.series.map((s) => s.name);
  const items = names.map((name, i) => ({ name: fitText(name, 160, 12), full: name, i }));
  const total = items.reduce((sum, item) => sum + 22 + textWidth(item.name, 12) + 14, 0);
  let x = Math.max(16, (data.width - total) / 2);
  svg.parts.push('<g class="legend">');
  for (const item of items) {
    if (x > data.width - 40) break;
    const series = data.type === 'PIE' ? undefined : data.series[item.i];
    if (series?.kind === 'line') line(svg, x, y + 8, x + 16, y + 8, color(data, item.i), 3);
    else rect(svg, x + 2, y + 2, 12, 12, color(data, item.i));
    text(svg, x + 22, y + 13, item.name, { fill: '#3c4043' }, item.full);
    x += 22 + textWidth(item.name, 12) + 14;
  }
  svg.parts.push('</g>');
}

function valueMax(data: ChartData): number {
  return Math.max(0, ...data.series.flatMap((s) => s.values.map((v) => v ?? 0)));
}

/** Horizontal bars: categories down the left, values along the bottom (Sheets' BAR chart). */
function bars(svg: Svg, data: ChartData, area: Area): void {
  const labelWidth = Math.min(
    (area.right - area.left) * 0.45,
    Math.max(...data.categories.map((c) => textWidth(c, 12))) + 8,
  );
  const plot = {
    left: area.left + labelWidth + (data.categoryTitle ? 20 : 0),
    right: area.right - 8,
    top: area.top,
    bottom: area.bottom - 22 - (data.valueTitle ? 18 : 0),
  };
  const ticks = niceTicks(valueMax(data));
  const top = ticks.at(-1) ?? 1;
  const x = (v: number) => plot.left + ((plot.right - plot.left) * v) / top;
  for (const t of ticks) {
    line(svg, x(t), plot.top, x(t), plot.bottom, t === 0 ? '#5f6368' : '#e8eaed');
    text(svg, x(t), plot.bottom + 16, fmt(t), { 'text-anchor': 'middle', fill: '#5f6368', 'font-size': 11 });
  }
  const band = (plot.bottom - plot.top) / data.categories.length;
  const barHeight = (band * 0.7) / data.series.length;
  data.categories.forEach((category, i) => {
    const y0 = plot.top + band * i + band * 0.15;
    const label = fitText(category, labelWidth - 6, 12);
    text(
      svg,
      plot.left - 6,
      y0 + (band * 0.7) / 2 + 4,
      label,
      { 'text-anchor': 'end', fill: '#3c4043' },
      category,
    );
    data.series.forEach((series, s) => {
      const v = series.values[i] ?? 0;
      rect(
        svg,
        x(0),
        y0 + barHeight * s,
        x(v) - x(0),
        barHeight - 1,
        color(data, s),
        `${category}: ${fmt(v)}`,
      );
    });
  });
  if (data.valueTitle) axisTitleX(svg, plot, area.bottom - 4, data.valueTitle);
  if (data.categoryTitle)
    axisTitleY(svg, area.left + 4, (plot.top + plot.bottom) / 2, data.categoryTitle, plot.bottom - plot.top);
}

/** The title of the horizontal axis, centred under the plot. */
function axisTitleX(svg: Svg, plot: { left: number; right: number }, y: number, title: string): void {
  text(svg, (plot.left + plot.right) / 2, y, fitText(title, plot.right - plot.left, 12), {
    'text-anchor': 'middle',
    fill: '#3c4043',
    'font-style': 'italic',
  });
}

function axisTitleY(svg: Svg, x: number, y: number, title: string, room: number): void {
  text(svg, x + 8, y, fitText(title, room, 12), {
    'text-anchor': 'middle',
    fill: '#3c4043',
    'font-style': 'italic',
    transform: `rotate(-90 ${fmt(x + 8)} ${fmt(y)})`,
  });
}

/** Vertical columns and lines over categories along the bottom (COLUMN, LINE, AREA, COMBO). */
function columns(svg: Svg, data: ChartData, area: Area): void {
  const ticks = niceTicks(valueMax(data));
  const top = ticks.at(-1) ?? 1;
  const tickWidth = Math.max(...ticks.map((t) => textWidth(fmt(t), 11)));
  const plot = {
    left: area.left + tickWidth + 8 + (data.valueTitle ? 20 : 0),
    right: area.right - 8,
    top: area.top,
    bottom: area.bottom - 34 - (data.categoryTitle ? 18 : 0),
  };
  const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * v) / top;
  for (const t of ticks) {
    line(svg, plot.left, y(t), plot.right, y(t), t === 0 ? '#5f6368' : '#e8eaed');
    text(svg, plot.left - 6, y(t) + 4, fmt(t), { 'text-anchor': 'end', fill: '#5f6368', 'font-size': 11 });
  }
  const n = data.categories.length;
  const band = (plot.right - plot.left) / n;
  const barSeries = data.series.map((s, i) => ({ s, i })).filter(({ s }) => s.kind === 'bars');
  const barWidth = barSeries.length ? (band * 0.7) / barSeries.length : 0;
  const labelRoom = band - 2;
  data.categories.forEach((category, c) => {
    const x0 = plot.left + band * c;
    categoryLabel(svg, x0 + band / 2, plot.bottom + 16, category, labelRoom);
    barSeries.forEach(({ s, i }, b) => {
      const v = s.values[c] ?? 0;
      rect(
        svg,
        x0 + band * 0.15 + barWidth * b,
        y(v),
        barWidth - 1,
        y(0) - y(v),
        color(data, i),
        `${s.name} · ${category}: ${fmt(v)}`,
      );
    });
  });
  data.series.forEach((s, i) => {
    if (s.kind !== 'line') return;
    const dash = s.dash ? ` stroke-dasharray="${s.dash.map(fmt).join(' ')}"` : '';
    // One polyline for each run of cells with a value: an empty cell breaks the line.
    const runs: string[][] = [[]];
    s.values.forEach((v, c) => {
      if (v === null) runs.push([]);
      else runs.at(-1)!.push(`${fmt(plot.left + band * c + band / 2)},${fmt(y(v))}`);
    });
    for (const points of runs.filter((run) => run.length > 0))
      svg.parts.push(
        `<polyline fill="none" stroke="${escapeXml(color(data, i))}" stroke-width="2.5"${dash} points="${points.join(' ')}"/>`,
      );
    s.values.forEach((v, c) => {
      if (v === null) return;
      svg.parts.push(
        `<circle cx="${fmt(plot.left + band * c + band / 2)}" cy="${fmt(y(v))}" r="3" fill="${escapeXml(color(data, i))}"><title>${escapeXml(`${s.name} · ${data.categories[c] ?? ''}: ${fmt(v)}`)}</title></circle>`,
      );
    });
  });
  if (data.categoryTitle) axisTitleX(svg, plot, area.bottom - 4, data.categoryTitle);
  if (data.valueTitle)
    axisTitleY(svg, area.left, (plot.top + plot.bottom) / 2, data.valueTitle, plot.bottom - plot.top);
}

/** A category under the axis: on one line, or on two at a space (`ต.ค. 67`), cut with an ellipsis if need be. */
function categoryLabel(svg: Svg, x: number, y: number, category: string, room: number): void {
  const attrs = { 'text-anchor': 'middle', fill: '#3c4043', 'font-size': 11 };
  const space = category.lastIndexOf(' ');
  if (textWidth(category, 11) <= room || space <= 0) {
    text(svg, x, y, fitText(category, room, 11), attrs, category);
    return;
  }
  const [first, second] = [category.slice(0, space), category.slice(space + 1)];
  const tip = `<title>${escapeXml(category)}</title>`;
  svg.parts.push(
    `<text x="${fmt(x)}" y="${fmt(y)}" text-anchor="middle" fill="#3c4043" font-size="11">${tip}` +
      `<tspan x="${fmt(x)}">${escapeXml(fitText(first, room, 11))}</tspan>` +
      `<tspan x="${fmt(x)}" dy="13">${escapeXml(fitText(second, room, 11))}</tspan></text>`,
  );
}

/** A pie of the first series, one slice a category. */
function pie(svg: Svg, data: ChartData, area: Area): void {
  const values = (data.series[0]?.values ?? []).map((v) => Math.max(0, v ?? 0));
  const total = values.reduce((a, b) => a + b, 0);
  const cx = (area.left + area.right) / 2;
  const cy = (area.top + area.bottom) / 2;
  const r = Math.max(10, Math.min(area.right - area.left, area.bottom - area.top) / 2 - 8);
  if (total <= 0) {
    svg.parts.push(`<circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="${fmt(r)}" fill="#e8eaed"/>`);
    return;
  }
  let angle = -Math.PI / 2;
  values.forEach((v, i) => {
    if (v <= 0) return;
    const sweep = (v / total) * Math.PI * 2;
    const tip = `${data.categories[i] ?? ''}: ${fmt(v)}`;
    if (sweep >= Math.PI * 2 - 1e-9) {
      svg.parts.push(
        `<circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="${fmt(r)}" fill="${escapeXml(color(data, i))}"><title>${escapeXml(tip)}</title></circle>`,
      );
      return;
    }
    const [x1, y1] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
    angle += sweep;
    const [x2, y2] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
    svg.parts.push(
      `<path d="M${fmt(cx)},${fmt(cy)} L${fmt(x1)},${fmt(y1)} A${fmt(r)},${fmt(r)} 0 ${sweep > Math.PI ? 1 : 0} 1 ${fmt(x2)},${fmt(y2)} Z" fill="${escapeXml(color(data, i))}" stroke="#ffffff"><title>${escapeXml(tip)}</title></path>`,
    );
  });
}
