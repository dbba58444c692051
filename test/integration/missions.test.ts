// Staff correct what they entered, reviewers verify, every change has a history (issue 12; docs/sheets.md History and
// Reviewers, §5 listMissions, updateMission, verifyMission, §6): build/Code.js in the emulator, called as the
// sidebar calls it, by several people on one spreadsheet.
import { message } from '../../src/core/i18n/messages';
import { summaryMessage } from '../../src/core/i18n/summaryMessages';
import type { MissionItem } from '../../src/core/log/missionRecords';
import { COLUMNS, type ColumnKey, HISTORY_COLUMNS } from '../../src/core/log/vocabulary';
import type { ChangeResult, ListResult } from '../../src/server/missions';
import { type Addon, addon, nameReviewers, pinFiscalYear, setSetting, submission } from '../support/addon';

type Lang = 'th' | 'en';

const TABS = {
  th: { log: 'ภารกิจ', settings: 'ตั้งค่า', summary: 'สรุปผล', history: 'ประวัติการแก้ไข' },
  en: { log: 'Missions', settings: 'Settings', summary: 'Summary', history: 'History' },
} as const;
const LOCALES = { th: 'th_TH', en: 'en_US' } as const;

const OWNER = 'owner@bangkok.go.th';
const STAFF = 'staff@bangkok.go.th';
const COLLEAGUE = 'colleague@bangkok.go.th';
const REVIEWER = 'reviewer@bangkok.go.th';

const PROTECTED_MESSAGE = 'You are trying to edit a protected cell or object';

const bangkok = (iso: string, time = '10:00') => new Date(`${iso}T${time}:00+07:00`);
const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

interface Options {
  readonly lang?: Lang;
  /** The Settings Reviewers cell, filled in by the owner before setup is run (again). */
  readonly reviewers?: string;
}

/**
 * A spreadsheet owned by OWNER on 15 March 2025 (FY 2568), set up by the owner (with the reviewers named in
 * Settings, then set up again, as the owner would after naming them), then opened by STAFF.
 */
function setUp({ lang = 'th', reviewers }: Options = {}): Addon {
  const app = addon({ locale: LOCALES[lang], owner: OWNER, userEmail: OWNER });
  app.emu.setTime(bangkok('2025-03-15'));
  app.menu('setupSheets');
  pinFiscalYear(app, 2568, TABS[lang].settings);
  if (reviewers !== undefined) {
    nameReviewers(app, reviewers, TABS[lang].settings);
    app.menu('setupSheets');
  }
  app.emu.setUser({ email: STAFF });
  return app;
}

/** A mission saved through the form by whoever is the user now; its id. */
function save(app: Addon, overrides: Record<string, unknown> = {}): string {
  const answer = app.call<{ ok: boolean; id: string }>('submitMission', submission(overrides));
  if (!answer.ok) throw new Error(JSON.stringify(answer));
  return answer.id;
}

const list = (app: Addon, options: Record<string, unknown> = {}) => {
  const answer = app.call<ListResult>('listMissions', options);
  if (!answer.ok) throw new Error(JSON.stringify(answer));
  return answer;
};

/** The mission with that id as the list shows it to the user now. */
function listed(app: Addon, id: string): MissionItem {
  const found = list(app).missions.find((mission) => mission.id === id);
  if (!found) throw new Error(`mission ${id} is not listed`);
  return found;
}

/** The fields of the form (those submitMission accepts but the id) as a listed mission holds them. */
const formOf = (m: MissionItem) => ({
  date: m.date,
  kind: m.kind,
  title: m.title,
  counterpart: m.counterpart,
  country: m.country,
  place: m.place,
  lead: m.lead,
  status: m.status,
  steps: [...m.steps],
  evidence: m.evidence,
  notes: m.notes,
});

const update = (app: Addon, id: string, changes: Record<string, unknown>, version: string) =>
  app.call<ChangeResult>('updateMission', id, changes, version);
const verify = (app: Addon, id: string, verified: boolean) =>
  app.call<ChangeResult>('verifyMission', id, verified);

/** An answer that must be a success. */
function saved(answer: ChangeResult) {
  if (!answer.ok) throw new Error(JSON.stringify(answer.errors));
  return answer;
}

/** Every value and formula of a sheet, as JSON: equal strings mean not one cell changed. */
function contents(app: Addon, tab: string): string {
  const range = app.sheet(tab).getDataRange();
  return JSON.stringify([range.getValues(), range.getFormulas()]);
}

/** The formulas of a sheet with where they are (a spill growing by a row changes none of them). */
function formulas(app: Addon, tab: string): string[] {
  return app
    .sheet(tab)
    .getDataRange()
    .getFormulas()
    .flatMap((row, r) => row.map((formula, c) => (formula === '' ? '' : `${r + 1}:${c + 1} ${formula}`)))
    .filter(Boolean);
}

/** The log and History as they are: equal means nothing written anywhere the add-on writes. */
const everything = (app: Addon, lang: Lang = 'th') => [
  contents(app, TABS[lang].log),
  contents(app, TABS[lang].history),
];

/** History below its header. */
const history = (app: Addon, lang: Lang = 'th') => app.values(TABS[lang].history).slice(1);

/** The 1-based column of a log column, found by its header. */
function column(app: Addon, key: ColumnKey, lang: Lang = 'th'): number {
  const header = app.values(TABS[lang].log)[0]!;
  const wanted = COLUMNS.find((c) => c.key === key)![lang];
  const index = header.indexOf(wanted);
  if (index < 0) throw new Error(`no column ${wanted}`);
  return index + 1;
}

/** A log cell by its row and its column's key. */
const cell = (app: Addon, row: number, key: ColumnKey, lang: Lang = 'th') =>
  app.values(TABS[lang].log)[row - 1]![column(app, key, lang) - 1];

/** The row of the log holding an id (1-based), or 0. */
const rowOf = (app: Addon, id: string, lang: Lang = 'th') =>
  app.values(TABS[lang].log).findIndex((cells) => cells[0] === id) + 1;

describe('the list of missions', () => {
  it('shows the missions of the fiscal year newest first, each as the form shows it, with no Date in it', () => {
    const app = setUp();
    const paris = save(app, { title: 'Paris', date: '2025-01-15' });
    save(app, { title: 'Seoul', date: '2025-02-20', kind: 'reception', status: 'planned' });
    save(app, { title: 'Tokyo', date: '2024-11-02', steps: [true, true, true, true, true] });
    save(app, { title: 'Last year', date: '2024-05-01' });
    const answer = list(app);
    expect(answer.fiscalYear).toBe(2568);
    expect(answer.total).toBe(3);
    expect(answer.offset).toBe(0);
    expect(answer.missions.map((m) => m.title)).toEqual(['Seoul', 'Paris', 'Tokyo']);
    expect(answer.missions.find((m) => m.id === paris)).toEqual({
      id: paris,
      row: 2,
      version: expect.stringMatching(/^\w+$/),
      date: '2025-01-15',
      kind: 'courtesy_call',
      title: 'Paris',
      counterpart: 'Guests of Paris',
      country: 'France',
      place: 'City Hall',
      lead: 'Governor',
      status: 'done',
      steps: [true, true, true, false, false],
      evidence: 'https://example.org/photos/1',
      notes: 'First visit',
      verified: false,
      verifiedBy: '',
      verifiedAt: '',
      enteredBy: STAFF,
      enteredAt: (cell(app, 2, 'enteredAt') as Date).toISOString(),
      counts: true,
      mine: true,
    });
    expect(answer.missions[0]).toMatchObject({ kind: 'reception', status: 'planned', counts: false });
    // google.script.run would drop a Date: the answer is plain JSON as the sidebar receives it.
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
    expect(app.emu.warnings()).toEqual([]);
  });

  it('finds missions by the words of their title or their counterpart, whatever the letter case', () => {
    const app = setUp();
    save(app, { title: 'Courtesy call by the Mayor of Paris', counterpart: 'City of Paris' });
    save(app, { title: 'Reception at City Hall', counterpart: 'Seoul Metropolitan Government' });
    save(app, { title: 'พิธีมอบกุญแจเมือง', counterpart: 'กรุงโตเกียว', date: '2025-02-01' });
    const titles = (query: string) => list(app, { query }).missions.map((m) => m.title);
    expect(titles('SEOUL')).toEqual(['Reception at City Hall']);
    expect(titles('mayor')).toEqual(['Courtesy call by the Mayor of Paris']);
    expect(titles('city paris')).toEqual(['Courtesy call by the Mayor of Paris']);
    expect(titles('โตเกียว')).toEqual(['พิธีมอบกุญแจเมือง']);
    expect(titles('city')).toHaveLength(2);
    expect(titles('Berlin')).toEqual([]);
    expect(list(app, { query: 'seoul' }).total).toBe(1);
  });

  it('switches to another fiscal year, given in B.E. or C.E., and lists a row without a valid date in every year', () => {
    const app = setUp();
    save(app, { title: 'This year', date: '2025-01-15' });
    save(app, { title: 'Last year', date: '2024-05-01' });
    // A row typed by hand with a date nobody can read: listed in every year, to be corrected.
    const log = app.sheet(TABS.th.log);
    log.getRange(4, 1, 1, 4).setValues([['typed-by-hand', 'next spring', 'การเยี่ยมคารวะ', 'Undated']]);
    const titles = (fiscalYear: number) => list(app, { fiscalYear }).missions.map((m) => m.title);
    expect(list(app).missions.map((m) => m.title)).toEqual(['This year', 'Undated']);
    expect(list(app, { fiscalYear: 2567 }).fiscalYear).toBe(2567);
    expect(titles(2567)).toEqual(['Last year', 'Undated']);
    expect(list(app, { fiscalYear: 2024 }).fiscalYear).toBe(2567);
    expect(titles(2024)).toEqual(['Last year', 'Undated']);
    const undated = list(app, { fiscalYear: 2567 }).missions.find((m) => m.title === 'Undated')!;
    expect(undated).toMatchObject({ date: '', counts: false, reason: expect.any(String) });
    expect(undated.reason).not.toBe('');
  });

  it('pages through a long list with offset and limit, saying how many there are in all', () => {
    const app = setUp();
    for (let day = 1; day <= 12; day++) {
      save(app, { title: `Mission ${day}`, date: `2025-01-${String(day).padStart(2, '0')}` });
    }
    const page = (offset: number, limit: number) => list(app, { offset, limit });
    const pages = [page(0, 5), page(5, 5), page(10, 5)];
    expect(pages.map((p) => p.total)).toEqual([12, 12, 12]);
    expect(pages.map((p) => p.offset)).toEqual([0, 5, 10]);
    expect(pages.map((p) => p.missions.length)).toEqual([5, 5, 2]);
    expect(pages.flatMap((p) => p.missions.map((m) => m.title))).toEqual(
      Array.from({ length: 12 }, (_, i) => `Mission ${12 - i}`),
    );
    expect(page(20, 5)).toMatchObject({ total: 12, missions: [] });
    expect(list(app, { query: 'Mission 1', limit: 2 })).toMatchObject({ total: 4 });
  });

  it('marks the missions the person asking entered as theirs, and says whether they may verify', () => {
    const app = setUp({ reviewers: REVIEWER });
    save(app, { title: 'Staff one' });
    app.emu.setUser({ email: COLLEAGUE });
    save(app, { title: 'Colleague one', date: '2025-01-16' });
    const mine = (who: string) => {
      app.emu.setUser({ email: who });
      const answer = list(app);
      return {
        mine: answer.missions.filter((m) => m.mine).map((m) => m.title),
        canVerify: answer.canVerify,
      };
    };
    expect(mine(STAFF)).toEqual({ mine: ['Staff one'], canVerify: false });
    expect(mine(COLLEAGUE)).toEqual({ mine: ['Colleague one'], canVerify: false });
    expect(mine(REVIEWER)).toEqual({ mine: [], canVerify: true });
    expect(mine(OWNER)).toEqual({ mine: [], canVerify: true });
  });

  it('says why a planned or a cancelled mission does not count, and a done one counts with no reason', () => {
    const app = setUp();
    const done = save(app, { title: 'Done' });
    const planned = save(app, { title: 'Planned', status: 'planned', date: '2025-02-01' });
    const cancelled = save(app, { title: 'Cancelled', status: 'cancelled', date: '2025-02-02' });
    expect(listed(app, planned)).toMatchObject({
      counts: false,
      reason: 'ยังไม่ได้ดำเนินการ (สถานะ: วางแผน)',
    });
    expect(listed(app, cancelled)).toMatchObject({
      counts: false,
      reason: 'ยังไม่ได้ดำเนินการ (สถานะ: ยกเลิก)',
    });
    expect(listed(app, done).counts).toBe(true);
    expect(listed(app, done)).not.toHaveProperty('reason');
  });
});

describe('correcting a mission', () => {
  it('changes the fields that changed, and writes one History row for each: who, id, row, field, before, after', () => {
    const app = setUp();
    save(app, { title: 'Other' });
    const id = save(app, { title: 'Paris', date: '2025-01-15' });
    const rowBefore = app.values(TABS.th.log)[2]!;
    const opened = listed(app, id);
    const start = app.emu.now().getTime();
    const answer = saved(
      update(
        app,
        id,
        {
          // The whole form, as the sidebar sends it: four fields changed, the others as they were.
          ...formOf(opened),
          title: 'Courtesy call by the Mayor of Lyon',
          date: '2025-01-20',
          place: 'Sala Chalermchai',
          steps: [true, true, true, true, false],
        },
        opened.version,
      ),
    );
    expect(answer).toMatchObject({ row: 3, message: 'บันทึกการแก้ไขแล้ว (แถว 3)', count: 2, fiscalYear: 2568 });
    expect(answer.mission).toMatchObject({
      id,
      title: 'Courtesy call by the Mayor of Lyon',
      date: '2025-01-20',
      place: 'Sala Chalermchai',
      steps: [true, true, true, true, false],
    });
    expect(answer.version).toBe(listed(app, id).version);
    expect(answer.version).not.toBe(opened.version);
    // The row: the changed cells and no other.
    const rowAfter = app.values(TABS.th.log)[2]!;
    const changed = (['date', 'title', 'place', 'step4'] as const).map((key) => column(app, key) - 1);
    rowAfter.forEach((value, i) => {
      if (!changed.includes(i)) expect(value).toEqual(rowBefore[i]);
    });
    expect(isDate(cell(app, 3, 'date'))).toBe(true);
    expect((cell(app, 3, 'date') as Date).getTime()).toBe(bangkok('2025-01-20', '00:00').getTime());
    expect(cell(app, 3, 'title')).toBe('Courtesy call by the Mayor of Lyon');
    expect(cell(app, 3, 'place')).toBe('Sala Chalermchai');
    expect(cell(app, 3, 'step4')).toBe(true);
    // History: the two "created" rows, then one row a changed field, in the log's column order.
    const rows = history(app);
    expect(rows).toHaveLength(6);
    expect(rows.slice(2).map((r) => r.slice(1))).toEqual([
      [STAFF, id, 3, 'วันที่', '2025-01-15', '2025-01-20'],
      [STAFF, id, 3, 'ชื่อภารกิจ', 'Paris', 'Courtesy call by the Mayor of Lyon'],
      [STAFF, id, 3, 'สถานที่', 'City Hall', 'Sala Chalermchai'],
      [STAFF, id, 3, 'ขั้นที่ 4', 'FALSE', 'TRUE'],
    ]);
    for (const r of rows.slice(2)) {
      expect(isDate(r[0])).toBe(true);
      expect((r[0] as Date).getTime()).toBeGreaterThanOrEqual(start);
      expect((r[0] as Date).getTime()).toBeLessThanOrEqual(app.emu.now().getTime());
    }
    expect(app.values(TABS.th.history)[0]).toEqual(HISTORY_COLUMNS.map((c) => c.th));
  });

  it('writes the History row for a mission’s creation too', () => {
    const app = setUp();
    const id = save(app, { title: 'Paris', date: '2025-01-15' });
    expect(history(app).map((r) => r.slice(1))).toEqual([[STAFF, id, 2, 'บันทึกใหม่', '', '2025-01-15 Paris']]);
  });

  it('refuses invalid values with the form’s own Thai messages, and writes nothing, not even History', () => {
    const app = setUp();
    const id = save(app);
    const opened = listed(app, id);
    const before = everything(app);
    const bad = { title: '   ', evidence: 'ftp://example.org/file', steps: [true, true] };
    const answer = update(app, id, bad, opened.version);
    const submitted = app.call<{ ok: false; errors: Record<string, string> }>(
      'submitMission',
      submission(bad),
    );
    expect(submitted.ok).toBe(false);
    expect(answer).toEqual({ ok: false, errors: submitted.errors });
    expect(Object.keys(submitted.errors).sort()).toEqual(['evidence', 'steps', 'title']);
    expect(submitted.errors.title).toMatch(/[ก-๙]/);
    expect(everything(app)).toEqual(before);
    expect(listed(app, id).version).toBe(opened.version);
  });

  it('refuses invalid values with English messages for an English-locale user, and writes nothing', () => {
    const app = setUp({ lang: 'en' });
    const id = save(app);
    const opened = listed(app, id);
    const before = everything(app, 'en');
    const answer = update(app, id, { title: '', evidence: 'javascript:alert(1)' }, opened.version);
    expect(answer).toEqual({
      ok: false,
      errors: {
        title: 'Title is required',
        evidence: 'Evidence must be a link starting with http:// or https://',
      },
    });
    expect(everything(app, 'en')).toEqual(before);
  });

  it('saves an English user’s edit with History in English', () => {
    const app = setUp({ lang: 'en' });
    const id = save(app, { title: 'Paris' });
    const answer = saved(update(app, id, { counterpart: 'Ville de Paris' }, listed(app, id).version));
    expect(answer.message).toBe('Changes saved (row 2)');
    expect(cell(app, 2, 'counterpart', 'en')).toBe('Ville de Paris');
    expect(app.values('History')[0]).toEqual(HISTORY_COLUMNS.map((c) => c.en));
    expect(history(app, 'en').at(-1)!.slice(1)).toEqual([
      STAFF,
      id,
      2,
      'Counterpart',
      'Guests of Paris',
      'Ville de Paris',
    ]);
  });

  it('answers that a mission with an unknown id is no longer in the log, and writes nothing', () => {
    const app = setUp();
    const id = save(app);
    const before = everything(app);
    const answer = update(
      app,
      '00000000-0000-4000-8000-000000000999',
      { title: 'X' },
      listed(app, id).version,
    );
    expect(answer).toEqual({ ok: false, errors: { form: message('th', 'edit.unknownId') } });
    expect(everything(app)).toEqual(before);
  });

  it.each([
    ['verified', true],
    ['verifiedBy', STAFF],
    ['verifiedAt', '2025-03-15'],
    ['enteredBy', 'someone@else.org'],
    ['enteredAt', '2025-03-01'],
    ['id', '00000000-0000-4000-8000-000000000001'],
  ])('refuses to change %s this way, naming it, and writes nothing', (field, value) => {
    const app = setUp();
    const id = save(app);
    const before = everything(app);
    const answer = update(app, id, { title: 'Changed too', [field]: value }, listed(app, id).version);
    expect(answer).toEqual({
      ok: false,
      errors: { form: message('th', 'edit.refusedFields', { fields: field }) },
    });
    expect(everything(app)).toEqual(before);
  });

  it('says nothing changed when the values are the same, and writes no History', () => {
    const app = setUp();
    const id = save(app);
    const opened = listed(app, id);
    const before = everything(app);
    const answer = saved(
      update(app, id, { title: `  ${opened.title} `, kind: 'courtesy_call' }, opened.version),
    );
    expect(answer.message).toBe(message('th', 'edit.nothing'));
    expect(answer.version).toBe(opened.version);
    expect(everything(app)).toEqual(before);
  });

  it('writes text that looks like a formula as text, in the row and in History', () => {
    const app = setUp();
    const id = save(app);
    const title = '=IMPORTXML("http://evil.example","//a")';
    saved(update(app, id, { title, notes: '+1', lead: '0812345678' }, listed(app, id).version));
    const log = app.sheet(TABS.th.log);
    const row = log.getRange(2, 1, 1, log.getLastColumn());
    expect(row.getFormulas()[0]!.every((formula) => formula === '')).toBe(true);
    expect(cell(app, 2, 'title')).toBe(title);
    expect(cell(app, 2, 'notes')).toBe('+1');
    expect(cell(app, 2, 'lead')).toBe('0812345678');
    const sheet = app.sheet(TABS.th.history);
    const all = sheet.getDataRange();
    expect(
      all
        .getFormulas()
        .flat()
        .every((formula) => formula === ''),
    ).toBe(true);
    expect(history(app).map((r) => r[6])).toEqual(expect.arrayContaining([title, '+1', '0812345678']));
  });
});

describe('changing a mission’s status', () => {
  it('turns a planned mission into a done one that counts, with the new count and points in the answer', () => {
    const app = setUp();
    save(app, { title: 'One' });
    save(app, { title: 'Two' });
    save(app, { title: 'Three' });
    const planned = save(app, { title: 'Planned', status: 'planned', date: '2025-03-01' });
    expect(listed(app, planned).counts).toBe(false);
    const answer = saved(update(app, planned, { status: 'done' }, listed(app, planned).version));
    expect(answer).toMatchObject({ row: 5, count: 4, points: 2, maxPoints: 5, target: 10 });
    expect(answer.mission).toMatchObject({ status: 'done', counts: true });
    expect(answer.mission).not.toHaveProperty('reason');
    expect(cell(app, 5, 'status')).toBe('ดำเนินการแล้ว');
    expect(listed(app, planned).counts).toBe(true);
    expect(history(app).at(-1)!.slice(1)).toEqual([STAFF, planned, 5, 'สถานะ', 'วางแผน', 'ดำเนินการแล้ว']);
  });

  it('refuses to make done a mission dated after today, suggesting planned as a new mission would, and writes nothing', () => {
    const app = setUp();
    const id = save(app, { title: 'Next summer', status: 'planned', date: '2025-06-01' });
    const before = everything(app);
    const answer = update(app, id, { status: 'done' }, listed(app, id).version);
    const submitted = app.call<{ ok: false; errors: Record<string, string> }>(
      'submitMission',
      submission({ date: '2025-06-01', status: 'done' }),
    );
    expect(answer).toEqual({ ok: false, errors: { date: submitted.errors.date } });
    expect(submitted.errors.date).toContain('วางแผน');
    expect(everything(app)).toEqual(before);
  });
});

describe('two people editing the same mission', () => {
  it('the second to save is told someone changed it, sees the first one’s change, and writes nothing', () => {
    const app = setUp();
    const id = save(app, { title: 'Paris' });
    const staffOpened = listed(app, id);
    app.emu.setUser({ email: COLLEAGUE });
    const colleagueOpened = listed(app, id);
    expect(colleagueOpened.version).toBe(staffOpened.version);

    app.emu.setUser({ email: STAFF });
    saved(update(app, id, { title: 'Paris, corrected by staff' }, staffOpened.version));
    const afterFirst = everything(app);

    app.emu.setUser({ email: COLLEAGUE });
    const second = update(app, id, { notes: 'Colleague’s note' }, colleagueOpened.version);
    expect(second).toEqual({
      ok: false,
      errors: { form: message('th', 'edit.conflict', { row: 2 }) },
      current: expect.objectContaining({ id, title: 'Paris, corrected by staff', notes: 'First visit' }),
    });
    if (second.ok) throw new Error('unreachable');
    expect(second.current!.version).toBe(listed(app, id).version);
    expect(everything(app)).toEqual(afterFirst);

    // Saved again from what it shows now, the colleague's note goes in and the staff's title stays.
    saved(update(app, id, { notes: 'Colleague’s note' }, second.current!.version));
    expect(cell(app, 2, 'title')).toBe('Paris, corrected by staff');
    expect(cell(app, 2, 'notes')).toBe('Colleague’s note');
    expect(history(app).map((r) => [r[1], r[4]])).toEqual([
      [STAFF, 'บันทึกใหม่'],
      [STAFF, 'ชื่อภารกิจ'],
      [COLLEAGUE, 'หมายเหตุ'],
    ]);
  });

  it('the conflict shows whether the mission counts now, as the list does', () => {
    const app = setUp();
    const id = save(app, { title: 'Paris' });
    const opened = listed(app, id);
    saved(update(app, id, { status: 'cancelled' }, opened.version));
    app.emu.setUser({ email: COLLEAGUE });
    const second = update(app, id, { notes: 'late' }, opened.version);
    if (second.ok) throw new Error('the second save went through');
    expect(second.current).toEqual(listed(app, id));
    expect(second.current).toMatchObject({
      status: 'cancelled',
      counts: false,
      reason: 'ยังไม่ได้ดำเนินการ (สถานะ: ยกเลิก)',
    });
  });

  it('an edit of another mission meanwhile is no conflict', () => {
    const app = setUp();
    const paris = save(app, { title: 'Paris' });
    const seoul = save(app, { title: 'Seoul' });
    const opened = listed(app, paris);
    app.emu.setUser({ email: COLLEAGUE });
    saved(update(app, seoul, { notes: 'Seoul note' }, listed(app, seoul).version));
    app.emu.setUser({ email: STAFF });
    expect(saved(update(app, paris, { notes: 'Paris note' }, opened.version)).row).toBe(2);
    expect([cell(app, 2, 'notes'), cell(app, 3, 'notes')]).toEqual(['Paris note', 'Seoul note']);
  });

  it('a save landing in the middle of another is told busy; the first completes and nothing of the second is written', () => {
    const app = setUp();
    const id = save(app, { title: 'Paris' });
    const opened = listed(app, id);
    let second: ChangeResult | undefined;
    app.emu.beforeNextCall('Range.setValues', () => {
      app.emu.setUser({ email: COLLEAGUE });
      second = update(app, id, { notes: 'Colleague’s note' }, opened.version);
      app.emu.setUser({ email: STAFF });
    });
    saved(update(app, id, { title: 'Paris, corrected' }, opened.version));
    expect(second).toEqual({ ok: false, errors: { form: message('th', 'submit.busy') } });
    expect(cell(app, 2, 'title')).toBe('Paris, corrected');
    expect(cell(app, 2, 'notes')).toBe('First visit');
    expect(history(app).map((r) => [r[1], r[4]])).toEqual([
      [STAFF, 'บันทึกใหม่'],
      [STAFF, 'ชื่อภารกิจ'],
    ]);
  });
});

describe('undoing an edit', () => {
  it('putting back the values before, with the new version, restores the row and adds History rows for the undo', () => {
    const app = setUp();
    const id = save(app, { title: 'Paris', status: 'planned', date: '2025-02-01' });
    const original = app.values(TABS.th.log)[1]!;
    const opened = listed(app, id);
    const edited = saved(
      update(app, id, { title: 'Lyon', status: 'done', date: '2025-02-03' }, opened.version),
    );
    const undone = saved(
      update(app, id, { title: opened.title, status: opened.status, date: opened.date }, edited.version),
    );
    expect(app.values(TABS.th.log)[1]).toEqual(original);
    expect(undone.version).toBe(opened.version);
    expect(undone).toMatchObject({ count: 0, mission: { title: 'Paris', status: 'planned', counts: false } });
    expect(history(app).map((r) => r.slice(4))).toEqual([
      ['บันทึกใหม่', '', '2025-02-01 Paris'],
      ['วันที่', '2025-02-01', '2025-02-03'],
      ['ชื่อภารกิจ', 'Paris', 'Lyon'],
      ['สถานะ', 'วางแผน', 'ดำเนินการแล้ว'],
      ['วันที่', '2025-02-03', '2025-02-01'],
      ['ชื่อภารกิจ', 'Lyon', 'Paris'],
      ['สถานะ', 'ดำเนินการแล้ว', 'วางแผน'],
    ]);
  });

  it('an undo with the version from before the edit is refused as a conflict', () => {
    const app = setUp();
    const id = save(app, { title: 'Paris' });
    const opened = listed(app, id);
    saved(update(app, id, { title: 'Lyon' }, opened.version));
    const before = everything(app);
    const undo = update(app, id, { title: 'Paris' }, opened.version);
    expect(undo).toMatchObject({ ok: false, errors: { form: message('th', 'edit.conflict', { row: 2 }) } });
    expect(everything(app)).toEqual(before);
  });
});

describe('a mission whose row moved, or is gone', () => {
  it('is found by its id after the rows were sorted, and the edit lands on its new row', () => {
    const app = setUp();
    const ids = ['Seoul', 'Bangkok', 'Tokyo', 'Athens'].map((title, i) =>
      save(app, { title, date: `2025-01-1${i}` }),
    );
    const tokyo = listed(app, ids[2]!);
    expect(tokyo.row).toBe(4);
    // Sorted by title, as a user does it: every row rewritten in another order (the owner may write them all).
    app.emu.setUser({ email: OWNER });
    const log = app.sheet(TABS.th.log);
    const body = log.getRange(2, 1, 4, log.getLastColumn());
    const title = column(app, 'title') - 1;
    body.setValues([...body.getValues()].sort((a, b) => String(a[title]).localeCompare(String(b[title]))));
    app.emu.setUser({ email: STAFF });
    expect(app.values(TABS.th.log).map((r) => r[3])).toEqual([
      'ชื่อภารกิจ',
      'Athens',
      'Bangkok',
      'Seoul',
      'Tokyo',
    ]);
    const answer = saved(update(app, ids[2]!, { notes: 'After the sort' }, tokyo.version));
    expect(answer.row).toBe(5);
    expect(cell(app, 5, 'notes')).toBe('After the sort');
    expect(cell(app, 4, 'notes')).toBe('First visit');
    expect(
      app.values(TABS.th.log).filter((r) => r[column(app, 'notes') - 1] === 'After the sort'),
    ).toHaveLength(1);
    expect(history(app).at(-1)!.slice(2, 5)).toEqual([ids[2], 5, 'หมายเหตุ']);
  });

  it('answers that a deleted mission is no longer in the log, and writes nothing', () => {
    const app = setUp();
    const paris = save(app, { title: 'Paris' });
    save(app, { title: 'Seoul' });
    const opened = listed(app, paris);
    // Deleted by the owner (the row holds the reviewers' protected cells, which nobody else may delete).
    app.emu.setUser({ email: OWNER });
    app.sheet(TABS.th.log).deleteRow(2);
    app.emu.setUser({ email: STAFF });
    const before = everything(app);
    expect(update(app, paris, { notes: 'x' }, opened.version)).toEqual({
      ok: false,
      errors: { form: message('th', 'edit.unknownId') },
    });
    app.emu.setUser({ email: OWNER });
    expect(verify(app, paris, true)).toEqual({
      ok: false,
      errors: { form: message('th', 'edit.unknownId') },
    });
    expect(everything(app)).toEqual(before);
  });

  it('names a required column whose header was renamed, and writes nothing', () => {
    const app = setUp();
    const id = save(app, { title: 'Paris' });
    const opened = listed(app, id);
    app.sheet(TABS.th.log).getRange(1, column(app, 'title')).setValue('หัวข้อ');
    const before = everything(app);
    expect(update(app, id, { notes: 'x' }, opened.version)).toEqual({
      ok: false,
      errors: { form: message('th', 'edit.missingColumns', { columns: 'ชื่อภารกิจ' }) },
    });
    expect(everything(app)).toEqual(before);
  });

  it('names the Verified column when its header was renamed, and a reviewer’s verification writes nothing', () => {
    const app = setUp();
    const id = save(app, { title: 'Paris' });
    app.emu.setUser({ email: OWNER });
    app.sheet(TABS.th.log).getRange(1, column(app, 'verified')).setValue('เช็กแล้ว');
    const before = everything(app);
    expect(verify(app, id, true)).toEqual({
      ok: false,
      errors: { form: message('th', 'edit.missingColumns', { columns: 'ตรวจสอบแล้ว' }) },
    });
    expect(everything(app)).toEqual(before);
  });

  it('answers busy while another save holds the lock, touching nothing, and saves when tried again', () => {
    const app = setUp();
    const id = save(app, { title: 'Paris' });
    const opened = listed(app, id);
    const before = everything(app);
    app.emu.lock.busy = true;
    app.emu.resetCalls();
    const busy = { ok: false, errors: { form: message('th', 'submit.busy') } };
    expect(update(app, id, { notes: 'x' }, opened.version)).toEqual(busy);
    app.emu.setUser({ email: OWNER });
    expect(verify(app, id, true)).toEqual(busy);
    expect(app.emu.calls()).toBe(0);
    expect(everything(app)).toEqual(before);
    app.emu.lock.busy = false;
    app.emu.setUser({ email: STAFF });
    expect(saved(update(app, id, { notes: 'x' }, opened.version)).row).toBe(2);
  });
});

describe('verifying a mission', () => {
  it('a reviewer named in Settings ticks Verified; Verified by and Verified at are filled in, and History says so', () => {
    const app = setUp({ reviewers: `someone@bangkok.go.th, ${REVIEWER.toUpperCase()}` });
    const id = save(app, { title: 'Paris' });
    app.emu.setUser({ email: REVIEWER });
    const start = app.emu.now().getTime();
    const answer = saved(verify(app, id, true));
    expect(answer).toMatchObject({ row: 2, message: 'ตรวจสอบแล้ว (แถว 2)' });
    expect(cell(app, 2, 'verified')).toBe(true);
    expect(cell(app, 2, 'verifiedBy')).toBe(REVIEWER);
    const at = cell(app, 2, 'verifiedAt');
    expect(isDate(at)).toBe(true);
    expect((at as Date).getTime()).toBeGreaterThanOrEqual(start);
    expect((at as Date).getTime()).toBeLessThanOrEqual(app.emu.now().getTime());
    expect(answer.mission).toMatchObject({
      verified: true,
      verifiedBy: REVIEWER,
      verifiedAt: (at as Date).toISOString(),
    });
    expect(listed(app, id)).toMatchObject({ verified: true, verifiedBy: REVIEWER, version: answer.version });
    expect(
      history(app)
        .slice(1)
        .map((r) => r.slice(1)),
    ).toEqual([
      [REVIEWER, id, 2, 'ตรวจสอบแล้ว', '', 'TRUE'],
      [REVIEWER, id, 2, 'ผู้ตรวจสอบ', '', REVIEWER],
      [REVIEWER, id, 2, 'ตรวจสอบเมื่อ', '', (at as Date).toISOString()],
    ]);
    // Entered by is the staff member's still.
    expect(cell(app, 2, 'enteredBy')).toBe(STAFF);
  });

  it('a reviewer unticks it: Verified by and Verified at are emptied, with History', () => {
    const app = setUp({ reviewers: REVIEWER });
    const id = save(app, { title: 'Paris' });
    app.emu.setUser({ email: REVIEWER });
    saved(verify(app, id, true));
    const verifiedAt = (cell(app, 2, 'verifiedAt') as Date).toISOString();
    app.emu.advanceTime(60_000);
    const answer = saved(verify(app, id, false));
    expect(answer.message).toBe('ยกเลิกการตรวจสอบแล้ว (แถว 2)');
    expect([cell(app, 2, 'verified'), cell(app, 2, 'verifiedBy'), cell(app, 2, 'verifiedAt')]).toEqual([
      false,
      '',
      '',
    ]);
    expect(answer.mission).toMatchObject({ verified: false, verifiedBy: '', verifiedAt: '' });
    expect(
      history(app)
        .slice(4)
        .map((r) => r.slice(4)),
    ).toEqual([
      ['ตรวจสอบแล้ว', 'TRUE', 'FALSE'],
      ['ผู้ตรวจสอบ', REVIEWER, ''],
      ['ตรวจสอบเมื่อ', verifiedAt, ''],
    ]);
  });

  it('verifying twice writes History once', () => {
    const app = setUp({ reviewers: REVIEWER });
    const id = save(app);
    app.emu.setUser({ email: REVIEWER });
    saved(verify(app, id, true));
    const before = everything(app);
    expect(saved(verify(app, id, true)).message).toBe(message('th', 'edit.nothing'));
    expect(everything(app)).toEqual(before);
  });

  it('a staff member is refused, and nothing is written, not even History', () => {
    const app = setUp({ reviewers: REVIEWER });
    const id = save(app);
    const before = everything(app);
    expect(verify(app, id, true)).toEqual({
      ok: false,
      errors: { form: message('th', 'verify.notReviewer') },
    });
    expect(everything(app)).toEqual(before);
    expect(listed(app, id).verified).toBe(false);
  });

  it('an English-locale staff member is refused in English', () => {
    const app = setUp({ lang: 'en', reviewers: REVIEWER });
    const id = save(app);
    const before = everything(app, 'en');
    expect(verify(app, id, true)).toEqual({
      ok: false,
      errors: { form: message('en', 'verify.notReviewer') },
    });
    expect(message('en', 'verify.notReviewer')).toMatch(/reviewer/i);
    expect(everything(app, 'en')).toEqual(before);
  });

  it('a person whose e-mail Google withholds is refused, and nothing is written', () => {
    const app = setUp({ reviewers: REVIEWER });
    const id = save(app);
    const before = everything(app);
    app.emu.setUser({ email: '' });
    expect(verify(app, id, true)).toEqual({ ok: false, errors: { form: message('th', 'verify.noEmail') } });
    expect(list(app).canVerify).toBe(false);
    expect(everything(app)).toEqual(before);
  });

  it('the reviewer is refused too when Google withholds the e-mail (no userinfo.email scope granted)', () => {
    const app = setUp({ reviewers: REVIEWER });
    const id = save(app);
    app.emu.setUser({ email: REVIEWER });
    const before = everything(app);
    app.emu.grantScopes([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(verify(app, id, true)).toEqual({ ok: false, errors: { form: message('th', 'verify.noEmail') } });
    expect(list(app).canVerify).toBe(false);
    expect(everything(app)).toEqual(before);
  });

  it('the owner may verify when Reviewers is empty', () => {
    const app = setUp();
    const id = save(app);
    expect(verify(app, id, true).ok).toBe(false);
    app.emu.setUser({ email: OWNER });
    expect(list(app).canVerify).toBe(true);
    const answer = saved(verify(app, id, true));
    expect(answer.mission).toMatchObject({ verified: true, verifiedBy: OWNER });
    expect(cell(app, 2, 'verifiedBy')).toBe(OWNER);
    expect(history(app).at(-1)![1]).toBe(OWNER);
  });

  it('a reviewer named in Settings after setup is told to have the sheets set up again, not shown Google’s error', () => {
    const app = setUp();
    const id = save(app);
    app.emu.setUser({ email: OWNER });
    nameReviewers(app, REVIEWER);
    app.emu.setUser({ email: REVIEWER });
    expect(list(app).canVerify).toBe(true);
    const before = everything(app);
    const answer = app.emu.bridge.call('verifyMission', [id, true]);
    expect(everything(app)).toEqual(before);
    // Not a thrown "You are trying to edit a protected cell…" but the add-on's own answer naming the menu item.
    expect(answer).toEqual({
      ok: true,
      value: { ok: false, errors: { form: expect.stringContaining('ตั้งค่าชีต') } },
    });
  });
});

describe('the review columns after setup', () => {
  const ProtectionType = (app: Addon) =>
    (app.emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).ProtectionType;

  it('are protected for the reviewers and the owner only, not warning-only; History is protected with a warning', () => {
    const app = setUp({ reviewers: REVIEWER });
    const log = app.sheet(TABS.th.log);
    const review = log
      .getProtections(ProtectionType(app).RANGE)
      .filter((p) => p.getDescription() === message('th', 'setup.reviewProtection'));
    const covered = review.flatMap((p) => {
      const range = p.getRange();
      return Array.from({ length: range.getNumColumns() }, (_, i) => range.getColumn() + i);
    });
    expect(covered.sort((a, b) => a - b)).toEqual(
      (['verified', 'verifiedBy', 'verifiedAt'] as const)
        .map((key) => column(app, key))
        .sort((a, b) => a - b),
    );
    for (const protection of review) {
      expect(protection.isWarningOnly()).toBe(false);
      expect(protection.getRange().getRow()).toBe(2);
      expect(protection.getRange().getLastRow()).toBe(log.getMaxRows());
      expect(
        protection
          .getEditors()
          .map((user) => user.getEmail())
          .sort(),
      ).toEqual([OWNER, REVIEWER]);
      expect(protection.canDomainEdit()).toBe(false);
    }
    const historyProtections = app.sheet(TABS.th.history).getProtections(ProtectionType(app).SHEET);
    expect(historyProtections).toHaveLength(1);
    expect(historyProtections[0]!.isWarningOnly()).toBe(true);
  });

  it('keep a staff member’s hand off the Verified box with Google’s message, while the reviewer’s verification goes through', () => {
    const app = setUp({ reviewers: REVIEWER });
    const id = save(app);
    const log = app.sheet(TABS.th.log);
    for (const key of ['verified', 'verifiedBy', 'verifiedAt'] as const) {
      expect(() => log.getRange(2, column(app, key)).setValue(true)).toThrow(PROTECTED_MESSAGE);
    }
    expect(cell(app, 2, 'verified')).toBe('');
    // The rest of the row is the staff member's to edit by hand.
    log.getRange(2, column(app, 'notes')).setValue('typed by hand');
    app.emu.setUser({ email: REVIEWER });
    expect(saved(verify(app, id, true)).mission.verified).toBe(true);
    expect(cell(app, 2, 'verified')).toBe(true);
  });

  it('are left unprotected, and the toast says so, when set up by someone neither the owner nor a reviewer', () => {
    const app = addon({ locale: 'th_TH', owner: OWNER, userEmail: STAFF });
    const report = app.menu('setupSheets') as { reviewColumnsProtected: boolean };
    expect(report.reviewColumnsProtected).toBe(false);
    const review = app
      .sheet(TABS.th.log)
      .getProtections(ProtectionType(app).RANGE)
      .filter((p) => p.getDescription() === message('th', 'setup.reviewProtection'));
    expect(review).toEqual([]);
    expect(app.emu.toasts().at(-1)!.message).toContain(message('th', 'setup.notProtected'));
  });
});

describe('the live summary after an edit', () => {
  const kpi = (app: Addon, key: Parameters<typeof summaryMessage>[1]) => {
    const row = app.displayValues(TABS.th.summary).find((cells) => cells[0] === summaryMessage('th', key));
    if (!row) throw new Error(`no summary row ${summaryMessage('th', key)}`);
    return row[1];
  };

  it('counts a planned mission edited to done, without a rebuild', () => {
    const app = setUp();
    save(app, { title: 'One' });
    save(app, { title: 'Two' });
    save(app, { title: 'Three' });
    const planned = save(app, { title: 'Planned', status: 'planned', date: '2025-03-01' });
    app.menu('buildSummary');
    const summary = formulas(app, TABS.th.summary);
    expect(kpi(app, 'summary.count')).toBe('3');
    expect(kpi(app, 'summary.points')).toBe('1');
    saved(update(app, planned, { status: 'done' }, listed(app, planned).version));
    expect(kpi(app, 'summary.count')).toBe('4');
    expect(kpi(app, 'summary.points')).toBe('2');
    // The edit wrote nothing on the summary: its formulas did the work.
    expect(formulas(app, TABS.th.summary)).toEqual(summary);
  });

  it('drops a mission edited back to planned, and counts a verification when Settings count verified only', () => {
    const app = setUp({ reviewers: REVIEWER });
    const one = save(app, { title: 'One' });
    save(app, { title: 'Two' });
    app.menu('buildSummary');
    expect(kpi(app, 'summary.count')).toBe('2');
    saved(update(app, one, { status: 'planned' }, listed(app, one).version));
    expect(kpi(app, 'summary.count')).toBe('1');
    app.emu.setUser({ email: OWNER });
    setSetting(app, ['นับเฉพาะ'], true);
    expect(kpi(app, 'summary.count')).toBe('0');
    saved(update(app, one, { status: 'done' }, listed(app, one).version));
    app.emu.setUser({ email: REVIEWER });
    saved(verify(app, one, true));
    expect(kpi(app, 'summary.count')).toBe('1');
    expect(rowOf(app, one)).toBe(2);
  });
});
