// The KR definition (names, fiscal year, target, ladder, method) and how it is read from the Settings tab.
import { fiscalYearBE } from './calendar';
import { isEmptyValue, isTicked } from './count';
import { CARD_LADDER, type Ladder, type LadderProblem, ladderProblem, type Method } from './ladder';
import type { Lang } from './messages';
import { normalizeLabel, type SettingsKey, settingsFieldOf } from './vocabulary';

export interface KrDefinition {
  readonly krCode: string;
  readonly krName: string;
  readonly hostUnit: string;
  /** B.E.; undefined: the fiscal year that contains today. */
  readonly fiscalYear: number | undefined;
  readonly target: number;
  readonly ladder: Ladder;
  readonly method: Method;
  readonly verifiedOnly: boolean;
  readonly coordinator: string;
  readonly signatory: string;
}

/** The KR card of FY 2568 (KR-CARD.md), in the user's language: every default of the Settings tab. */
export function cardDefinition(lang: Lang): KrDefinition {
  return {
    krCode: '',
    krName:
      lang === 'th'
        ? 'จำนวนครั้งในการดำเนินภารกิจด้านพิธีการทูตเมือง'
        : 'Number of city-diplomacy protocol missions performed',
    hostUnit: lang === 'th' ? 'สำนักงานการต่างประเทศ' : 'International Affairs Office',
    fiscalYear: undefined,
    target: 10,
    ladder: CARD_LADDER,
    method: 'step',
    verifiedOnly: false,
    coordinator: '',
    signatory: '',
  };
}

const METHOD_WORDS: Record<string, Method> = {
  step: 'step',
  linear: 'linear',
  ขั้นบันได: 'step',
  ขั้น: 'step',
  เชิงเส้น: 'linear',
  เส้นตรง: 'linear',
};

/** `step` or `linear` from what a person typed (English or Thai, any case); undefined otherwise. */
export function methodOf(text: unknown): Method | undefined {
  return METHOD_WORDS[normalizeLabel(text)];
}

/** A ladder from a two-column block (threshold, points); a first row that is not numbers is its header. */
export function ladderFromRows(
  rows: readonly (readonly unknown[])[],
): { ok: true; ladder: Ladder } | { ok: false; problem: LadderProblem } {
  const filled = rows.filter((row) => !row.every(isEmptyValue));
  const toNumber = (cell: unknown) =>
    typeof cell === 'number'
      ? cell
      : typeof cell === 'string' && cell.trim() !== ''
        ? Number(cell)
        : Number.NaN;
  const numeric = (row: readonly unknown[]) =>
    Number.isFinite(toNumber(row[0])) && Number.isFinite(toNumber(row[1]));
  const body = filled.length > 0 && !numeric(filled[0]!) ? filled.slice(1) : filled;
  const levels = body.map((row) => ({ threshold: toNumber(row[0]), points: toNumber(row[1]) }));
  const problem = ladderProblem(levels);
  return problem ? { ok: false, problem } : { ok: true, ladder: levels };
}

export interface SettingsReading {
  readonly definition: KrDefinition;
  readonly problems: SettingsProblem[];
  /** The sheet rows (1-based) of the ladder block read from the tab, header included; undefined: the card's. */
  readonly ladderRows: { first: number; last: number } | undefined;
}

export type SettingsProblem =
  | { readonly field: 'fiscalYear' | 'target' | 'method'; readonly value: string }
  | { readonly field: 'ladder'; readonly problem: LadderProblem };

/**
 * The KR definition written in a Settings tab (label in column A, value in column B; the ladder as rows of
 * threshold and points below its label). A field that is missing keeps the card's value; one that is wrong keeps
 * the card's value too and is reported, so the summary can still be built and say so.
 */
export function readSettings(rows: readonly (readonly unknown[])[], lang: Lang): SettingsReading {
  const card = cardDefinition(lang);
  const found: Partial<Record<SettingsKey, { value: unknown; index: number }>> = {};
  rows.forEach((row, index) => {
    const key = settingsFieldOf(row[0]);
    if (key && !found[key]) found[key] = { value: row[1], index };
  });
  const problems: SettingsProblem[] = [];
  const textOf = (key: SettingsKey, fallback: string) => {
    const value = found[key]?.value;
    return value === undefined || value === null || String(value).trim() === ''
      ? fallback
      : String(value).trim();
  };
  const isEmpty = (key: SettingsKey) => textOf(key, '') === '';

  let fiscalYear = card.fiscalYear;
  if (!isEmpty('fiscalYear')) {
    fiscalYear = fiscalYearBE(Number(textOf('fiscalYear', '')));
    if (fiscalYear === undefined) problems.push({ field: 'fiscalYear', value: textOf('fiscalYear', '') });
  }
  let target = card.target;
  if (!isEmpty('target')) {
    const value = Number(textOf('target', ''));
    if (Number.isFinite(value) && value > 0) target = value;
    else problems.push({ field: 'target', value: textOf('target', '') });
  }
  let method = card.method;
  if (!isEmpty('method')) {
    const value = methodOf(textOf('method', ''));
    if (value) method = value;
    else problems.push({ field: 'method', value: textOf('method', '') });
  }
  let ladder = card.ladder;
  let ladderRows: { first: number; last: number } | undefined;
  const ladderAt = found.ladder?.index;
  if (ladderAt !== undefined) {
    // The ladder block runs from the row below its label (its header, if any) to the first blank row.
    const block: (readonly unknown[])[] = [];
    for (let i = ladderAt + 1; i < rows.length; i++) {
      const row = rows[i]!;
      const blank = isEmptyValue(row[0]) && isEmptyValue(row[1]);
      if (blank) break;
      block.push([row[0], row[1]]);
    }
    if (block.length > 0) {
      const read = ladderFromRows(block);
      if (read.ok) {
        ladder = read.ladder;
        ladderRows = { first: ladderAt + 2, last: ladderAt + 1 + block.length };
      } else problems.push({ field: 'ladder', problem: read.problem });
    }
  }
  return {
    definition: {
      krCode: textOf('krCode', card.krCode),
      krName: textOf('krName', card.krName),
      hostUnit: textOf('hostUnit', card.hostUnit),
      fiscalYear,
      target,
      ladder,
      method,
      verifiedOnly: isTicked(found.verifiedOnly?.value),
      coordinator: textOf('coordinator', card.coordinator),
      signatory: textOf('signatory', card.signatory),
    },
    problems,
    ladderRows,
  };
}
