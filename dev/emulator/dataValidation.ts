// Data validation rules and their builder, kept apart from Range, which only stores the rules in its cells.
// https://developers.google.com/apps-script/reference/spreadsheet/data-validation

import { typeName } from './argErrors';
import { isDateValue } from './cells';
import type { ChartRange, ValidationRule } from './model';
import type { EnumValue } from './runtime';
import type { SpreadsheetService } from './spreadsheetService';

/** The names of SpreadsheetApp.DataValidationCriteria. */
export const CRITERIA = [
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

/** The rule inside a DataValidation the bundle passes back (the proxy hides the class). */
export function ruleOf(s: SpreadsheetService, rule: unknown): ValidationRule {
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
    return this.require('CHECKBOX', checkboxArgs(checkedValue, uncheckedValue));
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

/** A checkbox rule's criteria values: none (TRUE/FALSE), the checked value, or both, as given. */
export function checkboxArgs(checkedValue?: unknown, uncheckedValue?: unknown): unknown[] {
  if (checkedValue === undefined) return [];
  return uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
}
