// The KR definition (names, fiscal year, target, ladder, method) and how it is read from the Settings tab.
import { fiscalYearBE } from '../dates/calendar';
import { type Lang, message } from '../i18n/messages';
import { isEmptyValue, isTicked } from '../log/cells';
import { isSettingsHeading, normalizeLabel, type SettingsKey, settingsFieldOf } from '../log/vocabulary';
import { CARD_LADDER, type Ladder, type LadderProblem, ladderProblem, type Method } from './ladder';
import { parseDecimal } from './numbers';

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
  /** The e-mails of the people who may verify missions, lower case; empty: only the spreadsheet's owner. */
  readonly reviewers: readonly string[];
}

/** The KR card of FY 2568 (docs/kr-card.md), in the user's language: every default of the Settings tab. */
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
    reviewers: [],
  };
}

/** The e-mail addresses in a Reviewers cell: separated by commas, semicolons, spaces or new lines. */
export function reviewerEmails(value: unknown): string[] {
  const text = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
  const emails = text
    .split(/[\s,;]+/)
    .map((part) => part.trim().toLowerCase())
    .filter((part) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(part));
  return [...new Set(emails)];
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

/** Whether a cell holds text that is not a number: what a header cell holds. */
function isWord(cell: unknown): boolean {
  return typeof cell === 'string' && cell.trim() !== '' && parseDecimal(cell) === undefined;
}

/**
 * A ladder from a two-column block (threshold, points). Only a first row of two words is a header; a first
 * row like `2x | 1` is a level with a wrong threshold, reported, never taken for a header and dropped.
 */
export function ladderFromRows(
  rows: readonly (readonly unknown[])[],
): { ok: true; ladder: Ladder } | { ok: false; problem: LadderProblem; at: number } {
  const filled = rows.map((row, at) => ({ row, at })).filter(({ row }) => !row.every(isEmptyValue));
  const body =
    filled.length > 0 && isWord(filled[0]!.row[0]) && isWord(filled[0]!.row[1]) ? filled.slice(1) : filled;
  const levels: { threshold: number; points: number }[] = [];
  for (const [i, { row, at }] of body.entries()) {
    const threshold = parseDecimal(row[0]);
    const points = parseDecimal(row[1]);
    if (threshold === undefined || points === undefined) {
      return { ok: false, problem: { key: 'ladder.notNumber', params: { level: i + 1 } }, at };
    }
    levels.push({ threshold, points });
  }
  const problem = ladderProblem(levels);
  if (problem) return { ok: false, problem, at: body[Number(problem.params.level ?? 1) - 1]?.at ?? 0 };
  return { ok: true, ladder: levels };
}

export interface SettingsReading {
  readonly definition: KrDefinition;
  readonly problems: SettingsProblem[];
  /** The sheet rows (1-based) of the ladder block read from the tab, header included; undefined: the card's. */
  readonly ladderRows?: { first: number; last: number } | undefined;
}

/** What is wrong in a Settings tab, each with the cell (A1 notation on the tab) where it is. */
export type SettingsProblem =
  | {
      readonly field: 'fiscalYear' | 'target' | 'method' | 'verifiedOnly';
      readonly value: string;
      readonly cell: string;
    }
  | { readonly field: 'ladder'; readonly problem: LadderProblem; readonly cell: string }
  | { readonly field: 'unknownLabel'; readonly value: string; readonly cell: string }
  | { readonly field: 'missingTab' };

/** Text with no digit at all: a label, never a threshold with a typo. */
function isLabelOfWords(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '' && !/[0-9๐-๙]/.test(value);
}

function isBlankLevel(row: readonly unknown[]): boolean {
  return row.every((value) => isEmptyValue(value) || String(value).trim() === '');
}

/** The words a Settings tab carries besides its fields: its title and headers, in both languages. */
function headings(): string[] {
  const keys = [
    'settings.title',
    'settings.field',
    'settings.value',
    'settings.threshold',
    'settings.points',
  ] as const;
  return (['th', 'en'] as const).flatMap((lang) => keys.map((key) => message(lang, key)));
}

const FALSE_WORDS = new Set(['false', 'no', 'n', 'ไม่', 'ไม่ใช่', '0', '✗', '-', '–']);

/**
 * The KR definition written in a Settings tab (label in column A, value in column B; the ladder as rows of
 * threshold and points below its label, blank rows allowed, up to the next label). A field that is missing
 * keeps the card's value; one that is wrong keeps the card's value too and is reported with its cell, as is
 * every label of column A the add-on does not know, so nothing is read silently wrong.
 */
export function readSettings(rows: readonly (readonly unknown[])[], lang: Lang): SettingsReading {
  const card = cardDefinition(lang);
  const found: Partial<Record<SettingsKey, { value: unknown; index: number }>> = {};
  const problems: SettingsProblem[] = [];
  const cell = (column: 'A' | 'B', index: number) => `${column}${index + 1}`;

  // The ladder block: the rows under its label, blank ones included, until the next known label, or until a
  // label of words after a blank row (a note of the user's below the ladder, reported as a label; `2x` or a
  // word right under a level is a broken level).
  const ladderAt = rows.findIndex((row) => settingsFieldOf(row[0]) === 'ladder');
  const block: number[] = [];
  if (ladderAt >= 0) {
    let afterBlank = false;
    for (let i = ladderAt + 1; i < rows.length && !settingsFieldOf(rows[i]![0]); i++) {
      const row = rows[i]!;
      const blank = isBlankLevel(row);
      if (afterBlank && !blank && isLabelOfWords(row[0]) && block.some((j) => !isBlankLevel(rows[j]!))) break;
      afterBlank = blank;
      block.push(i);
    }
  }
  const inBlock = new Set(block);
  let known: string[] | undefined; // the headings, looked up only for a label that is not a field's
  rows.forEach((row, index) => {
    if (inBlock.has(index) || isEmptyValue(row[0]) || String(row[0]).trim() === '') return;
    const key = settingsFieldOf(row[0]);
    if (key) {
      found[key] ??= { value: row[1], index };
      return;
    }
    known ??= headings();
    if (!isSettingsHeading(row[0], known)) {
      problems.push({ field: 'unknownLabel', value: String(row[0]).trim(), cell: cell('A', index) });
    }
  });

  const textOf = (key: SettingsKey, fallback: string) => {
    const value = found[key]?.value;
    return value === undefined || value === null || String(value).trim() === ''
      ? fallback
      : String(value).trim();
  };
  const at = (key: SettingsKey) => cell('B', found[key]!.index);
  const isEmpty = (key: SettingsKey) => textOf(key, '') === '';

  let fiscalYear = card.fiscalYear;
  if (!isEmpty('fiscalYear')) {
    const year = parseDecimal(found.fiscalYear!.value);
    fiscalYear = year === undefined ? undefined : fiscalYearBE(year);
    if (fiscalYear === undefined) {
      problems.push({ field: 'fiscalYear', value: textOf('fiscalYear', ''), cell: at('fiscalYear') });
    }
  }
  let target = card.target;
  if (!isEmpty('target')) {
    const value = parseDecimal(found.target!.value);
    if (value !== undefined && value > 0) target = value;
    else problems.push({ field: 'target', value: textOf('target', ''), cell: at('target') });
  }
  let method = card.method;
  if (!isEmpty('method')) {
    const value = methodOf(textOf('method', ''));
    if (value) method = value;
    else problems.push({ field: 'method', value: textOf('method', ''), cell: at('method') });
  }
  let verifiedOnly = card.verifiedOnly;
  if (!isEmpty('verifiedOnly')) {
    const value = found.verifiedOnly!.value;
    if (isTicked(value)) verifiedOnly = true;
    else if (!(value === false || FALSE_WORDS.has(normalizeLabel(value)))) {
      problems.push({ field: 'verifiedOnly', value: textOf('verifiedOnly', ''), cell: at('verifiedOnly') });
    }
  }

  let ladder = card.ladder;
  let ladderRows: { first: number; last: number } | undefined;
  const filled = block.filter((i) => !(isEmptyValue(rows[i]![0]) && isEmptyValue(rows[i]![1])));
  if (ladderAt >= 0 && filled.length === 0) {
    problems.push({
      field: 'ladder',
      problem: { key: 'ladder.empty', params: {} },
      cell: cell('A', ladderAt),
    });
  } else if (filled.length > 0) {
    const read = ladderFromRows(filled.map((i) => [rows[i]![0], rows[i]![1]]));
    if (read.ok) {
      ladder = read.ladder;
      ladderRows = { first: filled[0]! + 1, last: filled[filled.length - 1]! + 1 };
    } else problems.push({ field: 'ladder', problem: read.problem, cell: cell('A', filled[read.at]!) });
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
      verifiedOnly,
      coordinator: textOf('coordinator', card.coordinator),
      signatory: textOf('signatory', card.signatory),
      reviewers: reviewerEmails(found.reviewers?.value),
    },
    problems,
    ladderRows,
  };
}
