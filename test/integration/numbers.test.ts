// Numbers everyone can trust (issue 10), through build/Code.js in the emulator: impossible input refused with a
// message saying what to type, likely duplicates asked about and listed, every Settings problem reported with
// its cell, Plain-text columns, one log, invisible text, and rows typed by hand in the middle of a save.
import { openSidebar } from '../hardening/sidebar';
import { type SubmitAnswer, TABS } from '../hardening/support';
import { type Addon, addon, pinFiscalYear, submission } from '../support/addon';

type Lang = 'th' | 'en';
const LOCALE = { th: 'th_TH', en: 'en_US' } as const;
const bangkok = (iso: string, time = '10:00') => new Date(`${iso}T${time}:00+07:00`);

/** A spreadsheet set up in a language on 1 Dec 2026 (FY 2570), Settings pinned to FY 2568 unless told. */
function setUp(lang: Lang = 'th', options: { fiscalYear?: number; today?: string } = {}): Addon {
  const app = addon({ locale: LOCALE[lang] });
  app.emu.setTime(bangkok(options.today ?? '2026-12-01'));
  app.menu('setupSheets');
  if (options.fiscalYear !== 0) pinFiscalYear(app, options.fiscalYear ?? 2568, TABS[lang].settings);
  return app;
}

/** A formula's value and error in a scratch tab, as a person typing it in a cell sees them. */
function formula(app: Addon, text: string): { value: unknown; error: string | null } {
  const sheet = app.ss.getSheetByName('Check') ?? app.ss.insertSheet('Check');
  sheet.getRange('A1').setValue(text);
  return { value: sheet.getRange('A1').getValue(), error: app.emu.cellError("'Check'!A1") };
}

const log = (lang: Lang) => `'${TABS[lang].log}'!A1:S`;

/** The summary tab's cells as shown (the one the add-on built: its name starts like the summary's). */
function summaryShown(app: Addon, lang: Lang): string[][] {
  const tab = app.ss
    .getSheets()
    .map((sheet) => sheet.getName())
    .filter((name) => name.startsWith(TABS[lang].summary))
    .pop()!;
  return app.displayValues(tab);
}

describe('impossible dates, refused where they are typed', () => {
  it.each([
    ['th', 'ภารกิจที่ดำเนินการแล้วลงวันที่หลังวันนี้ (1 ธ.ค. 2569) ไม่ได้ หากยังไม่ได้จัด ให้เลือกสถานะ วางแผน'],
    [
      'en',
      'A mission that is done cannot be dated after today (1 Dec 2026); if it is still to come, choose the status Planned',
    ],
  ] as const)(
    'refuses a done mission dated after today, suggesting planned (%s); planned is saved',
    (lang, text) => {
      const app = setUp(lang);
      const rows = app.values(TABS[lang].log).length;
      const future = submission({ date: '2027-01-15', status: 'done', title: 'Next month' });
      expect(app.call('submitMission', future)).toEqual({ ok: false, errors: { date: text } });
      expect(app.values(TABS[lang].log)).toHaveLength(rows);
      expect(app.call('submitMission', { ...future, status: 'planned' })).toMatchObject({
        ok: true,
        counts: false,
      });
    },
  );

  it.each([
    ['2099-01-01', 'planned'],
    ['2030-06-01', 'planned'],
    ['2028-01-01', 'cancelled'],
  ])('refuses %s (%s): more than a year ahead, whatever the status', (date, status) => {
    const app = setUp('en');
    expect(app.call('submitMission', submission({ date, status }))).toEqual({
      ok: false,
      errors: { date: 'The date must be no more than a year from today (by 1 Dec 2027)' },
    });
  });

  it.each([
    ['th', '15/1/68', 'กรุณาใส่วันที่ที่มีอยู่จริง ในรูปแบบ วัน/เดือน/ปี พ.ศ. 4 หลัก เช่น 15/1/2568'],
    ['th', '15 ม.ค. 68', 'กรุณาใส่วันที่ที่มีอยู่จริง ในรูปแบบ วัน/เดือน/ปี พ.ศ. 4 หลัก เช่น 15/1/2568'],
    [
      'en',
      '15/1/68',
      'Enter a real date as day/month/year with a four-digit year, such as 15/1/2025 (a B.E. year such as 2568 works too)',
    ],
    ['en', '0015-01-15', 'The date must fall between the years 1900 and 2399 (B.E. 2443 to 2942)'],
  ] as const)('says exactly what to type for %s %p', (lang, date, text) => {
    const app = setUp(lang);
    expect(app.call('submitMission', submission({ date }))).toEqual({ ok: false, errors: { date: text } });
  });

  it('takes the date typed as 15/1/2568 or in Thai digits, as the log reads it', () => {
    const app = setUp('th');
    const answer = app.call<SubmitAnswer>(
      'submitMission',
      submission({ date: '๑๕/๑/๒๕๖๘', title: 'Thai digits' }),
    );
    expect(answer).toMatchObject({ ok: true, counts: true });
    expect(
      app
        .sheet(TABS.th.log)
        .getRange(answer.ok ? answer.row : 0, 2)
        .getValue(),
    ).toEqual(bangkok('2025-01-15', '00:00'));
  });

  it('leaves a done row typed by hand with a date after today uncounted, with its reason, in KR_COUNT and the summary', () => {
    const app = setUp('th', { fiscalYear: 2570 });
    app.call('submitMission', submission({ date: '2026-11-20', title: 'Last month' }));
    // Typed by hand: done, dated next week.
    app
      .sheet(TABS.th.log)
      .appendRow(['hand-0001', '2026-12-08', 'การเยี่ยมคารวะ', 'Next week', 'Oslo', '', '', '', 'ดำเนินการแล้ว']);
    expect(formula(app, `=KR_COUNT(${log('th')}, 2570)`)).toEqual({ value: 1, error: null });
    // As of the day after, it counts.
    expect(formula(app, `=KR_COUNT(${log('th')}, 2570, FALSE, DATE(2026,12,9))`).value).toBe(2);
    app.menu('buildSummary');
    const shown = summaryShown(app, 'th');
    expect(shown.find((row) => row[0] === 'Next week')?.[4]).toBe('วันที่ยังมาไม่ถึง (8 ธ.ค. 2569)');
  });

  it.each([
    ['0x9F8', 'FISCAL'],
    ['2399', 'FISCAL'],
    ['1899', 'FISCAL'],
  ])(
    'KR_COUNT refuses the fiscal year %p (only decimal years of B.E. 2443–2742 or C.E. 1900–2199)',
    (year) => {
      const app = setUp('en');
      const { error } = formula(app, `=KR_COUNT(${log('en')}, "${year}")`);
      expect(error).toBe(
        `KR_COUNT: argument fiscal_year must be a fiscal year such as 2568 (B.E.) or 2025 (C.E.); got "${year}"`,
      );
    },
  );

  it('KR_COUNT takes a fiscal year in Thai digits', () => {
    const app = setUp('th');
    app.call('submitMission', submission({ title: 'Counted' }));
    expect(formula(app, `=KR_COUNT(${log('th')}, "๒๕๖๘")`)).toEqual({ value: 1, error: null });
  });

  it('KR_COUNT says how to write an as-of day with a two-digit year', () => {
    const app = setUp('en');
    expect(formula(app, `=KR_COUNT(${log('en')}, 2568, FALSE, "15/1/68")`).error).toBe(
      'KR_COUNT: argument as_of must be a date such as TODAY(), DATE(2025,3,31) or "15/1/2568" (a four-digit year); got "15/1/68"',
    );
  });
});

describe('likely duplicates: the same date, kind and counterpart', () => {
  it('are not saved until confirmed: the reply names the row; the summary lists them and still counts both', () => {
    const app = setUp('en');
    const first = app.call<SubmitAnswer>('submitMission', submission({ counterpart: 'City of Paris' }));
    expect(first).toMatchObject({ ok: true, row: 2 });
    const again = submission({ title: 'Courtesy call (entered again)', counterpart: '  city of PARIS ' });
    expect(app.call('submitMission', again)).toEqual({
      ok: false,
      errors: {
        form: 'This looks like row 2 (same date, kind and counterpart). It is not saved yet: choose Save anyway if it is another mission',
      },
      likelyDuplicateOf: 2,
    });
    expect(app.values(TABS.en.log)).toHaveLength(2);
    expect(app.call('submitMission', { ...again, confirmDuplicate: true })).toMatchObject({
      ok: true,
      row: 3,
      count: 2,
    });
    app.menu('buildSummary');
    const shown = summaryShown(app, 'en');
    const at = shown.findIndex(
      (row) => row[0] === 'Possible duplicates (1): both still count; the reviewer decides',
    );
    expect(at).toBeGreaterThan(0);
    expect(shown[at + 2]!.filter(Boolean)).toEqual([
      'Courtesy call (entered again)',
      '15 Jan 2025',
      'Courtesy call',
      'city of PARIS',
      'looks like row 2',
      '3',
    ]);
    expect(shown.find((row) => row[0] === 'Missions counted')?.[1]).toBe('2');
  });

  it('are not asked about on another day, of another kind or with another counterpart', () => {
    const app = setUp('en');
    app.call('submitMission', submission({ counterpart: 'Paris' }));
    for (const change of [{ date: '2025-01-16' }, { kind: 'speech' }, { counterpart: 'Lyon' }]) {
      expect(app.call('submitMission', submission({ counterpart: 'Paris', ...change }))).toMatchObject({
        ok: true,
      });
    }
  });

  it.each([
    [
      'th',
      'ภารกิจนี้ดูเหมือนแถว 2 (วันที่ ประเภท และเมือง/องค์กรเดียวกัน) ยังไม่ได้บันทึก กด บันทึกต่อ หากเป็นคนละภารกิจ',
      'บันทึกต่อ',
    ],
    [
      'en',
      'This looks like row 2 (same date, kind and counterpart). It is not saved yet: choose Save anyway if it is another mission',
      'Save anyway',
    ],
  ] as const)(
    'in the sidebar (%s): the question under the form, and Save anyway saves it once',
    async (lang, text, button) => {
      const app = setUp(lang);
      app.call('submitMission', submission({ date: '2025-01-15', kind: 'speech', counterpart: 'UCLG' }));
      const sidebar = await openSidebar(app, lang);
      sidebar.fill({ date: '2025-01-15', kind: 'speech', title: 'Speech at the forum', counterpart: 'UCLG' });
      await sidebar.submit();
      expect(sidebar.el('error-form').textContent).toBe(text);
      expect(sidebar.el('save-anyway').textContent).toBe(button);
      expect(sidebar.el('field-title').value).toBe('Speech at the forum');
      expect(app.values(TABS[lang].log)).toHaveLength(2);
      sidebar.el('save-anyway').dispatch('click');
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(sidebar.el('result-title').textContent).toBe('Speech at the forum');
      expect(app.values(TABS[lang].log)).toHaveLength(3);
      expect(sidebar.doc.getElementById('save-anyway')).toBeNull();
    },
  );
});

describe('Settings read as written, every problem reported with its cell', () => {
  /** Writes `value` beside the Settings label that starts with `label`, or the label itself (`column` 1). */
  function edit(app: Addon, lang: Lang, label: string, value: unknown, column = 2): string {
    const sheet = app.sheet(TABS[lang].settings);
    const row =
      sheet
        .getDataRange()
        .getValues()
        .findIndex((cells) => String(cells[0]).startsWith(label)) + 1;
    sheet.getRange(row, column).setValue(value);
    return `${column === 1 ? 'A' : 'B'}${row}`;
  }

  it('reads labels written slightly differently, and a fiscal year and target in Thai digits', () => {
    const app = setUp('th');
    edit(app, 'th', 'ปีงบประมาณ', 'ปีงบประมาณ (พ.ศ.)', 1);
    edit(app, 'th', 'ปีงบประมาณ', '๒๕๖๙');
    edit(app, 'th', 'ค่าเป้าหมาย', 'เป้าหมาย', 1);
    edit(app, 'th', 'เป้าหมาย', '๑๒');
    const config = app.call<{ fiscalYear: number; target: number; problems: string[] }>('getFormConfig');
    expect(config).toMatchObject({ fiscalYear: 2569, target: 12, problems: [] });
  });

  it.each([
    ['th', 'ชีตตั้งค่า ช่อง A22: ไม่รู้จักรายการ "Targte" จึงไม่ได้ใช้ค่าในแถวนี้ ตรวจชื่อรายการว่าพิมพ์ถูกหรือไม่'],
    [
      'en',
      'Settings, cell A22: KR Tracker does not know the label "Targte", so the value on that row is not used: check its spelling',
    ],
  ] as const)(
    'reports a label that matches nothing, naming its cell, in the sidebar and the summary (%s)',
    async (lang, text) => {
      const app = setUp(lang);
      // Below the ladder, after a blank row (right under its last level, it would be a level that is not a number).
      app
        .sheet(TABS[lang].settings)
        .getRange('A22:B22')
        .setValues([['Targte', 12]]);
      const sidebar = await openSidebar(app, lang);
      expect(sidebar.el('problems').hidden).toBe(false);
      expect(sidebar.el('problems-list').children.map((item) => item.textContent)).toEqual([text]);
      app.menu('buildSummary');
      expect(summaryShown(app, lang).map((row) => row[0])).toContain(text);
    },
  );

  it('reports a number that is not decimal (0x9F8) and keeps the current fiscal year', () => {
    const app = setUp('en');
    const cell = edit(app, 'en', 'Fiscal year', '0x9F8');
    const config = app.call<{ fiscalYear: number; problems: string[] }>('getFormConfig');
    expect(config.fiscalYear).toBe(2570);
    expect(config.problems).toEqual([
      `Settings, cell ${cell}: the fiscal year is not valid (0x9F8): write a year such as 2568 or 2025; the current year is used`,
    ]);
  });

  it('reads a ladder through a blank row, and reports a first row with a typo instead of taking it for a header', () => {
    const app = setUp('en');
    const sheet = app.sheet(TABS.en.settings);
    const rows = sheet.getDataRange().getValues();
    const header = rows.findIndex((row) => row[0] === 'Threshold (missions)') + 1;
    // Row by row under the header: 2 → 1, (blank), 4 → 2 … the ladder goes on below the blank row.
    sheet.getRange(header + 1, 1, 6, 2).setValues([
      [2, 1],
      ['', ''],
      [4, 2],
      [6, 3],
      [8, 4],
      [10, 5],
    ]);
    expect(app.call<{ ladder: unknown[]; problems: string[] }>('getFormConfig')).toMatchObject({
      problems: [],
      ladder: [2, 4, 6, 8, 10].map((threshold, i) => ({ threshold, points: i + 1 })),
    });
    sheet.getRange(header + 1, 1).setValue('2x');
    expect(app.call<{ problems: string[] }>('getFormConfig').problems).toEqual([
      `Settings, cell A${header + 1}: the ladder is not valid (level 1: threshold and points must be numbers); the KR card ladder is used`,
    ]);
  });

  it('KR_SCORE with a ladder whose first row has a typo is an error naming the level, never 0', () => {
    const app = setUp('en');
    expect(formula(app, '=KR_SCORE(3, {"2x",1;4,2})')).toEqual({
      value: expect.anything(),
      error:
        'KR_SCORE: argument ladder must be a 2-column range of threshold and points, e.g. (2,1) (4,2) (6,3) (8,4) (10,5): level 1: threshold and points must be numbers',
    });
  });

  it.each([
    [
      'th',
      'ไม่พบชีตตั้งค่า จึงใช้ค่าตามบัตร KR ทั้งหมด ใช้เมนู ตั้งค่าชีต เพื่อสร้างชีตนี้',
      'ไม่พบชีตตั้งค่า จึงสร้างชีต ตั้งค่า ใหม่ด้วยค่าตามบัตร KR โปรดตรวจค่าในชีตนี้',
    ],
    [
      'en',
      'there is no Settings tab, so the KR card values are used throughout: use Set up sheets to make one',
      'There was no Settings tab, so a new one (Settings) was made with the KR card values: check them',
    ],
  ] as const)(
    'reports a Settings tab renamed away in the sidebar; a build makes a new one and says so (%s)',
    async (lang, text, made) => {
      const app = setUp(lang);
      app.sheet(TABS[lang].settings).setName('Old settings');
      const sidebar = await openSidebar(app, lang);
      expect(sidebar.el('problems-list').children.map((item) => item.textContent)).toEqual([text]);
      app.menu('buildSummary');
      expect(summaryShown(app, lang).map((row) => row[0])).toContain(made);
      expect(app.ss.getSheetByName(TABS[lang].settings)).not.toBeNull();
    },
  );
});

describe('verified_only over a log that cannot say which missions are verified', () => {
  it.each([
    [
      'en',
      'KR_COUNT: verified_only is TRUE but argument missions has no Verified column in its header row: add it, or set verified_only to FALSE',
    ],
    [
      'th',
      'KR_COUNT: นับเฉพาะที่ตรวจสอบแล้ว (verified_only) เป็น TRUE แต่บันทึกภารกิจ (missions) ไม่มีคอลัมน์ ตรวจสอบแล้ว ในแถวหัวตาราง ให้เพิ่มคอลัมน์นี้ หรือตั้ง verified_only เป็น FALSE',
    ],
  ] as const)('is an error naming the column (%s), not 0', (lang, text) => {
    const app = setUp(lang);
    app.call('submitMission', submission({ title: 'Counted' }));
    // The log read without its Verified column (Q): A:P.
    const range = `'${TABS[lang].log}'!A1:P`;
    expect(formula(app, `=KR_COUNT(${range}, 2568, FALSE)`)).toEqual({ value: 1, error: null });
    expect(formula(app, `=KR_COUNT(${range}, 2568, TRUE)`).error).toBe(text);
  });
});

describe('a log whose text columns are formatted as Plain text', () => {
  function plainText(app: Addon, lang: Lang): void {
    const sheet = app.sheet(TABS[lang].log);
    // ID, title and status (A, D, I) formatted Plain text, as people often format an ID column.
    for (const column of ['A', 'D', 'I']) sheet.getRange(`${column}2:${column}`).setNumberFormat('@');
  }

  it('gets the very text written, no apostrophe: it counts, and a retry with the same id writes nothing', () => {
    const app = setUp('th');
    plainText(app, 'th');
    const input = submission({ id: 'retry-id-0001', title: '1/2 reception' });
    const first = app.call<SubmitAnswer>('submitMission', input);
    expect(first).toMatchObject({ ok: true, row: 2, count: 1, counts: true });
    const sheet = app.sheet(TABS.th.log);
    expect(sheet.getRange('A2').getValue()).toBe('retry-id-0001');
    expect(sheet.getRange('D2').getValue()).toBe('1/2 reception');
    expect(sheet.getRange('I2').getValue()).toBe('ดำเนินการแล้ว');
    expect(formula(app, `=KR_COUNT(${log('th')}, 2568)`)).toEqual({ value: 1, error: null });
    expect(app.call('submitMission', input)).toMatchObject({ ok: true, row: 2, duplicate: true });
    expect(app.values(TABS.th.log)).toHaveLength(2);
  });

  it('still counts and dedupes rows that kept a literal apostrophe (written before the format was known)', () => {
    const app = setUp('en');
    plainText(app, 'en');
    app
      .sheet(TABS.en.log)
      .appendRow([
        "'retry-id-0002",
        '2025-01-10',
        'Speech',
        "'Speech in Osaka",
        'Osaka',
        '',
        '',
        '',
        "'Done",
      ]);
    expect(app.sheet(TABS.en.log).getRange('A2').getValue()).toBe("'retry-id-0002");
    expect(formula(app, `=KR_COUNT(${log('en')}, 2568)`)).toEqual({ value: 1, error: null });
    const retry = app.call('submitMission', submission({ id: 'retry-id-0002', title: 'Speech in Osaka' }));
    expect(retry).toMatchObject({ ok: true, row: 2, duplicate: true, count: 1 });
    expect(app.values(TABS.en.log)).toHaveLength(2);
  });

  it('keeps the apostrophe rule in automatic cells: text that Sheets would read as a number or date stays text', () => {
    const app = setUp('en');
    const texts = ['1,250', '10:30', '15 Jan 2025', '$5', '0812345678', 'TRUE'];
    texts.forEach((title, i) => {
      expect(app.call('submitMission', submission({ title, counterpart: `Guests ${i}` }))).toMatchObject({
        ok: true,
      });
    });
    expect(
      app
        .values(TABS.en.log)
        .slice(1)
        .map((row) => row[3]),
    ).toEqual(texts);
  });
});

describe('one mission log', () => {
  it('is pinned at setup: Thai and English users save to it, and a second log is reported in the sidebar and summary', async () => {
    const app = setUp('th');
    // Someone adds an English log by hand, with the English header.
    const other = app.ss.insertSheet('Missions');
    other.getRange(1, 1, 1, 3).setValues([['ID', 'Date', 'Status']]);
    app.call('submitMission', submission({ title: 'Thai user' }));
    app.emu.setUser({ email: 'visitor@bangkok.go.th', locale: 'en' });
    expect(app.call('submitMission', submission({ title: 'English user' }))).toMatchObject({
      ok: true,
      row: 3,
    });
    expect(
      app
        .values('ภารกิจ')
        .slice(1)
        .map((row) => row[3]),
    ).toEqual(['Thai user', 'English user']);
    expect(other.getLastRow()).toBe(1);
    const text =
      'There is more than one mission log (ภารกิจ, Missions); KR Tracker counts and records in ภารกิจ only';
    const sidebar = await openSidebar(app, 'en');
    expect(sidebar.el('problems-list').children.map((item) => item.textContent)).toEqual([text]);
    app.menu('buildSummary');
    expect(summaryShown(app, 'en').map((row) => row[0])).toContain(text);
  });

  it('is still the log when renamed: a save after the rename goes to it, not to a new sheet', () => {
    const app = setUp('th');
    app.call('submitMission', submission({ title: 'Before' }));
    app.sheet('ภารกิจ').setName('ภารกิจ 2568');
    expect(app.call('submitMission', submission({ title: 'After' }))).toMatchObject({
      ok: true,
      row: 3,
      count: 2,
    });
    expect(app.ss.getSheetByName('ภารกิจ')).toBeNull();
  });
});

describe('text that shows nothing', () => {
  it.each([
    ['bidi controls', '\u202a\u202e\u2066\u2069'],
    ['the Hangul filler and blank Braille', '\u3164\u2800'],
    ['a soft hyphen, a variation selector and tag characters', '\u00ad\ufe0f\u{e0041}'],
  ])('is refused as a title: %s alone (Thai message)', (_, title) => {
    const app = setUp('th');
    expect(app.call('submitMission', submission({ title }))).toEqual({
      ok: false,
      errors: { title: 'กรุณากรอกชื่อภารกิจ' },
    });
  });

  it('loses its bidi overrides, and lone surrogates become U+FFFD, in the stored row', () => {
    const app = setUp('en');
    const answer = app.call<SubmitAnswer>(
      'submitMission',
      submission({ title: 'Visit \u202eof Tokyo\u202c \ud83d', counterpart: 'Tokyo \u2067Metro\u2069' }),
    );
    expect(answer.ok).toBe(true);
    const row = app.values(TABS.en.log)[1]!;
    expect(row[3]).toBe('Visit of Tokyo \ufffd');
    expect(row[4]).toBe('Tokyo Metro');
  });
});

describe('rows typed by hand in the middle of a save, and two setups at once', () => {
  it('names the real row when a row was typed between the read and the append, and every count agrees', () => {
    const app = setUp('th');
    app.call('submitMission', submission({ title: 'First' }));
    app.emu.beforeNextCall('Sheet.appendRow', () => {
      app
        .sheet('ภารกิจ')
        .getRange('A3:I3')
        .setValues([
          [
            'hand-0001',
            bangkok('2025-01-20', '00:00'),
            'การเยี่ยมคารวะ',
            'Typed by hand',
            'Osaka',
            '',
            '',
            '',
            'ดำเนินการแล้ว',
          ],
        ]);
    });
    const answer = app.call<SubmitAnswer>('submitMission', submission({ title: 'Second' }));
    expect(answer).toMatchObject({ ok: true, row: 4 });
    expect(
      app
        .values('ภารกิจ')
        .slice(1)
        .map((row) => row[3]),
    ).toEqual(['First', 'Typed by hand', 'Second']);
    expect(formula(app, `=KR_COUNT(${log('th')}, 2568)`).value).toBe(3);
    expect(answer.ok && answer.message).toBe('บันทึกภารกิจแล้ว (แถว 4)');
  });

  it('finds the sheet when another setup has just made it ("already exists"), and leaves one of each', () => {
    const app = addon({ locale: 'th_TH' });
    app.emu.beforeNextCall('Spreadsheet.insertSheet', () => {
      // A second person's setup (or a hand) makes the log first.
      app.ss.insertSheet('ภารกิจ');
    });
    app.menu('setupSheets');
    const names = app.ss.getSheets().map((sheet) => sheet.getName());
    expect(names.filter((name) => name === 'ภารกิจ')).toHaveLength(1);
    expect(app.values('ภารกิจ')[0]![1]).toBe('วันที่');
    expect(app.emu.ui.alerts).toEqual([]);
  });

  it('runs one setup at a time: a second while the first holds the lock is told to wait, and nothing breaks', () => {
    const app = addon({ locale: 'th_TH' });
    app.emu.beforeNextCall('Spreadsheet.insertSheet', () => app.menu('setupSheets'));
    app.menu('setupSheets');
    const names = app.ss.getSheets().map((sheet) => sheet.getName());
    expect(names.filter((name) => name === 'ภารกิจ')).toHaveLength(1);
    expect(names.filter((name) => name === 'ตั้งค่า')).toHaveLength(1);
    expect(app.emu.toasts().some((toast) => /รอ|busy|กำลัง/.test(toast.message))).toBe(true);
  });
});
