// Conditional formatting: SpreadsheetApp.newConditionalFormatRule(), the rules a sheet keeps, and the look they
// give a cell when the sheet is drawn (Range.getBackground, as in Sheets, still reads the cell's own format).
// https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder

import type { Scalar } from './cells';
import type { ConditionalFormat, ConditionalRuleModel, Rect } from './model';
import type { EnumValue } from './runtime';
import type { SpreadsheetService } from './spreadsheetService';

/** The boolean criteria the emulator evaluates; a rule built with another one fails loudly when it is built. */
export const BOOLEAN_CRITERIA = [
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'TEXT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_EQUAL_TO',
  'NUMBER_NOT_EQUAL_TO',
  'NUMBER_BETWEEN',
  'NUMBER_NOT_BETWEEN',
  'CUSTOM_FORMULA',
] as const;

export class ConditionalFormatRuleBuilder {
  private rule: ConditionalRuleModel;

  constructor(
    private readonly s: SpreadsheetService,
    from?: ConditionalRuleModel,
  ) {
    this.rule = from ? structuredClone(from) : { ranges: [], criteria: '', values: [], format: {} };
  }

  private when(criteria: (typeof BOOLEAN_CRITERIA)[number], ...values: unknown[]): this {
    this.rule.criteria = criteria;
    this.rule.values = values.map((v) => (typeof v === 'number' ? v : String(v)));
    return this;
  }

  whenCellEmpty(): this {
    return this.when('CELL_EMPTY');
  }
  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY');
  }
  whenTextEqualTo(text: string): this {
    return this.when('TEXT_EQUAL_TO', text);
  }
  whenTextContains(text: string): this {
    return this.when('TEXT_CONTAINS', text);
  }
  whenTextDoesNotContain(text: string): this {
    return this.when('TEXT_DOES_NOT_CONTAIN', text);
  }
  whenTextStartsWith(text: string): this {
    return this.when('TEXT_STARTS_WITH', text);
  }
  whenTextEndsWith(text: string): this {
    return this.when('TEXT_ENDS_WITH', text);
  }
  whenNumberGreaterThan(n: number): this {
    return this.when('NUMBER_GREATER_THAN', Number(n));
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', Number(n));
  }
  whenNumberLessThan(n: number): this {
    return this.when('NUMBER_LESS_THAN', Number(n));
  }
  whenNumberLessThanOrEqualTo(n: number): this {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', Number(n));
  }
  whenNumberEqualTo(n: number): this {
    return this.when('NUMBER_EQUAL_TO', Number(n));
  }
  whenNumberNotEqualTo(n: number): this {
    return this.when('NUMBER_NOT_EQUAL_TO', Number(n));
  }
  whenNumberBetween(start: number, end: number): this {
    return this.when('NUMBER_BETWEEN', Number(start), Number(end));
  }
  whenNumberNotBetween(start: number, end: number): this {
    return this.when('NUMBER_NOT_BETWEEN', Number(start), Number(end));
  }
  /** "Sets the conditional format rule to trigger when that the given formula evaluates to true." */
  whenFormulaSatisfied(formula: string): this {
    const text = String(formula);
    if (!text.startsWith('=')) this.s.runtime.fail('Invalid formula: it must start with "=".');
    return this.when('CUSTOM_FORMULA', text);
  }

  private look<K extends keyof ConditionalFormat>(key: K, value: ConditionalFormat[K] | null): this {
    if (value === null || value === undefined) delete this.rule.format[key];
    else this.rule.format[key] = value;
    return this;
  }

  setBackground(color: string | null): this {
    return this.look('background', color);
  }
  setFontColor(color: string | null): this {
    return this.look('fontColor', color);
  }
  setBold(bold: boolean | null): this {
    return this.look('bold', bold);
  }
  setItalic(italic: boolean | null): this {
    return this.look('italic', italic);
  }
  setStrikethrough(strikethrough: boolean | null): this {
    return this.look('strikethrough', strikethrough);
  }
  setUnderline(underline: boolean | null): this {
    return this.look('underline', underline);
  }

  setRanges(ranges: unknown[]): this {
    if (!Array.isArray(ranges))
      this.s.runtime.fail("The parameters don't match the method signature for setRanges.");
    this.rule.ranges = ranges.map((range) => {
      const info = this.s.rangeInfo(range);
      return info.rect();
    });
    this.rule.sheetId = ranges.length > 0 ? this.s.rangeInfo(ranges[0]).sheetModel.sheetId : undefined;
    return this;
  }

  getRanges(): unknown[] {
    return this.s.list(
      this.rule.ranges.map((rect) =>
        this.s.rawRange(this.sheetOf(), rect.row + 1, rect.column + 1, rect.numRows, rect.numColumns),
      ),
    );
  }

  private sheetOf() {
    const sheet = this.rule.sheetId === undefined ? undefined : this.s.book.sheetById(this.rule.sheetId);
    return sheet ?? this.s.book.activeSheet();
  }

  build(): ConditionalFormatRule {
    if (this.rule.criteria === '') this.s.runtime.fail('A conditional format rule needs a condition.');
    if (this.rule.ranges.length === 0)
      this.s.runtime.fail('A conditional format rule needs at least one range.');
    return this.s.runtime.wrap(
      new ConditionalFormatRule(this.s, structuredClone(this.rule)),
      'ConditionalFormatRule',
    );
  }

  copy(): ConditionalFormatRuleBuilder {
    return this.s.runtime.wrap(
      new ConditionalFormatRuleBuilder(this.s, this.rule),
      'ConditionalFormatRuleBuilder',
    );
  }
}

export class ConditionalFormatRule {
  constructor(
    private readonly s: SpreadsheetService,
    readonly model: ConditionalRuleModel,
  ) {}

  __emulatorRule(): ConditionalRuleModel {
    return this.model;
  }

  getBooleanCondition(): BooleanCondition {
    return this.s.runtime.wrap(new BooleanCondition(this.s, this.model), 'BooleanCondition');
  }

  getGradientCondition(): null {
    return null;
  }

  getRanges(): unknown[] {
    return new ConditionalFormatRuleBuilder(this.s, this.model).getRanges();
  }

  copy(): ConditionalFormatRuleBuilder {
    return this.s.runtime.wrap(
      new ConditionalFormatRuleBuilder(this.s, this.model),
      'ConditionalFormatRuleBuilder',
    );
  }
}

export class BooleanCondition {
  constructor(
    private readonly s: SpreadsheetService,
    private readonly model: ConditionalRuleModel,
  ) {}

  getCriteriaType(): EnumValue {
    return this.s.enums.BooleanCriteria[this.model.criteria as (typeof BOOLEAN_CRITERIA)[number]];
  }
  getCriteriaValues(): unknown[] {
    return this.s.list([...this.model.values]);
  }
  getBackground(): string | null {
    return this.model.format.background ?? null;
  }
  getFontColor(): string | null {
    return this.model.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.model.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.model.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.model.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this.model.format.underline ?? null;
  }
}

/** The model of a rule the bundle passes back (the proxy hides the class). */
export function ruleModelOf(s: SpreadsheetService, rule: unknown): ConditionalRuleModel {
  const model = (rule as { __emulatorRule?: () => ConditionalRuleModel } | null)?.__emulatorRule?.();
  if (!model)
    s.runtime.fail("The parameters don't match the method signature for setConditionalFormatRules.");
  return model;
}

function inRect(rect: Rect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.numRows &&
    column >= rect.column &&
    column < rect.column + rect.numColumns
  );
}

/** What a cell shows and holds, as the rules compare it. */
export interface CellReading {
  value: Scalar | null;
  text: string;
}

/**
 * The look the sheet's rules give a cell (0-based row and column): the first rule whose range holds the cell and
 * whose condition it meets, as Sheets evaluates rules in order. `formula` evaluates a custom formula for the cell,
 * its relative references read from the top-left cell of the rule's first range.
 */
export function conditionalLook(
  rules: readonly ConditionalRuleModel[],
  row: number,
  column: number,
  cell: () => CellReading,
  formula: (text: string, anchor: { row: number; column: number }) => boolean,
): ConditionalFormat | undefined {
  for (const rule of rules) {
    if (!rule.ranges.some((rect) => inRect(rect, row, column))) continue;
    const first = rule.ranges[0] as Rect;
    if (meets(rule, cell, () => formula(String(rule.values[0]), { row: first.row, column: first.column }))) {
      return rule.format;
    }
  }
  return undefined;
}

function meets(rule: ConditionalRuleModel, cell: () => CellReading, formula: () => boolean): boolean {
  if (rule.criteria === 'CUSTOM_FORMULA') return formula();
  const { value, text } = cell();
  const [a, b] = rule.values;
  const lower = text.toLowerCase();
  const wanted = String(a ?? '').toLowerCase();
  const n = typeof value === 'number' ? value : Number.NaN;
  switch (rule.criteria) {
    case 'CELL_EMPTY':
      return text === '';
    case 'CELL_NOT_EMPTY':
      return text !== '';
    // Sheets compares text without regard to case.
    case 'TEXT_EQUAL_TO':
      return lower === wanted;
    case 'TEXT_CONTAINS':
      return lower.includes(wanted);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !lower.includes(wanted);
    case 'TEXT_STARTS_WITH':
      return lower.startsWith(wanted);
    case 'TEXT_ENDS_WITH':
      return lower.endsWith(wanted);
    case 'NUMBER_GREATER_THAN':
      return n > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n >= Number(a);
    case 'NUMBER_LESS_THAN':
      return n < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n <= Number(a);
    case 'NUMBER_EQUAL_TO':
      return n === Number(a);
    case 'NUMBER_NOT_EQUAL_TO':
      return !Number.isNaN(n) && n !== Number(a);
    case 'NUMBER_BETWEEN':
      return n >= Math.min(Number(a), Number(b)) && n <= Math.max(Number(a), Number(b));
    case 'NUMBER_NOT_BETWEEN':
      return !Number.isNaN(n) && (n < Math.min(Number(a), Number(b)) || n > Math.max(Number(a), Number(b)));
    default:
      return false;
  }
}
