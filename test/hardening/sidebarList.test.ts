// The built sidebar's list of missions and its corrections, against build/Code.js in the emulator: what a
// person sees and clicks (issue 12), as staff, as another person on the same row, and as a reviewer.
import type { MissionItem } from '../../src/core/log/missionRecords';
import { nameReviewers, pinFiscalYear } from '../support/addon';
import { type OpenSidebar, openSidebar, settle } from './sidebar';
import { type Addon, addon, setUp, submission, TABS } from './support';

const LOG = TABS.th.log;
const HISTORY = 'ประวัติการแก้ไข';
const STAFF = 'staff@bangkok.go.th';
const REVIEWER = 'chief@bangkok.go.th';
const COLLEAGUE = 'colleague@bangkok.go.th';
/** The spreadsheet's owner: someone other than the staff, who may always verify. */
const OWNER = 'director@bangkok.go.th';

/** A set-up spreadsheet with three missions of FY 2568 (one planned, one a colleague's) and one of FY 2567. */
function office(): Addon {
  const app = addon({ locale: 'th_TH', owner: OWNER });
  app.emu.setUser({ email: OWNER });
  app.menu('setupSheets');
  pinFiscalYear(app, 2568);
  app.emu.setUser({ email: STAFF });
  app.call('submitMission', submission({ date: '2025-01-15', title: 'Courtesy call by Paris' }));
  app.call(
    'submitMission',
    submission({ date: '2025-03-02', title: 'Reception of the Seoul delegation', status: 'planned' }),
  );
  app.emu.setUser({ email: COLLEAGUE });
  app.call('submitMission', submission({ date: '2025-02-10', title: 'Speech at the Tokyo forum' }));
  app.call('submitMission', submission({ date: '2024-05-01', title: 'Signing with Hanoi' }));
  app.emu.setUser({ email: STAFF });
  return app;
}

const text = (sidebar: OpenSidebar, id: string) => sidebar.el(id).allText;
const items = (sidebar: OpenSidebar) => sidebar.el('list-items').children.map((li) => li.allText);
const historyRows = (app: Addon) => app.values(HISTORY).slice(1);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Until the page is idle: an answer, the list it reloads, and its answer (each call a tick of its own). */
async function idle(): Promise<void> {
  for (let i = 0; i < 4; i++) await settle();
}

async function openList(app: Addon): Promise<OpenSidebar> {
  const sidebar = await openSidebar(app);
  sidebar.el('tab-list').click();
  await idle();
  return sidebar;
}

describe('the list of missions in the sidebar', () => {
  it('shows the fiscal year newest first: Thai date, kind, status, row, whether it counts and why not, mine marked', async () => {
    const app = office();
    const sidebar = await openList(app);
    expect(sidebar.el('list-panel').hidden).toBe(false);
    expect(sidebar.el('mission-form').hidden).toBe(true);
    expect(sidebar.el('list-summary').textContent).toBe('แสดง 3 จาก 3 ภารกิจ เรียงจากล่าสุด');
    const shown = items(sidebar);
    expect(shown).toHaveLength(3);
    expect(shown[0]).toMatch(
      /^2 มี\.ค\. 2568 · การเยี่ยมคารวะ · วางแผน · แถว 3 Reception of the Seoul delegation ของฉัน/,
    );
    expect(shown[0]).toContain('ไม่นับ: ยังไม่ได้ดำเนินการ (สถานะ: วางแผน)');
    expect(shown[1]).toMatch(/^10 ก\.พ\. 2568 .* Speech at the Tokyo forum /);
    expect(shown[1]).not.toContain('ของฉัน');
    expect(shown[2]).toMatch(/^15 ม\.ค\. 2568 .* Courtesy call by Paris ของฉัน .*✓ นับเป็นผลงาน/);
    // Staff may edit and change a status, never verify.
    expect(sidebar.doc.getElementById('edit-0')?.textContent).toBe('แก้ไข');
    expect(sidebar.doc.getElementById('done-0')?.textContent).toBe('ดำเนินการแล้ว');
    expect(sidebar.doc.getElementById('done-1')).toBeNull();
    expect(sidebar.doc.getElementById('verify-0')).toBeNull();
    expect(sidebar.doc.htmlWrites).toEqual([]);
  });

  it('finds missions by title or counterpart as the person types, and says when nothing matches', async () => {
    const app = office();
    const sidebar = await openList(app);
    sidebar.el('list-search').value = 'tokyo';
    sidebar.el('list-search').dispatch('input');
    await wait(300);
    expect(items(sidebar)).toHaveLength(1);
    expect(items(sidebar)[0]).toContain('Speech at the Tokyo forum');
    sidebar.el('list-search').value = 'Guests of Reception';
    sidebar.el('list-search').dispatch('input');
    await wait(300);
    expect(items(sidebar)[0]).toContain('Reception of the Seoul delegation');
    sidebar.el('list-search').value = 'Berlin';
    sidebar.el('list-search').dispatch('input');
    await wait(300);
    expect(items(sidebar)).toEqual([]);
    expect(sidebar.el('list-summary').textContent).toBe('ไม่พบภารกิจที่ตรงกับ “Berlin” ในปีงบประมาณ 2568');
  });

  it('switches to another fiscal year', async () => {
    const app = office();
    const sidebar = await openList(app);
    expect(sidebar.el('list-year').children.map((option) => option.value)).toEqual([
      '2569',
      '2568',
      '2567',
      '2566',
      '2565',
    ]);
    sidebar.el('list-year').value = '2567';
    sidebar.el('list-year').dispatch('change');
    await idle();
    expect(items(sidebar)).toHaveLength(1);
    expect(items(sidebar)[0]).toContain('Signing with Hanoi');
    // Counted or not as that year's count sees it.
    expect(items(sidebar)[0]).toContain('✓ นับเป็นผลงาน');
  });

  it('shows a long year 50 missions at a time, the next ones on Show more', async () => {
    const app = setUp('th');
    for (let i = 0; i < 55; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = i < 28 ? '01' : '02';
      app.call('submitMission', submission({ date: `2025-${month}-${day}`, title: `Mission ${i + 1}` }));
    }
    const sidebar = await openList(app);
    expect(items(sidebar)).toHaveLength(50);
    expect(sidebar.el('list-summary').textContent).toBe('แสดง 50 จาก 55 ภารกิจ เรียงจากล่าสุด');
    expect(sidebar.el('list-more').hidden).toBe(false);
    sidebar.el('list-more').click();
    await idle();
    expect(items(sidebar)).toHaveLength(55);
    expect(items(sidebar)[54]).toContain('Mission 1 ');
    expect(sidebar.el('list-more').hidden).toBe(true);
    expect(sidebar.el('list-summary').textContent).toBe('แสดง 55 จาก 55 ภารกิจ เรียงจากล่าสุด');
  });
});

describe('editing a mission from the list', () => {
  it('opens it in the form, saves what changed with a History row, and gives back the new mission half typed', async () => {
    const app = office();
    const sidebar = await openSidebar(app);
    sidebar.fill({ title: 'Half typed new mission' });
    sidebar.el('tab-list').click();
    await idle();
    sidebar.el('edit-2').click();
    expect(sidebar.el('mission-form').hidden).toBe(false);
    expect(sidebar.el('edit-heading').textContent).toBe('กำลังแก้ไขภารกิจ แถว 2');
    expect(sidebar.el('submit').textContent).toBe('บันทึกการแก้ไข');
    expect(sidebar.el('field-title').value).toBe('Courtesy call by Paris');
    expect(sidebar.el('field-date').value).toBe('15/1/2568');
    sidebar.fill({ title: 'Courtesy call by the Mayor of Paris', place: 'Sala Chalermkrung' });
    const history = historyRows(app).length;
    await sidebar.submit();
    await idle();
    expect(sidebar.calls.filter((name) => name === 'updateMission')).toHaveLength(1);
    expect(app.sheet(LOG).getRange('D2').getValue()).toBe('Courtesy call by the Mayor of Paris');
    const added = historyRows(app).slice(history);
    expect(added.map((row) => [row[1], row[3], row[4], row[5], row[6]])).toEqual([
      [STAFF, 2, 'ชื่อภารกิจ', 'Courtesy call by Paris', 'Courtesy call by the Mayor of Paris'],
      [STAFF, 2, 'สถานที่', 'City Hall', 'Sala Chalermkrung'],
    ]);
    expect(text(sidebar, 'result-message')).toBe('บันทึกการแก้ไขแล้ว (แถว 2)');
    expect(text(sidebar, 'result-progress')).toBe('2 / 10 ครั้ง · 1 / 5 คะแนน');
    // Back on the list, which shows the row as it is now; the form holds the new mission again.
    expect(sidebar.el('list-panel').hidden).toBe(false);
    expect(items(sidebar)[2]).toContain('Courtesy call by the Mayor of Paris');
    expect(sidebar.el('field-title').value).toBe('Half typed new mission');
    expect(sidebar.el('edit-banner').hidden).toBe(true);
  });

  it('corrects a row typed by hand in the grid, whose id is no UUID', async () => {
    const app = office();
    const log = app.sheet(LOG);
    const row = [...(app.values(LOG)[1] as unknown[])];
    row[0] = 'KR-2568-007';
    row[3] = 'Typed in the grid';
    // Typed by the owner, who may fill every column.
    app.emu.setUser({ email: OWNER });
    log.appendRow(row);
    app.emu.setUser({ email: STAFF });
    const sidebar = await openList(app);
    const index = items(sidebar).findIndex((item) => item.includes('Typed in the grid'));
    sidebar.el(`edit-${index}`).click();
    sidebar.fill({ title: 'Typed in the grid, corrected' });
    await sidebar.submit();
    await idle();
    expect(sidebar.el('error-form').textContent).toBe('');
    expect(log.getRange('A6:D6').getDisplayValues()[0]).toEqual([
      'KR-2568-007',
      '15 ม.ค. 2025',
      'การเยี่ยมคารวะ',
      'Typed in the grid, corrected',
    ]);
  });

  it('checks an edit with the rules of a new mission: nothing sent, the error beside the field, the typing kept', async () => {
    const app = office();
    const sidebar = await openList(app);
    sidebar.el('edit-2').click();
    sidebar.fill({ title: '', evidence: 'ftp://files' });
    const before = JSON.stringify(app.values(LOG));
    await sidebar.submit();
    await idle();
    expect(sidebar.calls).not.toContain('updateMission');
    expect(sidebar.el('error-title').textContent).not.toBe('');
    expect(sidebar.el('error-evidence').textContent).toMatch(/http/);
    expect(sidebar.el('field-evidence').value).toBe('ftp://files');
    expect(JSON.stringify(app.values(LOG))).toBe(before);
  });

  it('marks a planned mission done in one click, and Undo puts it back, each with its History row', async () => {
    const app = office();
    const sidebar = await openList(app);
    const history = historyRows(app).length;
    sidebar.el('done-0').click();
    await idle();
    expect(app.sheet(LOG).getRange('I3').getValue()).toBe('ดำเนินการแล้ว');
    expect(text(sidebar, 'result-progress')).toBe('3 / 10 ครั้ง · 1 / 5 คะแนน');
    expect(items(sidebar)[0]).toContain('✓ นับเป็นผลงาน');
    expect(sidebar.el('undo').hidden).toBe(false);
    sidebar.el('undo').click();
    await idle();
    expect(app.sheet(LOG).getRange('I3').getValue()).toBe('วางแผน');
    expect(text(sidebar, 'result-message')).toBe('เลิกทำการบันทึกล่าสุดแล้ว · บันทึกการแก้ไขแล้ว (แถว 3)');
    expect(sidebar.el('undo').hidden).toBe(true);
    expect(
      historyRows(app)
        .slice(history)
        .map((row) => [row[4], row[5], row[6]]),
    ).toEqual([
      ['สถานะ', 'วางแผน', 'ดำเนินการแล้ว'],
      ['สถานะ', 'ดำเนินการแล้ว', 'วางแผน'],
    ]);
  });

  it('cancels a mission in one click: it stays listed, no longer counted, and says why', async () => {
    const app = office();
    const sidebar = await openList(app);
    sidebar.el('cancelled-2').click();
    await idle();
    expect(items(sidebar)[2]).toContain('ไม่นับ: ยังไม่ได้ดำเนินการ (สถานะ: ยกเลิก)');
    expect(sidebar.doc.getElementById('cancelled-2')).toBeNull();
    expect(text(sidebar, 'result-progress')).toBe('1 / 10 ครั้ง · 0 / 5 คะแนน');
  });

  it('when someone saved the row meanwhile: writes nothing, shows what they changed, and keeps the person’s work on top of it', async () => {
    const app = office();
    const sidebar = await openList(app);
    sidebar.el('edit-2').click();
    sidebar.fill({ notes: 'Gifts exchanged' });
    // A colleague corrects the same row from their own sidebar.
    app.emu.setUser({ email: COLLEAGUE });
    const theirs = app.call<{ missions: MissionItem[] }>('listMissions', { query: 'Paris' }).missions[0]!;
    expect(
      app.call<{ ok: boolean }>('updateMission', theirs.id, { lead: 'Deputy Governor' }, theirs.version),
    ).toMatchObject({ ok: true });
    app.emu.setUser({ email: STAFF });
    const log = JSON.stringify(app.values(LOG));
    await sidebar.submit();
    await idle();
    expect(JSON.stringify(app.values(LOG))).toBe(log);
    expect(sidebar.el('error-form').textContent).toMatch(/มีผู้อื่นแก้ไขภารกิจนี้ \(แถว 2\)/);
    expect(sidebar.el('conflict').hidden).toBe(false);
    expect(sidebar.el('conflict-list').children.map((li) => li.textContent)).toEqual([
      'ผู้แทน กทม.: “Governor” → “Deputy Governor”',
    ]);
    expect(sidebar.el('field-notes').value).toBe('Gifts exchanged');
    sidebar.el('conflict-rebase').click();
    expect(sidebar.el('field-lead').value).toBe('Deputy Governor');
    expect(sidebar.el('field-notes').value).toBe('Gifts exchanged');
    await sidebar.submit();
    await idle();
    expect(app.sheet(LOG).getRange('H2').getValue()).toBe('Deputy Governor');
    expect(app.sheet(LOG).getRange('P2').getValue()).toBe('Gifts exchanged');
  });

  it('keeps the form and says why when the answer is lost, and the retry saves once', async () => {
    const app = office();
    const sidebar = await openList(app);
    sidebar.el('edit-2').click();
    sidebar.fill({ country: 'République française' });
    app.emu.failNext('Range.setValues');
    await sidebar.submit();
    await idle();
    expect(sidebar.el('error-form').textContent).toMatch(/^บันทึกไม่สำเร็จ/);
    expect(sidebar.el('field-country').value).toBe('République française');
    expect(app.sheet(LOG).getRange('F2').getValue()).toBe('France');
    await sidebar.submit();
    await idle();
    expect(app.sheet(LOG).getRange('F2').getValue()).toBe('République française');
  });
});

describe('verification from the list', () => {
  it('is offered to a reviewer named in Settings, who verifies and unverifies with their name recorded', async () => {
    const app = office();
    // The owner names the reviewers and runs Set up sheets again, which lets them edit the review columns.
    app.emu.setUser({ email: OWNER });
    nameReviewers(app, `${REVIEWER}, someone@bangkok.go.th`);
    app.menu('setupSheets');
    app.emu.setUser({ email: REVIEWER });
    const sidebar = await openList(app);
    expect(sidebar.el('verify-2').textContent).toBe('ยืนยันการตรวจสอบ');
    sidebar.el('verify-2').click();
    await idle();
    expect(text(sidebar, 'result-message')).toBe('ตรวจสอบแล้ว (แถว 2)');
    expect(items(sidebar)[2]).toContain(`ตรวจสอบแล้วโดย ${REVIEWER}`);
    expect(sidebar.el('unverify-2').textContent).toBe('ถอนการตรวจสอบ');
    expect(app.sheet(LOG).getRange('Q2').getValue()).toBe(true);
    expect(historyRows(app).at(-1)![1]).toBe(REVIEWER);
    sidebar.el('unverify-2').click();
    await idle();
    expect(app.sheet(LOG).getRange('Q2').getValue()).toBe(false);
    expect(items(sidebar)[2]).not.toContain('ตรวจสอบแล้วโดย');
  });

  it('is not offered to staff, and the server refuses it to them all the same', async () => {
    const app = office();
    nameReviewers(app, REVIEWER);
    const sidebar = await openList(app);
    expect(sidebar.el('list-items').children.flatMap((li) => li.allText)).not.toContain('ยืนยันการตรวจสอบ');
    expect(sidebar.doc.getElementById('verify-2')).toBeNull();
    const id = app.values(LOG)[1]![0] as string;
    const refused = app.call<{ ok: boolean; errors: { form: string } }>('verifyMission', id, true);
    expect(refused).toEqual({
      ok: false,
      errors: { form: expect.stringMatching(/^เฉพาะผู้ตรวจสอบที่ระบุในชีตตั้งค่า/) },
    });
    expect(app.sheet(LOG).getRange('Q2').getValue()).not.toBe(true);
  });

  it('tells a reviewer named after setup to ask the owner to run Set up sheets again, and writes nothing', async () => {
    const app = office();
    nameReviewers(app, REVIEWER);
    app.emu.setUser({ email: REVIEWER });
    const sidebar = await openList(app);
    const log = JSON.stringify(app.values(LOG));
    const history = historyRows(app).length;
    sidebar.el('verify-2').click();
    await idle();
    const said = sidebar.el('item-message-2').textContent;
    expect(said).toMatch(/^บันทึกการตรวจสอบไม่สำเร็จ \(You are trying to edit a protected cell/);
    expect(said).toContain('ให้เจ้าของสเปรดชีตใช้เมนู ตั้งค่าชีต อีกครั้ง');
    expect(sidebar.el('status').textContent).toBe(said);
    expect(JSON.stringify(app.values(LOG))).toBe(log);
    expect(historyRows(app)).toHaveLength(history);
  });
});
