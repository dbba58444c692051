// Saving the spreadsheet (and the document's properties) to a JSON file and loading it back.

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Scalar } from './cells';
import { Grid } from './grid';
import {
  type ChartModel,
  type ConditionalRuleModel,
  type MetadataModel,
  type ProtectionModel,
  type Rect,
  SheetModel,
  SpreadsheetModel,
  type Style,
  type ValidationRule,
} from './model';
import type { PropertyStores } from './services';

export const FORMAT = 'kr-tracker-emulator/1';

interface SavedSheet {
  sheetId: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  hidden: boolean;
  columnWidths: [number, number][];
  rowHeights: [number, number][];
  values: [number, (Scalar | null)[]][];
  formulas: [number, (string | null)[]][];
  formats: [number, (string | null)[]][];
  notes: [number, (string | null)[]][];
  styleTable: Style[];
  styles: [number, (number | null)[]][];
  validationTable: ValidationRule[];
  validations: [number, (number | null)[]][];
  merges: Rect[];
  protections: ProtectionModel[];
  charts: ChartModel[];
  metadata?: MetadataModel[];
  conditionalRules?: ConditionalRuleModel[];
}

export interface SavedSpreadsheet {
  format: typeof FORMAT;
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  owner?: string;
  activeSheetId: number;
  nextSheetId: number;
  nextChartId: number;
  nextMetadataId?: number;
  metadata?: MetadataModel[];
  sheets: SavedSheet[];
  properties: PropertyStores;
}

/** Shared objects (styles, rules) are written once in a table and referenced by index. */
function tabled<T extends object>(grid: Grid<T>): { table: T[]; cells: [number, (number | null)[]][] } {
  const table: T[] = [];
  const index = new Map<T, number>();
  const cells = new Grid<number>();
  for (const [r, c, v] of grid.entries()) {
    let i = index.get(v);
    if (i === undefined) {
      i = table.length;
      table.push(v);
      index.set(v, i);
    }
    cells.set(r, c, i);
  }
  return { table, cells: cells.toJSON() };
}

function untabled<T>(table: T[], cells: [number, (number | null)[]][]): Grid<T> {
  const grid = new Grid<T>();
  for (const [r, row] of cells) {
    grid.rows[r] = row.map((i) => (i === null ? undefined : table[i]));
  }
  return grid;
}

export function serialize(book: SpreadsheetModel, properties: PropertyStores): SavedSpreadsheet {
  return {
    format: FORMAT,
    id: book.id,
    name: book.name,
    locale: book.locale,
    timeZone: book.timeZone,
    owner: book.owner,
    activeSheetId: book.activeSheetId,
    nextSheetId: book.nextSheetId,
    nextChartId: book.nextChartId,
    nextMetadataId: book.nextMetadataId,
    metadata: structuredClone(book.metadata),
    properties: structuredClone(properties),
    sheets: book.sheets.map((s) => {
      const styles = tabled(s.styles);
      const validations = tabled(s.validations);
      return {
        sheetId: s.sheetId,
        name: s.name,
        maxRows: s.maxRows,
        maxColumns: s.maxColumns,
        frozenRows: s.frozenRows,
        frozenColumns: s.frozenColumns,
        tabColor: s.tabColor,
        hidden: s.hidden,
        columnWidths: [...s.columnWidths],
        rowHeights: [...s.rowHeights],
        values: s.values.toJSON(),
        formulas: s.formulas.toJSON(),
        formats: s.formats.toJSON(),
        notes: s.notes.toJSON(),
        styleTable: styles.table,
        styles: styles.cells,
        validationTable: validations.table,
        validations: validations.cells,
        merges: structuredClone(s.merges),
        protections: structuredClone(s.protections),
        charts: structuredClone(s.charts),
        metadata: structuredClone(s.metadata),
        conditionalRules: structuredClone(s.conditionalRules),
      };
    }),
  };
}

export function deserialize(data: SavedSpreadsheet): { book: SpreadsheetModel; properties: PropertyStores } {
  if (data.format !== FORMAT)
    throw new Error(`Emulator: not a saved spreadsheet (format ${String(data.format)})`);
  const book = new SpreadsheetModel(data.id, data.name, data.locale, data.timeZone);
  book.activeSheetId = data.activeSheetId;
  book.owner = data.owner ?? '';
  book.nextSheetId = data.nextSheetId;
  book.nextChartId = data.nextChartId;
  book.nextMetadataId = data.nextMetadataId ?? 1;
  book.metadata = data.metadata ?? [];
  for (const saved of data.sheets) {
    const s = new SheetModel(saved.sheetId, saved.name, saved.maxRows, saved.maxColumns);
    s.frozenRows = saved.frozenRows;
    s.frozenColumns = saved.frozenColumns;
    s.tabColor = saved.tabColor;
    s.hidden = saved.hidden;
    s.columnWidths = new Map(saved.columnWidths);
    s.rowHeights = new Map(saved.rowHeights);
    s.values = Grid.fromJSON(saved.values);
    s.formulas = Grid.fromJSON(saved.formulas);
    s.formats = Grid.fromJSON(saved.formats);
    s.notes = Grid.fromJSON(saved.notes);
    s.styles = untabled(saved.styleTable, saved.styles);
    s.validations = untabled(saved.validationTable, saved.validations);
    s.merges = saved.merges;
    s.protections = saved.protections;
    s.charts = saved.charts;
    s.metadata = saved.metadata ?? [];
    s.conditionalRules = saved.conditionalRules ?? [];
    s.recountFormulas();
    book.sheets.push(s);
  }
  return { book, properties: data.properties };
}

export function writeSaved(path: string, data: SavedSpreadsheet): void {
  mkdirSync(dirname(path), { recursive: true });
  // Write then rename, so a crash mid-write never leaves half a spreadsheet behind.
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify(data));
  renameSync(tmp, path);
}

export function readSaved(path: string): SavedSpreadsheet | undefined {
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8')) as SavedSpreadsheet;
}
