// The in-memory spreadsheet model: sheets, their cell layers, merges, protections and charts (no API here).

import type { Scalar } from './cells';
import { Grid } from './grid';

export interface Rect {
  row: number; // 0-based
  column: number; // 0-based
  numRows: number;
  numColumns: number;
}

/** Cell formatting. Objects are shared and never mutated: a change makes a new object. */
export interface Style {
  fontWeight?: string;
  fontSize?: number;
  fontColor?: string;
  background?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
  fontStyle?: string;
  fontFamily?: string;
  fontLine?: string;
}

export interface ValidationRule {
  criteria: string; // a SpreadsheetApp.DataValidationCriteria name
  args: unknown[]; // plain JSON (ranges as { sheetId, rect })
  allowInvalid: boolean;
  helpText: string;
}

export interface ProtectionModel {
  type: 'SHEET' | 'RANGE';
  rect?: Rect;
  description: string;
  warningOnly: boolean;
  /**
   * Who may edit, once the list was set; until a script changes it "the permissions mirror those of the
   * spreadsheet itself" (https://developers.google.com/apps-script/reference/spreadsheet/range#protect()).
   */
  editors: string[];
  /** The editors still mirror the spreadsheet's: anyone who may edit it may edit here. */
  mirrors?: boolean;
  /** All users of the domain may edit. */
  domainEdit?: boolean;
  unprotected: Rect[];
}

export interface ChartRange {
  sheetId: number;
  rect: Rect;
}

export interface ChartModel {
  chartId: number;
  type: string; // a Charts.ChartType name
  ranges: ChartRange[];
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

/** Developer metadata set on a sheet or on the spreadsheet (key, value and visibility, as Google keeps them). */
export interface MetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
}

/** The look a conditional format rule gives a cell; only what the rule sets. */
export interface ConditionalFormat {
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: boolean;
}

/** A conditional format rule: a boolean condition (a BooleanCriteria name and its values) over ranges. */
export interface ConditionalRuleModel {
  /** The sheet of the ranges (setRanges takes them from one sheet). */
  sheetId?: number;
  ranges: Rect[];
  criteria: string;
  values: unknown[];
  format: ConditionalFormat;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export class SheetModel {
  values = new Grid<Scalar>();
  formulas = new Grid<string>();
  formats = new Grid<string>();
  styles = new Grid<Style>();
  validations = new Grid<ValidationRule>();
  notes = new Grid<string>();
  merges: Rect[] = [];
  protections: ProtectionModel[] = [];
  charts: ChartModel[] = [];
  metadata: MetadataModel[] = [];
  conditionalRules: ConditionalRuleModel[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  hidden = false;
  formulaCount = 0;

  constructor(
    public sheetId: number,
    public name: string,
    public maxRows = DEFAULT_ROWS,
    public maxColumns = DEFAULT_COLUMNS,
  ) {}

  /** Last row/column with content (values or formulas), 1-based; 0 when empty. */
  lastRow(): number {
    return Math.max(this.values.lastRow(), this.formulas.lastRow()) + 1;
  }

  lastColumn(): number {
    return Math.max(this.values.lastColumn(), this.formulas.lastColumn()) + 1;
  }

  setFormula(row: number, column: number, formula: string | undefined): void {
    const had = this.formulas.get(row, column) !== undefined;
    this.formulas.set(row, column, formula);
    this.formulaCount += (formula !== undefined ? 1 : 0) - (had ? 1 : 0);
  }

  recountFormulas(): void {
    let n = 0;
    for (const _ of this.formulas.entries()) n++;
    this.formulaCount = n;
  }
}

export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  activeSheetId = 0;
  nextSheetId = 0;
  nextChartId = 1;
  nextMetadataId = 1;
  /** Developer metadata on the spreadsheet itself. */
  metadata: MetadataModel[] = [];
  /** Whether typed ISO text (2025-01-15) becomes a date, as in the locales seen so far (see parseInput). */
  isoTextDates = true;
  /** The e-mail of the spreadsheet's owner: the one user no protection keeps out. */
  owner = '';

  constructor(
    public id: string,
    public name: string,
    public locale: string,
    public timeZone: string,
  ) {}

  findSheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return (
      this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === lower)
    );
  }

  sheetById(sheetId: number): SheetModel | undefined {
    return this.sheets.find((s) => s.sheetId === sheetId);
  }

  activeSheet(): SheetModel {
    return this.sheetById(this.activeSheetId) ?? (this.sheets[0] as SheetModel);
  }

  addSheet(name: string, index = this.sheets.length): SheetModel {
    const sheet = new SheetModel(this.nextSheetId, name);
    // Real sheet ids are large random numbers except the first sheet's 0; keep them stable and distinct.
    this.nextSheetId = this.nextSheetId === 0 ? 1_000_001 : this.nextSheetId + 1_000_003;
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }
}
