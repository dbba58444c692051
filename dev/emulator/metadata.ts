// Developer metadata: key-value pairs kept on the spreadsheet or a sheet, found again by key through a finder.
// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
// https://developers.google.com/workspace/sheets/api/guides/metadata

import type { MetadataModel, SheetModel } from './model';
import type { EnumValue } from './runtime';
import type { SpreadsheetService } from './spreadsheetService';

/** "You can store up to 30,000 characters for the spreadsheet … and 30,000 characters for each sheet." */
export const METADATA_CHARACTER_LIMIT = 30_000;

/** Where a piece of metadata lives: on a sheet, or on the spreadsheet itself. */
export type MetadataOwner = { kind: 'SHEET'; sheet: SheetModel } | { kind: 'SPREADSHEET' };

function listOf(s: SpreadsheetService, owner: MetadataOwner): MetadataModel[] {
  return owner.kind === 'SHEET' ? owner.sheet.metadata : s.book.metadata;
}

function characters(list: readonly MetadataModel[]): number {
  return list.reduce((sum, m) => sum + m.key.length + (m.value?.length ?? 0), 0);
}

/**
 * addDeveloperMetadata(key), (key, visibility), (key, value) and (key, value, visibility), on a sheet or the
 * spreadsheet. Visibility defaults to DOCUMENT, as the Sheets API requires one and Apps Script gives this.
 */
export function addMetadata(s: SpreadsheetService, owner: MetadataOwner, args: unknown[]): void {
  const [key, second, third] = args;
  if (typeof key !== 'string' || key === '') s.runtime.fail('Developer metadata must have a key.');
  let value: string | null = null;
  let visibility: unknown;
  if (typeof second === 'string') {
    value = second;
    visibility = third;
  } else visibility = second;
  const name = visibility === undefined ? 'DOCUMENT' : String(visibility);
  if (name !== 'DOCUMENT' && name !== 'PROJECT') {
    s.runtime.fail("The parameters don't match the method signature for addDeveloperMetadata.");
  }
  const list = listOf(s, owner);
  if (characters(list) + key.length + (value?.length ?? 0) > METADATA_CHARACTER_LIMIT) {
    s.runtime.fail(
      `Developer metadata of this ${owner.kind === 'SHEET' ? 'sheet' : 'spreadsheet'} would exceed ${METADATA_CHARACTER_LIMIT} characters.`,
    );
  }
  list.push({ id: s.book.nextMetadataId++, key, value, visibility: name });
}

export function metadataApis(s: SpreadsheetService, owner: MetadataOwner): DeveloperMetadata[] {
  return s.list(
    listOf(s, owner).map((model) =>
      s.runtime.wrap(new DeveloperMetadata(s, owner, model), 'DeveloperMetadata'),
    ),
  );
}

export class DeveloperMetadata {
  constructor(
    private readonly s: SpreadsheetService,
    private readonly owner: MetadataOwner,
    private readonly model: MetadataModel,
  ) {}

  private self(): DeveloperMetadata {
    return this.s.runtime.wrap(new DeveloperMetadata(this.s, this.owner, this.model), 'DeveloperMetadata');
  }

  private alive(): void {
    const deleted =
      !listOf(this.s, this.owner).includes(this.model) ||
      (this.owner.kind === 'SHEET' && !this.s.book.sheets.includes(this.owner.sheet));
    // "If the associated object is deleted then its metadata is deleted too."
    if (deleted) this.s.runtime.fail('The developer metadata no longer exists.');
  }

  getId(): number {
    this.alive();
    return this.model.id;
  }

  getKey(): string {
    this.alive();
    return this.model.key;
  }

  getValue(): string | null {
    this.alive();
    return this.model.value;
  }

  getVisibility(): EnumValue {
    this.alive();
    return this.s.enums.DeveloperMetadataVisibility[this.model.visibility];
  }

  getLocation(): DeveloperMetadataLocation {
    this.alive();
    return this.s.runtime.wrap(
      new DeveloperMetadataLocation(this.s, this.owner),
      'DeveloperMetadataLocation',
    );
  }

  setKey(key: string): DeveloperMetadata {
    this.alive();
    this.model.key = String(key);
    return this.self();
  }

  setValue(value: string): DeveloperMetadata {
    this.alive();
    this.model.value = String(value);
    return this.self();
  }

  setVisibility(visibility: EnumValue): DeveloperMetadata {
    this.alive();
    const name = String(visibility);
    if (name !== 'DOCUMENT' && name !== 'PROJECT') this.s.runtime.fail('Invalid visibility.');
    this.model.visibility = name;
    return this.self();
  }

  remove(): void {
    this.alive();
    const list = listOf(this.s, this.owner);
    list.splice(list.indexOf(this.model), 1);
  }
}

export class DeveloperMetadataLocation {
  constructor(
    private readonly s: SpreadsheetService,
    private readonly owner: MetadataOwner,
  ) {}

  getLocationType(): EnumValue {
    return this.s.enums.DeveloperMetadataLocationType[this.owner.kind];
  }

  /** "Returns the Sheet location of this metadata, or null if the location type is not SHEET." */
  getSheet(): unknown {
    return this.owner.kind === 'SHEET' ? this.s.sheet(this.owner.sheet) : null;
  }

  getSpreadsheet(): unknown {
    return this.owner.kind === 'SPREADSHEET' ? this.s.spreadsheet() : null;
  }

  getRow(): null {
    return null;
  }

  getColumn(): null {
    return null;
  }
}

/** A search over the metadata in scope: the spreadsheet's and every sheet's, or one sheet's. */
export class DeveloperMetadataFinder {
  private readonly tests: ((m: MetadataModel, owner: MetadataOwner) => boolean)[] = [];

  constructor(
    private readonly s: SpreadsheetService,
    private readonly scope: SheetModel | undefined,
  ) {}

  private narrowed(test: (m: MetadataModel, owner: MetadataOwner) => boolean): DeveloperMetadataFinder {
    this.tests.push(test);
    return this.s.runtime.wrap(this, 'DeveloperMetadataFinder');
  }

  withKey(key: string): DeveloperMetadataFinder {
    return this.narrowed((m) => m.key === String(key));
  }

  withValue(value: string): DeveloperMetadataFinder {
    return this.narrowed((m) => m.value === String(value));
  }

  withId(id: number): DeveloperMetadataFinder {
    return this.narrowed((m) => m.id === Number(id));
  }

  withVisibility(visibility: EnumValue): DeveloperMetadataFinder {
    return this.narrowed((m) => m.visibility === String(visibility));
  }

  withLocationType(type: EnumValue): DeveloperMetadataFinder {
    return this.narrowed((_, owner) => owner.kind === String(type));
  }

  find(): DeveloperMetadata[] {
    const owners: MetadataOwner[] = this.scope
      ? [{ kind: 'SHEET', sheet: this.scope }]
      : [{ kind: 'SPREADSHEET' }, ...this.s.book.sheets.map((sheet) => ({ kind: 'SHEET' as const, sheet }))];
    const found: DeveloperMetadata[] = [];
    for (const owner of owners) {
      for (const model of listOf(this.s, owner)) {
        if (this.tests.every((test) => test(model, owner))) {
          found.push(this.s.runtime.wrap(new DeveloperMetadata(this.s, owner, model), 'DeveloperMetadata'));
        }
      }
    }
    return this.s.list(found);
  }
}
