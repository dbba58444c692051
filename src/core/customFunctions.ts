// The custom functions of docs/custom-functions.md as pure functions: what Sheets passes in, checked, turned into counts and points.
import { BUDDHIST_ERA_OFFSET, type CalendarDate, fiscalYearBE, fiscalYearOf } from './dates/calendar';
import {
  bangkokReader,
  type DateOfInstant,
  formatThaiDate,
  readDateCell,
  type ThaiDateStyle,
} from './dates/thaiDate';
import { type Lang, type MessageKey, type MessageParams, message } from './i18n/messages';
import { CARD_LADDER, type Ladder, type Method, pointsFor } from './kr/ladder';
import { parseDecimal } from './kr/numbers';
import {
  type KrDefinition,
  ladderFromRows,
  methodOf,
  readSettings,
  type SettingsReading,
} from './kr/settings';
import { isEmptyValue, mapHeader, missingColumns } from './log/cells';
import { type CountOptions, countMissions, tallyMissions } from './log/count';
import { columnLabel, normalizeLabel } from './log/vocabulary';
import { kpiFigures } from './summary/figures';
import {
  kindTable,
  missionLists,
  monthTable,
  resultTable,
  signOffTable,
  type Table,
  titleTable,
} from './summary/tables';

/** What a custom function needs from its surroundings; the server adapter gives the real ones. */
export interface FunctionEnv {
  now(): Date;
  /** The language of error messages: asked only when there is an error to tell. */
  lang(): Lang;
  dateOfInstant?: DateOfInstant;
  /** The mission-log sheet with its header row and the Settings' KR definition, for `KR_SCORE()`. */
  missionLog?(): { rows: unknown[][]; definition: KrDefinition } | undefined;
}

/** The error a cell shows as #ERROR!: its message names the function, the argument and what was expected. */
export class ArgumentError extends Error {
  constructor(text: string) {
    super(text);
    this.name = 'ArgumentError';
  }
}

type Cell = unknown;
type Grid = Cell[][];

/** An argument's error; its name in Thai with the English one in brackets for a Thai user (`ปีงบประมาณ (fiscal_year)`). */
function fail(env: FunctionEnv, key: MessageKey, params: MessageParams): never {
  const lang = env.lang();
  const named =
    typeof params['arg'] === 'string'
      ? { ...params, arg: message(lang, `argName.${params['arg']}` as MessageKey) }
      : params;
  throw new ArgumentError(message(lang, key, named));
}

/** How a received value is shown in an error message: short, and never empty. */
function shown(env: FunctionEnv, value: unknown): string {
  if (isOmitted(value)) return message(env.lang(), 'arg.nothing');
  if (Array.isArray(value)) return `${value.length}×${(value[0] as unknown[] | undefined)?.length ?? 0}`;
  const text = typeof value === 'string' ? `"${value}"` : String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const isOmitted = isEmptyValue;
const isGrid = (value: unknown): value is Grid => Array.isArray(value) && value.every(Array.isArray);

/** Applies `each` to a scalar, or to every cell of a range (giving a range back), as Sheets array formulas do. */
function eachCell(value: unknown, each: (cell: Cell, at?: { row: number; col: number }) => unknown): unknown {
  if (!isGrid(value)) return each(value);
  return value.map((row, r) => row.map((cell, c) => each(cell, { row: r + 1, col: c + 1 })));
}

/** Today as the spreadsheet sees it: the clock read in the spreadsheet's zone. */
function today(env: FunctionEnv): CalendarDate {
  return (env.dateOfInstant ?? bangkokReader)(env.now());
}

/** The day a count is taken: a date (a date cell, TODAY(), DATE(…) or date text); left out, today. */
function asOfArg(env: FunctionEnv, fn: string, value: unknown): CalendarDate {
  if (isOmitted(value)) return today(env);
  const reading = readDateCell(value, env.dateOfInstant);
  if (reading.kind !== 'date') fail(env, 'arg.asOf', { fn, arg: 'as_of', got: shown(env, value) });
  return reading.date;
}

/** A fiscal year given, or the one the as-of day falls in. */
function fiscalYearArg(env: FunctionEnv, fn: string, value: unknown, asOf: CalendarDate): number {
  if (isOmitted(value)) return fiscalYearOf(asOf);
  const year = parseDecimal(value);
  const be = year === undefined ? undefined : fiscalYearBE(year);
  if (be === undefined) fail(env, 'arg.fiscalYear', { fn, arg: 'fiscal_year', got: shown(env, value) });
  return be;
}

function booleanArg(env: FunctionEnv, fn: string, arg: string, value: unknown): boolean {
  if (isOmitted(value)) return false;
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  const text = typeof value === 'string' ? normalizeLabel(value) : '';
  if (text === 'true' || text === 'false') return text === 'true';
  fail(env, 'arg.boolean', { fn, arg, got: shown(env, value) });
}

/** A range with a header row that names the date and status columns, or undefined. */
function missionLogOf(value: unknown): Grid | undefined {
  if (!isGrid(value) || value.length === 0) return undefined;
  return missingColumns(mapHeader(value[0]!)).length === 0 ? value : undefined;
}

/**
 * A mission-log range whose header names the columns a count needs: date and status, and Verified when only
 * verified missions count (without it every mission would silently not count).
 */
function requireMissionLog(
  env: FunctionEnv,
  fn: string,
  arg: string,
  value: unknown,
  verifiedOnly = false,
): Grid {
  if (!isGrid(value) || value.length === 0) fail(env, 'arg.missionsRange', { fn, arg });
  const header = mapHeader(value[0]!);
  const missing = missingColumns(header);
  if (missing.length > 0) {
    const lang = env.lang();
    fail(env, 'arg.missingColumn', {
      fn,
      arg,
      column: missing.map((key) => columnLabel(key, lang)).join(', '),
    });
  }
  if (verifiedOnly && header.verified === undefined) {
    fail(env, 'arg.noVerifiedColumn', { fn, arg, column: columnLabel('verified', env.lang()) });
  }
  return value;
}

function ladderArg(env: FunctionEnv, fn: string, value: unknown, fallback: Ladder): Ladder {
  if (isOmitted(value)) return fallback;
  if (!isGrid(value)) fail(env, 'arg.ladder', { fn, arg: 'ladder', problem: shown(env, value) });
  if (value.some((row) => row.length !== 2)) {
    fail(env, 'arg.ladder', { fn, arg: 'ladder', problem: shown(env, value) });
  }
  const read = ladderFromRows(value);
  if (!read.ok) {
    fail(env, 'arg.ladder', {
      fn,
      arg: 'ladder',
      problem: message(env.lang(), read.problem.key, read.problem.params),
    });
  }
  return read.ladder;
}

function methodArg(env: FunctionEnv, fn: string, value: unknown, fallback: Method): Method {
  if (isOmitted(value)) return fallback;
  const method = methodOf(value);
  if (!method) fail(env, 'arg.method', { fn, arg: 'method', got: shown(env, value) });
  return method;
}

function countOf(value: unknown): number | undefined {
  const n = parseDecimal(value);
  return n !== undefined && n >= 0 ? n : undefined;
}

/**
 * `KR_COUNT(missions, [fiscal_year], [verified_only], [as_of])`: the missions that count in the fiscal year on
 * the as-of day (default today): a done mission dated after it does not count yet.
 */
export function krCount(
  env: FunctionEnv,
  missions: unknown,
  fiscalYear?: unknown,
  verifiedOnly?: unknown,
  asOf?: unknown,
): number {
  const fn = 'KR_COUNT';
  const verified = booleanArg(env, fn, 'verified_only', verifiedOnly);
  const rows = requireMissionLog(env, fn, 'missions', missions, verified);
  const day = asOfArg(env, fn, asOf);
  const year = fiscalYearArg(env, fn, fiscalYear, day);
  return tallyMissions(rows, {
    fiscalYear: year,
    verifiedOnly: verified,
    asOf: day,
    dateOfInstant: env.dateOfInstant,
  });
}

/**
 * `KR_SCORE([value], [ladder], [method])`: the points of a count, of each count in a range, or of a mission log
 * (counted for the current fiscal year). No value: the mission-log sheet under the Settings' KR definition.
 */
export function krScore(env: FunctionEnv, value?: unknown, ladder?: unknown, method?: unknown): unknown {
  const fn = 'KR_SCORE';
  if (value === undefined) {
    const log = env.missionLog?.();
    if (!log) fail(env, 'arg.noMissionLog', { fn });
    const { definition } = log;
    const rows = requireMissionLog(env, fn, 'value', log.rows, definition.verifiedOnly);
    const day = today(env);
    const count = tallyMissions(rows, {
      fiscalYear: definition.fiscalYear ?? fiscalYearOf(day),
      verifiedOnly: definition.verifiedOnly,
      asOf: day,
      dateOfInstant: env.dateOfInstant,
    });
    return pointsFor(
      count,
      ladderArg(env, fn, ladder, definition.ladder),
      methodArg(env, fn, method, definition.method),
    );
  }
  const levels = ladderArg(env, fn, ladder, CARD_LADDER);
  const how = methodArg(env, fn, method, 'step');
  const log = missionLogOf(value);
  if (log) {
    const day = today(env);
    const count = tallyMissions(log, {
      fiscalYear: fiscalYearOf(day),
      asOf: day,
      dateOfInstant: env.dateOfInstant,
    });
    return pointsFor(count, levels, how);
  }
  return eachCell(value, (cell, at) => {
    if (isOmitted(cell)) return '';
    const count = countOf(cell);
    if (count === undefined) {
      if (at)
        fail(env, 'arg.countCell', { fn, arg: 'value', row: at.row, col: at.col, got: shown(env, cell) });
      fail(env, 'arg.count', { fn, arg: 'value', got: shown(env, cell) });
    }
    return pointsFor(count, levels, how);
  });
}

/** A date argument, cell by cell: a Date or text in the accepted forms; blank stays blank. */
function dateCells(
  env: FunctionEnv,
  fn: string,
  value: unknown,
  each: (date: CalendarDate) => unknown,
): unknown {
  return eachCell(value, (cell, at) => {
    const reading = readDateCell(cell, env.dateOfInstant);
    if (reading.kind === 'blank') return '';
    if (reading.kind === 'date') return each(reading.date);
    if (at) fail(env, 'arg.dateCell', { fn, arg: 'date', row: at.row, col: at.col, got: shown(env, cell) });
    fail(env, 'arg.date', { fn, arg: 'date', got: shown(env, cell) });
  });
}

const ERA_WORDS: Record<string, 'BE' | 'CE'> = {
  be: 'BE',
  'พ.ศ.': 'BE',
  พศ: 'BE',
  ce: 'CE',
  ad: 'CE',
  'ค.ศ.': 'CE',
  คศ: 'CE',
};
const STYLE_WORDS: Record<string, ThaiDateStyle> = { short: 'short', long: 'long', ย่อ: 'short', เต็ม: 'long' };

/** `FISCAL_YEAR(date, [era])`: the Thai fiscal year of a date, B.E. (or C.E. with era "CE"); ranges in, ranges out. */
export function fiscalYear(env: FunctionEnv, date: unknown, era?: unknown): unknown {
  const fn = 'FISCAL_YEAR';
  const which = isOmitted(era) ? 'BE' : ERA_WORDS[normalizeLabel(era)];
  if (!which) fail(env, 'arg.era', { fn, arg: 'era', got: shown(env, era) });
  if (date === undefined) fail(env, 'arg.date', { fn, arg: 'date', got: shown(env, date) });
  return dateCells(env, fn, date, (day) => fiscalYearOf(day) - (which === 'CE' ? BUDDHIST_ERA_OFFSET : 0));
}

/** `THAI_DATE(date, [style])`: `1 ต.ค. 2567`, or `1 ตุลาคม 2567` with style "long"; ranges in, ranges out. */
export function thaiDate(env: FunctionEnv, date: unknown, style?: unknown): unknown {
  const fn = 'THAI_DATE';
  const how = isOmitted(style) ? 'short' : STYLE_WORDS[normalizeLabel(style)];
  if (!how) fail(env, 'arg.style', { fn, arg: 'style', got: shown(env, style) });
  if (date === undefined) fail(env, 'arg.date', { fn, arg: 'date', got: shown(env, date) });
  return dateCells(env, fn, date, (day) => formatThaiDate(day, how));
}

// ---------------------------------------------------------------------------------------------------------
// The summary tab's functions (docs/summary.md): one table each, from the log and Settings ranges, the as-of day and the
// tab's language, so the tab stays live and costs a handful of executions per recalculation.

const LANG_WORDS: Record<string, Lang> = { th: 'th', en: 'en', ไทย: 'th', english: 'en' };

/** What every summary function reads: the language first, so even its errors speak the tab's language. */
interface SummaryArgs {
  readonly env: FunctionEnv;
  readonly lang: Lang;
  readonly settings: SettingsReading;
  readonly asOf: CalendarDate;
  readonly fiscalYear: number;
}

function summaryArgs(
  env: FunctionEnv,
  fn: string,
  settings: unknown,
  asOf: unknown,
  lang: unknown,
): SummaryArgs {
  const chosen = isOmitted(lang) ? env.lang() : LANG_WORDS[normalizeLabel(lang)];
  if (!chosen) fail(env, 'arg.lang', { fn, arg: 'lang', got: shown(env, lang) });
  // The same surroundings, speaking the tab's language (the date reader is still asked for only when needed).
  const local: FunctionEnv = Object.create(env, { lang: { value: () => chosen } });
  if (!isGrid(settings) || settings.some((row) => row.length < 2)) {
    fail(local, 'arg.settings', { fn, arg: 'settings' });
  }
  const reading = readSettings(
    settings.map((row) => [row[0], row[1]]),
    chosen,
  );
  const day = asOfArg(local, fn, asOf);
  return {
    env: local,
    lang: chosen,
    settings: reading,
    asOf: day,
    fiscalYear: reading.definition.fiscalYear ?? fiscalYearOf(day),
  };
}

function countOptions(args: SummaryArgs): CountOptions {
  return {
    fiscalYear: args.fiscalYear,
    verifiedOnly: args.settings.definition.verifiedOnly,
    asOf: args.asOf,
    dateOfInstant: args.env.dateOfInstant,
  };
}

/** What the summary functions that read the log start from: their arguments, the log and how to count it. */
function summaryOfLog(
  env: FunctionEnv,
  fn: string,
  [missions, settings, asOf, lang]: unknown[],
): { args: SummaryArgs; rows: Grid; options: CountOptions } {
  const args = summaryArgs(env, fn, settings, asOf, lang);
  const rows = requireMissionLog(args.env, fn, 'missions', missions, args.settings.definition.verifiedOnly);
  return { args, rows, options: countOptions(args) };
}

/** `KR_TITLE(settings, [as_of], [lang])`: KR name, host unit, fiscal year with its dates and the as-of day, Settings problems. */
export function krTitle(env: FunctionEnv, settings: unknown, asOf?: unknown, lang?: unknown): Table {
  const args = summaryArgs(env, 'KR_TITLE', settings, asOf, lang);
  return titleTable({
    definition: args.settings.definition,
    problems: args.settings.problems,
    fiscalYear: args.fiscalYear,
    asOf: args.asOf,
    lang: args.lang,
  });
}

/** `KR_RESULT(missions, settings, [as_of], [lang])`: count, points, next level, expected, projected, status. */
export function krResult(
  env: FunctionEnv,
  missions: unknown,
  settings: unknown,
  asOf?: unknown,
  lang?: unknown,
): Table {
  const { args, rows, options } = summaryOfLog(env, 'KR_RESULT', [missions, settings, asOf, lang]);
  const { definition } = args.settings;
  const count = tallyMissions(rows, options);
  const figures = kpiFigures({ count, definition, fiscalYear: args.fiscalYear, asOf: args.asOf });
  return resultTable(figures, definition, args.lang);
}

/** `KR_BY_KIND(missions, settings, [as_of], [lang])`: the missions counted, by kind, with a header. */
export function krByKind(
  env: FunctionEnv,
  missions: unknown,
  settings: unknown,
  asOf?: unknown,
  lang?: unknown,
): Table {
  const { args, rows, options } = summaryOfLog(env, 'KR_BY_KIND', [missions, settings, asOf, lang]);
  return kindTable(countMissions(rows, options), args.lang);
}

/** `KR_BY_MONTH(missions, settings, [as_of], [lang])`: October to September: missions, cumulative, target, expected by then. */
export function krByMonth(
  env: FunctionEnv,
  missions: unknown,
  settings: unknown,
  asOf?: unknown,
  lang?: unknown,
): Table {
  const { args, rows, options } = summaryOfLog(env, 'KR_BY_MONTH', [missions, settings, asOf, lang]);
  return monthTable(countMissions(rows, options), args.settings.definition.target, args.asOf, args.lang);
}

/** `KR_MISSIONS(missions, settings, [as_of], [lang])`: the counted missions, then the rows not counted and why. */
export function krMissions(
  env: FunctionEnv,
  missions: unknown,
  settings: unknown,
  asOf?: unknown,
  lang?: unknown,
): Table {
  const { args, rows, options } = summaryOfLog(env, 'KR_MISSIONS', [missions, settings, asOf, lang]);
  return missionLists(countMissions(rows, options), args.lang);
}

/** `KR_SIGN_OFF(settings, [lang])`: the coordinator and the signatory from Settings. */
export function krSignOff(env: FunctionEnv, settings: unknown, lang?: unknown): Table {
  const args = summaryArgs(env, 'KR_SIGN_OFF', settings, undefined, lang);
  return signOffTable(args.settings.definition);
}
