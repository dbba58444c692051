// The add-on in a spreadsheet (docs/sheets.md, docs/server-functions.md–§7): build/Code.js in the emulator, driven as users drive it.
import { COLUMNS } from '../../src/core/log/vocabulary';
import {
  type Addon,
  addon,
  ENGLISH_HEADER,
  pinFiscalYear,
  submission,
  summaryRow,
  THAI_HEADER,
} from '../support/addon';

/** A set-up spreadsheet whose Settings count FY 2568, so the tests do not depend on today. */
function setUp(options: Parameters<typeof addon>[0] = {}): Addon {
  const app = addon(options);
  app.menu('setupSheets');
  pinFiscalYear(app, 2568, options.locale?.startsWith('en') ? 'Settings' : 'ตั้งค่า');
  return app;
}

const bangkok = (iso: string) => new Date(`${iso}T00:00:00+07:00`);

describe('the menu', () => {
  it.each([
    ['th_TH', ['เปิดแบบฟอร์มบันทึกภารกิจ', 'สร้างหน้าสรุปผล', 'ตั้งค่าชีต', 'วิธีใช้', 'ตรวจสอบการทำงานกับ Google ชีต']],
    ['en_US', ['Open mission form', 'Build summary', 'Set up sheets', 'Help', 'Check this spreadsheet']],
  ])(
    'in AuthMode.NONE adds the KR Tracker menu in the user language (%s) and touches nothing else',
    (locale, captions) => {
      const app = addon({ locale });
      const before = JSON.stringify(app.emu.snapshot());
      app.emu.resetCalls();
      app.emu.runTrigger('onOpen', 'NONE');
      const menu = app.emu.ui.addonMenu()!;
      expect(menu.title).toBe('KR Tracker');
      const items = menu.items.filter(
        (item): item is { caption: string; functionName: string } => 'caption' in item,
      );
      expect(items.map((item) => item.caption)).toEqual(captions);
      expect(items.map((item) => item.functionName)).toEqual([
        'showSidebar',
        'buildSummary',
        'setupSheets',
        'showHelp',
        'runSelfCheck',
      ]);
      // AuthMode.NONE allows the menu, the locale, Logger and Utilities: not even HtmlService (the catalogs).
      expect(app.emu.callsOf('HtmlService.createHtmlOutputFromFile')).toBe(0);
      expect(app.emu.calls()).toBe(0);
      expect(JSON.stringify(app.emu.snapshot())).toBe(before);
    },
  );

  it('is added by onInstall too', () => {
    const app = addon();
    app.emu.runTrigger('onInstall', 'FULL');
    expect(app.emu.ui.addonMenu()).toBeDefined();
  });

  it('has a Help dialog saying what the add-on does, its functions and where the data lives', () => {
    const app = addon({ locale: 'en_US' });
    app.menu('showHelp');
    const dialog = app.emu.ui.panels.at(-1)!;
    expect(dialog.kind).toBe('modal');
    expect(dialog.title).toBe('KR Tracker help');
    expect(dialog.html).toContain('=KR_COUNT(Missions!A1:U)');
    expect(dialog.html).toContain('Everything stays in this spreadsheet');
  });
});

describe('setting up the sheets', () => {
  it('creates the mission log and the Settings tab in Thai', () => {
    const app = addon();
    app.menu('setupSheets');
    const log = app.sheet('ภารกิจ');
    expect(log.getRange(1, 1, 1, COLUMNS.length).getValues()[0]).toEqual(THAI_HEADER);
    expect(log.getFrozenRows()).toBe(1);
    expect(log.getRange(1, 1).getFontWeight()).toBe('bold');
    const settings = app.values('ตั้งค่า');
    expect(settings.map((row) => row[0])).toEqual(
      expect.arrayContaining(['ชื่อ KR', 'ค่าเป้าหมาย (ครั้ง)', 'ขั้นคะแนน']),
    );
    expect(settings.find((row) => String(row[0]).startsWith('ค่าเป้าหมาย'))![1]).toBe(10);
    expect(app.emu.toasts().at(-1)!.message).toBe('ตั้งค่าชีตเรียบร้อย: ภารกิจ และ ตั้งค่า');
  });

  it('gives the log dropdowns of labels, checkboxes and a date format', () => {
    const app = addon({ locale: 'en_US' });
    app.menu('setupSheets');
    const log = app.sheet('Missions');
    const kind = log.getRange('C2').getDataValidation()!;
    expect(String(kind.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(kind.getCriteriaValues()[0]).toContain('Courtesy call');
    const step = log.getRange('J2').getDataValidation()!;
    expect(String(step.getCriteriaType())).toBe('CHECKBOX');
    expect(log.getRange('B2').getNumberFormat()).toBe('d mmm yyyy');
    const SpreadsheetApp = app.emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const [protection] = log.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    expect(protection!.isWarningOnly()).toBe(true);
  });

  it('changes nothing when run a second time', () => {
    const app = addon();
    app.menu('setupSheets');
    const first = JSON.stringify(app.emu.snapshot());
    app.menu('setupSheets');
    expect(JSON.stringify(app.emu.snapshot())).toBe(first);
  });

  it('keeps all 50 hand-entered rows of a log and adds a missing column at the end', () => {
    const app = addon();
    const log = app.ss.insertSheet('ภารกิจ');
    const header = THAI_HEADER.filter((title) => title !== 'หมายเหตุ');
    const rows = Array.from({ length: 50 }, (_, i) =>
      header.map((title) =>
        title === 'วันที่'
          ? bangkok(`2025-01-${String((i % 28) + 1).padStart(2, '0')}`)
          : title === 'ขั้นที่ 2'
            ? i % 2 === 0
            : title === 'สถานะ'
              ? 'ดำเนินการแล้ว'
              : `${title} ${i + 1}`,
      ),
    );
    log.getRange(1, 1, 51, header.length).setValues([header, ...rows]);
    const before = log.getRange(2, 1, 50, header.length).getValues();
    app.menu('setupSheets');
    expect(log.getRange(2, 1, 50, header.length).getValues()).toEqual(before);
    expect(log.getRange(1, 1, 1, COLUMNS.length).getValues()[0]).toEqual([...header, 'หมายเหตุ']);
    expect(log.getLastRow()).toBe(51);
    expect(app.emu.toasts().at(-1)!.message).toContain('เพิ่มคอลัมน์ที่ขาด: หมายเหตุ');
  });
});

describe('submitting missions', () => {
  it('appends ten valid missions as ten rows, and the summary shows 10 of 10, 5 points, achieved', () => {
    const app = setUp();
    for (let i = 1; i <= 10; i++) {
      const answer = app.call<{ ok: boolean; row: number; count: number; points: number }>(
        'submitMission',
        submission({ title: `Mission ${i}`, date: `2025-0${(i % 9) + 1}-10` }),
      );
      expect(answer).toMatchObject({ ok: true, row: i + 1, count: i });
    }
    const rows = app.values('ภารกิจ');
    expect(rows).toHaveLength(11);
    expect(rows[1]![3]).toBe('Mission 1');
    expect(Object.prototype.toString.call(rows[1]![1])).toBe('[object Date]');
    // The month by name in the spreadsheet's language, so 10/2 is never read as 2 October.
    expect(app.displayValues('ภารกิจ')[1]![1]).toBe('10 ก.พ. 2025');
    expect(rows[1]![2]).toBe('การเยี่ยมคารวะ');
    expect(rows[1]![8]).toBe('ดำเนินการแล้ว');
    expect(rows[1]![17]).toBe('staff@bangkok.go.th');

    app.menu('buildSummary');
    const summary = app.values('สรุปผล');
    expect(summaryRow(summary, 'จำนวนภารกิจ').slice(0, 3)).toEqual([
      'จำนวนภารกิจที่นับได้',
      10,
      'ค่าเป้าหมาย 10 ครั้ง',
    ]);
    expect(summaryRow(summary, 'คะแนน').slice(0, 2)).toEqual(['คะแนน', 5]);
    expect(summaryRow(summary, 'สถานะ')[1]).toBe('บรรลุเป้าหมาย');
    // Every figure is computed by the formula engine from the log: not one number was written to the tab.
    const tab = app.sheet('สรุปผล').getDataRange();
    const formulas = tab.getFormulas();
    const written = tab.getValues().flatMap((row, r) =>
      row.flatMap((value, c) => {
        const a1 = `'สรุปผล'!${String.fromCharCode(65 + c)}${r + 1}`;
        return typeof value === 'number' && formulas[r]![c] === '' && !app.emu.isSpilled(a1) ? [a1] : [];
      }),
    );
    expect(written).toEqual([]);
  });

  it('answers with the new count and points under the Settings definition', () => {
    const app = setUp();
    const answer = app.call('submitMission', submission());
    expect(answer).toMatchObject({
      ok: true,
      count: 1,
      points: 0,
      target: 10,
      maxPoints: 5,
      fiscalYear: 2568,
      counts: true,
    });
  });

  it('says plainly when the mission was recorded but does not count, and in which row', () => {
    const app = setUp({ locale: 'en_US' });
    const outside = app.call('submitMission', submission({ date: '2025-10-01' }));
    expect(outside).toMatchObject({ ok: true, counts: false, count: 0 });
    expect((outside as { message: string }).message).toMatch(
      /^Recorded \(row 2\), but it does not count in fiscal year 2568: outside fiscal year 2568/,
    );
    const planned = app.call('submitMission', submission({ status: 'planned' }));
    expect((planned as { message: string }).message).toMatch(
      /^Recorded \(row 3\), .*not carried out yet \(status: Planned\)/,
    );
    expect(app.values('Missions')).toHaveLength(3);
  });

  it('gives every invalid field its own error and writes nothing', () => {
    const app = setUp({ locale: 'en_US' });
    const bad = submission({
      date: '2025-02-30',
      kind: 'party',
      title: '',
      counterpart: ' ',
      status: 'maybe',
      steps: [true],
      evidence: 'javascript:alert(1)',
      notes: 42,
    });
    const answer = app.call<{ ok: false; errors: Record<string, string> }>('submitMission', bad);
    expect(answer.ok).toBe(false);
    expect(Object.keys(answer.errors).sort()).toEqual([
      'counterpart',
      'date',
      'evidence',
      'kind',
      'notes',
      'status',
      'steps',
      'title',
    ]);
    expect(answer.errors.title).toBe('Title is required');
    expect(app.values('Missions')).toHaveLength(1);
  });

  it('writes one row for the same id sent twice (a retry after a lost response)', () => {
    const app = setUp();
    const id = '3f2b8c1e-7d4a-4b9e-9c1a-2e5f6a7b8c9d';
    const first = app.call('submitMission', submission({ id }));
    const again = app.call('submitMission', submission({ id }));
    expect(first).toMatchObject({ ok: true, id, row: 2, duplicate: false });
    expect(again).toMatchObject({ ok: true, id, row: 2, duplicate: true, count: 1 });
    expect(app.values('ภารกิจ')).toHaveLength(2);
  });

  it('says busy and writes nothing while another submission holds the lock', () => {
    const app = setUp({ locale: 'en_US' });
    app.emu.lock.busy = true;
    const answer = app.call<{ ok: false; errors: { form: string } }>('submitMission', submission());
    expect(answer).toEqual({
      ok: false,
      errors: { form: expect.stringMatching(/^Someone else is saving right now\. Please try again/) },
    });
    expect(app.values('Missions')).toHaveLength(1);
    app.emu.lock.busy = false;
    expect(app.call('submitMission', submission())).toMatchObject({ ok: true });
  });

  it.each(['=1+1', '+SUM(A1)', '@x', '-2', '=IMPORTXML("http://x","//a")', '0812345678', '1/2'])(
    'stores the title %p as text and reads it back unchanged',
    (title) => {
      const app = setUp();
      app.call('submitMission', submission({ title, counterpart: title, notes: title }));
      const log = app.sheet('ภารกิจ');
      expect(log.getRange(2, 4).getValue()).toBe(title);
      expect(log.getRange(2, 4).getFormula()).toBe('');
      expect(log.getRange(2, 5).getValue()).toBe(title);
      expect(log.getRange(2, 16).getValue()).toBe(title);
    },
  );

  it('shows on the summary at once, without touching the tab: the summary is live', () => {
    const app = setUp();
    app.menu('buildSummary');
    const before = JSON.stringify(app.sheet('สรุปผล').getDataRange().getFormulas());
    app.emu.resetCalls();
    app.call('submitMission', submission());
    // The row (up to the review columns), then Entered by and at into it, then its History row.
    expect(app.emu.callLog().filter((call) => /\.(set|insert|delete|clear|append)/.test(call))).toEqual([
      'Sheet.appendRow',
      'Range.setValues',
      'Sheet.appendRow',
    ]);
    expect(summaryRow(app.values('สรุปผล'), 'จำนวนภารกิจ')[1]).toBe(1);
    expect(app.values('สรุปผล').some((row) => row[0] === 'Courtesy call by the Mayor of Paris')).toBe(true);
    expect(JSON.stringify(app.sheet('สรุปผล').getDataRange().getFormulas())).toBe(before);
  });

  it('makes 12 spreadsheet calls, with or without a summary: find, read, Settings, formats, append, read back, the rest of the row, History', () => {
    const app = setUp();
    for (let i = 0; i < 20; i++) app.call('submitMission', submission({ title: `Mission ${i}` }));
    const calls = [
      'Spreadsheet.getSheetById',
      'Sheet.getSheetValues',
      'Spreadsheet.getRange',
      'Range.getValues',
      'Sheet.getRange',
      'Range.getNumberFormats',
      'Sheet.appendRow',
      'Sheet.getSheetValues',
      'Sheet.getRange',
      'Range.setValues',
      'Spreadsheet.getSheetById',
      'Sheet.appendRow',
    ];
    app.emu.resetCalls();
    expect(app.call('submitMission', submission({ title: 'Last' }))).toMatchObject({ ok: true, row: 22 });
    expect(app.emu.callLog()).toEqual(calls);
    app.menu('buildSummary');
    app.emu.resetCalls();
    expect(app.call('submitMission', submission({ title: 'Last again' }))).toMatchObject({
      ok: true,
      row: 23,
    });
    expect(app.emu.callLog()).toEqual(calls);
  });
});

describe('the summary of a hand-edited log', () => {
  function handEdited(): Addon {
    const app = setUp({ locale: 'en_US' });
    const log = app.sheet('Missions');
    const row = (fields: Record<string, unknown>) => ENGLISH_HEADER.map((title) => fields[title] ?? '');
    const rows = [
      row({
        ID: 'id-0001',
        Date: bangkok('2024-11-05'),
        Kind: 'Speech',
        Title: 'Counted one',
        Status: 'Done',
      }),
      row({}),
      row({
        ID: 'id-0002',
        Date: bangkok('2568-01-15'),
        Kind: 'พิธีมอบกุญแจเมือง',
        Title: 'Typed in B.E.',
        Status: 'ดำเนินการแล้ว',
      }),
      row({
        ID: 'id-0003',
        Date: '15 มี.ค. 2568',
        Kind: 'reception',
        Title: 'Thai text date',
        Status: 'done',
      }),
      row({
        ID: 'id-0001',
        Date: bangkok('2024-11-06'),
        Kind: 'Speech',
        Title: 'Duplicate of one',
        Status: 'Done',
      }),
      row({
        ID: 'id-0004',
        Date: bangkok('2025-02-01'),
        Kind: 'Gala dinner',
        Title: 'Unknown kind',
        Status: 'Done',
      }),
      row({ ID: 'id-0005', Kind: 'Speech', Title: 'No date', Status: 'Done' }),
      row({
        ID: 'id-0006',
        Date: bangkok('2025-03-01'),
        Kind: 'Speech',
        Title: 'Called off',
        Status: 'Cancelled',
      }),
      row({}),
    ];
    log.getRange(2, 1, rows.length, COLUMNS.length).setValues(rows);
    app.menu('buildSummary');
    return app;
  }

  it('counts right: the B.E. date cell, the Thai text date and the unknown kind count; the rest do not', () => {
    const summary = handEdited().values('Summary');
    expect(summaryRow(summary, 'Missions counted').slice(0, 2)).toEqual(['Missions counted', 4]);
    expect(summary.some((row) => row[0] === 'Typed in B.E.' && row[1] === '15 Jan 2025')).toBe(true);
    expect(summary.some((row) => row[0] === 'Thai text date' && row[1] === '15 Mar 2025')).toBe(true);
    expect(summary.some((row) => row[0] === 'Unknown kind' && row[2] === 'Gala dinner')).toBe(true);
  });

  it('lists each row that does not count with its row number and reason, blank rows left out', () => {
    const summary = handEdited().values('Summary');
    const start = summary.findIndex((row) => String(row[0]).startsWith('Rows not counted'));
    expect(summary[start]![0]).toBe('Rows not counted (3)');
    expect(summary.slice(start + 2, start + 5).map((row) => [row[0], row[7], row[4]])).toEqual([
      ['Duplicate of one', 6, 'same ID as row 2'],
      ['No date', 8, 'no date'],
      ['Called off', 9, 'not carried out yet (status: Cancelled)'],
    ]);
  });
});

describe('building the summary', () => {
  function withMissions(count: number): Addon {
    const app = setUp();
    const log = app.sheet('ภารกิจ');
    const rows = Array.from({ length: count }, (_, i) =>
      THAI_HEADER.map((title) =>
        title === 'รหัส'
          ? `id-${i}`
          : title === 'วันที่'
            ? bangkok(`2025-0${(i % 9) + 1}-15`)
            : title === 'สถานะ'
              ? 'ดำเนินการแล้ว'
              : title === 'ประเภทภารกิจ'
                ? 'การกล่าวสุนทรพจน์'
                : title.startsWith('ขั้นที่') || title === 'ตรวจสอบแล้ว'
                  ? false
                  : `${title} ${i}`,
      ),
    );
    // Room for the rows first, as a person pasting 1,000 rows would get from Sheets.
    if (count + 1 > log.getMaxRows()) log.insertRowsAfter(log.getMaxRows(), count + 1 - log.getMaxRows());
    log.getRange(2, 1, count, COLUMNS.length).setValues(rows);
    return app;
  }

  it('touches only the summary tab', () => {
    const app = withMissions(12);
    const before = app.emu.snapshot() as unknown as { sheets: { name: string }[] };
    app.menu('buildSummary');
    const after = app.emu.snapshot() as unknown as { sheets: { name: string }[] };
    const others = (s: { sheets: { name: string }[] }) =>
      JSON.stringify(s.sheets.filter((sheet) => sheet.name !== 'สรุปผล'));
    expect(others(after)).toBe(others(before));
  });

  it('embeds a chart by kind and a chart by month, and shows the Policy Tracking months', () => {
    const app = withMissions(12);
    app.menu('buildSummary');
    const summary = app.sheet('สรุปผล');
    expect(summary.getCharts()).toHaveLength(2);
    const months = app.values('สรุปผล').find((row) => row[1] === 'ต.ค.67')!;
    expect(months.slice(1, 13)).toEqual([
      'ต.ค.67',
      'พ.ย.67',
      'ธ.ค.67',
      'ม.ค.68',
      'ก.พ.68',
      'มี.ค.68',
      'เม.ย.68',
      'พ.ค.68',
      'มิ.ย.68',
      'ก.ค.68',
      'ส.ค.68',
      'ก.ย.68',
    ]);
  });

  it('rebuilds the tab from scratch when built again, after hand edits', () => {
    const app = withMissions(3);
    app.menu('buildSummary');
    const first = app.values('สรุปผล');
    const tab = app.sheet('สรุปผล');
    tab.getRange('A1').setValue('scribbled over');
    tab.getRange(2, 13).setValue('left beside');
    tab.insertRowsAfter(tab.getMaxRows(), 5);
    tab.getRange(tab.getMaxRows(), 1).setValue('left below');
    app.menu('buildSummary');
    const second = app.values('สรุปผล');
    expect(second[0]).toEqual(first[0]);
    expect(second.flat()).not.toContain('left below');
    expect(second.flat()).not.toContain('left beside');
    expect(second).toEqual(first);
    expect(app.sheet('สรุปผล').getCharts()).toHaveLength(2);
  });
});
