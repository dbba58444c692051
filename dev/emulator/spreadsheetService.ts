// SpreadsheetService: the model, engine, factories, reads, writes and checks all the API objects share.
// https://developers.google.com/apps-script/reference/spreadsheet

import { parseA1 } from './a1';
import { OUTSIDE, typeName } from './argErrors';
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
import { CHART_TYPES, type ChartHost } from './charts';
import { BOOLEAN_CRITERIA, conditionalLook } from './conditional';
import { CRITERIA, DataValidation, DataValidationBuilder } from './dataValidation';
import type { FormulaEngine } from './formulas';
import type {
  ChartRange,
  ConditionalFormat,
  ProtectionModel,
  Rect,
  SheetModel,
  SpreadsheetModel,
  ValidationRule,
} from './model';
import { Protection } from './protection';
import { Range } from './range';
import type { EnumValue, Runtime } from './runtime';
import { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';
import type { UiService } from './ui';

/** Google's limits of a spreadsheet: https://support.google.com/drive/answer/37603 (cells, columns, characters). */
const MAX_CELLS = 10_000_000;
const MAX_COLUMNS = 18_278;
const MAX_CELL_CHARACTERS = 50_000;

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

  /** The last row with content: values, formulas, and the cells arrays spilled into (1-based; 0 when empty). */
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
