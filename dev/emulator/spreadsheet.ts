// SpreadsheetApp and its Spreadsheet, Sheet, Range, Protection and DataValidation classes over the model.
// https://developers.google.com/apps-script/reference/spreadsheet

import { columnToLetters, parseA1, quoteSheetName, rangeA1 } from './a1';
import {
  AUTOMATIC_FORMAT,
  defaultDateFormat,
  displayValue,
  isDateFormat,
  isDateValue,
  msToSerial,
  parseInput,
  type Scalar,
  serialToMs,
} from './cells';
import { CHART_TYPES, type ChartHost, EmbeddedChart, EmbeddedChartBuilder } from './charts';
import {
  BOOLEAN_CRITERIA,
  type ConditionalFormatRule,
  ConditionalFormatRuleBuilder,
  conditionalLook,
  ruleModelOf,
} from './conditional';
import type { FormulaEngine } from './formulas';
import type { Grid } from './grid';
import { addMetadata, DeveloperMetadataFinder, type MetadataOwner, metadataApis } from './metadata';
import {
  type ChartRange,
  type ConditionalFormat,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_COLUMNS,
  DEFAULT_ROW_HEIGHT,
  DEFAULT_ROWS,
  type ProtectionModel,
  type Rect,
  type SheetModel,
  type SpreadsheetModel,
  type Style,
  type ValidationRule,
} from './model';
import type { EnumValue, Runtime } from './runtime';
import { TextStyle, TextStyleBuilder, textStyleModelOf, textStyleOf, withTextStyle } from './textStyle';
import type { UiService } from './ui';

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';
/** Google's limits of a spreadsheet: https://support.google.com/drive/answer/37603 (cells, columns, characters). */
const MAX_CELLS = 10_000_000;
const MAX_COLUMNS = 18_278;
const MAX_CELL_CHARACTERS = 50_000;

const CRITERIA = [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
] as const;

const STYLE_DEFAULTS: Required<Style> = {
  fontWeight: 'normal',
  fontSize: 10,
  fontColor: '#000000',
  background: '#ffffff',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: false,
  fontStyle: 'normal',
  fontFamily: 'Arial',
  fontLine: 'none',
};

function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return Array.isArray(value[0]) ? 'Object[][]' : 'Object[]';
  if (isDateValue(value)) return 'Date';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  return 'Object';
}

/** Everything the API objects share: the model, the engine and object factories. */
export class SpreadsheetService {
  readonly enums: {
    ProtectionType: Record<'SHEET' | 'RANGE', EnumValue>;
    DataValidationCriteria: Record<(typeof CRITERIA)[number], EnumValue>;
    ChartType: Record<(typeof CHART_TYPES)[number], EnumValue>;
    DeveloperMetadataVisibility: Record<'DOCUMENT' | 'PROJECT', EnumValue>;
    DeveloperMetadataLocationType: Record<'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN', EnumValue>;
    BooleanCriteria: Record<(typeof BOOLEAN_CRITERIA)[number], EnumValue>;
  };
  readonly toasts: { message: string; title: string; timeoutSeconds: number }[] = [];
  private readonly sheetApis = new Map<SheetModel, Sheet>();
  private spreadsheetApi?: Spreadsheet;

  /** Who runs the script now (the session's user), for protections. */
  currentUser: () => string = () => this.book.owner;

  constructor(
    readonly runtime: Runtime,
    readonly book: SpreadsheetModel,
    readonly engine: FormulaEngine,
    readonly ui: UiService,
  ) {
    this.enums = {
      ProtectionType: runtime.enumOf('ProtectionType', ['SHEET', 'RANGE'] as const),
      DataValidationCriteria: runtime.enumOf('DataValidationCriteria', CRITERIA),
      ChartType: runtime.enumOf('ChartType', CHART_TYPES),
      DeveloperMetadataVisibility: runtime.enumOf('DeveloperMetadataVisibility', [
        'DOCUMENT',
        'PROJECT',
      ] as const),
      DeveloperMetadataLocationType: runtime.enumOf('DeveloperMetadataLocationType', [
        'SPREADSHEET',
        'SHEET',
        'ROW',
        'COLUMN',
      ] as const),
      BooleanCriteria: runtime.enumOf('BooleanCriteria', BOOLEAN_CRITERIA),
    };
  }

  spreadsheet(): Spreadsheet {
    if (!this.spreadsheetApi) this.spreadsheetApi = this.runtime.wrap(new Spreadsheet(this), 'Spreadsheet');
    return this.spreadsheetApi;
  }

  sheet(model: SheetModel): Sheet {
    let api = this.sheetApis.get(model);
    if (!api) {
      api = this.runtime.wrap(new Sheet(this, model), 'Sheet');
      this.sheetApis.set(model, api);
    }
    return api;
  }

  range(sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number): Range {
    return this.runtime.wrap(this.rawRange(sheet, row, column, numRows, numColumns), 'Range');
  }

  /** A Range for the emulator's own use: its calls are not counted as the bundle's. */
  rawRange(sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number): Range {
    const fail = (m: string) => this.runtime.fail(m);
    if (!Number.isFinite(row) || row < 1) fail('The starting row of the range is too small.');
    if (!Number.isFinite(column) || column < 1) fail('The starting column of the range is too small.');
    if (!Number.isFinite(numRows) || numRows < 1) fail('The number of rows in the range must be at least 1.');
    if (!Number.isFinite(numColumns) || numColumns < 1) {
      fail('The number of columns in the range must be at least 1.');
    }
    if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) fail(OUTSIDE);
    return new Range(this, sheet, row, column, numRows, numColumns);
  }

  /** A1 notation, optionally sheet-qualified; open ranges run to the sheet's last row or column. */
  rangeFromA1(a1: string, defaultSheet: SheetModel): Range {
    const parsed = parseA1(String(a1));
    if (!parsed) this.runtime.fail(`Range not found`);
    const sheet = parsed.sheetName === undefined ? defaultSheet : this.book.findSheet(parsed.sheetName);
    if (!sheet) this.runtime.fail(`Range not found`);
    const endRow = parsed.endRow ?? sheet.maxRows;
    const endColumn = parsed.endColumn ?? sheet.maxColumns;
    return this.range(
      sheet,
      parsed.row,
      parsed.column,
      endRow - parsed.row + 1,
      endColumn - parsed.column + 1,
    );
  }

  /** Unwraps a Range passed back in by the bundle (the proxy hides the class). */
  rangeInfo(range: unknown): Range {
    const info = (range as { __emulatorRange?: () => Range } | null)?.__emulatorRange?.();
    if (!info) this.runtime.fail(`The parameters (${typeName(range)}) don't match the method signature.`);
    return info;
  }

  chartHost(sheet: SheetModel): ChartHost {
    return {
      runtime: this.runtime,
      containerSheetId: sheet.sheetId,
      toChartRange: (range) => {
        const r = this.rangeInfo(range);
        return { sheetId: r.sheetModel.sheetId, rect: r.rect() };
      },
      fromChartRange: (cr: ChartRange) => {
        const s = this.book.sheetById(cr.sheetId) ?? sheet;
        return this.range(s, cr.rect.row + 1, cr.rect.column + 1, cr.rect.numRows, cr.rect.numColumns);
      },
      nextChartId: () => this.book.nextChartId++,
    };
  }

  newDataValidation(): DataValidationBuilder {
    return this.runtime.wrap(new DataValidationBuilder(this), 'DataValidationBuilder');
  }

  dataValidation(rule: ValidationRule): DataValidation {
    return this.runtime.wrap(new DataValidation(this, rule), 'DataValidation');
  }

  protection(sheet: SheetModel, model: ProtectionModel): Protection {
    return this.runtime.wrap(new Protection(this, sheet, model), 'Protection');
  }

  /** A 2-D array made in the bundle's realm. */
  rows<T>(numRows: number, numColumns: number, cell: (r: number, c: number) => T): T[][] {
    const realm = this.runtime.realm;
    const out = realm.newArray(numRows) as T[][];
    for (let r = 0; r < numRows; r++) {
      const row = realm.newArray(numColumns) as T[];
      for (let c = 0; c < numColumns; c++) row[c] = cell(r, c);
      out[r] = row;
    }
    return out;
  }

  list<T>(items: T[]): T[] {
    const out = this.runtime.realm.newArray(items.length) as T[];
    items.forEach((v, i) => {
      out[i] = v;
    });
    return out;
  }

  /** The value a cell holds, as getValue returns it. */
  cellValue(sheet: SheetModel, row: number, column: number): unknown {
    const formula = sheet.formulas.get(row, column);
    let value: Scalar | null | undefined;
    let isDate: boolean;
    const format = sheet.formats.get(row, column);
    if (formula !== undefined) {
      const result = this.engine.formulaValue(sheet, row, column);
      value = result.value;
      isDate = result.isDate || isDateFormat(format);
    } else {
      value = sheet.values.get(row, column);
      isDate = isDateFormat(format);
      if (value === undefined) {
        const spill = this.engine.spillAt(sheet, row, column);
        value = spill?.value;
        isDate = spill?.isDate ?? false;
      }
    }
    if (value === undefined || value === null) return '';
    if (isDate && typeof value === 'number')
      return this.runtime.newDate(serialToMs(value, this.book.timeZone));
    return value;
  }

  displayText(sheet: SheetModel, row: number, column: number): string {
    const formula = sheet.formulas.get(row, column);
    let format = sheet.formats.get(row, column);
    let value: Scalar | null | undefined;
    if (formula !== undefined) {
      const result = this.engine.formulaValue(sheet, row, column);
      value = result.value;
      if (result.isDate && !isDateFormat(format) && typeof value === 'number') {
        format = defaultDateFormat(value, this.book.locale);
      }
    } else {
      value = sheet.values.get(row, column);
      if (value === undefined) {
        const spill = this.engine.spillAt(sheet, row, column);
        value = spill?.value;
        if (spill?.isDate && typeof value === 'number') format = defaultDateFormat(value, this.book.locale);
      }
    }
    return displayValue(value ?? null, format, this.book.locale);
  }

  /** Writes one value as setValue does; returns whether the cell's formula changed. */
  writeCell(sheet: SheetModel, row: number, column: number, value: unknown): boolean {
    const format = sheet.formats.get(row, column);
    const automatic = format === undefined || format === AUTOMATIC_FORMAT;
    let stored: Scalar | undefined;
    let formula: string | undefined;
    let newFormat: string | undefined;
    if (value === null || value === undefined || value === '') {
      stored = undefined;
    } else if (isDateValue(value)) {
      const ms = value.getTime();
      if (Number.isNaN(ms)) stored = 'Invalid Date';
      else {
        stored = msToSerial(ms, this.book.timeZone);
        if (automatic || !isDateFormat(format)) newFormat = defaultDateFormat(stored, this.book.locale);
      }
    } else if (typeof value === 'string') {
      const parsed = parseInput(value, format, this.book.locale, this.book.isoTextDates);
      if (parsed.kind === 'formula') formula = parsed.formula;
      else stored = parsed.value ?? undefined;
      if (parsed.format && automatic) newFormat = parsed.format;
    } else if (typeof value === 'number') {
      stored = Number.isFinite(value) ? value : String(value);
    } else if (typeof value === 'boolean') {
      stored = value;
    } else {
      stored = String(value);
    }
    const had = sheet.formulas.get(row, column);
    sheet.setFormula(row, column, formula);
    sheet.values.set(row, column, stored);
    if (newFormat && (automatic || isDateValue(value))) sheet.formats.set(row, column, newFormat);
    return had !== formula;
  }

  /**
   * Writes a block of values and tells the formula engine once (one recalculation per call, however big).
   * setFormulas goes through here too: a formula is a string starting with '=', as with setValues.
   */
  writeBlock(sheet: SheetModel, row: number, column: number, values: unknown[][]): void {
    this.checkEditable(sheet, { row, column, numRows: values.length, numColumns: values[0]?.length ?? 0 });
    // Checked before anything is written: Sheets refuses the whole write.
    for (const cells of values) {
      for (const value of cells) {
        if (typeof value === 'string' && value.length > MAX_CELL_CHARACTERS) {
          this.runtime.fail(
            `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
          );
        }
      }
    }
    let formulasChanged = false;
    const numColumns = values[0]?.length ?? 0;
    for (let r = 0; r < values.length; r++) {
      const cells = values[r] as unknown[];
      for (let c = 0; c < cells.length; c++) {
        formulasChanged = this.writeCell(sheet, row + r, column + c, cells[c]) || formulasChanged;
      }
    }
    this.engine.cellsChanged(sheet, { row, column, numRows: values.length, numColumns }, formulasChanged);
  }

  structureChanged(): void {
    this.engine.rebuild();
  }

  /** The last row with content: values, formulas, and the cells arrays spilled into (1-based; 0 when empty). */
  /** Whether the current user may edit under a protection: the owner, a listed editor, or anyone. */
  canEditUnder(protection: ProtectionModel): boolean {
    if (protection.warningOnly || protection.mirrors || protection.domainEdit) return true;
    const user = this.currentUser().toLowerCase();
    if (user !== '' && user === this.book.owner.toLowerCase()) return true;
    return user !== '' && protection.editors.some((editor) => editor.toLowerCase() === user);
  }

  /**
   * Refuses a change of cells under a protection the current user may not edit, before anything changes, with
   * Google's message. A warning-only protection lets anyone through (the warning is the interface's).
   */
  checkEditable(sheet: SheetModel, rect: Rect): void {
    const overlaps = (a: Rect, b: Rect) =>
      a.row < b.row + b.numRows &&
      b.row < a.row + a.numRows &&
      a.column < b.column + b.numColumns &&
      b.column < a.column + a.numColumns;
    const inside = (a: Rect, b: Rect) =>
      a.row >= b.row &&
      a.column >= b.column &&
      a.row + a.numRows <= b.row + b.numRows &&
      a.column + a.numColumns <= b.column + b.numColumns;
    for (const protection of sheet.protections) {
      if (this.canEditUnder(protection)) continue;
      const area = protection.rect ?? {
        row: 0,
        column: 0,
        numRows: sheet.maxRows,
        numColumns: sheet.maxColumns,
      };
      if (!overlaps(area, rect)) continue;
      // A sheet protection's unprotected ranges stay open to everyone.
      if (protection.type === 'SHEET' && protection.unprotected.some((open) => inside(rect, open))) continue;
      this.runtime.fail(
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      );
    }
  }

  /**
   * Refuses a change that would take the spreadsheet over its 10 million cells ("Up to 10 million cells or
   * 18,278 columns", https://support.google.com/drive/answer/37603), before anything changes.
   */
  checkCellLimit(addedCells: number, addedColumnsTo?: SheetModel): void {
    const cells = this.book.sheets.reduce((sum, sheet) => sum + sheet.maxRows * sheet.maxColumns, 0);
    if (cells + addedCells > MAX_CELLS) {
      this.runtime.fail(
        `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
      );
    }
    if (addedColumnsTo && addedColumnsTo.maxColumns + addedCells / addedColumnsTo.maxRows > MAX_COLUMNS) {
      this.runtime.fail(
        `This action would increase the number of columns in the sheet above the limit of ${MAX_COLUMNS}.`,
      );
    }
  }

  lastRow(sheet: SheetModel): number {
    return Math.max(sheet.lastRow(), this.engine.spillExtent(sheet).lastRow);
  }

  lastColumn(sheet: SheetModel): number {
    return Math.max(sheet.lastColumn(), this.engine.spillExtent(sheet).lastColumn);
  }

  /** The look conditional formatting gives a cell when the sheet is drawn (0-based row and column). */
  conditionalLook(sheet: SheetModel, row: number, column: number): ConditionalFormat | undefined {
    if (sheet.conditionalRules.length === 0) return undefined;
    return conditionalLook(
      sheet.conditionalRules,
      row,
      column,
      () => {
        const value = this.cellValue(sheet, row, column);
        return {
          value: typeof value === 'object' ? null : (value as Scalar),
          text: this.displayText(sheet, row, column),
        };
      },
      (formula, anchor) => this.engine.formulaHolds(sheet, formula, anchor, row, column),
    );
  }
}

// -----------------------------------------------------------------------------------------------------------

export class Spreadsheet {
  constructor(private readonly s: SpreadsheetService) {}

  getId(): string {
    return this.s.book.id;
  }

  getName(): string {
    return this.s.book.name;
  }

  rename(newName: string): void {
    this.s.book.name = String(newName);
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.s.book.id}/edit`;
  }

  getSheets(): Sheet[] {
    return this.s.list(this.s.book.sheets.map((m) => this.s.sheet(m)));
  }

  getNumSheets(): number {
    return this.s.book.sheets.length;
  }

  getSheetByName(name: string): Sheet | null {
    const model = this.s.book.findSheet(String(name));
    return model ? this.s.sheet(model) : null;
  }

  /** The owner (a User), or null where Google gives none (a shared drive, no owner recorded). */
  getOwner(): object | null {
    const email = this.s.book.owner;
    return email === ''
      ? null
      : this.s.runtime.wrap({ getEmail: () => email, toString: () => email }, 'User');
  }

  getSheetById(id: number): Sheet | null {
    const model = this.s.book.sheetById(Number(id));
    return model ? this.s.sheet(model) : null;
  }

  getActiveSheet(): Sheet {
    return this.s.sheet(this.s.book.activeSheet());
  }

  setActiveSheet(sheet: Sheet): Sheet {
    const model = sheetModelOf(this.s, sheet);
    this.s.book.activeSheetId = model.sheetId;
    return this.s.sheet(model);
  }

  getSheetName(): string {
    return this.s.book.activeSheet().name;
  }

  insertSheet(...args: unknown[]): Sheet {
    let name: string | undefined;
    let index: number | undefined;
    for (const a of args) {
      if (typeof a === 'string') name = a;
      else if (typeof a === 'number') index = a;
    }
    const book = this.s.book;
    if (name === undefined) {
      const base = book.locale.startsWith('th') ? 'ชีต' : 'Sheet';
      let n = book.sheets.length + 1;
      while (book.findSheet(`${base}${n}`)) n++;
      name = `${base}${n}`;
    }
    checkSheetName(this.s, name, undefined);
    this.s.checkCellLimit(DEFAULT_ROWS * DEFAULT_COLUMNS);
    const position =
      index === undefined ? book.sheets.length : Math.max(0, Math.min(index, book.sheets.length));
    const model = book.addSheet(name, position);
    book.activeSheetId = model.sheetId; // "The new sheet becomes the active sheet."
    this.s.structureChanged();
    return this.s.sheet(model);
  }

  deleteSheet(sheet: Sheet): void {
    const model = sheetModelOf(this.s, sheet);
    const book = this.s.book;
    if (book.sheets.length <= 1) {
      this.s.runtime.fail("You can't remove all the sheets in a document.");
    }
    book.sheets.splice(book.sheets.indexOf(model), 1);
    if (book.activeSheetId === model.sheetId) book.activeSheetId = (book.sheets[0] as SheetModel).sheetId;
    this.s.structureChanged();
  }

  renameActiveSheet(newName: string): void {
    this.s.sheet(this.s.book.activeSheet()).setName(newName);
  }

  getRange(a1Notation: string): Range {
    return this.s.rangeFromA1(a1Notation, this.s.book.activeSheet());
  }

  getActiveRange(): Range {
    return this.s.range(this.s.book.activeSheet(), 1, 1, 1, 1);
  }

  getSpreadsheetTimeZone(): string {
    return this.s.book.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    } catch {
      this.s.runtime.fail(`Invalid argument: ${timezone}`);
    }
    this.s.book.timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    return this.s.book.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.s.book.locale = String(locale);
  }

  getProtections(type: EnumValue): Protection[] {
    const wanted = String(type);
    return this.s.list(
      this.s.book.sheets.flatMap((sheet) =>
        sheet.protections.filter((p) => p.type === wanted).map((p) => this.s.protection(sheet, p)),
      ),
    );
  }

  addDeveloperMetadata(...args: unknown[]): Spreadsheet {
    addMetadata(this.s, { kind: 'SPREADSHEET' }, args);
    return this.s.spreadsheet();
  }

  /** The spreadsheet's own metadata (a sheet's is the sheet's). */
  getDeveloperMetadata(): unknown[] {
    return metadataApis(this.s, { kind: 'SPREADSHEET' });
  }

  /** A finder over the spreadsheet's metadata and every sheet's. */
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return this.s.runtime.wrap(new DeveloperMetadataFinder(this.s, undefined), 'DeveloperMetadataFinder');
  }

  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.s.toasts.push({ message: String(msg), title: title ?? '', timeoutSeconds: timeoutSeconds ?? 5 });
  }
}

function sheetModelOf(s: SpreadsheetService, sheet: unknown): SheetModel {
  const model = (sheet as { __emulatorSheet?: () => SheetModel } | null)?.__emulatorSheet?.();
  if (!model || !s.book.sheets.includes(model)) {
    s.runtime.fail(`The parameters (${typeName(sheet)}) don't match the method signature.`);
  }
  return model;
}

function checkSheetName(s: SpreadsheetService, name: string, self: SheetModel | undefined): void {
  if (name.trim() === '') s.runtime.fail('Sheet names cannot be empty.');
  const existing = s.book.findSheet(name);
  if (existing && existing !== self && existing.name.toLowerCase() === name.toLowerCase()) {
    s.runtime.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}

// -----------------------------------------------------------------------------------------------------------

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

// -----------------------------------------------------------------------------------------------------------

export class Range {
  constructor(
    private readonly s: SpreadsheetService,
    readonly sheetModel: SheetModel,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
  ) {}

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
      return `${columnToLetters(this.column)}:${columnToLetters(this.column + this.numColumns - 1)}`;
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
      STYLE_DEFAULTS[key]) as Required<Style>[K];
  }

  private styles<K extends keyof Style>(key: K): Required<Style>[K][][] {
    return this.each(
      (r, c) => (this.sheetModel.styles.get(r, c)?.[key] ?? STYLE_DEFAULTS[key]) as Required<Style>[K],
    );
  }

  setFontWeight(fontWeight: string | null): Range {
    return this.setStyle('fontWeight', fontWeight);
  }
  setFontWeights(fontWeights: unknown[][]): Range {
    return this.setStyles('fontWeight', fontWeights, 'setFontWeights');
  }
  getFontWeight(): string {
    return this.style('fontWeight');
  }
  getFontWeights(): string[][] {
    return this.styles('fontWeight');
  }
  setFontSize(size: number): Range {
    return this.setStyle('fontSize', size);
  }
  setFontSizes(sizes: unknown[][]): Range {
    return this.setStyles('fontSize', sizes, 'setFontSizes');
  }
  getFontSize(): number {
    return this.style('fontSize');
  }
  getFontSizes(): number[][] {
    return this.styles('fontSize');
  }
  setFontColor(color: string | null): Range {
    return this.setStyle('fontColor', color);
  }
  setFontColors(colors: unknown[][]): Range {
    return this.setStyles('fontColor', colors, 'setFontColors');
  }
  getFontColor(): string {
    return this.style('fontColor');
  }
  getFontColors(): string[][] {
    return this.styles('fontColor');
  }
  setFontStyle(fontStyle: string | null): Range {
    return this.setStyle('fontStyle', fontStyle);
  }
  getFontStyle(): string {
    return this.style('fontStyle');
  }
  setFontFamily(fontFamily: string | null): Range {
    return this.setStyle('fontFamily', fontFamily);
  }
  getFontFamily(): string {
    return this.style('fontFamily');
  }
  setFontLine(fontLine: string | null): Range {
    return this.setStyle('fontLine', fontLine);
  }
  getFontLine(): string {
    return this.style('fontLine');
  }
  setBackground(color: string | null): Range {
    return this.setStyle('background', color);
  }
  setBackgrounds(colors: unknown[][]): Range {
    return this.setStyles('background', colors, 'setBackgrounds');
  }
  getBackground(): string {
    return this.style('background');
  }
  getBackgrounds(): string[][] {
    return this.styles('background');
  }
  setHorizontalAlignment(alignment: string | null): Range {
    return this.setStyle('horizontalAlignment', alignment);
  }
  setHorizontalAlignments(alignments: unknown[][]): Range {
    return this.setStyles('horizontalAlignment', alignments, 'setHorizontalAlignments');
  }
  getHorizontalAlignment(): string {
    return this.style('horizontalAlignment');
  }
  getHorizontalAlignments(): string[][] {
    return this.styles('horizontalAlignment');
  }
  setVerticalAlignment(alignment: string | null): Range {
    return this.setStyle('verticalAlignment', alignment);
  }
  getVerticalAlignment(): string {
    return this.style('verticalAlignment');
  }
  setWrap(isWrapEnabled: boolean): Range {
    return this.setStyle('wrap', Boolean(isWrapEnabled));
  }
  setWraps(isWrapEnabled: unknown[][]): Range {
    return this.setStyles('wrap', isWrapEnabled, 'setWraps');
  }
  getWrap(): boolean {
    return this.style('wrap');
  }
  getWraps(): boolean[][] {
    return this.styles('wrap');
  }

  /** Borders are accepted and not modelled (Apps Script has no border getter either). */
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
    const args =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
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

// -----------------------------------------------------------------------------------------------------------

export class Protection {
  constructor(
    private readonly s: SpreadsheetService,
    private readonly sheet: SheetModel,
    private readonly m: ProtectionModel,
  ) {}

  private self(): Protection {
    return this.s.protection(this.sheet, this.m);
  }

  getProtectionType(): EnumValue {
    return this.s.enums.ProtectionType[this.m.type];
  }

  getRange(): Range {
    const r = this.m.rect ?? {
      row: 0,
      column: 0,
      numRows: this.sheet.maxRows,
      numColumns: this.sheet.maxColumns,
    };
    return this.s.range(this.sheet, r.row + 1, r.column + 1, r.numRows, r.numColumns);
  }

  setDescription(description: string): Protection {
    this.m.description = String(description);
    return this.self();
  }

  getDescription(): string {
    return this.m.description;
  }

  setWarningOnly(warningOnly: boolean): Protection {
    this.m.warningOnly = Boolean(warningOnly);
    return this.self();
  }

  isWarningOnly(): boolean {
    return this.m.warningOnly;
  }

  /** "Determines whether the user has permission to edit the protected range or sheet." */
  canEdit(): boolean {
    return this.s.canEditUnder(this.m);
  }

  /** The first change of the editors ends the mirroring: the list starts from the owner and the current user. */
  private ownList(): void {
    if (!this.m.mirrors) return;
    this.m.mirrors = false;
    this.m.editors = [...new Set([this.s.book.owner, this.s.currentUser()].filter((e) => e !== ''))];
  }

  addEditor(emailAddress: string): Protection {
    this.ownList();
    const email = String(emailAddress);
    if (!this.m.editors.some((e) => e.toLowerCase() === email.toLowerCase())) this.m.editors.push(email);
    return this.self();
  }

  addEditors(emailAddresses: string[]): Protection {
    for (const e of emailAddresses) this.addEditor(e);
    return this.self();
  }

  /** "Neither the owner of the spreadsheet nor the current user can be removed." */
  removeEditors(emailAddresses: unknown[]): Protection {
    this.ownList();
    const keep = [this.s.book.owner, this.s.currentUser()].map((e) => e.toLowerCase());
    const gone = emailAddresses.map((e) =>
      (typeof e === 'string'
        ? e
        : String((e as { getEmail?: () => string })?.getEmail?.() ?? e)
      ).toLowerCase(),
    );
    this.m.editors = this.m.editors.filter(
      (e) => keep.includes(e.toLowerCase()) || !gone.includes(e.toLowerCase()),
    );
    return this.self();
  }

  removeEditor(emailAddress: unknown): Protection {
    return this.removeEditors([emailAddress]);
  }

  getEditors(): object[] {
    const emails = this.m.mirrors
      ? [...new Set([this.s.book.owner, this.s.currentUser()].filter((e) => e !== ''))]
      : this.m.editors;
    return this.s.list(emails.map((email) => this.s.runtime.wrap({ getEmail: () => email }, 'User')));
  }

  canDomainEdit(): boolean {
    return Boolean(this.m.domainEdit);
  }

  setDomainEdit(editable: boolean): Protection {
    this.m.domainEdit = Boolean(editable);
    if (!editable) this.ownList();
    return this.self();
  }

  setUnprotectedRanges(ranges: unknown[]): Protection {
    this.m.unprotected = ranges.map((r) => this.s.rangeInfo(r).rect());
    return this.self();
  }

  getUnprotectedRanges(): Range[] {
    return this.s.list(
      this.m.unprotected.map((r) =>
        this.s.range(this.sheet, r.row + 1, r.column + 1, r.numRows, r.numColumns),
      ),
    );
  }

  remove(): void {
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this.m);
  }
}

// -----------------------------------------------------------------------------------------------------------

function ruleOf(s: SpreadsheetService, rule: unknown): ValidationRule {
  const model = (rule as { __emulatorRule?: () => ValidationRule } | null)?.__emulatorRule?.();
  if (!model)
    s.runtime.fail(
      `The parameters (${typeName(rule)}) don't match the method signature for SpreadsheetApp.Range.setDataValidation.`,
    );
  return model;
}

export class DataValidation {
  constructor(
    private readonly s: SpreadsheetService,
    private readonly m: ValidationRule,
  ) {}

  __emulatorRule(): ValidationRule {
    return this.m;
  }

  getCriteriaType(): EnumValue {
    return this.s.enums.DataValidationCriteria[this.m.criteria as (typeof CRITERIA)[number]];
  }

  getCriteriaValues(): unknown[] {
    return this.s.list(
      this.m.args.map((a) => {
        if (Array.isArray(a)) return this.s.list(a);
        if (a && typeof a === 'object' && 'sheetId' in a) {
          const cr = a as ChartRange;
          const sheet = this.s.book.sheetById(cr.sheetId);
          return sheet
            ? this.s.range(sheet, cr.rect.row + 1, cr.rect.column + 1, cr.rect.numRows, cr.rect.numColumns)
            : null;
        }
        if (a && typeof a === 'object' && 'date' in a)
          return this.s.runtime.newDate((a as { date: number }).date);
        return a;
      }),
    );
  }

  getAllowInvalid(): boolean {
    return this.m.allowInvalid;
  }

  getHelpText(): string {
    return this.m.helpText;
  }

  copy(): DataValidationBuilder {
    return this.s.runtime.wrap(new DataValidationBuilder(this.s, this.m), 'DataValidationBuilder');
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder */
export class DataValidationBuilder {
  private m: ValidationRule;

  constructor(
    private readonly s: SpreadsheetService,
    from?: ValidationRule,
  ) {
    // "The default for new data validation rules is true" (setAllowInvalid).
    this.m = from ? structuredClone(from) : { criteria: '', args: [], allowInvalid: true, helpText: '' };
  }

  private self(): DataValidationBuilder {
    return this.s.runtime.wrap(this, 'DataValidationBuilder');
  }

  private require(criteria: string, args: unknown[]): DataValidationBuilder {
    this.m.criteria = criteria;
    this.m.args = args;
    return this.self();
  }

  private date(d: unknown): { date: number } {
    if (!isDateValue(d))
      this.s.runtime.fail(`The parameters (${typeName(d)}) don't match the method signature.`);
    return { date: d.getTime() };
  }

  requireValueInList(values: unknown[], showDropdown = true): DataValidationBuilder {
    if (!Array.isArray(values)) {
      this.s.runtime.fail(
        `The parameters (${typeName(values)}) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.`,
      );
    }
    return this.require('VALUE_IN_LIST', [values.map((v) => String(v)), Boolean(showDropdown)]);
  }

  requireValueInRange(range: unknown, showDropdown = true): DataValidationBuilder {
    const r = this.s.rangeInfo(range);
    return this.require('VALUE_IN_RANGE', [
      { sheetId: r.sheetModel.sheetId, rect: r.rect() },
      Boolean(showDropdown),
    ]);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): DataValidationBuilder {
    const args =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
    return this.require('CHECKBOX', args);
  }

  requireDate(): DataValidationBuilder {
    return this.require('DATE_IS_VALID_DATE', []);
  }

  requireDateAfter(date: Date): DataValidationBuilder {
    return this.require('DATE_AFTER', [this.date(date)]);
  }

  requireDateBefore(date: Date): DataValidationBuilder {
    return this.require('DATE_BEFORE', [this.date(date)]);
  }

  requireDateBetween(start: Date, end: Date): DataValidationBuilder {
    return this.require('DATE_BETWEEN', [this.date(start), this.date(end)]);
  }

  requireDateOnOrAfter(date: Date): DataValidationBuilder {
    return this.require('DATE_ON_OR_AFTER', [this.date(date)]);
  }

  requireDateOnOrBefore(date: Date): DataValidationBuilder {
    return this.require('DATE_ON_OR_BEFORE', [this.date(date)]);
  }

  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    return this.require('NUMBER_BETWEEN', [Number(start), Number(end)]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    return this.require('NUMBER_GREATER_THAN_OR_EQUAL_TO', [Number(number)]);
  }

  requireNumberGreaterThan(number: number): DataValidationBuilder {
    return this.require('NUMBER_GREATER_THAN', [Number(number)]);
  }

  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilder {
    return this.require('NUMBER_LESS_THAN_OR_EQUAL_TO', [Number(number)]);
  }

  requireTextIsUrl(): DataValidationBuilder {
    return this.require('TEXT_IS_VALID_URL', []);
  }

  requireTextIsEmail(): DataValidationBuilder {
    return this.require('TEXT_IS_VALID_EMAIL', []);
  }

  requireFormulaSatisfied(formula: string): DataValidationBuilder {
    return this.require('CUSTOM_FORMULA', [String(formula)]);
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.m.allowInvalid = Boolean(allowInvalidData);
    return this.self();
  }

  setHelpText(helpText: string): DataValidationBuilder {
    this.m.helpText = String(helpText);
    return this.self();
  }

  getCriteriaType(): EnumValue | null {
    return this.m.criteria
      ? this.s.enums.DataValidationCriteria[this.m.criteria as (typeof CRITERIA)[number]]
      : null;
  }

  build(): DataValidation {
    if (!this.m.criteria)
      this.s.runtime.fail('You must set a criteria type before building a data validation rule.');
    return this.s.dataValidation(structuredClone(this.m));
  }
}

// -----------------------------------------------------------------------------------------------------------

/** The SpreadsheetApp global. */
export function createSpreadsheetApp(s: SpreadsheetService): object {
  const app = {
    getActiveSpreadsheet: () => s.spreadsheet(),
    getActive: () => s.spreadsheet(),
    getActiveSheet: () => s.sheet(s.book.activeSheet()),
    getActiveRange: () => s.range(s.book.activeSheet(), 1, 1, 1, 1),
    getUi: () => s.ui.api(),
    newDataValidation: () => s.newDataValidation(),
    newConditionalFormatRule: () =>
      s.runtime.wrap(new ConditionalFormatRuleBuilder(s), 'ConditionalFormatRuleBuilder'),
    newTextStyle: () => s.runtime.wrap(new TextStyleBuilder(s), 'TextStyleBuilder'),
    flush: () => undefined,
    openById: (_id: string) => s.runtime.fail('You do not have permission to call SpreadsheetApp.openById'),
    openByUrl: (_url: string) =>
      s.runtime.fail('You do not have permission to call SpreadsheetApp.openByUrl'),
    ProtectionType: s.enums.ProtectionType,
    DataValidationCriteria: s.enums.DataValidationCriteria,
    DeveloperMetadataVisibility: s.enums.DeveloperMetadataVisibility,
    DeveloperMetadataLocationType: s.enums.DeveloperMetadataLocationType,
    BooleanCriteria: s.enums.BooleanCriteria,
    WrapStrategy: s.runtime.enumOf('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP'] as const),
    BorderStyle: s.runtime.enumOf('BorderStyle', [
      'DOTTED',
      'DASHED',
      'SOLID',
      'SOLID_MEDIUM',
      'SOLID_THICK',
      'DOUBLE',
    ] as const),
  };
  return s.runtime.wrap(app, 'SpreadsheetApp');
}
