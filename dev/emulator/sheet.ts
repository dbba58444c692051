// Sheet: one tab's rows, columns, frozen panes, protections, conditional rules and charts over its model.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet

import { quoteSheetName } from './a1';
import { OUTSIDE, typeName } from './argErrors';
import { EmbeddedChart, EmbeddedChartBuilder } from './charts';
import { type ConditionalFormatRule, ConditionalFormatRuleBuilder, ruleModelOf } from './conditional';
import type { Grid } from './grid';
import { addMetadata, DeveloperMetadataFinder, type MetadataOwner, metadataApis } from './metadata';
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type Rect,
  type SheetModel,
  type SpreadsheetModel,
} from './model';
import type { Protection } from './protection';
import type { Range } from './range';
import type { EnumValue } from './runtime';
import type { Spreadsheet } from './spreadsheet';
import type { SpreadsheetService } from './spreadsheetService';

/** Google's checks of a sheet's name, for insertSheet and setName alike (`self`: the sheet being renamed). */
export function checkSheetName(s: SpreadsheetService, name: string, self: SheetModel | undefined): void {
  if (name.trim() === '') s.runtime.fail('Sheet names cannot be empty.');
  const existing = s.book.findSheet(name);
  if (existing && existing !== self && existing.name.toLowerCase() === name.toLowerCase()) {
    s.runtime.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}

export class Sheet {
  constructor(
    private readonly s: SpreadsheetService,
    private readonly m: SheetModel,
  ) {}

  __emulatorSheet(): SheetModel {
    return this.m;
  }

  getName(): string {
    return this.m.name;
  }

  setName(name: string): Sheet {
    const text = String(name);
    checkSheetName(this.s, text, this.m);
    const old = this.m.name;
    this.m.name = text;
    renameInFormulas(this.s.book, old, text);
    this.s.structureChanged();
    return this.s.sheet(this.m);
  }

  getSheetId(): number {
    return this.m.sheetId;
  }

  getIndex(): number {
    return this.s.book.sheets.indexOf(this.m) + 1;
  }

  getParent(): Spreadsheet {
    return this.s.spreadsheet();
  }

  activate(): Sheet {
    this.s.book.activeSheetId = this.m.sheetId;
    return this.s.sheet(this.m);
  }

  getRange(a: unknown, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a === 'string') return this.s.rangeFromA1(a, this.m);
    if (typeof a !== 'number') {
      this.s.runtime.fail(
        `The parameters (${typeName(a)}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
      );
    }
    if (column === undefined)
      this.s.runtime.fail(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    return this.s.range(this.m, a, column, numRows ?? 1, numColumns ?? 1);
  }

  getDataRange(): Range {
    return this.s.range(
      this.m,
      1,
      1,
      Math.max(1, this.s.lastRow(this.m)),
      Math.max(1, this.s.lastColumn(this.m)),
    );
  }

  getLastRow(): number {
    return this.s.lastRow(this.m);
  }

  getLastColumn(): number {
    return this.s.lastColumn(this.m);
  }

  /**
   * The values of a block in one call. "A -1 value given as the row or column position is equivalent to
   * getting the very last row or column that has data in the sheet"
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer)):
   * -1 rows or columns run to the last row or column with content, so a sheet with nothing below the start has
   * a block of no rows, which Sheets refuses as any range of no rows.
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    for (const n of [startRow, startColumn, numRows, numColumns]) {
      if (typeof n !== 'number') {
        this.s.runtime.fail(
          `The parameters (${[startRow, startColumn, numRows, numColumns].map(typeName).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getSheetValues.`,
        );
      }
    }
    const rows = numRows === -1 ? this.s.lastRow(this.m) - startRow + 1 : numRows;
    const columns = numColumns === -1 ? this.s.lastColumn(this.m) - startColumn + 1 : numColumns;
    return this.s.rawRange(this.m, startRow, startColumn, rows, columns).getValues();
  }

  getMaxRows(): number {
    return this.m.maxRows;
  }

  getMaxColumns(): number {
    return this.m.maxColumns;
  }

  private insertRowsAt(index: number, howMany: number): void {
    const m = this.m;
    if (!(howMany >= 1)) this.s.runtime.fail('The number of rows must be at least 1.');
    this.s.checkCellLimit(howMany * m.maxColumns);
    for (const grid of layers(m)) grid.insertRows(index, howMany);
    for (const merge of m.merges) if (merge.row >= index) merge.row += howMany;
    for (const rule of m.conditionalRules)
      rule.ranges = rule.ranges.map((r) => insertedInto(r, 'row', index, howMany));
    m.maxRows += howMany;
    this.s.structureChanged();
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 1 || afterPosition > this.m.maxRows)
      this.s.runtime.fail('Those rows are out of bounds.');
    this.insertRowsAt(afterPosition, howMany);
    return this.s.sheet(this.m);
  }

  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    if (beforePosition < 1 || beforePosition > this.m.maxRows)
      this.s.runtime.fail('Those rows are out of bounds.');
    this.insertRowsAt(beforePosition - 1, howMany);
    return this.s.sheet(this.m);
  }

  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  private insertColumnsAt(index: number, howMany: number): void {
    const m = this.m;
    if (!(howMany >= 1)) this.s.runtime.fail('The number of columns must be at least 1.');
    this.s.checkCellLimit(howMany * m.maxRows, m);
    for (const grid of layers(m)) grid.insertColumns(index, howMany);
    for (const merge of m.merges) if (merge.column >= index) merge.column += howMany;
    for (const rule of m.conditionalRules) {
      rule.ranges = rule.ranges.map((r) => insertedInto(r, 'column', index, howMany));
    }
    m.maxColumns += howMany;
    this.s.structureChanged();
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 1 || afterPosition > this.m.maxColumns)
      this.s.runtime.fail('Those columns are out of bounds.');
    this.insertColumnsAt(afterPosition, howMany);
    return this.s.sheet(this.m);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    if (beforePosition < 1 || beforePosition > this.m.maxColumns) {
      this.s.runtime.fail('Those columns are out of bounds.');
    }
    this.insertColumnsAt(beforePosition - 1, howMany);
    return this.s.sheet(this.m);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    const m = this.m;
    if (rowPosition < 1 || rowPosition + howMany - 1 > m.maxRows)
      this.s.runtime.fail('Those rows are out of bounds.');
    // Sheets keeps at least one row below the frozen ones (the Sheets API says "Sorry, it is not possible to
    // delete all non-frozen rows.", and so does the UI).
    if (m.maxRows - howMany <= m.frozenRows) {
      this.s.runtime.fail('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.s.checkEditable(m, { row: rowPosition - 1, column: 0, numRows: howMany, numColumns: m.maxColumns });
    for (const grid of layers(m)) grid.deleteRows(rowPosition - 1, howMany);
    removeFromRules(m, 'row', rowPosition - 1, howMany);
    m.maxRows -= howMany;
    m.recountFormulas();
    this.s.structureChanged();
  }

  deleteRow(rowPosition: number): Sheet {
    this.deleteRows(rowPosition, 1);
    return this.s.sheet(this.m);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    const m = this.m;
    if (columnPosition < 1 || columnPosition + howMany - 1 > m.maxColumns) {
      this.s.runtime.fail('Those columns are out of bounds.');
    }
    if (m.maxColumns - howMany <= m.frozenColumns) {
      this.s.runtime.fail('Sorry, it is not possible to delete all non-frozen columns.');
    }
    for (const grid of layers(m)) grid.deleteColumns(columnPosition - 1, howMany);
    removeFromRules(m, 'column', columnPosition - 1, howMany);
    m.maxColumns -= howMany;
    m.recountFormulas();
    this.s.structureChanged();
  }

  /** Appends after the last row with content; a sheet that is full grows by one row. */
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents)) {
      this.s.runtime.fail(
        `The parameters (${typeName(rowContents)}) don't match the method signature for SpreadsheetApp.Sheet.appendRow.`,
      );
    }
    const m = this.m;
    const row = this.s.lastRow(m) + 1;
    if (row > m.maxRows) this.s.checkCellLimit(Math.max(m.maxColumns, rowContents.length));
    let grew = false;
    if (row > m.maxRows) {
      m.maxRows = row;
      grew = true;
    }
    if (rowContents.length > m.maxColumns) {
      m.maxColumns = rowContents.length;
      grew = true;
    }
    if (rowContents.length > 0) this.s.writeBlock(m, row - 1, 0, [rowContents]);
    if (grew) this.s.structureChanged();
    return this.s.sheet(m);
  }

  clear(options?: Record<string, boolean>): Sheet {
    this.s.rawRange(this.m, 1, 1, this.m.maxRows, this.m.maxColumns).clear(options);
    return this.s.sheet(this.m);
  }

  clearContents(): Sheet {
    this.s.rawRange(this.m, 1, 1, this.m.maxRows, this.m.maxColumns).clearContent();
    return this.s.sheet(this.m);
  }

  clearFormats(): Sheet {
    this.s.rawRange(this.m, 1, 1, this.m.maxRows, this.m.maxColumns).clearFormat();
    return this.s.sheet(this.m);
  }

  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this.m.maxRows) this.s.runtime.fail('Those rows are out of bounds.');
    this.m.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.m.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns > this.m.maxColumns) this.s.runtime.fail('Those columns are out of bounds.');
    this.m.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this.m.frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    if (startColumn < 1 || startColumn + numColumns - 1 > this.m.maxColumns) this.s.runtime.fail(OUTSIDE);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.m.columnWidths.set(c, width);
    return this.s.sheet(this.m);
  }

  getColumnWidth(columnPosition: number): number {
    return this.m.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  autoResizeColumn(columnPosition: number): Sheet {
    return this.autoResizeColumns(columnPosition, 1);
  }

  /** Widths are estimated from the longest displayed text (about 7 px a character). */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (let r = 0; r < this.m.lastRow(); r++) {
        longest = Math.max(longest, this.s.displayText(this.m, r, c - 1).length);
      }
      this.m.columnWidths.set(c, Math.max(30, Math.min(1000, longest * 7 + 10)));
    }
    return this.s.sheet(this.m);
  }

  setRowHeight(rowPosition: number, height: number): Sheet {
    return this.setRowHeights(rowPosition, 1, height);
  }

  setRowHeights(startRow: number, numRows: number, height: number): Sheet {
    for (let r = startRow; r < startRow + numRows; r++) this.m.rowHeights.set(r, height);
    return this.s.sheet(this.m);
  }

  getRowHeight(rowPosition: number): number {
    return this.m.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }

  setTabColor(color: string | null): Sheet {
    this.m.tabColor = color;
    return this.s.sheet(this.m);
  }

  getTabColor(): string | null {
    return this.m.tabColor;
  }

  hideSheet(): Sheet {
    this.m.hidden = true;
    return this.s.sheet(this.m);
  }

  showSheet(): Sheet {
    this.m.hidden = false;
    return this.s.sheet(this.m);
  }

  isSheetHidden(): boolean {
    return this.m.hidden;
  }

  /** "If the sheet is already protected, this method returns an object representing the existing protection." */
  protect(): Protection {
    let p = this.m.protections.find((x) => x.type === 'SHEET');
    if (!p) {
      p = { type: 'SHEET', description: '', warningOnly: false, editors: [], mirrors: true, unprotected: [] };
      this.m.protections.push(p);
    }
    return this.s.protection(this.m, p);
  }

  getProtections(type: EnumValue): Protection[] {
    const wanted = String(type);
    return this.s.list(
      this.m.protections.filter((p) => p.type === wanted).map((p) => this.s.protection(this.m, p)),
    );
  }

  addDeveloperMetadata(...args: unknown[]): Sheet {
    addMetadata(this.s, this.owner(), args);
    return this.s.sheet(this.m);
  }

  getDeveloperMetadata(): unknown[] {
    return metadataApis(this.s, this.owner());
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return this.s.runtime.wrap(new DeveloperMetadataFinder(this.s, this.m), 'DeveloperMetadataFinder');
  }

  private owner(): MetadataOwner {
    return { kind: 'SHEET', sheet: this.m };
  }

  /** "Replaces all currently existing conditional format rules in the sheet with the input rules." */
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    if (!Array.isArray(rules)) {
      this.s.runtime.fail(
        "The parameters don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
      );
    }
    const models = rules.map((rule) => structuredClone(ruleModelOf(this.s, rule)));
    if (models.some((model) => model.sheetId !== undefined && model.sheetId !== this.m.sheetId)) {
      this.s.runtime.fail('A conditional format rule can only cover ranges of the sheet it is set on.');
    }
    this.m.conditionalRules = models;
    // A custom formula is worked out on the sheet: the formula engine must hold its cells.
    if (models.some((model) => model.criteria === 'CUSTOM_FORMULA') && !this.s.engine.holds(this.m)) {
      this.s.structureChanged();
    }
  }

  getConditionalFormatRules(): unknown[] {
    return this.s.list(
      this.m.conditionalRules.map((model) => new ConditionalFormatRuleBuilder(this.s, model).build()),
    );
  }

  clearConditionalFormatRules(): void {
    this.m.conditionalRules = [];
  }

  newChart(): EmbeddedChartBuilder {
    return this.s.runtime.wrap(new EmbeddedChartBuilder(this.s.chartHost(this.m)), 'EmbeddedChartBuilder');
  }

  insertChart(chart: EmbeddedChart): void {
    const model = chartModelOf(this.s, chart);
    if (!this.m.charts.some((c) => c.chartId === model.chartId)) this.m.charts.push(structuredClone(model));
  }

  updateChart(chart: EmbeddedChart): void {
    const model = chartModelOf(this.s, chart);
    const i = this.m.charts.findIndex((c) => c.chartId === model.chartId);
    if (i < 0) this.s.runtime.fail('The chart is not on this sheet.');
    this.m.charts[i] = structuredClone(model);
  }

  removeChart(chart: EmbeddedChart): void {
    const model = chartModelOf(this.s, chart);
    this.m.charts = this.m.charts.filter((c) => c.chartId !== model.chartId);
  }

  getCharts(): EmbeddedChart[] {
    const host = this.s.chartHost(this.m);
    return this.s.list(
      this.m.charts.map((c) =>
        this.s.runtime.wrap(new EmbeddedChart(host, structuredClone(c)), 'EmbeddedChart'),
      ),
    );
  }
}

function chartModelOf(s: SpreadsheetService, chart: unknown) {
  const model = (chart as { model?: unknown } | null)?.model;
  if (!model || typeof model !== 'object' || !('chartId' in model)) {
    s.runtime.fail(`The parameters (${typeName(chart)}) don't match the method signature.`);
  }
  return model as EmbeddedChart['model'];
}

function layers(m: SheetModel): Grid<unknown>[] {
  return [m.values, m.formulas, m.formats, m.styles, m.validations, m.notes] as Grid<unknown>[];
}

/** A range after rows (or columns) were inserted at a 0-based index: moved down, or grown if they fall inside. */
function insertedInto(rect: Rect, axis: 'row' | 'column', index: number, howMany: number): Rect {
  const [start, size] = axis === 'row' ? (['row', 'numRows'] as const) : (['column', 'numColumns'] as const);
  if (rect[start] >= index) return { ...rect, [start]: rect[start] + howMany };
  if (rect[start] + rect[size] > index) return { ...rect, [size]: rect[size] + howMany };
  return rect;
}

/** Conditional rules after rows (or columns) were deleted: ranges shrink or move; an emptied range goes. */
function removeFromRules(m: SheetModel, axis: 'row' | 'column', index: number, howMany: number): void {
  const [start, size] = axis === 'row' ? (['row', 'numRows'] as const) : (['column', 'numColumns'] as const);
  for (const rule of m.conditionalRules) {
    rule.ranges = rule.ranges.flatMap((rect) => {
      const from = rect[start];
      const to = from + rect[size];
      const keptBefore = Math.max(0, Math.min(to, index) - from);
      const keptAfter = Math.max(0, to - Math.max(from, index + howMany));
      const kept = keptBefore + keptAfter;
      if (kept === 0) return [];
      const newStart = from < index ? from : Math.max(index, from - howMany);
      return [{ ...rect, [start]: newStart, [size]: kept }];
    });
  }
  m.conditionalRules = m.conditionalRules.filter((rule) => rule.ranges.length > 0);
}

/** Sheets rewrites references in formulas when a sheet is renamed. */
function renameInFormulas(book: SpreadsheetModel, oldName: string, newName: string): void {
  const escaped = oldName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const quotedOld = `'${oldName.replace(/'/g, "''")}'`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(${quotedOld}|(?<![\\w.'\\u0080-\\uFFFF])${escaped})!`, 'gi');
  for (const sheet of book.sheets) {
    for (const [r, c, f] of sheet.formulas.entries()) {
      const updated = f.replace(/("(?:[^"]|"")*")|[^"]+/g, (part, str) =>
        str ? part : part.replace(pattern, `${quoteSheetName(newName)}!`),
      );
      if (updated !== f) sheet.formulas.set(r, c, updated);
    }
  }
}
