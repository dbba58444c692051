// Faults a shared spreadsheet meets: a busy lock, a failing service, lost answers, hand-edited headers, Settings and summary.
import fc from 'fast-check';
import { message } from '../../src/core/i18n/messages';
import { mapHeader } from '../../src/core/log/cells';
import { validateMission } from '../../src/core/log/mission';
import { settingsProblemText } from '../../src/core/log/reasons';
import { COLUMNS } from '../../src/core/log/vocabulary';
import { openSidebar } from './sidebar';
import {
  type Addon,
  addon,
  expectSoundRow,
  type SubmitAnswer,
  setUp,
  submission,
  TABS,
  TODAY,
} from './support';

const LOG = TABS.th.log;

/** Every value and formula of a sheet, as JSON: equal strings mean not one cell changed. */
function contents(app: Addon, tab: string): string {
  const range = app.sheet(tab).getDataRange();
  return JSON.stringify([range.getValues(), range.getFormulas()]);
}

/** The mission of an input as the server keeps it. */
function missionOf(input: Record<string, unknown>) {
  const checked = validateMission(input, 'th', TODAY);
  if (!checked.ok) throw new Error(`not a valid mission: ${JSON.stringify(checked.errors)}`);
  return checked.mission;
}

/** Rows of the log holding an id. */
const rowsWithId = (app: Addon, id: string) => app.values(LOG).filter((row) => row[0] === id).length;

let serial = 0;
const freshId = () => `00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`;

describe('a submission while another one holds the lock', () => {
  it('answers "busy", calls nothing on the spreadsheet and writes nothing', () => {
    const app = setUp('en');
    app.menu('buildSummary');
    const before = [contents(app, TABS.en.log), contents(app, TABS.en.summary)];
    app.emu.lock.busy = true;
    app.emu.resetCalls();
    const answer = app.call('submitMission', submission({ id: freshId() }));
    expect(answer).toEqual({ ok: false, errors: { form: message('en', 'submit.busy') } });
    expect(app.emu.calls()).toBe(0);
    expect([contents(app, TABS.en.log), contents(app, TABS.en.summary)]).toEqual(before);
  });

  it('leaves the sidebar form filled, and saves it once when tried again', async () => {
    const app = setUp('th');
    const sidebar = await openSidebar(app);
    sidebar.fill({
      date: '2025-01-15',
      kind: 'reception',
      title: 'Delegation of Seoul',
      counterpart: 'Seoul',
    });
    app.emu.lock.busy = true;
    await sidebar.submit();
    expect(sidebar.el('error-form').textContent).toBe(message('th', 'submit.busy'));
    expect(sidebar.el('field-title').value).toBe('Delegation of Seoul');
    expect(sidebar.el('field-kind').value).toBe('reception');
    expect(app.values(LOG)).toHaveLength(1);
    app.emu.lock.busy = false;
    await sidebar.submit();
    expect(sidebar.el('result-title').textContent).toBe('Delegation of Seoul');
    expect(app.values(LOG).map((row) => row[3])).toEqual(['ชื่อภารกิจ', 'Delegation of Seoul']);
  });
});

describe('the emulator’s failNext', () => {
  it('makes only the next call of that method throw, before it changes anything', () => {
    const app = addon();
    const cell = app.ss.getSheets()[0]!.getRange('A1');
    cell.setValue('kept');
    app.emu.failNext('Range.setValue', 'Service unavailable');
    expect(app.emu.pendingFaults()).toEqual(['Range.setValue']);
    expect(() => cell.setValue('lost')).toThrow('Service unavailable');
    expect(cell.getValue()).toBe('kept');
    expect(app.emu.pendingFaults()).toEqual([]);
    cell.setValue('written');
    expect(cell.getValue()).toBe('written');
  });

  it('says Google’s words by default, and refuses a name that is not Class.method', () => {
    const app = addon();
    app.emu.failNext('Sheet.getName');
    expect(() => app.ss.getSheets()[0]!.getName()).toThrow(
      /^Service Spreadsheets failed while accessing document with id /,
    );
    expect(() => app.emu.failNext('appendRow')).toThrow(/Class\.method/);
  });
});

describe('a Google service failing in the middle of a submission', () => {
  // Every spreadsheet method a submission calls, found by running one.
  const probe = setUp('th');
  probe.emu.resetCalls();
  probe.call('submitMission', submission());
  const methods = [...new Set(probe.emu.callLog())];
  const app = setUp('th');
  app.call('submitMission', submission({ title: 'Already there' }));

  it.each(methods)('at %s leaves no half row: the log unchanged and an error, or the whole row', (method) => {
    const input = submission({ id: freshId(), title: `Failing at ${method}` });
    const before = contents(app, LOG);
    const rows = app.values(LOG).length;
    app.emu.failNext(method);
    const answer = app.emu.bridge.call('submitMission', [input]);
    expect(app.emu.pendingFaults()).toEqual([]);
    if (answer.ok) {
      // Google's failure was caught and worked around (a second way to the Settings tab): the whole row.
      const reply = answer.value as SubmitAnswer;
      if (!reply.ok) throw new Error(JSON.stringify(reply.errors));
      expect(app.values(LOG)).toHaveLength(rows + 1);
      expectSoundRow(app, reply.row, missionOf(input), input.id as string, 'th');
    } else {
      expect(answer.error.message).toMatch(/^Service Spreadsheets failed/);
      expect(contents(app, LOG)).toBe(before);
    }
    // The sidebar keeps the form and its id, so the retry writes the mission once whatever happened.
    const retry = app.call<SubmitAnswer>('submitMission', input);
    expect(retry.ok).toBe(true);
    expect(rowsWithId(app, input.id as string)).toBe(1);
  });

  it('shows the error in the sidebar with the form kept, and the retry saves one row', async () => {
    const sidebar = await openSidebar(app);
    sidebar.fill({ date: '2025-01-15', kind: 'speech', title: 'Speech at the forum', counterpart: 'UCLG' });
    app.emu.failNext('Sheet.appendRow');
    const rows = app.values(LOG).length;
    await sidebar.submit();
    expect(sidebar.el('error-form').textContent).toBe(
      message('th', 'submit.failed', {
        error: `Service Spreadsheets failed while accessing document with id ${app.ss.getId()}`,
      }),
    );
    expect(sidebar.el('field-title').value).toBe('Speech at the forum');
    expect(sidebar.el('field-counterpart').value).toBe('UCLG');
    expect(app.values(LOG)).toHaveLength(rows);
    await sidebar.submit();
    expect(sidebar.el('result-title').textContent).toBe('Speech at the forum');
    expect(app.values(LOG)).toHaveLength(rows + 1);
  });
});

describe('a resubmission after a lost response', () => {
  it('adds no second row, and the sidebar reports the row of the first', async () => {
    const app = setUp('th');
    app.call('submitMission', submission({ title: 'Earlier' }));
    const sidebar = await openSidebar(app);
    sidebar.fill({ date: '2025-01-15', kind: 'speech', title: 'Lost answer', counterpart: 'Tokyo' });
    sidebar.loseNextResponse();
    await sidebar.submit();
    // The server saved it; the sidebar only knows the call failed, and keeps the form.
    expect(app.values(LOG)).toHaveLength(3);
    expect(sidebar.el('field-title').value).toBe('Lost answer');
    expect(sidebar.el('error-form').textContent).toContain('NetworkError');
    await sidebar.submit();
    expect(app.values(LOG)).toHaveLength(3);
    expect(sidebar.el('result-message').textContent).toBe(message('th', 'submit.already', { row: 3 }));
    expect(sidebar.el('field-title').value).toBe('');
  });

  it('answers with the first row and the same count after other missions, whatever the id’s letter case', () => {
    const app = setUp('th');
    app.menu('buildSummary');
    const id = 'A1B2C3D4-0000-4000-8000-000000000001';
    const first = app.call<SubmitAnswer>('submitMission', submission({ id }));
    app.call('submitMission', submission({ title: 'Another' }));
    const summary = contents(app, TABS.th.summary);
    const again = app.call<SubmitAnswer>(
      'submitMission',
      submission({ id: id.toLowerCase(), title: 'Changed' }),
    );
    expect(first).toMatchObject({ ok: true, row: 2, duplicate: false });
    expect(again).toMatchObject({ ok: true, row: 2, duplicate: true, count: 2 });
    expect(app.values(LOG)).toHaveLength(3);
    expect(app.values(LOG)[1]![3]).toBe('Courtesy call by the Mayor of Paris');
    expect(contents(app, TABS.th.summary)).toBe(summary);
  });
});

describe('a mission-log header changed by hand', () => {
  const countCell = (app: Addon, range = `'${LOG}'!A1:Z`) => {
    const sheet = app.ss.getSheetByName('Check') ?? app.ss.insertSheet('Check');
    sheet.getRange('A1').setValue(`=KR_COUNT(${range}, 2568)`);
    return { value: sheet.getRange('A1').getValue(), error: app.emu.cellError("'Check'!A1") };
  };

  it('still counts right, and a new mission lands under its headers, when the columns are reordered', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...COLUMNS.keys()], { minLength: COLUMNS.length }), (order) => {
        const app = setUp('th');
        app.call('submitMission', submission({ title: 'One' }));
        app.call('submitMission', submission({ title: 'Two', date: '2568-03-01' }));
        app.call('submitMission', submission({ title: 'Planned', status: 'planned' }));
        const log = app.sheet(LOG);
        const rows = log.getDataRange().getValues();
        log.getDataRange().setValues(rows.map((row) => order.map((i) => row[i])));
        expect(countCell(app)).toEqual({ value: 2, error: null });
        const input = submission({ title: 'Three', id: freshId() });
        const answer = app.call<SubmitAnswer>('submitMission', input);
        expect(answer).toMatchObject({ ok: true, row: 5, count: 3 });
        expectSoundRow(app, 5, missionOf(input), input.id as string, 'th');
        expect(countCell(app)).toEqual({ value: 3, error: null });
      }),
      { numRuns: 6 },
    );
  });

  describe('with a required column renamed', () => {
    it('makes KR_COUNT name the missing column, and setup adds it back keeping every row', () => {
      const app = setUp('th');
      for (const title of ['One', 'Two']) app.call('submitMission', submission({ title }));
      const log = app.sheet(LOG);
      log.getRange('I1').setValue('State');
      const before = log.getRange(2, 1, 2, COLUMNS.length).getValues();
      const count = countCell(app);
      expect(count.value).toBe('#ERROR!');
      expect(count.error).toMatch(/^KR_COUNT: .*สถานะ/);

      app.menu('setupSheets');
      expect(log.getRange(2, 1, 2, COLUMNS.length).getValues()).toEqual(before);
      expect(log.getRange(1, COLUMNS.length + 1).getValue()).toBe('สถานะ');
      expect(log.getRange('I1').getValue()).toBe('State');
      expect(countCell(app)).toEqual({ value: 0, error: null }); // the old statuses sit under "State" now
      const answer = app.call<SubmitAnswer>('submitMission', submission({ title: 'Three' }));
      expect(answer).toMatchObject({ ok: true, row: 4, count: 1 });
      expect(countCell(app)).toEqual({ value: 1, error: null });
    });
  });

  describe('with a column deleted', () => {
    it('makes KR_COUNT name it, and the next submission repairs the log and keeps every row', () => {
      const app = setUp('th');
      for (const title of ['One', 'Two']) app.call('submitMission', submission({ title }));
      const log = app.sheet(LOG);
      log.deleteColumns(2, 1); // the date
      const before = log.getRange(1, 1, 3, COLUMNS.length - 1).getValues();
      expect(countCell(app).error).toMatch(/^KR_COUNT: .*วันที่/);

      const input = submission({ title: 'Three', id: freshId() });
      const answer = app.call<SubmitAnswer>('submitMission', input);
      expect(answer).toMatchObject({ ok: true, row: 4 });
      expect(log.getRange(1, 1, 3, COLUMNS.length - 1).getValues()).toEqual(before);
      expect(mapHeader(log.getRange(1, 1, 1, COLUMNS.length).getValues()[0]!).date).toBe(COLUMNS.length - 1);
      expectSoundRow(app, 4, missionOf(input), input.id as string, 'th');
      expect(countCell(app)).toEqual({ value: 1, error: null });
    });
  });
});

describe('a Settings tab broken by hand', () => {
  /** Sets the value beside a label of Settings, or the ladder cell `offset` rows under its header. */
  function edit(app: Addon, label: string, value: unknown, offset = 0) {
    const sheet = app.sheet(TABS.th.settings);
    const at = sheet
      .getDataRange()
      .getValues()
      .findIndex((row) => String(row[0]).startsWith(label));
    const row = at + 1 + (offset ? offset + 1 : 0);
    sheet.getRange(row, offset ? 1 : 2).setValue(value);
  }

  it.each([
    [
      'a ladder whose thresholds stop rising',
      (app: Addon) => edit(app, 'ขั้นคะแนน', 4, 3),
      { field: 'ladder', problem: { key: 'ladder.notRising', params: { level: 3 } }, cell: 'A18' },
    ],
    [
      'a ladder with a word for a threshold',
      (app: Addon) => edit(app, 'ขั้นคะแนน', 'หก', 3),
      { field: 'ladder', problem: { key: 'ladder.notNumber', params: { level: 3 } }, cell: 'A18' },
    ],
    [
      'a target that is not a number',
      (app: Addon) => edit(app, 'ค่าเป้าหมาย', 'สิบ'),
      { field: 'target', value: 'สิบ', cell: 'B7' },
    ],
    [
      'an unknown scoring method',
      (app: Addon) => edit(app, 'วิธีคิดคะแนน', 'curve'),
      { field: 'method', value: 'curve', cell: 'B8' },
    ],
  ] as const)('with %s: the summary says so and is built with the card’s values', (_, breakIt, problem) => {
    const app = setUp('th');
    for (const day of ['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01', '2025-03-01']) {
      app.call('submitMission', submission({ date: day }));
    }
    breakIt(app);
    app.menu('buildSummary');
    const summary = app.values(TABS.th.summary);
    expect(summary.map((row) => row[0])).toContain(settingsProblemText(problem as never, 'th'));
    // 5 missions on the card's ladder: 2 points of 5 by step; the target 10.
    expect(summary.find((row) => row[0] === 'จำนวนภารกิจที่นับได้')!.slice(1, 3)).toEqual([5, 'ค่าเป้าหมาย 10 ครั้ง']);
    expect(summary.find((row) => row[0] === 'คะแนน')![1]).toBe(2);
    expect(app.call('submitMission', submission())).toMatchObject({
      ok: true,
      count: 6,
      points: 3,
      target: 10,
      maxPoints: 5,
    });
    expect(app.call('getFormConfig')).toMatchObject({ target: 10, method: 'step' });
  });
});

describe('the summary tab', () => {
  it('is built again after being deleted, and a submission meanwhile neither fails nor recreates it', () => {
    const app = setUp('th');
    app.call('submitMission', submission());
    app.menu('buildSummary');
    const built = app.values(TABS.th.summary).slice(4);
    app.ss.deleteSheet(app.sheet(TABS.th.summary));
    expect(app.call('submitMission', submission({ title: 'Meanwhile' }))).toMatchObject({
      ok: true,
      count: 2,
    });
    expect(app.ss.getSheetByName(TABS.th.summary)).toBeNull();
    app.menu('buildSummary');
    const rebuilt = app.values(TABS.th.summary).slice(4);
    expect(rebuilt.find((row) => row[0] === 'จำนวนภารกิจที่นับได้')![1]).toBe(2);
    expect(rebuilt.length).toBe(built.length + 1); // one more mission listed
  });

  it('is rebuilt exactly, whatever was typed, inserted or deleted in it by hand', () => {
    const app = setUp('en');
    for (const title of ['One', 'Two', 'Three']) app.call('submitMission', submission({ title }));
    app.menu('buildSummary');
    // A rebuild replaces the tab: each look takes the summary there is now.
    const tabNow = () => app.sheet(TABS.en.summary);
    // Row 6 says when the tab was built: it may differ by a minute.
    const fresh = () => {
      const range = tabNow().getDataRange();
      return JSON.stringify([range.getValues().filter((_, i) => i !== 5), range.getFormulas()]);
    };
    const built = fresh();
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('value' as const),
        row: fc.integer({ min: 1, max: 70 }),
        column: fc.integer({ min: 1, max: 15 }),
        value: fc.oneof(
          fc.string(),
          fc.integer(),
          fc.constantFrom('=1/0', '=A1', '=KR_COUNT(A1:A2)', '', true),
        ),
      }),
      fc.record({ kind: fc.constant('insert' as const), row: fc.integer({ min: 1, max: 60 }) }),
      fc.record({ kind: fc.constant('delete' as const), row: fc.integer({ min: 1, max: 60 }) }),
      fc.record({ kind: fc.constant('charts' as const) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const tab = tabNow();
        for (const change of edits) {
          if (change.kind === 'value') {
            if (tab.getMaxRows() < change.row)
              tab.insertRowsAfter(tab.getMaxRows(), change.row - tab.getMaxRows());
            if (tab.getMaxColumns() < change.column)
              tab.insertColumnsAfter(tab.getMaxColumns(), change.column - tab.getMaxColumns());
            tab.getRange(change.row, change.column).setValue(change.value);
          } else if (change.kind === 'insert') tab.insertRowsAfter(Math.min(change.row, tab.getMaxRows()), 2);
          else if (change.kind === 'delete' && tab.getMaxRows() > change.row) tab.deleteRow(change.row);
          else if (change.kind === 'charts') for (const chart of tab.getCharts()) tab.removeChart(chart);
        }
        app.menu('buildSummary');
        expect(fresh()).toBe(built);
        expect(tabNow().getCharts()).toHaveLength(2);
        expect(app.ss.getSheets().filter((sheet) => sheet.getName() === TABS.en.summary)).toHaveLength(1);
      }),
      { numRuns: 8 },
    );
  });
});

describe('setting up a mission log of 10,000 rows', () => {
  it('keeps every row, value for value, and adds the missing column after the last', () => {
    const app = addon();
    const log = app.ss.insertSheet(LOG);
    const header = COLUMNS.map((column) => column.th).filter((title) => title !== 'หมายเหตุ');
    const bangkok = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000);
    const cellOf = (title: string, i: number): unknown => {
      switch (title) {
        case 'รหัส':
          return i % 97 === 0 ? '' : `id-${i % 9000}`;
        case 'วันที่':
          return i % 5 === 0
            ? bangkok(2568, (i % 12) + 1, (i % 28) + 1)
            : i % 7 === 0
              ? '15 ม.ค. 2568'
              : bangkok(2025, (i % 12) + 1, (i % 28) + 1);
        case 'สถานะ':
          return ['ดำเนินการแล้ว', 'done', 'วางแผน', '', 'Cancelled'][i % 5];
        case 'ชื่อภารกิจ':
          return i % 11 === 0 ? '\'=IMPORTXML("http://x","//a")' : `ภารกิจ ${i} 🙏`;
        case 'ตรวจสอบแล้ว':
          return i % 3 === 0;
        default:
          return title.startsWith('ขั้นที่')
            ? i % 2 === 0
            : i % 13 === 0
              ? i
              : i % 17 === 0
                ? ''
                : `${title} ${i}`;
      }
    };
    const rows = Array.from({ length: 10_000 }, (_, i) => header.map((title) => cellOf(title, i)));
    log.insertRowsAfter(log.getMaxRows(), 10_001 - log.getMaxRows());
    log.getRange(1, 1, 10_001, header.length).setValues([header, ...rows]);
    /** Each row's values and formulas as JSON: a Date by its instant, a number as a number. */
    const data = () => {
      const range = log.getRange(2, 1, 10_000, header.length);
      const formulas = range.getFormulas();
      return range.getValues().map((row, i) => JSON.stringify([row, formulas[i]]));
    };
    const before = data();
    /** The first row that changed, for a readable failure (10,000 rows would not be). */
    const firstChange = () => {
      const after = data();
      const i = after.findIndex((row, index) => row !== before[index]);
      return i < 0 ? undefined : { row: i + 2, before: before[i], after: after[i] };
    };

    const report = app.menu('setupSheets') as { columnsAdded: string[] };
    expect(report.columnsAdded).toEqual(['หมายเหตุ']);
    expect(firstChange()).toBeUndefined();
    expect(log.getLastRow()).toBe(10_001);
    expect(log.getRange(1, 1, 1, COLUMNS.length).getValues()[0]).toEqual([...header, 'หมายเหตุ']);
    app.menu('setupSheets');
    expect(firstChange()).toBeUndefined();
    expect(
      log
        .getRange(2, COLUMNS.length, 10_000, 1)
        .getValues()
        .flat()
        .every((cell) => cell === ''),
    ).toBe(true);
  });
});

describe('setting up a log holding numbers in its date columns', () => {
  // Regression: setup gave the whole date and "entered at" columns a date format, so a number already there
  // (a serial typed by hand, a count pasted in the wrong column) read back as a Date and could start counting.
  it('leaves those numbers numbers, and formats only the rows below the last', () => {
    const app = addon();
    const log = app.ss.insertSheet(LOG);
    const header = COLUMNS.map((column) => column.th);
    log
      .getRange(1, 1, 2, COLUMNS.length)
      .setValues([header, header.map((title) => (title === 'วันที่' || title === 'บันทึกเมื่อ' ? 45672 : ''))]);
    log.getRange(2, 9).setValue('ดำเนินการแล้ว');
    app.menu('setupSheets');
    expect(log.getRange('B2').getValue()).toBe(45672);
    expect(log.getRange('S2').getValue()).toBe(45672);
    expect(log.getRange('B3').getNumberFormat()).toBe('d mmm yyyy');
    const check = app.ss.insertSheet('Check');
    check.getRange('A1').setValue(`=KR_COUNT('${LOG}'!A1:S, 2568)`);
    expect(check.getRange('A1').getValue()).toBe(0);
  });
});
