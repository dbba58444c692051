// Range: a block of cells' values, formats, styles, validations, merges and protection, over the model.
// https://developers.google.com/apps-script/reference/spreadsheet/range

import { columnLetters, rangeA1 } from './a1';
import { typeName } from './argErrors';
import { AUTOMATIC_FORMAT, isDateFormat, serialToMs } from './cells';
import { checkboxArgs, type DataValidation, ruleOf } from './dataValidation';
import type { Grid } from './grid';
import type { ProtectionModel, Rect, SheetModel, Style, ValidationRule } from './model';
import type { Protection } from './protection';
import type { Sheet } from './sheet';
import type { SpreadsheetService } from './spreadsheetService';
import { TextStyle, textStyleModelOf, textStyleOf, withTextStyle } from './textStyle';

/** One style in the table below: how its accessors are named and what a cell reads before it is styled. */
interface StyleAccessor<K extends keyof Style> {
  /** setX and getX, for one value over the range and the top-left cell's. */
  one: string;
  /** setXs and getXs, for a value a cell, where Apps Script has them. */
  all?: string;
  /** What a cell with no style of its own reads (Sheets' defaults). */
  initial: Required<Style>[K];
  /** How setX takes its argument, where it converts it (setWraps stores each value as given). */
  take?: (value: unknown) => Style[K];
}

/**
 * Range's style accessors that all work alike, one line a style: setX/getX (and setXs/getXs) are made from
 * these rows, and the compiler wants a row for each field of the model's Style. null unsets a style.
 */
const STYLE_ACCESSORS = {
  fontWeight: { one: 'FontWeight', all: 'FontWeights', initial: 'normal' },
  fontSize: { one: 'FontSize', all: 'FontSizes', initial: 10 },
  fontColor: { one: 'FontColor', all: 'FontColors', initial: '#000000' },
  fontStyle: { one: 'FontStyle', initial: 'normal' },
  fontFamily: { one: 'FontFamily', initial: 'Arial' },
  fontLine: { one: 'FontLine', initial: 'none' },
  background: { one: 'Background', all: 'Backgrounds', initial: '#ffffff' },
  horizontalAlignment: { one: 'HorizontalAlignment', all: 'HorizontalAlignments', initial: 'general' },
  verticalAlignment: { one: 'VerticalAlignment', initial: 'bottom' },
  wrap: { one: 'Wrap', all: 'Wraps', initial: false, take: Boolean },
} as const satisfies { [K in keyof Style]-?: StyleAccessor<K> };

type StyleTable = typeof STYLE_ACCESSORS;
type StyleValue<K extends keyof Style> = Required<Style>[K];
type GridName<K extends keyof Style> = StyleTable[K] extends { all: infer N extends string } ? N : never;

/** The methods the table gives Range, typed from it. */
type StyleMethods = {
  [K in keyof Style as `set${StyleTable[K]['one']}`]-?: (value: StyleValue<K> | null) => Range;
} & { [K in keyof Style as `get${StyleTable[K]['one']}`]-?: () => StyleValue<K> } & {
  [K in keyof Style as `set${GridName<K>}`]-?: (values: unknown[][]) => Range;
} & { [K in keyof Style as `get${GridName<K>}`]-?: () => StyleValue<K>[][] };

/** A class cannot declare members from a mapped type: Range gets the table's method types from this base. */
const WithStyleMethods = class {} as new () => StyleMethods;

export class Range extends WithStyleMethods {
  constructor(
    private readonly s: SpreadsheetService,
    readonly sheetModel: SheetModel,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
  ) {
    super();
  }

  __emulatorRange(): Range {
    return this;
  }

  rect(): Rect {
    return { row: this.row - 1, column: this.column - 1, numRows: this.numRows, numColumns: this.numColumns };
  }

  private self(): Range {
    return this.s.range(this.sheetModel, this.row, this.column, this.numRows, this.numColumns);
  }

  private each<T>(cell: (r: number, c: number) => T): T[][] {
    return this.s.rows(this.numRows, this.numColumns, (r, c) => cell(this.row - 1 + r, this.column - 1 + c));
  }

  private checkGrid(values: unknown, method: string): unknown[][] {
    if (!Array.isArray(values) || !values.every((row) => Array.isArray(row))) {
      this.s.runtime.fail(
        `The parameters (${typeName(values)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    const grid = values as unknown[][];
    if (grid.length !== this.numRows) {
      this.s.runtime.fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this.numRows}.`,
      );
    }
    for (const row of grid) {
      if (row.length !== this.numColumns) {
        this.s.runtime.fail(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.numColumns}.`,
        );
      }
    }
    return grid;
  }

  getRow(): number {
    return this.row;
  }

  getColumn(): number {
    return this.column;
  }

  getLastRow(): number {
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }

  getNumRows(): number {
    return this.numRows;
  }

  getNumColumns(): number {
    return this.numColumns;
  }

  getHeight(): number {
    return this.numRows;
  }

  getWidth(): number {
    return this.numColumns;
  }

  getSheet(): Sheet {
    return this.s.sheet(this.sheetModel);
  }

  getA1Notation(): string {
    const m = this.sheetModel;
    const wholeColumns = this.row === 1 && this.numRows === m.maxRows;
    if (wholeColumns && !(this.column === 1 && this.numColumns === m.maxColumns)) {
      return `${columnLetters(this.column)}:${columnLetters(this.column + this.numColumns - 1)}`;
    }
    return rangeA1(this.row, this.column, this.numRows, this.numColumns);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this.s.range(
      this.sheetModel,
      this.row + rowOffset,
      this.column + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numColumns,
    );
  }

  activate(): Range {
    this.s.book.activeSheetId = this.sheetModel.sheetId;
    return this.self();
  }

  isBlank(): boolean {
    const m = this.sheetModel;
    for (let r = this.row - 1; r < this.row - 1 + this.numRows; r++) {
      for (let c = this.column - 1; c < this.column - 1 + this.numColumns; c++) {
        if (m.values.get(r, c) !== undefined || m.formulas.get(r, c) !== undefined) return false;
      }
    }
    return true;
  }

  // Values ---------------------------------------------------------------------------------------------------

  getValues(): unknown[][] {
    const m = this.sheetModel;
    if (m.formulaCount === 0 && !this.s.engine.hasSpills(m)) {
      // Fast path for plain data: read the layers directly.
      const tz = this.s.book.timeZone;
      const realm = this.s.runtime.realm;
      const values = m.values.rows;
      const formats = m.formats.rows;
      const out = realm.newArray(this.numRows) as unknown[][];
      for (let r = 0; r < this.numRows; r++) {
        const row = realm.newArray(this.numColumns);
        const vs = values[this.row - 1 + r];
        const fs = formats[this.row - 1 + r];
        for (let c = 0; c < this.numColumns; c++) {
          const v = vs?.[this.column - 1 + c];
          if (v === undefined) row[c] = '';
          else if (typeof v === 'number' && fs && isDateFormat(fs[this.column - 1 + c])) {
            row[c] = new realm.Date(serialToMs(v, tz));
          } else row[c] = v;
        }
        out[r] = row;
      }
      return out;
    }
    return this.each((r, c) => this.s.cellValue(m, r, c));
  }

  getValue(): unknown {
    return this.s.cellValue(this.sheetModel, this.row - 1, this.column - 1);
  }

  getDisplayValues(): string[][] {
    return this.each((r, c) => this.s.displayText(this.sheetModel, r, c));
  }

  getDisplayValue(): string {
    return this.s.displayText(this.sheetModel, this.row - 1, this.column - 1);
  }

  setValues(values: unknown[][]): Range {
    const grid = this.checkGrid(values, 'setValues');
    this.s.writeBlock(this.sheetModel, this.row - 1, this.column - 1, grid);
    return this.self();
  }

  /** "Sets the value of the range. … If the value starts with '=' it's interpreted as a formula." */
  setValue(value: unknown): Range {
    const grid = Array.from({ length: this.numRows }, () => new Array(this.numColumns).fill(value));
    this.s.writeBlock(this.sheetModel, this.row - 1, this.column - 1, grid);
    return this.self();
  }

  getFormulas(): string[][] {
    return this.each((r, c) => this.sheetModel.formulas.get(r, c) ?? '');
  }

  getFormula(): string {
    return this.sheetModel.formulas.get(this.row - 1, this.column - 1) ?? '';
  }

  setFormulas(formulas: string[][]): Range {
    const grid = this.checkGrid(formulas, 'setFormulas');
    this.s.writeBlock(this.sheetModel, this.row - 1, this.column - 1, grid);
    return this.self();
  }

  setFormula(formula: string): Range {
    return this.setValue(String(formula));
  }

  getNote(): string {
    return this.sheetModel.notes.get(this.row - 1, this.column - 1) ?? '';
  }

  setNote(note: string | null): Range {
    this.fill(this.sheetModel.notes, note ? String(note) : undefined);
    return this.self();
  }

  getNotes(): string[][] {
    return this.each((r, c) => this.sheetModel.notes.get(r, c) ?? '');
  }

  // Clearing -------------------------------------------------------------------------------------------------

  clear(options?: Record<string, boolean>): Range {
    const o = options ?? {};
    const only = o['contentsOnly'] || o['formatOnly'] || o['validationsOnly'] || o['commentsOnly'];
    if (!only || o['contentsOnly']) this.clearContent();
    if (!only || o['formatOnly']) this.clearFormat();
    if (o['validationsOnly']) this.clearDataValidations();
    if (o['commentsOnly']) this.clearNote();
    return this.self();
  }

  clearContent(): Range {
    const m = this.sheetModel;
    this.s.checkEditable(this.sheetModel, this.rect());
    const rect = this.rect();
    let hadFormulas = false;
    for (let r = rect.row; r < rect.row + rect.numRows && r < m.formulas.rows.length; r++) {
      const row = m.formulas.rows[r];
      if (row?.some((f, c) => f !== undefined && c >= rect.column && c < rect.column + rect.numColumns)) {
        hadFormulas = true;
        break;
      }
    }
    m.values.clearRect(rect.row, rect.column, rect.numRows, rect.numColumns);
    m.formulas.clearRect(rect.row, rect.column, rect.numRows, rect.numColumns);
    if (hadFormulas) m.recountFormulas();
    // Only the rows that can hold anything need telling the formula engine about.
    const used = Math.max(m.values.rows.length, m.formulas.rows.length) - rect.row;
    this.s.engine.cellsChanged(
      m,
      { ...rect, numRows: Math.max(1, Math.min(rect.numRows, used)) },
      hadFormulas,
    );
    return this.self();
  }

  clearFormat(): Range {
    this.s.checkEditable(this.sheetModel, this.rect());
    const rect = this.rect();
    this.sheetModel.formats.clearRect(rect.row, rect.column, rect.numRows, rect.numColumns);
    this.sheetModel.styles.clearRect(rect.row, rect.column, rect.numRows, rect.numColumns);
    return this.self();
  }

  clearDataValidations(): Range {
    this.s.checkEditable(this.sheetModel, this.rect());
    const rect = this.rect();
    this.sheetModel.validations.clearRect(rect.row, rect.column, rect.numRows, rect.numColumns);
    return this.self();
  }

  clearNote(): Range {
    const rect = this.rect();
    this.sheetModel.notes.clearRect(rect.row, rect.column, rect.numRows, rect.numColumns);
    return this.self();
  }

  // Formats --------------------------------------------------------------------------------------------------

  private fill<T>(grid: Grid<T>, value: T | undefined): void {
    for (let r = this.row - 1; r < this.row - 1 + this.numRows; r++) {
      for (let c = this.column - 1; c < this.column - 1 + this.numColumns; c++) grid.set(r, c, value);
    }
  }

  private fillEach<T>(
    grid: Grid<T>,
    values: unknown,
    method: string,
    map: (v: unknown) => T | undefined,
  ): void {
    const rows = this.checkGrid(values, method);
    rows.forEach((cells, r) => {
      cells.forEach((v, c) => {
        grid.set(this.row - 1 + r, this.column - 1 + c, map(v));
      });
    });
  }

  getNumberFormat(): string {
    return this.sheetModel.formats.get(this.row - 1, this.column - 1) ?? AUTOMATIC_FORMAT;
  }

  getNumberFormats(): string[][] {
    return this.each((r, c) => this.sheetModel.formats.get(r, c) ?? AUTOMATIC_FORMAT);
  }

  setNumberFormat(numberFormat: string): Range {
    this.s.checkEditable(this.sheetModel, this.rect());
    const f = String(numberFormat);
    this.fill(this.sheetModel.formats, f === '' || /^general$/i.test(f) ? undefined : f);
    return this.self();
  }

  setNumberFormats(numberFormats: string[][]): Range {
    this.s.checkEditable(this.sheetModel, this.rect());
    this.fillEach(this.sheetModel.formats, numberFormats, 'setNumberFormats', (v) => {
      const f = String(v ?? '');
      return f === '' || /^general$/i.test(f) ? undefined : f;
    });
    return this.self();
  }

  // Styles ---------------------------------------------------------------------------------------------------

  /**
   * The table's accessors go on the prototype, where the call-counting proxy finds them as it finds any other
   * method, each named for stack traces as Apps Script names it.
   */
  static {
    const define = (name: string, method: (this: Range, arg?: unknown) => unknown) => {
      Object.defineProperty(method, 'name', { value: name });
      Object.defineProperty(Range.prototype, name, { value: method, writable: true, configurable: true });
    };
    const rows = Object.entries(STYLE_ACCESSORS) as [keyof Style, StyleAccessor<keyof Style>][];
    for (const [field, { one, all, take }] of rows) {
      define(`set${one}`, function (this: Range, value) {
        return this.setStyle(field, (take ? take(value) : value) as Style[keyof Style] | null);
      });
      define(`get${one}`, function (this: Range) {
        return this.style(field);
      });
      if (all === undefined) continue;
      define(`set${all}`, function (this: Range, values) {
        return this.setStyles(field, values, `set${all}`);
      });
      define(`get${all}`, function (this: Range) {
        return this.styles(field);
      });
    }
  }

  private setStyle<K extends keyof Style>(key: K, value: Style[K] | null): Range {
    const grid = this.sheetModel.styles;
    const memo = new Map<Style | undefined, Style>();
    for (let r = this.row - 1; r < this.row - 1 + this.numRows; r++) {
      for (let c = this.column - 1; c < this.column - 1 + this.numColumns; c++) {
        const old = grid.get(r, c);
        let next = memo.get(old);
        if (!next) {
          next = { ...old };
          if (value === null || value === undefined) delete next[key];
          else next[key] = value;
          memo.set(old, next);
        }
        grid.set(r, c, next);
      }
    }
    return this.self();
  }

  private setStyles<K extends keyof Style>(key: K, values: unknown, method: string): Range {
    const rows = this.checkGrid(values, method);
    const grid = this.sheetModel.styles;
    rows.forEach((cells, r) => {
      cells.forEach((v, c) => {
        const next = { ...grid.get(this.row - 1 + r, this.column - 1 + c) };
        if (v === null || v === undefined) delete next[key];
        else next[key] = v as Style[K];
        grid.set(this.row - 1 + r, this.column - 1 + c, next);
      });
    });
    return this.self();
  }

  private style<K extends keyof Style>(key: K): Required<Style>[K] {
    return (this.sheetModel.styles.get(this.row - 1, this.column - 1)?.[key] ??
      STYLE_ACCESSORS[key].initial) as Required<Style>[K];
  }

  private styles<K extends keyof Style>(key: K): Required<Style>[K][][] {
    return this.each(
      (r, c) =>
        (this.sheetModel.styles.get(r, c)?.[key] ?? STYLE_ACCESSORS[key].initial) as Required<Style>[K],
    );
  }

  setTextStyle(style: TextStyle): Range {
    const text = textStyleModelOf(this.s, style, 'setTextStyle');
    const grid = this.sheetModel.styles;
    for (let r = this.row - 1; r < this.row - 1 + this.numRows; r++) {
      for (let c = this.column - 1; c < this.column - 1 + this.numColumns; c++) {
        grid.set(r, c, withTextStyle(grid.get(r, c), text));
      }
    }
    return this.self();
  }

  setTextStyles(styles: TextStyle[][]): Range {
    const rows = this.checkGrid(styles, 'setTextStyles');
    const grid = this.sheetModel.styles;
    rows.forEach((cells, r) => {
      cells.forEach((style, c) => {
        const text = textStyleModelOf(this.s, style, 'setTextStyles');
        const [row, column] = [this.row - 1 + r, this.column - 1 + c];
        grid.set(row, column, withTextStyle(grid.get(row, column), text));
      });
    });
    return this.self();
  }

  getTextStyle(): TextStyle {
    return this.s.runtime.wrap(
      new TextStyle(textStyleOf(this.sheetModel.styles.get(this.row - 1, this.column - 1))),
      'TextStyle',
    );
  }

  getTextStyles(): TextStyle[][] {
    return this.each((r, c) =>
      this.s.runtime.wrap(new TextStyle(textStyleOf(this.sheetModel.styles.get(r, c))), 'TextStyle'),
    );
  }

  /** Borders are accepted and not modelled (Apps Script has no border getter either). */
  setBorder(..._args: unknown[]): Range {
    return this.self();
  }

  // Data validation ------------------------------------------------------------------------------------------

  setDataValidation(rule: DataValidation | null): Range {
    this.s.checkEditable(this.sheetModel, this.rect());
    this.fill(this.sheetModel.validations, rule === null ? undefined : ruleOf(this.s, rule));
    return this.self();
  }

  setDataValidations(rules: (DataValidation | null)[][]): Range {
    this.s.checkEditable(this.sheetModel, this.rect());
    this.fillEach(this.sheetModel.validations, rules, 'setDataValidations', (v) =>
      v === null || v === undefined ? undefined : ruleOf(this.s, v),
    );
    return this.self();
  }

  getDataValidation(): DataValidation | null {
    const rule = this.sheetModel.validations.get(this.row - 1, this.column - 1);
    return rule ? this.s.dataValidation(rule) : null;
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this.each((r, c) => {
      const rule = this.sheetModel.validations.get(r, c);
      return rule ? this.s.dataValidation(rule) : null;
    });
  }

  /** "Inserts checkboxes into each cell in the range … Sets the value of all cells in the range to false." */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): Range {
    const args = checkboxArgs(checkedValue, uncheckedValue);
    const rule: ValidationRule = { criteria: 'CHECKBOX', args, allowInvalid: true, helpText: '' };
    this.fill(this.sheetModel.validations, rule);
    const unchecked = args.length === 2 ? uncheckedValue : args.length === 1 ? '' : false;
    const grid = Array.from({ length: this.numRows }, () => new Array(this.numColumns).fill(unchecked));
    this.s.writeBlock(this.sheetModel, this.row - 1, this.column - 1, grid);
    return this.self();
  }

  removeCheckboxes(): Range {
    const m = this.sheetModel;
    for (let r = this.row - 1; r < this.row - 1 + this.numRows; r++) {
      for (let c = this.column - 1; c < this.column - 1 + this.numColumns; c++) {
        if (m.validations.get(r, c)?.criteria !== 'CHECKBOX') continue;
        m.validations.set(r, c, undefined);
        if (typeof m.values.get(r, c) === 'boolean') m.values.set(r, c, undefined);
      }
    }
    this.s.engine.cellsChanged(m, this.rect(), false);
    return this.self();
  }

  check(): Range {
    return this.setValue(true);
  }

  uncheck(): Range {
    return this.setValue(false);
  }

  isChecked(): boolean | null {
    const v = this.sheetModel.values.get(this.row - 1, this.column - 1);
    return typeof v === 'boolean' ? v : null;
  }

  // Merges ---------------------------------------------------------------------------------------------------

  private intersects(other: Rect): boolean {
    const r = this.rect();
    return (
      other.row < r.row + r.numRows &&
      other.row + other.numRows > r.row &&
      other.column < r.column + r.numColumns &&
      other.column + other.numColumns > r.column
    );
  }

  /** Merging keeps the top-left value only, as Sheets does. */
  merge(): Range {
    const m = this.sheetModel;
    const rect = this.rect();
    if (m.merges.some((x) => this.intersects(x))) {
      this.s.runtime.fail('You must select all cells in a merged range to merge or unmerge them.');
    }
    if (rect.numRows * rect.numColumns > 1) {
      m.merges.push(rect);
      const topLeft = [m.values.get(rect.row, rect.column), m.formulas.get(rect.row, rect.column)] as const;
      m.values.clearRect(rect.row, rect.column, rect.numRows, rect.numColumns);
      m.formulas.clearRect(rect.row, rect.column, rect.numRows, rect.numColumns);
      m.values.set(rect.row, rect.column, topLeft[0]);
      m.formulas.set(rect.row, rect.column, topLeft[1]);
      m.recountFormulas();
      this.s.engine.cellsChanged(m, rect, true);
    }
    return this.self();
  }

  mergeAcross(): Range {
    for (let r = 0; r < this.numRows; r++)
      this.s.rawRange(this.sheetModel, this.row + r, this.column, 1, this.numColumns).merge();
    return this.self();
  }

  mergeVertically(): Range {
    for (let c = 0; c < this.numColumns; c++)
      this.s.rawRange(this.sheetModel, this.row, this.column + c, this.numRows, 1).merge();
    return this.self();
  }

  breakApart(): Range {
    const m = this.sheetModel;
    const r = this.rect();
    const partial = m.merges.some(
      (x) =>
        this.intersects(x) &&
        !(
          x.row >= r.row &&
          x.column >= r.column &&
          x.row + x.numRows <= r.row + r.numRows &&
          x.column + x.numColumns <= r.column + r.numColumns
        ),
    );
    if (partial) this.s.runtime.fail('You must select all cells in a merged range to merge or unmerge them.');
    m.merges = m.merges.filter((x) => !this.intersects(x));
    return this.self();
  }

  isPartOfMerge(): boolean {
    return this.sheetModel.merges.some((x) => this.intersects(x));
  }

  getMergedRanges(): Range[] {
    return this.s.list(
      this.sheetModel.merges
        .filter((x) => this.intersects(x))
        .map((x) => this.s.range(this.sheetModel, x.row + 1, x.column + 1, x.numRows, x.numColumns)),
    );
  }

  // Protection -----------------------------------------------------------------------------------------------

  protect(): Protection {
    const p: ProtectionModel = {
      type: 'RANGE',
      rect: this.rect(),
      description: '',
      warningOnly: false,
      editors: [],
      mirrors: true,
      unprotected: [],
    };
    this.sheetModel.protections.push(p);
    return this.s.protection(this.sheetModel, p);
  }
}
