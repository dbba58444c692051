// The SpreadsheetApp global and its Spreadsheet; sheets, ranges and shared state have modules of their own.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app

import { typeName } from './argErrors';
import { ConditionalFormatRuleBuilder } from './conditional';
import { addMetadata, DeveloperMetadataFinder, metadataApis } from './metadata';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, type SheetModel } from './model';
import type { Protection } from './protection';
import type { Range } from './range';
import type { EnumValue } from './runtime';
import { checkSheetName, type Sheet } from './sheet';
import type { SpreadsheetService } from './spreadsheetService';
import { TextStyleBuilder } from './textStyle';

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
