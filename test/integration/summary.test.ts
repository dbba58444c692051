// The live summary (docs/server-functions.md, docs/summary.md), in the emulator with its formula engine: built once, then every figure follows
// the log, Settings and the calendar; known by id and tag; rebuilt without a blank moment or a lost sheet.
import os from 'node:os';
import path from 'node:path';
import { summaryMessage } from '../../src/core/i18n/summaryMessages';
import { type Addon, addon, submission, THAI_HEADER } from '../support/addon';

type Lang = 'th' | 'en';
const TABS = {
  th: { log: 'ภารกิจ', settings: 'ตั้งค่า', summary: 'สรุปผล' },
  en: { log: 'Missions', settings: 'Settings', summary: 'Summary' },
} as const;
const LOCALE = { th: 'th_TH', en: 'en_US' } as const;
const bangkok = (iso: string, time = '10:00') => new Date(`${iso}T${time}:00+07:00`);

/** A spreadsheet set up in a language on a fixed day, its fiscal year left to the calendar (FY 2568 here). */
function setUp(lang: Lang = 'th', today = '2025-03-15'): Addon {
  const app = addon({ locale: LOCALE[lang] });
  app.emu.setTime(bangkok(today));
  app.menu('setupSheets');
  return app;
}

const saved = new WeakMap<Addon, number>();

/**
 * Done missions saved through the form, on the 10th of October, November, … March, then October again; each
 * its own mission (numbered on from the last call), never one entered twice.
 */
function saveMissions(app: Addon, count: number, fields: Record<string, unknown> = {}): void {
  const first = saved.get(app) ?? 0;
  saved.set(app, first + count);
  for (let n = first; n < first + count; n++) {
    const i = n - first;
    const month = ((9 + (i % 6)) % 12) + 1;
    const year = month >= 10 ? 2024 : 2025;
    const date = `${year}-${String(month).padStart(2, '0')}-10`;
    const answer = app.call<{ ok: boolean }>(
      'submitMission',
      submission({ title: `Mission ${n + 1}`, date, ...fields }),
    );
    if (!answer.ok) throw new Error(JSON.stringify(answer));
  }
}

const label = (lang: Lang, key: Parameters<typeof summaryMessage>[1]) => summaryMessage(lang, key);

/** What the summary shows, cell by cell as text, without the line saying when it was built. */
function shown(app: Addon, lang: Lang = 'th'): string[][] {
  const rows = app.displayValues(summaryName(app, lang));
  const built = label(lang, 'summary.generated').split('{')[0]!;
  return rows.filter((row) => !String(row[0]).startsWith(built));
}

function summaryName(app: Addon, lang: Lang): string {
  return app.ss
    .getSheets()
    .find((s) => s.getName().startsWith(TABS[lang].summary))!
    .getName();
}

/** A KPI value: the cell right of its label. */
function kpi(app: Addon, lang: Lang, key: Parameters<typeof summaryMessage>[1]): string {
  const row = shown(app, lang).find((cells) => cells[0] === label(lang, key));
  if (!row) throw new Error(`no summary row ${label(lang, key)}`);
  return row[1]!;
}

/** Asserts that the tab reads now exactly what a fresh build reads. */
function expectLive(app: Addon, lang: Lang = 'th'): void {
  const live = shown(app, lang);
  app.menu('buildSummary');
  expect(live).toEqual(shown(app, lang));
}

function settingsRow(app: Addon, lang: Lang, startsWith: string): number {
  const rows = app.values(TABS[lang].settings);
  return rows.findIndex((row) => String(row[0]).startsWith(startsWith)) + 1;
}

/** Every value and formula of a sheet, as JSON: equal strings mean not one cell changed. */
function contents(app: Addon, name: string): string {
  const range = app.sheet(name).getDataRange();
  return JSON.stringify([range.getValues(), range.getFormulas()]);
}

describe('the summary, built once, follows the data without a rebuild', () => {
  it('when a status is changed by hand', () => {
    const app = setUp();
    saveMissions(app, 5);
    app.menu('buildSummary');
    expect(kpi(app, 'th', 'summary.count')).toBe('5');
    expect(kpi(app, 'th', 'summary.status')).toBe('เป็นไปตามแผน');
    app.sheet('ภารกิจ').getRange(3, 9).setValue('วางแผน');
    expect(kpi(app, 'th', 'summary.count')).toBe('4');
    expect(kpi(app, 'th', 'summary.points')).toBe('2');
    // 15 March: 166 of 365 days gone by, so 4.6 were expected, 5 in whole missions: 4 is behind.
    expect(kpi(app, 'th', 'summary.expected')).toBe('5');
    expect(kpi(app, 'th', 'summary.status')).toBe('ต่ำกว่าแผน');
    expect(
      shown(app).some((row) => row[0] === 'Mission 2' && row[4] === 'ยังไม่ได้ดำเนินการ (สถานะ: วางแผน)'),
    ).toBe(true);
    expectLive(app);
  });

  it('when Verified is ticked with “verified only” on in Settings', () => {
    const app = setUp();
    saveMissions(app, 3);
    app.menu('buildSummary');
    app
      .sheet('ตั้งค่า')
      .getRange(settingsRow(app, 'th', 'นับเฉพาะ'), 2)
      .setValue(true);
    expect(kpi(app, 'th', 'summary.count')).toBe('0');
    app.sheet('ภารกิจ').getRange(2, 17).setValue(true);
    expect(kpi(app, 'th', 'summary.count')).toBe('1');
    expect(shown(app).find((row) => row[0] === 'Mission 1')?.[6]).toBe('✓');
    expectLive(app);
  });

  it('when the target and the ladder are changed in Settings', () => {
    const app = setUp();
    saveMissions(app, 5);
    app.menu('buildSummary');
    app
      .sheet('ตั้งค่า')
      .getRange(settingsRow(app, 'th', 'ค่าเป้าหมาย'), 2)
      .setValue(5);
    expect(kpi(app, 'th', 'summary.status')).toBe('บรรลุเป้าหมาย');
    const ladder = settingsRow(app, 'th', 'ขั้นคะแนน');
    // The first level becomes 5 missions for 1 point: 5 missions now earn 1 point.
    app
      .sheet('ตั้งค่า')
      .getRange(ladder + 2, 1)
      .setValue(5);
    app
      .sheet('ตั้งค่า')
      .getRange(ladder + 3, 1, 4, 1)
      .setValues([[6], [7], [8], [9]]);
    expect(kpi(app, 'th', 'summary.points')).toBe('1');
    expect(kpi(app, 'th', 'summary.nextLevel')).toBe('1');
    expect(shown(app).find((row) => row[0] === 'ต.ค.67')?.[3]).toBe('5');
    expectLive(app);
  });

  it('when a row is added by hand', () => {
    const app = setUp();
    saveMissions(app, 2);
    app.menu('buildSummary');
    const row = THAI_HEADER.map((title) =>
      title === 'วันที่'
        ? bangkok('2025-02-20', '00:00')
        : title === 'สถานะ'
          ? 'ดำเนินการแล้ว'
          : title === 'ชื่อภารกิจ'
            ? 'Typed by hand'
            : title === 'ประเภทภารกิจ'
              ? 'พิธีมอบกุญแจเมือง'
              : '',
    );
    app.sheet('ภารกิจ').getRange(4, 1, 1, row.length).setValues([row]);
    expect(kpi(app, 'th', 'summary.count')).toBe('3');
    expect(shown(app).find((cells) => cells[0] === 'พิธีมอบกุญแจเมือง')?.[1]).toBe('1');
    expect(
      shown(app)
        .find((cells) => cells[0] === 'ก.พ.68')
        ?.slice(1, 3),
    ).toEqual(['1', '3']);
    expect(shown(app).some((cells) => cells[0] === 'Typed by hand' && cells[7] === '4')).toBe(true);
    expectLive(app);
  });

  it('when the calendar passes the end of the fiscal year', () => {
    const app = setUp('th', '2025-09-20');
    saveMissions(app, 4);
    app.menu('buildSummary');
    expect(shown(app)[2]![0]).toContain('ปีงบประมาณ พ.ศ. 2568');
    app.emu.setTime(bangkok('2025-10-02'));
    // A new fiscal year: nothing counted yet, two days of 365 gone by, the months after October blank.
    expect(shown(app)[2]![0]).toBe('ปีงบประมาณ พ.ศ. 2569 (1 ต.ค. 2568 – 30 ก.ย. 2569) · ข้อมูล ณ 2 ต.ค. 2568');
    expect(kpi(app, 'th', 'summary.count')).toBe('0');
    expect(kpi(app, 'th', 'summary.expected')).toBe('1'); // 0.03 expected on day two: one mission
    expect(kpi(app, 'th', 'summary.status')).toBe('ต่ำกว่าแผน');
    expect(
      shown(app)
        .find((cells) => cells[0] === 'ต.ค.68')
        ?.slice(1, 3),
    ).toEqual(['0', '0']);
    expect(
      shown(app)
        .find((cells) => cells[0] === 'พ.ย.68')
        ?.slice(1, 3),
    ).toEqual(['', '']);
    expect(
      shown(app).some(
        (cells) => cells[0] === 'Mission 1' && cells[4] === 'อยู่นอกปีงบประมาณ 2569 (10 ต.ค. 2567)',
      ),
    ).toBe(true);
    expectLive(app);
  });

  it('agrees with itself: on track exactly when the projection reaches the target', () => {
    // One mission two months in: 1.7 expected (2 missions), a pace of 5.9 a year (5): behind, not on track.
    const app = setUp('th', '2024-11-30');
    saveMissions(app, 1);
    app.menu('buildSummary');
    expect(kpi(app, 'th', 'summary.expected')).toBe('2');
    expect(kpi(app, 'th', 'summary.projected')).toBe('5');
    expect(kpi(app, 'th', 'summary.status')).toBe('ต่ำกว่าแผน');
    saveMissions(app, 1);
    expect(kpi(app, 'th', 'summary.projected')).toBe('11');
    expect(kpi(app, 'th', 'summary.status')).toBe('เป็นไปตามแผน');
  });

  it('shows the figures as of another day typed in the as-of cell, B.E. or C.E.', () => {
    const app = setUp();
    saveMissions(app, 5);
    app.menu('buildSummary');
    const tab = app.sheet('สรุปผล');
    tab.getRange('B5').setValue('31/12/2567');
    expect(kpi(app, 'th', 'summary.count')).toBe('3');
    expect(shown(app)[2]![0]).toContain('ข้อมูล ณ 31 ธ.ค. 2567');
    expect(
      shown(app)
        .find((cells) => cells[0] === 'ม.ค.68')
        ?.slice(1, 3),
    ).toEqual(['', '']);
  });

  it('colours the status by conditional formatting, as the figures change', () => {
    const app = setUp();
    saveMissions(app, 5);
    app.menu('buildSummary');
    const status = `'สรุปผล'!B14`;
    expect(app.emu.conditionalFormat(status)).toEqual({ background: '#fff3c4' });
    saveMissions(app, 5);
    expect(app.emu.conditionalFormat(status)).toEqual({ background: '#c8e6c9' });
    // The cell's own background is white: the colour is the rule's, so it follows the status.
    expect(app.sheet('สรุปผล').getRange('B14').getBackground()).toBe('#ffffff');
  });

  it('draws its charts from the tables the summary functions spill', () => {
    const app = setUp();
    saveMissions(app, 6);
    app.menu('buildSummary');
    const [byKind, byMonth] = app.sheet('สรุปผล').getCharts();
    const kindTable = byKind!.getRanges()[0]!.getValues();
    expect(kindTable[0]).toEqual(['ประเภทภารกิจ', 'ภารกิจ']);
    expect(kindTable.find((row) => row[0] === 'การเยี่ยมคารวะ')).toEqual(['การเยี่ยมคารวะ', 6]);
    const monthTable = byMonth!.getRanges()[0]!.getValues();
    expect(monthTable.map((row) => row[2])).toEqual(['สะสม', 1, 2, 3, 4, 5, 6, '', '', '', '', '', '']);
  });
});

describe('the summary is known by its id and tag, never by its name', () => {
  it('keeps a name its reader gave it, and rebuilds that very tab', () => {
    const app = setUp();
    app.menu('buildSummary');
    app.sheet('สรุปผล').setName('สรุป KR 2568');
    const index = app.sheet('สรุป KR 2568').getIndex();
    app.menu('buildSummary');
    expect(app.ss.getSheets().map((s) => s.getName())).toEqual([
      'ชีต1',
      'ภารกิจ',
      'ตั้งค่า',
      'ประวัติการแก้ไข',
      'สรุป KR 2568',
    ]);
    expect(app.sheet('สรุป KR 2568').getIndex()).toBe(index);
  });

  it.each([
    ['Summary', 'en', 'Summary (KR Tracker)'],
    ['สรุปผล', 'th', 'สรุปผล (KR Tracker)'],
    [' SUMMARY ', 'en', 'Summary'],
  ] as const)(
    'never clears a sheet of the user’s named %j (%s): it builds beside it as %j',
    (name, lang, built) => {
      const app = setUp(lang);
      const own = app.ss.insertSheet(name);
      // 3,000 cells of the user's: a first build used to clear every one.
      const cells = Array.from({ length: 150 }, (_, r) =>
        Array.from({ length: 20 }, (_, c) => `own ${r},${c}`),
      );
      own.getRange(1, 1, 150, 20).setValues(cells);
      const before = contents(app, name);
      for (let i = 0; i < 2; i++) app.menu('buildSummary');
      expect(contents(app, name)).toBe(before);
      expect(app.ss.getSheetByName(built)?.getCharts()).toHaveLength(2);
      if (built !== 'Summary') {
        const told = summaryMessage(lang, 'summary.builtBeside', { taken: name, name: built });
        expect(app.emu.toasts().some((toast) => toast.message.includes(told))).toBe(true);
      }
    },
  );

  it('keeps the mission log renamed to the summary’s name as the log: a save adds to it, a build builds beside it', () => {
    const app = setUp();
    saveMissions(app, 25);
    app.menu('buildSummary');
    app.ss.deleteSheet(app.sheet('สรุปผล'));
    app.sheet('ภารกิจ').setName('สรุปผล');
    const before = app.values('สรุปผล');
    expect(app.call('submitMission', submission({ title: 'After the rename' }))).toMatchObject({
      ok: true,
      row: 27,
    });
    expect(app.values('สรุปผล').slice(0, 26)).toEqual(before);
    expect(app.values('สรุปผล')[26]![3]).toBe('After the rename');
    const log = contents(app, 'สรุปผล');
    app.menu('buildSummary');
    expect(contents(app, 'สรุปผล')).toBe(log);
    expect(app.values('สรุปผล')).toHaveLength(27);
    const count = app
      .displayValues('สรุปผล (KR Tracker)')
      .find((row) => row[0] === label('th', 'summary.count'));
    expect(count?.[1]).toBe('26');
    expect(app.sheet('สรุปผล (KR Tracker)').getCharts()).toHaveLength(2);
  });

  it('never touches Settings renamed to the summary’s name', () => {
    const app = setUp('en');
    app.menu('buildSummary');
    app.ss.deleteSheet(app.sheet('Summary'));
    app.sheet('Settings').setName('Summary');
    const settings = contents(app, 'Summary');
    app.menu('buildSummary');
    app.menu('buildSummary');
    expect(contents(app, 'Summary')).toBe(settings);
  });

  it('does not take a copy of its tab for itself, nor a tab whose first row became a mission log’s header', () => {
    const app = setUp();
    saveMissions(app, 2);
    app.menu('buildSummary');
    const tab = app.sheet('สรุปผล');
    // A copy carries the tag, which names the sheet it was set on: not the copy.
    const copy = app.ss.insertSheet('Copy of the summary');
    for (const metadata of tab.getDeveloperMetadata()) {
      copy.addDeveloperMetadata(metadata.getKey(), metadata.getValue()!);
    }
    tab.getRange(1, 1, 1, THAI_HEADER.length).setValues([THAI_HEADER.map((title) => `'${title}`)]);
    const pasted = contents(app, 'สรุปผล');
    app.menu('buildSummary');
    expect(contents(app, 'สรุปผล')).toBe(pasted);
    expect(app.ss.getSheetByName('Copy of the summary')).not.toBeNull();
    expect(app.sheet('สรุปผล (KR Tracker)').getCharts()).toHaveLength(2);
  });

  it('finds its tab by the tag alone when the remembered id is lost, as in a copied spreadsheet', () => {
    const app = setUp();
    app.menu('buildSummary');
    delete app.emu.properties.document['krTracker.summarySheetId'];
    app.menu('buildSummary');
    expect(app.ss.getSheets().map((s) => s.getName())).toEqual([
      'ชีต1',
      'ภารกิจ',
      'ตั้งค่า',
      'ประวัติการแก้ไข',
      'สรุปผล',
    ]);
  });
});

describe('rebuilding the summary', () => {
  it('costs the same calls for 10 missions as for 1,000, and no more than 40', () => {
    const calls = [10, 1000].map((count) => {
      const app = setUp();
      const log = app.sheet('ภารกิจ');
      if (count + 1 > log.getMaxRows()) log.insertRowsAfter(log.getMaxRows(), count + 1 - log.getMaxRows());
      const rows = Array.from({ length: count }, (_, i) =>
        THAI_HEADER.map((title) =>
          title === 'สถานะ'
            ? 'ดำเนินการแล้ว'
            : title === 'วันที่'
              ? bangkok('2025-01-15', '00:00')
              : title === 'รหัส'
                ? `id-${i}`
                : '',
        ),
      );
      log.getRange(2, 1, count, THAI_HEADER.length).setValues(rows);
      app.menu('buildSummary');
      app.emu.resetCalls();
      app.menu('buildSummary');
      return app.emu.calls();
    });
    expect(calls[0]).toBe(calls[1]);
    expect(calls[0]).toBeLessThanOrEqual(40);
  });

  it('keeps the language it was built in, and tells a reader of the other language how to change it', () => {
    const app = setUp('th');
    app.menu('buildSummary');
    const thai = shown(app, 'th');
    // The same spreadsheet opened by an English-locale user: their session over the saved file.
    const file = path.join(os.tmpdir(), `kr-summary-lang-${process.pid}.json`);
    app.emu.save(file);
    const other = addon({ userLocale: 'en', file });
    other.emu.setTime(bangkok('2025-03-15'));
    other.menu('buildSummary');
    expect(shown(other, 'th')).toEqual(thai);
    expect(other.emu.toasts().at(-1)?.message).toContain('was built in Thai');
  });

  describe('in each language', () => {
    const thaiText = /[\u0E00-\u0E7F]/;
    // Words that stay as they are in Thai text: the system's name, the card's, and what users typed or linked.
    const latinAllowed = /(Policy Tracking|KR|https?:\/\/\S+|\S+@\S+)/g;

    it('writes an English summary with no Thai in it: dates, months, labels, charts', () => {
      const app = setUp('en');
      saveMissions(app, 3);
      app.call('submitMission', submission({ title: 'Planned one', status: 'planned', date: '2025-03-01' }));
      app.menu('buildSummary');
      const cells = shown(app, 'en').flat();
      expect(cells.filter((cell) => thaiText.test(cell))).toEqual([]);
      expect(cells).toContain('Oct 2024');
      expect(cells).toContain('10 Oct 2024');
      const charts = app
        .sheet('Summary')
        .getCharts()
        .map((chart) => String(chart.getOptions().get('title')));
      expect(charts.filter((title) => thaiText.test(title))).toEqual([]);
    });

    it('writes a Thai summary with no English in it but names and links', () => {
      const app = setUp('th');
      saveMissions(app, 3, {
        title: 'การเยือนของนายกเทศมนตรี',
        counterpart: 'กรุงปารีส',
        country: 'ฝรั่งเศส',
        place: 'ศาลาว่าการ',
        lead: 'ผู้ว่าราชการ',
        notes: 'ครั้งแรก',
      });
      app.menu('buildSummary');
      const english = shown(app, 'th')
        .flat()
        .map((cell) => cell.replace(latinAllowed, ''))
        .filter((cell) => /[A-Za-z]{2,}/.test(cell));
      expect(english).toEqual([]);
      const charts = app
        .sheet('สรุปผล')
        .getCharts()
        .map((chart) => String(chart.getOptions().get('title')));
      expect(charts.filter((title) => /[A-Za-z]{2,}/.test(title))).toEqual([]);
    });
  });
});

describe('KR_COUNT as of a day, typed in a cell', () => {
  it('counts the missions up to that day, and refuses NOW() as Google does', () => {
    const app = setUp();
    saveMissions(app, 6);
    const cell = app.sheet('ตั้งค่า').getRange('D1');
    cell.setValue("=KR_COUNT('ภารกิจ'!A1:U, 2568, FALSE, DATE(2025,1,31))");
    expect(cell.getValue()).toBe(4);
    cell.setValue("=KR_COUNT('ภารกิจ'!A1:U, , , TODAY())");
    expect(cell.getValue()).toBe(6);
    cell.setValue("=KR_COUNT('ภารกิจ'!A1:U, , , NOW())");
    expect(cell.getDisplayValue()).toBe('#ERROR!');
    expect(app.emu.cellError("'ตั้งค่า'!D1")).toMatch(/^Loading\.\.\./);
  });
});

describe('two people at once (one execution landing in the middle of another)', () => {
  /** The add-on's summary tabs: sheets tagged as the summary, and any half-built sheet left behind. */
  const summaryTabs = (app: Addon) =>
    app.ss
      .getSheets()
      .filter(
        (s) =>
          s.getName().startsWith('KR Tracker ') ||
          s.getDeveloperMetadata().some((tag) => tag.getKey() === 'krTracker.summary'),
      )
      .map((s) => s.getName());

  it('a save during a save waits for the lock in vain and is told busy; nothing is lost, the summary whole', () => {
    const app = setUp();
    saveMissions(app, 2);
    app.menu('buildSummary');
    let second: unknown;
    app.emu.beforeNextCall('Sheet.appendRow', () => {
      second = app.call('submitMission', submission({ title: 'Second' }));
    });
    expect(app.call('submitMission', submission({ title: 'First' }))).toMatchObject({
      ok: true,
      row: 4,
      count: 3,
    });
    expect(second).toEqual({ ok: false, errors: { form: expect.stringContaining('ลองใหม่') } });
    expect(app.values('ภารกิจ').map((row) => row[3])).toEqual(['ชื่อภารกิจ', 'Mission 1', 'Mission 2', 'First']);
    expect(kpi(app, 'th', 'summary.count')).toBe('3');
    expect(summaryTabs(app)).toEqual(['สรุปผล']);
    expect(app.sheet('สรุปผล').getCharts()).toHaveLength(2);
    expect(app.call('submitMission', submission({ title: 'Second' }))).toMatchObject({ ok: true, row: 5 });
  });

  it('a save during a build is told busy; the build completes and counts what is saved afterwards', () => {
    const app = setUp();
    saveMissions(app, 2);
    app.menu('buildSummary');
    let saved: unknown;
    app.emu.beforeNextCall('Spreadsheet.deleteSheet', () => {
      saved = app.call('submitMission', submission({ title: 'During the build' }));
    });
    expect(app.menu('buildSummary')).toMatchObject({ ok: true });
    expect(saved).toMatchObject({ ok: false });
    expect(summaryTabs(app)).toEqual(['สรุปผล']);
    app.call('submitMission', submission({ title: 'During the build' }));
    expect(kpi(app, 'th', 'summary.count')).toBe('3');
  });

  it('a build during a save is told busy; the save completes; the summary stays whole', () => {
    const app = setUp();
    app.menu('buildSummary');
    let built: unknown;
    app.emu.beforeNextCall('Sheet.appendRow', () => {
      built = app.menu('buildSummary');
    });
    expect(app.call('submitMission', submission())).toMatchObject({ ok: true });
    expect(built).toMatchObject({ ok: false, message: summaryMessage('th', 'summary.busy') });
    expect(app.emu.ui.alerts.at(-1)?.prompt).toBe(summaryMessage('th', 'summary.busy'));
    expect(summaryTabs(app)).toEqual(['สรุปผล']);
    expect(kpi(app, 'th', 'summary.count')).toBe('1');
  });

  it.each(['Spreadsheet.insertSheet', 'Range.setValues', 'Sheet.insertChart', 'Spreadsheet.deleteSheet'])(
    'a second build landing at %s is told busy: one summary, its two charts, no sheet left half-built',
    (method) => {
      const app = setUp();
      saveMissions(app, 3);
      app.menu('buildSummary');
      const before = shown(app);
      let inner: unknown;
      app.emu.beforeNextCall(method, () => {
        inner = app.menu('buildSummary');
      });
      expect(app.menu('buildSummary')).toMatchObject({ ok: true });
      expect(inner).toMatchObject({ ok: false });
      expect(summaryTabs(app)).toEqual(['สรุปผล']);
      expect(app.sheet('สรุปผล').getCharts()).toHaveLength(2);
      expect(shown(app)).toEqual(before);
    },
  );
});

describe('a Google service failing at any call of a build', () => {
  /** Every spreadsheet call a build makes, in order, found by running one. */
  function callsOfABuild(withPrevious: boolean): string[] {
    const probe = setUp();
    saveMissions(probe, 3);
    if (withPrevious) probe.menu('buildSummary');
    probe.emu.resetCalls();
    probe.menu('buildSummary');
    return probe.emu.callLog();
  }

  it.each([true, false])(
    'leaves the data as it was, the old summary or a whole new one, never a half one, and says so (a summary before: %s)',
    (withPrevious) => {
      const calls = callsOfABuild(withPrevious);
      expect(calls.length).toBeGreaterThan(20);
      const reference = setUp();
      saveMissions(reference, 3);
      reference.menu('buildSummary');
      const complete = shown(reference);
      for (let n = 1; n <= calls.length; n++) {
        const app = setUp();
        saveMissions(app, 3);
        if (withPrevious) app.menu('buildSummary');
        const data = [contents(app, 'ภารกิจ'), contents(app, 'ตั้งค่า')];
        const alerts = app.emu.ui.alerts.length;
        app.emu.resetCalls();
        app.emu.failAtCall(n);
        const report = app.menu('buildSummary') as { ok: boolean; message: string };
        expect(app.emu.pendingFaults()).toEqual([]);
        expect([contents(app, 'ภารกิจ'), contents(app, 'ตั้งค่า')]).toEqual(data);
        const tabs = app.ss.getSheets().map((s) => s.getName());
        expect(tabs.filter((name) => name.startsWith('KR Tracker '))).toEqual([]);
        if (report.ok) {
          expect(shown(app)).toEqual(complete);
          expect(app.sheet('สรุปผล').getCharts()).toHaveLength(2);
        } else {
          // Told, in Thai, what happened and that nothing was lost.
          expect(app.emu.ui.alerts.length).toBe(alerts + 1);
          expect(report.message).toContain(
            summaryMessage('th', withPrevious ? 'summary.failed' : 'summary.failedFirst', {
              error: '',
            }).split(':')[0]!,
          );
          if (withPrevious) {
            expect(shown(app)).toEqual(complete);
            expect(app.sheet('สรุปผล').getCharts()).toHaveLength(2);
          } else expect(tabs).not.toContain('สรุปผล');
        }
      }
    },
  );
});
