// npm run bench: the add-on's cost in spreadsheet calls, time and bytes, each beside its budget and a baseline.
//
// Calls are counted by the emulator (calls on Spreadsheet, Sheet, Range, Protection, EmbeddedChart objects);
// a naive per-cell implementation of the same job, written here, is the baseline each count is compared with.
// Times are medians of several runs on this machine; CI fails only on call-count and size budgets, which do
// not depend on the machine.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createEmulator } from '../dev/emulator';
import { COLUMNS } from '../src/core/log/vocabulary';
import { settingsRows } from '../src/server/setup';
import { plainCount } from './plainLoop';

const ROOT = path.resolve(__dirname, '..');
const BUNDLE = path.join(ROOT, 'build/Code.js');
const SIDEBAR = path.join(ROOT, 'build/Sidebar.html');
const SIZES = [10, 1_000, 10_000];
const BUDGET = {
  // Find the log, read it, read Settings (2), the formats of the row it goes to (2), append up to the review
  // columns (protected: staff cannot write them), find its id, write Entered by/at (2), find History, append.
  submitCalls: 12,
  summaryCalls: 40,
  // Find the log, read it, read Settings (2), ask who owns the spreadsheet.
  listCalls: 5,
  // One field: find and read the log, the formats and the write of its cell (4), find History and append,
  // read Settings (2) for the count in the answer.
  updateCalls: 10,
  // As an edit, with Settings read first (who may verify), two runs of cells, and History's three rows.
  verifyCalls: 16,
  // A page of 50 missions as google.script.run carries it (JSON).
  listPageKb: 64,
  krCount100kMs: 100,
  /** KR_COUNT within 1.5 times the plainest correct loop over the same rows (issue 14). */
  krCountVsPlainLoop: 1.5,
  summaryRecalc10kMs: 1000,
  codeKb: 100,
  sidebarKb: 80,
};

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface Row {
  figure: string;
  value: number;
  unit: string;
  budget?: string;
  pass?: boolean;
  /** Whether a miss fails CI: call counts and sizes do; times only report. */
  gate?: boolean;
  baseline?: string;
}

const results: Row[] = [];
const record = (row: Row) => results.push(row);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Collects garbage between timed runs when node was started with --expose-gc (npm run bench does). */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/**
 * One timed run in ms, from a clean heap, as each custom-function call in Sheets starts a runtime of its own;
 * otherwise the garbage of the run before is billed to this one.
 */
function timeOnce(fn: () => void): number {
  collectGarbage();
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function time(fn: () => void, runs: number): number {
  fn(); // warm-up: the first run pays for compilation
  return median(Array.from({ length: runs }, () => timeOnce(fn)));
}

/** N done missions of FY 2568, as a person would paste them: date cells, Thai labels, unchecked boxes. */
function missionRows(count: number): unknown[][] {
  return Array.from({ length: count }, (_, i) =>
    COLUMNS.map(({ key }) => {
      switch (key) {
        case 'id':
          return `bench-${i}`;
        case 'date':
          return new Date(Date.UTC(2024, 9 + (i % 12), 1 + (i % 28)) - 7 * 3_600_000);
        case 'kind':
          return 'การเยี่ยมคารวะ';
        case 'status':
          return i % 10 === 9 ? 'ยกเลิก' : 'ดำเนินการแล้ว';
        case 'evidence':
          return `https://example.org/missions/${i}`;
        case 'enteredAt':
          return new Date(Date.UTC(2025, 0, 1));
        default:
          return key.startsWith('step') || key === 'verified' ? i % 2 === 0 : `${key} ${i}`;
      }
    }),
  );
}

/** A spreadsheet set up by the add-on, Settings pinned to FY 2568, holding N missions and `spare` empty rows. */
function spreadsheetWith(count: number, spare = 100) {
  const emu = createEmulator({ userEmail: 'bench@bangkok.go.th' });
  const server = emu.load(BUNDLE);
  emu.run('setupSheets');
  const ss = emu.spreadsheet;
  const settings = ss.getSheetByName('ตั้งค่า')!;
  const labels = settings
    .getRange('A1:A20')
    .getValues()
    .map((r) => String(r[0]));
  settings.getRange(labels.findIndex((l) => l.startsWith('ปีงบประมาณ')) + 1, 2).setValue(2568);
  const log = ss.getSheetByName('ภารกิจ')!;
  const rows = count + 1 + spare;
  if (rows > log.getMaxRows()) log.insertRowsAfter(log.getMaxRows(), rows - log.getMaxRows());
  if (rows < log.getMaxRows()) log.deleteRows(rows + 1, log.getMaxRows() - rows);
  log.getRange(2, 1, count, COLUMNS.length).setValues(missionRows(count));
  return { emu, server, ss, log };
}

const submission = (i: number) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  date: '2025-03-15',
  kind: 'reception',
  title: `Reception ${i}`,
  counterpart: `Partner city ${i}`,
  status: 'done',
  steps: [true, true, false, false, false],
});

/** Saves mission i and makes sure it was saved: a refusal costs fewer calls and would flatter the figure. */
function save(emu: ReturnType<typeof createEmulator>, i: number): void {
  const reply = emu.bridge.run('submitMission', [submission(i)]) as { ok: boolean };
  if (!reply.ok) throw new Error(`submitMission refused the bench's mission: ${JSON.stringify(reply)}`);
}

/** The naive submission: every cell read with getValue (for the duplicate check and the count), every cell of the new row written with setValue. */
function naiveSubmit(ss: Spreadsheet): void {
  const log = ss.getSheetByName('ภารกิจ')!;
  const rows = log.getLastRow();
  const columns = log.getLastColumn();
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= columns; c++) log.getRange(r, c).getValue();
  if (rows + 1 > log.getMaxRows()) log.insertRowAfter(rows);
  const row = missionRows(1)[0]!;
  row.forEach((value, c) => {
    log.getRange(rows + 1, c + 1).setValue(value);
  });
}

/** The naive summary: every log cell read with getValue; each of the summary's cells written with setValue and styled one by one. */
function naiveSummary(ss: Spreadsheet, summaryCells: number): void {
  const log = ss.getSheetByName('ภารกิจ')!;
  const rows = log.getLastRow();
  const columns = log.getLastColumn();
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= columns; c++) log.getRange(r, c).getValue();
  const sheet = ss.getSheetByName('สรุปผล') ?? ss.insertSheet('สรุปผล');
  const width = 13;
  const height = Math.ceil(summaryCells / width);
  if (height > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), height - sheet.getMaxRows());
  for (let r = 1; r <= height; r++) {
    for (let c = 1; c <= width; c++)
      sheet.getRange(r, c).setValue('x').setFontWeight('normal').setBackground('#ffffff');
  }
}

/** The naive setup: each data cell of the checkbox, dropdown and date columns given its rule and format one by one. */
function naiveSetup(log: Sheet): void {
  const rows = log.getMaxRows();
  for (let r = 2; r <= rows; r++) {
    for (const c of [3, 9]) log.getRange(r, c).getValue();
    for (const c of [10, 11, 12, 13, 14, 17]) log.getRange(r, c).getValue();
    log.getRange(r, 2).getNumberFormat();
  }
}

function countCalls(emu: ReturnType<typeof createEmulator>, fn: () => void): number {
  emu.resetCalls();
  fn();
  return emu.calls();
}

/**
 * Where a call count stands: the naive per-cell version's absolute count, and the floor, what the job would
 * cost as one batched read and one batched write (2 calls; nothing can do it in fewer).
 */
function baseline(naive: number): string {
  return `per cell ${naive.toLocaleString('en')} · floor 2 (1 batched read + 1 batched write)`;
}

/** Spreadsheet calls beside their budget (gating: calls do not depend on the machine), and the per-cell count. */
function recordCalls(figure: string, calls: number, budget: number, naive?: number): void {
  record({
    figure,
    value: calls,
    unit: 'calls',
    budget: `≤ ${budget}`,
    pass: calls <= budget,
    gate: true,
    ...(naive === undefined ? {} : { baseline: baseline(naive) }),
  });
}

/** The naive edit: every id cell read with getValue to find the row, each cell of it written with setValue. */
function naiveUpdate(ss: Spreadsheet, id: string): void {
  const log = ss.getSheetByName('ภารกิจ')!;
  const rows = log.getLastRow();
  let found = 0;
  for (let r = 2; r <= rows && found === 0; r++) if (log.getRange(r, 1).getValue() === id) found = r;
  for (let c = 1; c <= COLUMNS.length; c++)
    log.getRange(found, c).setValue(log.getRange(found, c).getValue());
}

interface Listed {
  ok: true;
  total: number;
  missions: { id: string; version: string }[];
}

/** listMissions, updateMission and verifyMission (issue 12): calls that do not grow with the log, and the page's size. */
function benchEdits(n: number): void {
  const { emu, ss } = spreadsheetWith(n);
  const list = () => emu.bridge.run('listMissions', [{ limit: 50 }]) as Listed;
  const listCalls = countCalls(emu, () => list());
  recordCalls(`listMissions calls, N=${n}`, listCalls, BUDGET.listCalls);
  const page = list();
  if (page.total < Math.min(n, 50)) throw new Error(`listMissions listed ${page.total} of ${n} missions`);
  const first = page.missions[0]!;
  let reply: { ok: boolean } = { ok: false };
  const updateCalls = countCalls(emu, () => {
    reply = emu.bridge.run('updateMission', [first.id, { notes: 'Corrected' }, first.version]) as {
      ok: boolean;
    };
  });
  if (!reply.ok) throw new Error(`updateMission refused the bench's edit: ${JSON.stringify(reply)}`);
  const naive = countCalls(emu, () => naiveUpdate(ss, first.id));
  recordCalls(`updateMission calls, one field, N=${n}`, updateCalls, BUDGET.updateCalls, naive);
  const verifyCalls = countCalls(emu, () => {
    reply = emu.bridge.run('verifyMission', [first.id, true]) as { ok: boolean };
  });
  if (!reply.ok) throw new Error(`verifyMission refused the bench's owner: ${JSON.stringify(reply)}`);
  recordCalls(`verifyMission calls, N=${n}`, verifyCalls, BUDGET.verifyCalls);
  if (n === SIZES[SIZES.length - 1]) {
    const kb = (value: unknown) => Buffer.byteLength(JSON.stringify(value)) / 1024;
    const whole = kb(emu.bridge.run('listMissions', [{}]));
    const pageKb = kb(list());

    record({
      figure: `listMissions payload, a page of 50, N=${n}`,
      value: round(pageKb),
      unit: 'KB',
      budget: `≤ ${BUDGET.listPageKb}`,
      pass: pageKb <= BUDGET.listPageKb,
      gate: true,
      baseline: `whole year at once ${round(whole).toLocaleString('en')} KB`,
    });
  }
}

/**
 * The time of the sidebar's list over 10,000 missions, in a heap holding little else (run before the call
 * counts, whose emulators would bill it for their garbage): the emulator's read, then the add-on's work.
 */
function benchListTime(): void {
  const n = SIZES[SIZES.length - 1]!;
  const { emu } = spreadsheetWith(n);
  record({
    figure: `listMissions, one page of a log of ${n.toLocaleString('en')} (emulator, script time)`,
    value: round(time(() => emu.bridge.run('listMissions', [{ limit: 50 }]), 5)),
    unit: 'ms',
  });
}

function benchCalls(): void {
  const summaryCounts: number[] = [];
  for (const n of SIZES) {
    const { emu, ss } = spreadsheetWith(n);
    const submit = countCalls(emu, () => save(emu, 1));
    const naiveSubmitCalls = countCalls(emu, () => naiveSubmit(ss));
    recordCalls(`submitMission calls, no summary, N=${n}`, submit, BUDGET.submitCalls, naiveSubmitCalls);

    if (n === 1_000) {
      // A log that fills its sheet (appendRow grows it a row at a time): the formats of a row not there yet
      // cannot be read, so text gets the apostrophe as in any automatic cell.
      const full = spreadsheetWith(n, 0);
      const calls = countCalls(full.emu, () => save(full.emu, 1));
      recordCalls(`submitMission calls, log filling its sheet, N=${n}`, calls, BUDGET.submitCalls);
    }

    emu.run('buildSummary');
    // The summary is live: a submission never touches it, so it costs what it costs without one.
    const withSummary = countCalls(emu, () => save(emu, 2));
    recordCalls(
      `submitMission calls, summary present, N=${n}`,
      withSummary,
      BUDGET.submitCalls,
      naiveSubmitCalls,
    );
    const summary = countCalls(emu, () => emu.run('buildSummary'));
    summaryCounts.push(summary);
    const summaryCells = ss.getSheetByName('สรุปผล')!.getLastRow() * 13;
    const naiveSummaryCalls = countCalls(emu, () => naiveSummary(ss, summaryCells));
    record({
      figure: `buildSummary calls, N=${n}`,
      value: summary,
      unit: 'calls',
      budget: `≤ ${BUDGET.summaryCalls}, same at every N`,
      pass: summary <= BUDGET.summaryCalls && summary === summaryCounts[0],
      gate: true,
      baseline: baseline(naiveSummaryCalls),
    });

    benchEdits(n);

    const setup = countCalls(emu, () => emu.run('setupSheets'));
    const naiveSetupCalls = countCalls(emu, () => naiveSetup(ss.getSheetByName('ภารกิจ')!));
    record({
      figure: `setupSheets calls on a full log, N=${n}`,
      value: setup,
      unit: 'calls',
      baseline: baseline(naiveSetupCalls),
    });
  }
}

/**
 * Custom functions first, in a heap holding nothing else: in Sheets each call runs in a runtime of its own with
 * only its arguments, and a heap full of emulators would bill KR_COUNT for their garbage collection.
 */
function benchCustomFunctions(): void {
  const source = fs.readFileSync(BUNDLE, 'utf8');
  // What a custom function may read in Sheets: the spreadsheet's time zone and locale (read-only calls).
  const spreadsheet = { getSpreadsheetTimeZone: () => 'Asia/Bangkok', getSpreadsheetLocale: () => 'th_TH' };
  // The catalogs' texts are HTML files of the project, read with HtmlService (allowed in custom functions).
  const files = new Map<string, string>();
  const HtmlService = {
    createHtmlOutputFromFile: (name: string) => ({
      getContent: () => {
        if (!files.has(name))
          files.set(name, fs.readFileSync(path.join(ROOT, 'build', `${name}.html`), 'utf8'));
        return files.get(name)!;
      },
    }),
  };
  const load = () => {
    const context = vm.createContext({
      SpreadsheetApp: { getActiveSpreadsheet: () => spreadsheet },
      HtmlService,
    });
    vm.runInContext(source, context);
    return context as Record<string, (...args: unknown[]) => unknown>;
  };
  record({
    figure: 'load build/Code.js into a fresh vm (paid by every custom-function call)',
    value: round(time(load, 15)),
    unit: 'ms',
  });

  const bundle = load();
  const header = COLUMNS.map((c) => c.th);
  // Sheets hands the range to the function as values of the script's realm.
  const inRealm = vm.runInContext(
    '(rows) => rows.map((row) => row.map((v) => Object.prototype.toString.call(v) === "[object Date]" ? new Date(v.getTime()) : v))',
    bundle as vm.Context,
  ) as (r: unknown[][]) => unknown[][];
  for (const n of [10_000, 100_000]) {
    const argument = inRealm([header, ...missionRows(n)]);
    let count = 0;
    const ms = time(() => {
      count = bundle.KR_COUNT!(argument, 2568) as number;
    }, 11);
    // Every tenth mission is cancelled; the rest are done inside FY 2568.
    const expected = n - Math.floor(n / 10);
    if (count !== expected) throw new Error(`KR_COUNT counted ${count}, expected ${expected}`);
    const budget = n === 100_000 ? BUDGET.krCount100kMs : undefined;
    record({
      figure: `KR_COUNT over ${n.toLocaleString('en')} rows`,
      value: round(ms),
      unit: 'ms',
      ...(budget ? { budget: `≤ ${budget}`, pass: ms <= budget } : {}),
    });
    if (n !== 100_000) continue;
    // The same rows, the same run, the plainest correct loop (bench/plainLoop.ts): what KR_COUNT costs beyond
    // the reading it cannot avoid. The two run in turn, 21 times each, each from a clean heap, and the medians
    // are compared, so a busy moment of the machine lands on both sides alike.
    const columns = {
      id: COLUMNS.findIndex((c) => c.key === 'id'),
      date: COLUMNS.findIndex((c) => c.key === 'date'),
      status: COLUMNS.findIndex((c) => c.key === 'status'),
    };
    let plain = 0;
    const ourTimes: number[] = [];
    const loopTimes: number[] = [];
    for (let run = 0; run < 21; run++) {
      ourTimes.push(timeOnce(() => (count = bundle.KR_COUNT!(argument, 2568) as number)));
      loopTimes.push(
        timeOnce(() => (plain = plainCount(argument, columns, 2568, { year: 2025, month: 9, day: 30 }))),
      );
    }
    if (plain !== expected) throw new Error(`the plain loop counted ${plain}, expected ${expected}`);
    const ours = median(ourTimes);
    const loop = median(loopTimes);
    const middle = { ours, loop, ratio: ours / loop };
    record({
      figure: 'plain loop over the same 100,000 rows (bench/plainLoop.ts)',
      value: round(middle.loop),
      unit: 'ms',
    });
    record({
      figure: 'KR_COUNT ÷ plain loop, 100,000 rows, same run',
      value: Math.round(middle.ratio * 100) / 100,
      unit: '×',
      budget: `≤ ${BUDGET.krCountVsPlainLoop}`,
      pass: middle.ratio <= BUDGET.krCountVsPlainLoop,
      baseline: `KR_COUNT ${round(middle.ours)} ms / loop ${round(middle.loop)} ms`,
    });
  }

  // What one recalculation of the live summary costs Sheets: its six functions, each a call of its own.
  const settings = settingsRows('th').map((row) => [...row]);
  const yearRow = settings.findIndex((row) => String(row[0]).startsWith('ปีงบประมาณ'));
  settings[yearRow]![1] = 2568;
  const settingsArg = inRealm(settings);
  const asOf = inRealm([[new Date('2025-09-30T00:00:00+07:00')]])[0]![0];
  for (const n of [10_000, 100_000]) {
    const log = inRealm([header, ...missionRows(n)]);
    const calls: [string, unknown[]][] = [
      ['KR_TITLE', [settingsArg, asOf, 'th']],
      ['KR_RESULT', [log, settingsArg, asOf, 'th']],
      ['KR_BY_KIND', [log, settingsArg, asOf, 'th']],
      ['KR_BY_MONTH', [log, settingsArg, asOf, 'th']],
      ['KR_MISSIONS', [log, settingsArg, asOf, 'th']],
      ['KR_SIGN_OFF', [settingsArg, 'th']],
    ];
    for (const [name, args] of calls) {
      if (!Array.isArray(bundle[name]!(...args))) throw new Error(`${name} returned no table`);
    }
    const recalc = time(() => {
      for (const [name, args] of calls) bundle[name]!(...args);
    }, 5);
    const budget = n === 10_000 ? BUDGET.summaryRecalc10kMs : undefined;
    record({
      figure: `the summary’s six functions over ${n.toLocaleString('en')} rows (one recalculation, script time)`,
      value: round(recalc),
      unit: 'ms',
      ...(budget ? { budget: `≤ ${budget}`, pass: recalc <= budget } : {}),
    });
  }
}

function benchSummaryTime(): void {
  const { emu, log } = spreadsheetWith(10_000);
  emu.run('buildSummary');
  record({
    figure: 'buildSummary at N=10,000 (emulator)',
    value: round(time(() => emu.run('buildSummary'), 5)),
    unit: 'ms',
  });
  let status = 'ยกเลิก';
  record({
    figure: 'the live summary following one hand edit at N=10,000 (emulator)',
    value: round(
      time(() => {
        status = status === 'ยกเลิก' ? 'ดำเนินการแล้ว' : 'ยกเลิก';
        log.getRange(2, 9).setValue(status);
      }, 5),
    ),
    unit: 'ms',
  });
}

function benchSizes(): void {
  const code = fs.statSync(BUNDLE).size / 1024;
  const sidebar = fs.statSync(SIDEBAR).size / 1024;
  record({
    figure: 'build/Code.js',
    value: round(code),
    unit: 'KB',
    budget: `≤ ${BUDGET.codeKb}`,
    pass: code <= BUDGET.codeKb,
    gate: true,
  });
  record({
    figure: 'build/Sidebar.html',
    value: round(sidebar),
    unit: 'KB',
    budget: `≤ ${BUDGET.sidebarKb}`,
    pass: sidebar <= BUDGET.sidebarKb,
    gate: true,
  });
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function main(): void {
  for (const file of [BUNDLE, SIDEBAR])
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build`);
  benchCustomFunctions();
  benchSizes();
  benchListTime();
  benchCalls();
  benchSummaryTime();
  const lines = results.map((r) => [
    r.figure,
    `${r.value.toLocaleString('en')} ${r.unit}`,
    r.budget ?? '',
    r.pass === undefined ? '' : r.pass ? 'pass' : r.gate ? 'FAIL' : 'over (not gating)',
    r.baseline ?? '',
  ]);
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...lines.map((l) => l[i]!.length), ['figure', 'value', 'budget', 'verdict'][i]!.length),
  );
  const pad = (cells: string[]) => cells.map((c, i) => (i < 4 ? c.padEnd(widths[i]!) : c)).join('  ');
  console.log(pad(['figure', 'value', 'budget', 'verdict', 'baseline']));
  for (const line of lines) console.log(pad(line));
  const out = path.join(ROOT, 'bench/results.json');
  fs.writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
  );
  console.log(`\nwritten to ${path.relative(ROOT, out)}`);
  const broken = results.filter((r) => r.gate && r.pass === false);
  if (broken.length > 0) {
    console.error(
      `\n${broken.length} call-count or size budget(s) broken: ${broken.map((r) => r.figure).join('; ')}`,
    );
    process.exitCode = 1;
  }
}

main();
