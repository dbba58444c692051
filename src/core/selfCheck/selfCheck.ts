// The platform behaviours KR Tracker relies on, as one list: runSelfCheck() tries each in the real spreadsheet,
// the emulator's tests run the same list, and a report saved from a real spreadsheet is a test the emulator must
// agree with (test/fixtures/self-check/). Each check says what it observes as plain JSON, and what it expects.

/** A JSON value, as a report holds it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The checks, in the order they run (the first needs the temporary sheet still empty). What each expects is
 * what the emulator does and what the add-on is written for; a real spreadsheet that answers otherwise shows
 * where the emulator must change.
 */
export const SELF_CHECKS = {
  /** getSheetValues(1, 1, -1, -1): to the last row and column with content; an empty sheet refused. */
  sheetValues: {
    emptySheet: 'The number of rows in the range must be at least 1.',
    block: [
      [1, 2, 3],
      [4, 5, 6],
    ],
    column: [[5]],
  },
  /** ISO text appended (as a submission writes a date) becomes a date cell on that day in the sheet's zone. */
  isoTextDate: { isDate: true, day: '2025-01-15', readerDay: '2025-01-15' },
  /** A leading apostrophe is the text marker: not stored, and what follows is kept as text, never a formula. */
  apostrophe: { values: ['0812', '=1+1', '1,250'], formulas: ['', '', ''] },
  /** A cell formatted Plain text keeps what is written as it is: no date, no formula, an apostrophe kept. */
  plainText: {
    formats: ['@', '@', '@'],
    values: ['2025-01-15', '=1+1', "'abc"],
    formulas: ['', '', ''],
  },
  /** A Date written comes back as that instant, shown on the day the add-on's date reader gives. */
  dateInZone: { roundTrip: true, shownDayIsReaderDay: true },
  /** A string starting with = becomes a formula. */
  formulaString: { formula: '=1+1', value: 2 },
  /** Checkbox validation: the rule reads back as a checkbox and the cell holds booleans. */
  checkbox: { criteria: 'CHECKBOX', value: true },
  /** Developer metadata on a sheet, found again by its key across the spreadsheet. */
  developerMetadata: { found: 1, value: 'self-check' },
  /** Document properties hold strings, Thai included, and forget a deleted key. */
  documentProperties: { read: 'ok ๑', afterDelete: null },
  /** The document lock: there is one, and it is taken and released. */
  documentLock: { exists: true, taken: true, held: true, releasedHeld: false },
  /** An embedded chart inserted over a range, then removed. */
  chart: { afterInsert: 1, afterRemove: 0 },
  /** A sheet found by its id (the mission log is pinned by id). */
  sheetById: { found: true },
  /** The project's HTML files (the catalogs' texts) read with HtmlService. */
  projectFiles: { catalogRead: true },
  /** A custom function of this project evaluates in a cell: =KR_SCORE(7) is 3 after SpreadsheetApp.flush(). */
  customFunction: { value: 3 },
} as const satisfies Record<string, Json>;

export type SelfCheckId = keyof typeof SELF_CHECKS;

export const SELF_CHECK_IDS = Object.keys(SELF_CHECKS) as SelfCheckId[];

export interface SelfCheckResult {
  /** The check's name (docs/deployment.md: `checks: [{ name, ok, detail }]`). */
  readonly name: SelfCheckId;
  readonly ok: boolean;
  /** What was seen, in a line: the observed JSON, beside the expected where they differ. */
  readonly detail: string;
  readonly expected: Json;
  /** What the spreadsheet did, or, when the check threw, `{ error: message }`. */
  readonly observed: Json;
}

export interface SelfCheckReport {
  /** Every check passed. */
  readonly ok: boolean;
  readonly checks: readonly SelfCheckResult[];
  readonly kind: 'kr-tracker-self-check';
  readonly version: 1;
  /** Added by whoever saves a report as a test fixture: `emulator`, or a note of the real spreadsheet. */
  readonly source?: string;
  readonly locale: string;
  readonly timeZone: string;
  readonly passed: number;
  readonly failed: number;
}

/** Deep equality of two JSON values (arrays by order, objects by key). */
export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, i) => sameJson(value, b[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  const ra = a as Record<string, Json>;
  const rb = b as Record<string, Json>;
  return ka.length === kb.length && ka.every((key) => sameJson(ra[key], rb[key]));
}

/** One check's result: passed when what was observed is what is expected. */
export function checkResult(name: SelfCheckId, observed: Json): SelfCheckResult {
  const expected = SELF_CHECKS[name] as Json;
  const ok = sameJson(observed, expected);
  const seen = JSON.stringify(observed);
  const detail = ok ? seen : `${seen}, expected ${JSON.stringify(expected)}`;
  return { name, ok, detail, expected, observed };
}

/** The report of a run: the results in the list's order, counted. */
export function selfCheckReport(
  checks: readonly SelfCheckResult[],
  context: { locale: string; timeZone: string },
): SelfCheckReport {
  const passed = checks.filter((check) => check.ok).length;
  return {
    ok: passed === checks.length,
    checks,
    kind: 'kr-tracker-self-check',
    version: 1,
    ...context,
    passed,
    failed: checks.length - passed,
  };
}
