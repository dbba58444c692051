// The formula engine: HyperFormula evaluates cell formulas, with the bundle's @customfunction functions
// registered in it and called the way Sheets calls them (docs: developers.google.com/apps-script/guides/sheets/functions).

import {
  CellError,
  type CellValue,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type RawCellContent,
  SimpleRangeValue,
} from 'hyperformula';
import { columnLetters, columnNumber, parseA1, rangeA1 } from './a1';
import { isDateFormat, isDateValue, msToSerial, type Scalar, serialToMs } from './cells';
import { Grid } from './grid';
import type { SheetModel, SpreadsheetModel } from './model';
import type { Runtime } from './runtime';

// Names HyperFormula's parser accepts (no leading underscore); chosen so no real function collides.
const RANGE_FN = 'EMULATOR.RANGE';
// TODAY() and NOW() on the emulator's clock, in the spreadsheet's time zone (HyperFormula's read the host's).
const TODAY_FN = 'EMULATOR.TODAY';
const NOW_FN = 'EMULATOR.NOW';
/**
 * Built-ins Google does not let a custom function depend on: "built-in spreadsheet functions that return a
 * different result each time they calculate — such as NOW() or RAND() — are not allowed as arguments to a
 * custom function … it displays Loading... indefinitely" (https://developers.google.com/apps-script/guides/sheets/functions).
 * TODAY() is not among them: its value changes only with the day.
 */
const NOT_FOR_CUSTOM = new Set([NOW_FN, 'RAND', 'RANDBETWEEN', 'RANDARRAY']);
const NOT_FOR_CUSTOM_TEXT = /\b(NOW|RAND|RANDBETWEEN|RANDARRAY)\s*\(/i;
const VERSIONS_SHEET = 'emulator versions';

type Ast = {
  type: string;
  procedureName?: string;
  args?: Ast[];
  value?: unknown;
  reference?: { toSimpleCellAddress(base: Address): Address };
};
type Address = { sheet: number; row: number; col: number };
type State = { formulaAddress: Address };

export interface CellResult {
  value: Scalar | null;
  isDate: boolean;
  error?: { value: string; message: string };
}

interface SpillCell {
  value: Scalar | null;
  isDate: boolean;
}

/** An array a custom function returned at its anchor cell: spilled into `data`'s area, or blocked. */
interface Spill {
  sheet: SheetModel;
  row: number;
  column: number;
  data: SpillCell[][];
  /** Why the array was not expanded (its anchor shows #REF! with this message), or undefined if it spilled. */
  blocked?: string;
}

let activeEngine: FormulaEngine | undefined;

/** One plugin for every custom function: HyperFormula's function registry is global, engines are not. */
class CustomFunctionPlugin extends FunctionPlugin {
  static override implementedFunctions: Record<
    string,
    {
      method: string;
      parameters: { argumentType: FunctionArgumentType; optionalArg?: boolean }[];
      repeatLastArgs: number;
    }
  > = {};

  dispatch(ast: Ast, state: State): unknown {
    if (!activeEngine) return new CellError(ErrorType.NAME, `Unknown function: '${ast.procedureName}'.`);
    return activeEngine.callCustom(this, ast, state);
  }

  evaluate(ast: Ast, state: State): unknown {
    return this.evaluateAst(ast as never, state as never);
  }

  today(_ast: Ast, _state: State): unknown {
    if (!activeEngine) return new CellError(ErrorType.NAME, 'TODAY without an engine');
    return this.dateNumber(Math.floor(activeEngine.serialNow()));
  }

  now(_ast: Ast, _state: State): unknown {
    if (!activeEngine) return new CellError(ErrorType.NAME, 'NOW without an engine');
    return this.dateNumber(activeEngine.serialNow());
  }

  /** A date-typed number (HyperFormula's DateNumber is not exported; its number wrapper makes one). */
  dateNumber(serial: number): unknown {
    return this.returnNumberWrapper(
      serial,
      (Number.isInteger(serial) ? 'NUMBER_DATE' : 'NUMBER_DATETIME') as never,
    );
  }
}

function registerGlobally(name: string): void {
  if (CustomFunctionPlugin.implementedFunctions[name]) return;
  CustomFunctionPlugin.implementedFunctions[name] = {
    method: 'dispatch',
    parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
    repeatLastArgs: 1,
  };
  HyperFormula.registerFunction(name, CustomFunctionPlugin as never, { enGB: { [name]: name } });
}

registerGlobally(RANGE_FN);
// NOW() is volatile, as in Sheets. TODAY() changes only with the day, so the emulator works it out again when its
// clock moves (emu.setTime, emu.advanceTime) rather than on every change: a volatile TODAY() would make every
// custom function given it run again at each write.
for (const [name, method, isVolatile] of [
  [TODAY_FN, 'today', false],
  [NOW_FN, 'now', true],
] as const) {
  CustomFunctionPlugin.implementedFunctions[name] = {
    method,
    parameters: [],
    repeatLastArgs: 0,
    isVolatile,
  } as (typeof CustomFunctionPlugin.implementedFunctions)[string];
  HyperFormula.registerFunction(name, CustomFunctionPlugin as never, { enGB: { [name]: name } });
}

const BUILT_IN = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));

// ---------------------------------------------------------------------------------------------------------
// Formula text: Sheets syntax → HyperFormula syntax.

interface Token {
  kind: 'str' | 'ref' | 'func' | '(' | ')' | ',' | 'ws' | 'other';
  text: string;
  sheetName?: string;
  body?: string;
}

const REF =
  /(?:'((?:[^']|'')+)'!|([A-Za-z_\u0080-\uFFFF][\w.\u0080-\uFFFF]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d*)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![\w.(\u0080-\uFFFF])/y;
const FUNC = /[A-Za-z_][\w.]*(?=\s*\()/y;
const NAME = /[A-Za-z_\u0080-\uFFFF][\w.\u0080-\uFFFF]*|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|#[A-Z/0-9!?]+/y;

export function tokenize(formula: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const sticky = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = i;
    return re.exec(formula);
  };
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out.push({ kind: 'str', text: formula.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    if (/\s/.test(ch)) {
      out.push({ kind: 'ws', text: ch });
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',') {
      out.push({ kind: ch, text: ch });
      i++;
      continue;
    }
    const ref = sticky(REF);
    if (ref) {
      const sheetName = ref[1] !== undefined ? ref[1].replace(/''/g, "'") : ref[2];
      out.push({ kind: 'ref', text: ref[0], sheetName, body: ref[3] });
      i += ref[0].length;
      continue;
    }
    const fn = sticky(FUNC);
    if (fn) {
      out.push({ kind: 'func', text: fn[0] });
      i += fn[0].length;
      continue;
    }
    const name = sticky(NAME);
    if (name) {
      out.push({ kind: 'other', text: name[0] });
      i += name[0].length;
      continue;
    }
    out.push({ kind: 'other', text: ch });
    i++;
  }
  return out;
}

interface Translation {
  text: string;
  rootCall?: string;
}

function quoteForHf(name: string): string {
  return "'" + name.replace(/'/g, "''") + "'";
}

// ---------------------------------------------------------------------------------------------------------

export class FormulaEngine {
  private hf?: HyperFormula;
  private readonly hfIds = new Map<SheetModel, number>();
  private readonly sheetsByHfId = new Map<number, SheetModel>();
  private readonly mirrored = new Set<SheetModel>();
  private readonly versions = new Map<SheetModel, number>();
  private readonly rootCalls = new Map<string, string>();
  // Spill state, all derived from HyperFormula's evaluation: `spills` by anchor key (blocked ones included, with
  // their #REF! message), `spillGrids` the values spilled into each sheet. Dropped together by dropSpills().
  private readonly spills = new Map<string, Spill>();
  private readonly spillGrids = new Map<SheetModel, Grid<SpillCell>>();
  private pendingSpills = new Map<
    string,
    { sheet: SheetModel; row: number; column: number; data: SpillCell[][] | null }
  >();
  private customFunctions = new Map<string, (...args: unknown[]) => unknown>();
  private depth = 0;

  constructor(
    private readonly book: SpreadsheetModel,
    private readonly runtime: Runtime,
    private readonly clock: { now(): number } = { now: () => Date.now() },
  ) {}

  /** The emulator's clock as a date serial in the spreadsheet's time zone. */
  serialNow(): number {
    return msToSerial(this.clock.now(), this.book.timeZone);
  }

  /** Registers the bundle's custom functions (upper-cased names → functions of the bundle's realm). */
  setCustomFunctions(functions: Map<string, (...args: unknown[]) => unknown>): void {
    this.customFunctions = new Map();
    for (const [name, fn] of functions) {
      const upper = name.toUpperCase();
      if (BUILT_IN.has(upper)) continue; // a built-in function wins over a custom one of the same name
      registerGlobally(upper);
      this.customFunctions.set(upper, fn);
    }
    this.rebuild();
  }

  /** Something changed the set of sheets, their names or sizes: rebuild HyperFormula from the model. */
  rebuild(): void {
    this.hf?.destroy();
    this.hf = undefined;
    this.hfIds.clear();
    this.sheetsByHfId.clear();
    this.mirrored.clear();
    this.rootCalls.clear();
    this.dropSpills();
    if (!this.book.sheets.some((s) => s.formulaCount > 0 || hasFormulaRules(s))) return;
    this.run(() => {
      // No undo: the emulator never undoes, and HyperFormula's undo log grows with every cell a spill writes.
      const hf = HyperFormula.buildEmpty({
        licenseKey: 'gpl-v3',
        maxRows: 1_000_000,
        maxColumns: 18_278,
        undoLimit: 0,
      });
      this.hf = hf;
      for (const sheet of this.book.sheets) {
        const id = hf.getSheetId(hf.addSheet(sheet.name)) as number;
        this.hfIds.set(sheet, id);
        this.sheetsByHfId.set(id, sheet);
      }
      hf.addSheet(VERSIONS_SHEET);
      for (const sheet of this.neededMirrors()) this.mirrored.add(sheet);
      hf.batch(() => {
        for (const sheet of this.mirrored) this.loadSheet(sheet);
      });
    });
    this.settle();
  }

  /** Forgets every spill (a rebuild re-evaluates every formula, and each array spills again from scratch). */
  private dropSpills(): void {
    this.spills.clear();
    this.spillGrids.clear();
    this.pendingSpills.clear();
  }

  /** Sheets whose cells HyperFormula must hold: those with formulas and those formulas reference directly. */
  private neededMirrors(): Set<SheetModel> {
    const needed = new Set<SheetModel>();
    for (const sheet of this.book.sheets) {
      if (hasFormulaRules(sheet)) needed.add(sheet);
      if (sheet.formulaCount === 0) continue;
      needed.add(sheet);
      for (const [, , formula] of sheet.formulas.entries()) {
        this.scan(formula.slice(1), sheet, (ref, direct) => {
          if (direct) return;
          const target = ref.sheetName === undefined ? sheet : this.book.findSheet(ref.sheetName);
          if (target) needed.add(target);
        });
      }
    }
    return needed;
  }

  /** Walks a formula's references, telling whether each is a whole argument of a custom function. */
  private scan(
    body: string,
    _sheet: SheetModel,
    visit: (ref: Token, directCustomArg: boolean, index: number) => void,
  ) {
    const tokens = tokenize(body);
    const frames: boolean[] = [];
    const significant = (from: number, step: number): Token | undefined => {
      for (let j = from; j >= 0 && j < tokens.length; j += step)
        if (tokens[j]?.kind !== 'ws') return tokens[j];
      return undefined;
    };
    tokens.forEach((tok, i) => {
      if (tok.kind === '(') {
        const prev = significant(i - 1, -1);
        frames.push(prev?.kind === 'func' && this.customFunctions.has(prev.text.toUpperCase()));
      } else if (tok.kind === ')') frames.pop();
      else if (tok.kind === 'ref') {
        const prev = significant(i - 1, -1);
        const next = significant(i + 1, 1);
        const direct =
          frames[frames.length - 1] === true &&
          (prev?.kind === '(' || prev?.kind === ',') &&
          (next?.kind === ',' || next?.kind === ')');
        visit(tok, direct, i);
      }
    });
    return tokens;
  }

  /** Sheets formula text → HyperFormula formula text (open ranges bounded, sheet names quoted). */
  translate(formula: string, sheet: SheetModel): Translation {
    const replacements = new Map<number, string>();
    const tokens = this.scan(formula.slice(1), sheet, (tok, direct, index) => {
      const target = tok.sheetName === undefined ? sheet : this.book.findSheet(tok.sheetName);
      const a1 = parseA1(tok.body ?? '');
      if (!target || !a1) {
        replacements.set(index, '#REF!');
        return;
      }
      const endRow = Math.min(a1.endRow ?? target.maxRows, target.maxRows);
      const endColumn = Math.min(a1.endColumn ?? target.maxColumns, target.maxColumns);
      if (direct && !this.mirrored.has(target)) {
        // Read straight from the model; the version cell tells HyperFormula when the sheet changed.
        const versionRow = this.book.sheets.indexOf(target) + 1;
        replacements.set(
          index,
          `${RANGE_FN}(${target.sheetId},${a1.row},${a1.column},${endRow},${endColumn},${quoteForHf(VERSIONS_SHEET)}!A${versionRow})`,
        );
        return;
      }
      const body = rangeA1(a1.row, a1.column, endRow - a1.row + 1, endColumn - a1.column + 1);
      const whole =
        a1.row === endRow && a1.column === endColumn ? body : body.includes(':') ? body : `${body}:${body}`;
      replacements.set(index, `${quoteForHf(target.name)}!${whole}`);
    });
    // Sheets has TRUE and FALSE literals; HyperFormula only the functions TRUE() and FALSE().
    tokens.forEach((t, i) => {
      if (t.kind === 'other' && /^(true|false)$/i.test(t.text))
        replacements.set(i, `${t.text.toUpperCase()}()`);
      if (t.kind === 'func' && /^today$/i.test(t.text)) replacements.set(i, TODAY_FN);
      if (t.kind === 'func' && /^now$/i.test(t.text)) replacements.set(i, NOW_FN);
    });
    const text = '=' + tokens.map((t, i) => replacements.get(i) ?? t.text).join('');
    const sig = tokens.filter((t) => t.kind !== 'ws');
    let rootCall: string | undefined;
    if (sig[0]?.kind === 'func' && sig[1]?.kind === '(' && sig[sig.length - 1]?.kind === ')') {
      let depth = 0;
      let closesAtEnd = true;
      sig.slice(1).forEach((t, i) => {
        if (t.kind === '(') depth++;
        if (t.kind === ')') depth--;
        if (depth === 0 && i < sig.length - 2) closesAtEnd = false;
      });
      const name = sig[0].text.toUpperCase();
      if (closesAtEnd && this.customFunctions.has(name)) rootCall = name;
    }
    return { text, rootCall };
  }

  private key(sheet: SheetModel, row: number, column: number): string {
    return `${sheet.sheetId}:${row}:${column}`;
  }

  private hfContent(sheet: SheetModel, row: number, column: number): RawCellContent {
    const formula = sheet.formulas.get(row, column);
    if (formula !== undefined) {
      const t = this.translate(formula, sheet);
      const k = this.key(sheet, row, column);
      if (t.rootCall) this.rootCalls.set(k, t.rootCall);
      else this.rootCalls.delete(k);
      return t.text;
    }
    const value = sheet.values.get(row, column) ?? this.spillGrids.get(sheet)?.get(row, column)?.value;
    if (value === undefined || value === null) return null;
    return typeof value === 'string' ? "'" + value : value;
  }

  private loadSheet(sheet: SheetModel): void {
    const hf = this.hf as HyperFormula;
    const height = sheet.lastRow();
    const width = sheet.lastColumn();
    const content: RawCellContent[][] = [];
    for (let r = 0; r < height; r++) {
      const row: RawCellContent[] = new Array(width);
      for (let c = 0; c < width; c++) row[c] = this.hfContent(sheet, r, c);
      content.push(row);
    }
    hf.setSheetContent(this.hfIds.get(sheet) as number, content);
  }

  private run<T>(fn: () => T): T {
    const previous = activeEngine;
    activeEngine = this;
    try {
      return fn();
    } finally {
      activeEngine = previous;
    }
  }

  /**
   * Cells of a sheet changed in the model (values or formulas). Mirrors them into HyperFormula or, for a
   * sheet it does not hold, bumps the sheet's version so custom functions reading it recalculate.
   */
  cellsChanged(
    sheet: SheetModel,
    rect: { row: number; column: number; numRows: number; numColumns: number },
    formulasChanged: boolean,
  ): void {
    if (formulasChanged || (sheet.formulaCount > 0 && !this.hf)) {
      const needed = this.hf ? this.neededMirrors() : undefined;
      if (!this.hf || !needed || [...needed].some((s) => !this.mirrored.has(s))) {
        this.rebuild();
        return;
      }
    }
    const hf = this.hf;
    if (!hf) return;
    this.run(() => {
      hf.batch(() => {
        if (this.mirrored.has(sheet)) {
          const content: RawCellContent[][] = [];
          for (let r = rect.row; r < rect.row + rect.numRows; r++) {
            const row: RawCellContent[] = new Array(rect.numColumns);
            for (let c = 0; c < rect.numColumns; c++) row[c] = this.hfContent(sheet, r, rect.column + c);
            content.push(row);
          }
          hf.setCellContents(
            { sheet: this.hfIds.get(sheet) as number, row: rect.row, col: rect.column },
            content,
          );
        } else {
          const n = (this.versions.get(sheet) ?? 0) + 1;
          this.versions.set(sheet, n);
          const versionSheet = hf.getSheetId(VERSIONS_SHEET) as number;
          hf.setCellContents({ sheet: versionSheet, row: this.book.sheets.indexOf(sheet), col: 0 }, n);
        }
        this.recheckSpillsIn(sheet, rect);
      });
    });
    this.settle();
  }

  /**
   * A write landed in (or next to) a spill area. An anchor that no longer holds a custom function call (cleared,
   * or given a value or another formula) loses its array: its cells empty and its #REF! goes. Any other anchor
   * whose area the write touched is re-evaluated, so it spills or reports #REF! against what the cells now hold.
   */
  private recheckSpillsIn(
    sheet: SheetModel,
    rect: { row: number; column: number; numRows: number; numColumns: number },
    except?: string,
  ) {
    const hf = this.hf as HyperFormula;
    for (const [k, spill] of this.spills) {
      if (spill.sheet !== sheet || k === except) continue;
      const anchorInRect =
        spill.row >= rect.row &&
        spill.row < rect.row + rect.numRows &&
        spill.column >= rect.column &&
        spill.column < rect.column + rect.numColumns;
      const formula = sheet.formulas.get(spill.row, spill.column);
      if (anchorInRect && (formula === undefined || !this.rootCalls.has(k))) {
        this.pendingSpills.set(k, { sheet, row: spill.row, column: spill.column, data: null });
        continue;
      }
      const h = spill.data.length;
      const w = spill.data[0]?.length ?? 0;
      const overlaps =
        rect.row < spill.row + h &&
        rect.row + rect.numRows > spill.row &&
        rect.column < spill.column + w &&
        rect.column + rect.numColumns > spill.column;
      const isAnchorOnly =
        rect.numRows === 1 && rect.numColumns === 1 && rect.row === spill.row && rect.column === spill.column;
      if (overlaps && !isAnchorOnly && formula !== undefined) {
        hf.setCellContents(
          { sheet: this.hfIds.get(sheet) as number, row: spill.row, col: spill.column },
          this.hfContent(sheet, spill.row, spill.column),
        );
      }
    }
  }

  /** Applies the arrays custom functions returned: they fill the cells below and to the right. */
  private settle(): void {
    const hf = this.hf;
    if (!hf) return;
    for (let round = 0; round < 5 && this.pendingSpills.size > 0; round++) {
      const pending = this.pendingSpills;
      this.pendingSpills = new Map();
      this.run(() =>
        hf.batch(() => {
          for (const [k, p] of pending) this.applySpill(k, p.sheet, p.row, p.column, p.data);
        }),
      );
    }
  }

  private applySpill(
    k: string,
    sheet: SheetModel,
    row: number,
    column: number,
    data: SpillCell[][] | null,
  ): void {
    const hf = this.hf as HyperFormula;
    const hfSheet = this.hfIds.get(sheet) as number;
    let grid = this.spillGrids.get(sheet);
    if (!grid) {
      grid = new Grid();
      this.spillGrids.set(sheet, grid);
    }
    const old = this.spills.get(k);
    const blockedAt = data ? this.blocker(sheet, row, column, data, old) : undefined;
    if (old && !old.blocked && !blockedAt && JSON.stringify(old.data) === JSON.stringify(data)) return;
    const cells = grid;
    const area = (d: SpillCell[][]) => ({ rows: d.length, columns: Math.max(0, ...d.map((r) => r.length)) });
    const before = old && !old.blocked ? area(old.data) : { rows: 0, columns: 0 };
    if (old && !old.blocked) {
      for (const [r, line] of old.data.entries()) {
        for (let c = 0; c < line.length; c++)
          if (r !== 0 || c !== 0) cells.set(row + r, column + c, undefined);
      }
    }
    // The old array goes (the function threw, returned one value or is no longer there) or is replaced below;
    // a blocked array's #REF! message goes with it.
    this.spills.delete(k);
    let after = { rows: 0, columns: 0 };
    if (data && blockedAt) {
      const blocked = blockedAt.startsWith('Result was not')
        ? blockedAt
        : `Array result was not expanded because it would overwrite data in ${blockedAt}.`;
      this.spills.set(k, { sheet, row, column, data, blocked });
    } else if (data) {
      this.spills.set(k, { sheet, row, column, data });
      for (const [r, line] of data.entries()) {
        for (const [c, cell] of line.entries()) if (r !== 0 || c !== 0) cells.set(row + r, column + c, cell);
      }
      after = area(data);
    }
    // Every cell the old or the new array covers, but the anchor, is written again from the model and the spill
    // grid, in two blocks: HyperFormula then records two changes, not one per cell.
    const height = Math.max(before.rows, after.rows);
    const width = Math.max(before.columns, after.columns);
    const block = (r0: number, c0: number, numRows: number, numColumns: number) => {
      if (numRows <= 0 || numColumns <= 0) return;
      const content: RawCellContent[][] = [];
      for (let r = 0; r < numRows; r++) {
        const line: RawCellContent[] = new Array(numColumns);
        for (let c = 0; c < numColumns; c++) line[c] = this.hfContent(sheet, row + r0 + r, column + c0 + c);
        content.push(line);
      }
      hf.setCellContents({ sheet: hfSheet, row: row + r0, col: column + c0 }, content);
    };
    block(0, 1, 1, width - 1);
    block(1, 0, height - 1, width);
    if (old && !old.blocked) {
      // The cells the old array filled are free again: arrays they blocked may expand now.
      const numRows = old.data.length;
      const numColumns = old.data[0]?.length ?? 0;
      this.recheckSpillsIn(sheet, { row, column, numRows, numColumns }, k);
    }
  }

  /**
   * The first cell (A1) in the way of an array anchored at row, column, or undefined if it can spill: a cell
   * holding a value or a formula, a cell another array spilled into, or the sheet's edge. The cells this
   * anchor's own array fills do not count.
   */
  private blocker(
    sheet: SheetModel,
    row: number,
    column: number,
    data: SpillCell[][],
    own: Spill | undefined,
  ): string | undefined {
    // Sheets does not add rows or columns for an array: "Result was not automatically expanded, please insert more rows (N)."
    const width = Math.max(0, ...data.map((cells) => cells.length));
    if (row + data.length > sheet.maxRows) {
      return `Result was not automatically expanded, please insert more rows (${row + data.length - sheet.maxRows}).`;
    }
    if (column + width > sheet.maxColumns) {
      return `Result was not automatically expanded, please insert more columns (${column + width - sheet.maxColumns}).`;
    }
    const grid = this.spillGrids.get(sheet);
    const ownRows = own && !own.blocked ? own.data.length : 0;
    const ownColumns = own && !own.blocked ? (own.data[0]?.length ?? 0) : 0;
    for (let r = 0; r < data.length; r++) {
      const width = data[r]?.length ?? 0;
      for (let c = 0; c < width; c++) {
        if (r === 0 && c === 0) continue;
        const rr = row + r;
        const cc = column + c;
        const occupied =
          rr >= sheet.maxRows ||
          cc >= sheet.maxColumns ||
          sheet.values.get(rr, cc) !== undefined ||
          sheet.formulas.get(rr, cc) !== undefined ||
          (grid?.get(rr, cc) !== undefined && !(r < ownRows && c < ownColumns));
        if (occupied) return rangeA1(rr + 1, cc + 1, 1, 1);
      }
    }
    return undefined;
  }

  /** The value a spilled array put in a cell that holds nothing itself. */
  spillAt(sheet: SheetModel, row: number, column: number): SpillCell | undefined {
    return this.spillGrids.get(sheet)?.get(row, column);
  }

  /** Whether HyperFormula holds a sheet's cells (so formulas, and conditional formats, can be worked out on it). */
  holds(sheet: SheetModel): boolean {
    return this.hf !== undefined && this.mirrored.has(sheet);
  }

  /** The last row and column (1-based) a spilled array filled on a sheet: they hold content, as Sheets counts it. */
  spillExtent(sheet: SheetModel): { lastRow: number; lastColumn: number } {
    const grid = this.spillGrids.get(sheet);
    return grid
      ? { lastRow: grid.lastRow() + 1, lastColumn: grid.lastColumn() + 1 }
      : { lastRow: 0, lastColumn: 0 };
  }

  hasSpills(sheet: SheetModel): boolean {
    const grid = this.spillGrids.get(sheet);
    return grid !== undefined && grid.rows.length > 0;
  }

  /** The computed value of a formula cell. */
  formulaValue(sheet: SheetModel, row: number, column: number): CellResult {
    const hf = this.hf;
    const hfSheet = this.hfIds.get(sheet);
    if (!hf || hfSheet === undefined) return { value: null, isDate: false };
    const blocked = this.spills.get(this.key(sheet, row, column))?.blocked;
    if (blocked) return { value: '#REF!', isDate: false, error: { value: '#REF!', message: blocked } };
    let value: CellValue;
    let type: string;
    try {
      value = hf.getCellValue({ sheet: hfSheet, row, col: column });
      type = hf.getCellValueDetailedType({ sheet: hfSheet, row, col: column });
    } catch {
      // Read while HyperFormula evaluates (a custom function reading a formula cell): not computed yet.
      return { value: null, isDate: false };
    }
    if (value instanceof DetailedCellError) {
      return { value: value.value, isDate: false, error: { value: value.value, message: value.message } };
    }
    if (value === null || value === undefined) return { value: null, isDate: false };
    return { value, isDate: type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME' };
  }

  // -------------------------------------------------------------------------------------------------------
  // Custom function calls.

  callCustom(plugin: CustomFunctionPlugin, ast: Ast, state: State): unknown {
    const name = ast.procedureName ?? '';
    if (name === RANGE_FN) return new CellError(ErrorType.VALUE, `${RANGE_FN} is internal to the emulator`);
    const fn = this.customFunctions.get(name);
    if (!fn) return new CellError(ErrorType.NAME, `Unknown function: '${name}'.`);
    const volatile = (ast.args ?? []).find((arg) => this.dependsOnVolatile(arg, state));
    if (volatile) {
      return new CellError(
        ErrorType.ERROR,
        `Loading... (Google Sheets never finishes ${name}: a custom function may not depend on NOW(), RAND() or RANDBETWEEN())`,
      );
    }
    const anchor = this.sheetsByHfId.get(state.formulaAddress.sheet);
    const isRoot =
      this.depth === 0 &&
      anchor !== undefined &&
      this.rootCalls.get(this.key(anchor, state.formulaAddress.row, state.formulaAddress.col)) === name;
    this.depth++;
    try {
      const args: unknown[] = [];
      for (const arg of ast.args ?? []) {
        const value = this.argument(plugin, arg, state);
        if (value instanceof CellError) {
          // An error argument propagates; the function is not called, so an array it returned before goes.
          if (isRoot) this.queueSpill(anchor, state.formulaAddress, null);
          return value;
        }
        args.push(value);
      }
      let result: unknown;
      try {
        // "A custom function call must return within 30 seconds. If it doesn't, the cell displays #ERROR! and the
        // cell note is Exceeded maximum execution time (line 0)." (guides/sheets/functions)
        result = this.runtime.withTimeLimit(30_000, 'Exceeded maximum execution time (line 0).', () =>
          this.runtime.withAuthMode('CUSTOM_FUNCTION', () => fn(...args)),
        );
      } catch (e) {
        // The error comes from the bundle's realm: no instanceof here.
        const message =
          typeof e === 'object' && e !== null && 'message' in e ? String((e as Error).message) : String(e);
        if (isRoot) this.queueSpill(anchor, state.formulaAddress, null);
        return new CellError(ErrorType.ERROR, message);
      }
      return this.result(plugin, result, isRoot ? anchor : undefined, state.formulaAddress);
    } finally {
      this.depth--;
    }
  }

  /** Whether an argument calls NOW(), RAND() or RANDBETWEEN(), itself or through a cell it refers to. */
  private dependsOnVolatile(arg: Ast, state: State): boolean {
    if (arg.type === 'FUNCTION_CALL' && arg.procedureName && NOT_FOR_CUSTOM.has(arg.procedureName))
      return true;
    if (arg.type === 'CELL_REFERENCE' && arg.reference) {
      const at = arg.reference.toSimpleCellAddress(state.formulaAddress);
      const formula = this.sheetsByHfId.get(at.sheet)?.formulas.get(at.row, at.col);
      if (formula !== undefined && NOT_FOR_CUSTOM_TEXT.test(formula)) return true;
    }
    return (arg.args ?? []).some((inner) => this.dependsOnVolatile(inner, state));
  }

  /**
   * Whether a conditional format's custom formula holds for a cell: its relative references are moved from the
   * rule's anchor (the top-left cell of its first range) to the cell, then it is worked out on the sheet.
   */
  formulaHolds(
    sheet: SheetModel,
    formula: string,
    anchor: { row: number; column: number },
    row: number,
    column: number,
  ): boolean {
    const hf = this.hf;
    const hfSheet = this.hfIds.get(sheet);
    if (!hf || hfSheet === undefined) return false;
    const moved = shiftReferences(formula, row - anchor.row, column - anchor.column);
    let value: unknown;
    try {
      value = this.run(() => hf.calculateFormula(this.translate(moved, sheet).text, hfSheet));
    } catch {
      return false;
    }
    if (Array.isArray(value)) value = value[0]?.[0];
    if (typeof value === 'boolean') return value;
    if (typeof value === 'number') return value !== 0;
    if (typeof value === 'object' && value !== null && 'val' in value)
      return (value as { val: number }).val !== 0;
    return false;
  }

  private queueSpill(sheet: SheetModel | undefined, at: Address, data: SpillCell[][] | null): void {
    if (!sheet) return;
    const k = this.key(sheet, at.row, at.col);
    if (!data && !this.spills.has(k)) return;
    this.pendingSpills.set(k, { sheet, row: at.row, column: at.col, data });
  }

  /** One argument as Sheets passes it: scalars, 2-D arrays for ranges, '' for empty, Date for dates. */
  private argument(plugin: CustomFunctionPlugin, arg: Ast, state: State): unknown {
    if (arg.type === 'EMPTY') return undefined;
    if (arg.type === 'FUNCTION_CALL' && arg.procedureName === RANGE_FN) {
      const [sheetId, r1, c1, r2, c2] = (arg.args ?? []).map((a) => Number(a.value));
      const sheet = this.book.sheetById(sheetId as number);
      if (!sheet) return new CellError(ErrorType.REF);
      return this.modelRange(sheet, (r1 as number) - 1, (c1 as number) - 1, r2 as number, c2 as number);
    }
    const value = plugin.evaluate(arg, state);
    if (value instanceof CellError) return value;
    if (value instanceof SimpleRangeValue) {
      const range = value.range as { start: Address } | undefined;
      const sheet = range ? this.sheetsByHfId.get(range.start.sheet) : undefined;
      const rows = value.data.map((cells, r) =>
        cells.map((cell, c) =>
          this.toJs(
            cell,
            sheet && range ? sheet.formats.get(range.start.row + r, range.start.col + c) : undefined,
          ),
        ),
      );
      if (rows.length === 1 && rows[0]?.length === 1) return rows[0][0];
      return this.realmRows(rows);
    }
    if (arg.type === 'CELL_REFERENCE' && arg.reference) {
      const at = arg.reference.toSimpleCellAddress(state.formulaAddress);
      const sheet = this.sheetsByHfId.get(at.sheet);
      return this.toJs(value, sheet?.formats.get(at.row, at.col));
    }
    return this.toJs(value, undefined);
  }

  private realmRows(rows: unknown[][]): unknown[][] {
    const out = this.runtime.realm.newArray(rows.length) as unknown[][];
    rows.forEach((cells, r) => {
      const row = this.runtime.realm.newArray(cells.length);
      cells.forEach((v, c) => {
        row[c] = v;
      });
      out[r] = row;
    });
    return out;
  }

  /** Reads a block straight from the model (a sheet HyperFormula does not hold; it has no formulas). */
  private modelRange(sheet: SheetModel, r1: number, c1: number, r2: number, c2: number): unknown {
    const tz = this.book.timeZone;
    const height = r2 - r1;
    const width = c2 - c1;
    const realm = this.runtime.realm;
    const out = realm.newArray(height) as unknown[][];
    const values = sheet.values.rows;
    const formats = sheet.formats.rows;
    for (let r = 0; r < height; r++) {
      const row = realm.newArray(width);
      const vs = values[r1 + r];
      const fs = formats[r1 + r];
      for (let c = 0; c < width; c++) {
        const v = vs?.[c1 + c];
        if (v === undefined) row[c] = '';
        else if (typeof v === 'number' && fs && isDateFormat(fs[c1 + c]))
          row[c] = new realm.Date(serialToMs(v, tz));
        else row[c] = v;
      }
      out[r] = row;
    }
    if (height === 1 && width === 1) return out[0]?.[0];
    return out;
  }

  /** A HyperFormula value → what Apps Script passes (Date for date-formatted or date-typed numbers). */
  private toJs(value: unknown, format: string | undefined): unknown {
    if (value === EmptyValue || value === null || value === undefined) return '';
    if (value instanceof CellError)
      return `#${value.type === ErrorType.ERROR ? 'ERROR!' : errorText(value.type)}`;
    if (typeof value === 'object' && value !== null && 'val' in value) {
      // A rich number (date, percent, currency…): dates arrive as Date, the rest as plain numbers.
      const rich = value as { val: number; getDetailedType?: () => string };
      const type = rich.getDetailedType?.() ?? '';
      if (type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME' || isDateFormat(format)) {
        return this.runtime.newDate(serialToMs(rich.val, this.book.timeZone));
      }
      return rich.val;
    }
    if (typeof value === 'number' && isDateFormat(format)) {
      return this.runtime.newDate(serialToMs(value, this.book.timeZone));
    }
    return value;
  }

  /** A custom function's return value → HyperFormula (top-left at the root; arrays spill). */
  private result(
    plugin: CustomFunctionPlugin,
    value: unknown,
    anchor: SheetModel | undefined,
    at: Address,
  ): unknown {
    if (Array.isArray(value)) {
      const rows = (
        value.length > 0 && value.every((r) => Array.isArray(r)) ? value : [value]
      ) as unknown[][];
      const width = Math.max(0, ...rows.map((r) => r.length));
      const cells = rows.map((r) => Array.from({ length: width }, (_, c) => this.spillCell(r[c])));
      if (cells.length === 0 || width === 0) {
        if (anchor) this.queueSpill(anchor, at, null);
        return EmptyValue;
      }
      if (anchor) {
        this.queueSpill(anchor, at, cells.length === 1 && width === 1 ? null : cells);
        return this.hfScalar(plugin, cells[0]?.[0] as SpillCell);
      }
      return SimpleRangeValue.onlyValues(cells.map((r) => r.map((c) => this.hfScalar(plugin, c))) as never);
    }
    if (anchor) this.queueSpill(anchor, at, null);
    return this.hfScalar(plugin, this.spillCell(value));
  }

  private spillCell(value: unknown): SpillCell {
    if (value === null || value === undefined || value === '') return { value: null, isDate: false };
    if (isDateValue(value)) return { value: msToSerial(value.getTime(), this.book.timeZone), isDate: true };
    if (typeof value === 'number')
      return { value: Number.isFinite(value) ? value : String(value), isDate: false };
    if (typeof value === 'string' || typeof value === 'boolean') return { value, isDate: false };
    return { value: String(value), isDate: false };
  }

  private hfScalar(plugin: CustomFunctionPlugin, cell: SpillCell): unknown {
    if (cell.value === null) return EmptyValue;
    if (cell.isDate && typeof cell.value === 'number') {
      return plugin.dateNumber(cell.value);
    }
    return cell.value;
  }
}

function errorText(type: ErrorType): string {
  switch (type) {
    case ErrorType.DIV_BY_ZERO:
      return 'DIV/0!';
    case ErrorType.NA:
      return 'N/A';
    case ErrorType.NAME:
      return 'NAME?';
    case ErrorType.NUM:
      return 'NUM!';
    case ErrorType.REF:
      return 'REF!';
    default:
      return 'VALUE!';
  }
}

function hasFormulaRules(sheet: SheetModel): boolean {
  return sheet.conditionalRules.some((rule) => rule.criteria === 'CUSTOM_FORMULA');
}

const SHIFTABLE = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/;

/** A formula with its relative references moved by rows and columns (`$` parts stay), as a copied formula's are. */
export function shiftReferences(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  const tokens = tokenize(formula.slice(1));
  const part = (text: string) => {
    const m = SHIFTABLE.exec(text);
    if (!m) return text;
    const [, firstDollar, letters, secondDollar, digits] = m;
    // In `$5` (a whole row) the only dollar belongs to the row.
    const [colAbs, rowAbs] =
      letters === undefined ? ['', firstDollar || secondDollar] : [firstDollar, secondDollar];
    const col =
      letters === undefined ? '' : colAbs ? `$${letters}` : columnLetters(columnNumber(letters) + columns);
    const row = digits === undefined ? '' : rowAbs ? `$${digits}` : String(Number(digits) + rows);
    return col + row;
  };
  return `=${tokens
    .map((t) => {
      if (t.kind !== 'ref' || !t.body) return t.text;
      const prefix = t.text.slice(0, t.text.length - t.body.length);
      return prefix + t.body.split(':').map(part).join(':');
    })
    .join('')}`;
}
