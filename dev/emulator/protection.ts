// Protection: who may edit a protected sheet or range; the checks themselves are SpreadsheetService's.
// https://developers.google.com/apps-script/reference/spreadsheet/protection

import type { ProtectionModel, SheetModel } from './model';
import type { Range } from './range';
import type { EnumValue } from './runtime';
import type { SpreadsheetService } from './spreadsheetService';

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
