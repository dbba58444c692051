// The local preview in a real browser: the menu, the sidebar form of build/Sidebar.html, the grids and the
// summary's charts, driven as a user drives them. Screenshots go to test-output/ (and docs/screenshots/ with
// UPDATE_SCREENSHOTS=1).
import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { type PreviewServer, startPreview } from '../../dev/preview/server';
import { describeWithBrowser, launchBrowser } from './browser';

const ROOT = path.resolve(__dirname, '../..');
const OUTPUT = path.join(ROOT, 'test-output');
const DOCS = path.join(ROOT, 'docs/screenshots');
const TIMEOUT = 30_000;

const MENU = {
  openForm: 'เปิดแบบฟอร์มบันทึกภารกิจ',
  buildSummary: 'สร้างหน้าสรุปผล',
  setup: 'ตั้งค่าชีต',
};

interface Mission {
  kind: string;
  title: string;
  counterpart: string;
  country: string;
  place: string;
  lead: string;
  status: string;
  steps: number[];
  evidence: string;
  notes: string;
}

function mission(overrides: Partial<Mission> = {}): Mission {
  return {
    kind: 'courtesy_call',
    title: 'การเยี่ยมคารวะโดยนายกเทศมนตรีเมืองฟุกุโอกะ',
    counterpart: 'Fukuoka City',
    country: 'ญี่ปุ่น',
    place: 'ศาลาว่าการกรุงเทพมหานคร',
    lead: 'ผู้ว่าราชการกรุงเทพมหานคร',
    status: 'done',
    steps: [1, 2, 3],
    evidence: 'https://example.org/photos/1',
    notes: 'ทดสอบจากเบราว์เซอร์',
    ...overrides,
  };
}

/**
 * Saves a screenshot in test-output/; with UPDATE_SCREENSHOTS=1 also copies it to docs/screenshots/ for the
 * README (not on every run: the summary shows when it was built, so each run's picture differs).
 */
async function keepScreenshot(shoot: (file: string) => Promise<unknown>, name: string): Promise<void> {
  mkdirSync(OUTPUT, { recursive: true });
  const file = path.join(OUTPUT, name);
  await shoot(file);
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(file, path.join(DOCS, name));
  }
}

/** `npm start` as a person runs it (its files in `folder`), resolved with its URL once it listens. */
async function npmStart(
  folder: string,
  args: string[] = [],
): Promise<{ url: string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn('npm', ['start', '--', ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', PREVIEW_DIR: folder, KR_PREVIEW_NO_BUILD: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((done, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`npm start said only: ${seen}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /KR Tracker preview: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    });
  });
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(`DEBUG ${chunk}`));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

describeWithBrowser('the local preview in Chromium', () => {
  let browser: Browser;
  let empty: PreviewServer;
  let demo: PreviewServer;
  let folder: string;
  let page: Page;
  let dialogs: string[];
  let pageErrors: string[];

  beforeAll(async () => {
    if (!existsSync(path.join(ROOT, 'build/Code.js')) || !existsSync(path.join(ROOT, 'build/Sidebar.html'))) {
      execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
    }
    folder = mkdtempSync(path.join(os.tmpdir(), 'kr-preview-'));
    empty = await startPreview({ file: path.join(folder, 'empty.json'), port: 0 });
    demo = await startPreview({ file: path.join(folder, 'demo.json'), port: 0, demo: true });
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await empty?.close();
    await demo?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    dialogs = [];
    pageErrors = [];
    // Fired for alert/confirm/prompt in the page and in every frame of it (the sidebar's iframe too).
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async () => {
    await page?.close();
  });

  /** A fresh spreadsheet through POST /reset, then the page (which fires onOpen). */
  async function open(server: PreviewServer): Promise<void> {
    const reset = await page.request.post(`${server.url}reset`, { data: {} });
    expect(reset.ok()).toBe(true);
    await page.goto(server.url);
    await page.locator('body[data-version]').waitFor();
  }

  async function menu(caption: string): Promise<void> {
    await page.click('#menu-extensions');
    await page.click('#menu-addon');
    await page.getByRole('menuitem', { name: caption, exact: true }).click();
  }

  async function tab(name: string): Promise<void> {
    await page.getByRole('tab', { name, exact: true }).click();
    await page.locator(`#grid[data-sheet="${name}"]`).waitFor();
  }

  /** Set up the sheets and open the form; resolves when the form has its configuration. */
  async function setUpAndOpenForm(): Promise<FrameLocator> {
    await menu(MENU.setup);
    await page.getByRole('tab', { name: 'ภารกิจ', exact: true }).waitFor();
    await menu(MENU.openForm);
    await page.locator('#sidebar:not([hidden]) #sidebar-frame').waitFor();
    const form = page.frameLocator('#sidebar-frame');
    await form.locator('#mission-form').waitFor({ state: 'visible' });
    await form.locator('#field-kind option[value="courtesy_call"]').waitFor({ state: 'attached' });
    return form;
  }

  async function fill(form: FrameLocator, m: Mission): Promise<void> {
    await form.locator('#field-kind').selectOption(m.kind);
    await form.locator('#field-title').fill(m.title);
    await form.locator('#field-counterpart').fill(m.counterpart);
    await form.locator('#field-country').fill(m.country);
    await form.locator('#field-place').fill(m.place);
    await form.locator('#field-lead').fill(m.lead);
    await form.locator('#field-status').selectOption(m.status);
    for (const step of m.steps) await form.locator(`#field-step${step}`).check();
    await form.locator('#field-evidence').fill(m.evidence);
    await form.locator('#field-notes').fill(m.notes);
  }

  /** Submits and waits for the result panel of a successful submission. */
  async function submitOk(form: FrameLocator): Promise<void> {
    await form.locator('#submit').click();
    await form.locator('#result').waitFor({ state: 'visible' });
  }

  /** The grid cell showing exactly `text` (waits for the redraw after a submission). */
  function gridCell(text: string) {
    return page.locator('#grid').getByText(text, { exact: true });
  }

  it(
    'sets up the sheets, submits the form, and shows the row in the mission log and the count in the sidebar',
    async () => {
      await open(empty);
      const form = await setUpAndOpenForm();
      const m = mission();
      await fill(form, m);
      await submitOk(form);

      // The sidebar: what was saved, with the new count and points (today's date: the current fiscal year).
      expect(await form.locator('#result-title').textContent()).toBe(m.title);
      const progress = (await form.locator('#result').textContent()) ?? '';
      expect(progress).toMatch(/\b1 \/ 10\b/); // count / target
      expect(progress).toMatch(/\b0 \/ 5\b/); // points / maximum
      expect(await form.locator('#field-title').inputValue()).toBe(''); // ready for the next mission
      // A new mission's form: no edit banner, no conflict box (hidden stays hidden whatever the CSS display).
      expect(await form.locator('#edit-banner').isVisible()).toBe(false);
      expect(await form.locator('#conflict').isVisible()).toBe(false);
      expect(await form.locator('#submit').isVisible()).toBe(true);

      // The grid: the row is there, as text, with its checkboxes.
      await tab('ภารกิจ');
      await gridCell(m.title).waitFor();
      expect(await page.locator('#grid td[data-a1="D2"]').textContent()).toBe(m.title);
      expect(await page.locator('#grid td[data-a1="E2"]').textContent()).toBe(m.counterpart);
      expect(await page.locator('#grid td[data-a1="J2"] input[type="checkbox"]').isChecked()).toBe(true);
      expect(await page.locator('#grid td[data-a1="M2"] input[type="checkbox"]').isChecked()).toBe(false);

      await keepScreenshot((file) => page.locator('#sidebar').screenshot({ path: file }), 'sidebar.png');
      expect(dialogs).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'shows the error of an empty title beside it and keeps everything else typed',
    async () => {
      await open(empty);
      const form = await setUpAndOpenForm();
      const m = mission({ title: '' });
      await fill(form, m);
      // The day is typed as a Thai reader writes it, B.E. day/month/year, and said back under the field.
      await form.locator('#field-date').fill('1/12/2569');
      expect(await form.locator('#hint-date').textContent()).toBe('1 ธ.ค. 2569');
      // Or picked in the browser's calendar beside it (a small button in the 300 px row), and written B.E.
      const picker = form.locator('#pick-date');
      const box = await picker.boundingBox();
      expect(box!.width).toBeLessThanOrEqual(40);
      await picker.fill('2026-11-20');
      expect(await form.locator('#field-date').inputValue()).toBe('20/11/2569');
      expect(await form.locator('#hint-date').textContent()).toBe('20 พ.ย. 2569');
      await form.locator('#submit').click();

      const error = form.locator('#error-title');
      await error.waitFor({ state: 'visible' });
      expect(((await error.textContent()) ?? '').trim()).not.toBe('');
      expect(await form.locator('#field-kind').inputValue()).toBe(m.kind);
      expect(await form.locator('#field-counterpart').inputValue()).toBe(m.counterpart);
      expect(await form.locator('#field-country').inputValue()).toBe(m.country);
      expect(await form.locator('#field-place').inputValue()).toBe(m.place);
      expect(await form.locator('#field-lead').inputValue()).toBe(m.lead);
      expect(await form.locator('#field-status').inputValue()).toBe(m.status);
      expect(await form.locator('#field-evidence').inputValue()).toBe(m.evidence);
      expect(await form.locator('#field-notes').inputValue()).toBe(m.notes);
      for (const step of [1, 2, 3]) expect(await form.locator(`#field-step${step}`).isChecked()).toBe(true);
      expect(await form.locator('#field-step4').isChecked()).toBe(false);
      expect(await form.locator('#result').isVisible()).toBe(false);

      await tab('ภารกิจ');
      expect(await page.locator('#grid td[data-a1="D2"]').textContent()).toBe(''); // nothing was written
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'stores a title that looks like a formula as exactly that text',
    async () => {
      await open(empty);
      const form = await setUpAndOpenForm();
      const title = '=IMPORTXML("http://x","//a")';
      await fill(form, mission({ title }));
      await submitOk(form);

      await tab('ภารกิจ');
      await gridCell(title).waitFor();
      const cell = page.locator('#grid td[data-a1="D2"]');
      expect(await cell.textContent()).toBe(title);
      expect((await cell.getAttribute('class')) ?? '').not.toContain('error');
      await cell.click();
      expect(await page.locator('#formula').inputValue()).toBe(title);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'shows a title made of HTML as text in the grid and the sidebar, and runs none of it',
    async () => {
      await open(empty);
      const form = await setUpAndOpenForm();
      const title = '<img src=x onerror=alert(1)>';
      await fill(form, mission({ title }));
      await submitOk(form);

      expect(await form.locator('#result-title').textContent()).toBe(title);
      expect(await form.locator('#result img').count()).toBe(0);

      await tab('ภารกิจ');
      await gridCell(title).waitFor();
      expect(await page.locator('#grid td[data-a1="D2"]').textContent()).toBe(title);
      expect(await page.locator('#grid img').count()).toBe(0);
      expect(await page.locator('img').count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'builds the summary from the menu: the KPI block and both charts',
    async () => {
      // A 1440 px laptop screen: both charts sit beside the KPI block, one above the other.
      await page.setViewportSize({ width: 1440, height: 900 });
      await open(demo);
      await menu(MENU.buildSummary);
      await page.locator('#grid[data-sheet="สรุปผล"]').waitFor();
      await page
        .getByRole('tab', { name: 'สรุปผล', exact: true })
        .and(page.locator('[aria-selected="true"]'))
        .waitFor();

      const valueBeside = async (label: string) => {
        const labelCell = page
          .locator('#grid td[data-a1^="A"]')
          .filter({ hasText: new RegExp(`^${label}$`) });
        await labelCell.waitFor();
        const row = Number((await labelCell.getAttribute('data-a1'))?.slice(1));
        return page.locator(`#grid td[data-a1="B${row}"]`).textContent();
      };
      // The demo: ten missions of the current fiscal year count (planned, cancelled and other years do not), so 5 points.
      expect(await valueBeside('จำนวนภารกิจที่นับได้')).toBe('10');
      expect(await valueBeside('คะแนน')).toBe('5');
      // The status is coloured by the tab's conditional formatting, not by a colour written to the cell.
      expect(await valueBeside('สถานะ')).toBe('บรรลุเป้าหมาย');
      const statusRow = Number(
        (
          await page
            .locator('#grid td[data-a1^="A"]')
            .filter({ hasText: /^สถานะ$/ })
            .getAttribute('data-a1')
        )?.slice(1),
      );
      const statusCell = page.locator(`#grid td[data-a1="B${statusRow}"]`);
      expect(await statusCell.evaluate((td) => getComputedStyle(td).backgroundColor)).toBe(
        'rgb(200, 230, 201)',
      );

      const charts = page.locator('#chart-layer .chart svg');
      await charts.nth(1).waitFor({ state: 'visible' });
      expect(await charts.count()).toBe(2);
      expect(await page.locator('.chart[data-chart-type="BAR"] svg').isVisible()).toBe(true);
      expect(await page.locator('.chart[data-chart-type="COMBO"] svg').isVisible()).toBe(true);
      expect(await page.locator('.chart[data-chart-type="BAR"] svg').textContent()).toContain(
        'ภารกิจตามประเภท',
      );
      // Cumulative, target, and where the office should be by now (dotted), each ending where the months do.
      const combo = page.locator('.chart[data-chart-type="COMBO"] svg');
      expect(await combo.locator('polyline').count()).toBe(3);
      expect(await combo.locator('polyline[stroke-dasharray]').count()).toBe(2);
      expect(await combo.locator('.legend').textContent()).toContain('ควรทำได้ตามสัดส่วนเวลา');

      // Both wholly on screen, right of the KPI block's figures, the monthly one level with its heading.
      const kpiHeading = page.locator('#grid td[data-a1^="A"]').filter({ hasText: /^ผลการดำเนินงาน$/ });
      const kpiRow = Number((await kpiHeading.getAttribute('data-a1'))?.slice(1));
      const columnE = (await page.locator(`#grid td[data-a1="E${kpiRow}"]`).boundingBox())!;
      const headingBox = (await kpiHeading.boundingBox())!;
      const viewport = page.viewportSize()!;
      const monthBox = (await page.locator('.chart[data-chart-type="COMBO"]').boundingBox())!;
      const kindBox = (await page.locator('.chart[data-chart-type="BAR"]').boundingBox())!;
      for (const box of [monthBox, kindBox]) {
        expect(box.x).toBeGreaterThanOrEqual(columnE.x + columnE.width);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      }
      expect(Math.abs(monthBox.y - headingBox.y)).toBeLessThan(30);
      expect(kindBox.y).toBeGreaterThanOrEqual(monthBox.y + monthBox.height);

      await keepScreenshot((file) => page.screenshot({ path: file }), 'summary.png');
      expect(dialogs).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
  /** The demo's form, its list of missions open. */
  async function openList(): Promise<FrameLocator> {
    await menu(MENU.openForm);
    await page.locator('#sidebar:not([hidden]) #sidebar-frame').waitFor();
    const form = page.frameLocator('#sidebar-frame');
    await form.locator('#tab-list').click();
    await form.locator('#mission-0').waitFor();
    return form;
  }

  /** Waits until a cell (or any element) reads exactly `text`: the page redraws after each change. */
  async function expectText(locator: ReturnType<Page['locator']>, text: string): Promise<void> {
    const exactly = new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    try {
      await locator.filter({ hasText: exactly }).waitFor({ timeout: 10_000 });
    } catch {
      const title = await locator.getAttribute('title').catch(() => null);
      throw new Error(
        `expected “${text}”, the page shows “${await locator.textContent()}” (${title ?? 'no note'})`,
      );
    }
  }

  /** Acts as another person at the spreadsheet, through the preview's POST /user. */
  async function actAs(server: PreviewServer, email: string): Promise<void> {
    const answer = await page.request.post(`${server.url}user`, { data: { email } });
    expect(answer.ok()).toBe(true);
  }

  it(
    'lists the fiscal year in the sidebar, edits a mission from it, and the log and History show the change',
    async () => {
      await page.setViewportSize({ width: 1440, height: 1100 });
      await open(demo);
      const form = await openList();
      expect(await form.locator('#list-summary').textContent()).toMatch(
        /^แสดง \d+ จาก \d+ ภารกิจ เรียงจากล่าสุด$/,
      );
      expect(await form.locator('#list-items > li').count()).toBeGreaterThanOrEqual(10);
      await keepScreenshot((file) => page.locator('#sidebar').screenshot({ path: file }), 'sidebar-list.png');

      await form.locator('#edit-0').click();
      await form.locator('#edit-banner').waitFor({ state: 'visible' });
      const row = Number(/\d+$/.exec((await form.locator('#edit-heading').textContent()) ?? '')?.[0]);
      const before = await form.locator('#field-title').inputValue();
      expect(before).not.toBe('');
      const title = `${before} (แก้ไขแล้ว)`;
      await form.locator('#field-notes').fill('แก้ไขจากรายการในแถบด้านข้าง');
      await form.locator('#field-title').fill(title);
      await form.locator('#edit-banner').scrollIntoViewIfNeeded();
      await keepScreenshot((file) => page.locator('#sidebar').screenshot({ path: file }), 'sidebar-edit.png');
      await form.locator('#submit').click();
      await form.locator('#list-panel').waitFor({ state: 'visible' });
      await form.locator('#result').waitFor({ state: 'visible' });
      expect(await form.locator('#result-message').textContent()).toBe(`บันทึกการแก้ไขแล้ว (แถว ${row})`);
      await form.locator('#mission-0').filter({ hasText: title }).waitFor();

      await tab('ภารกิจ');
      await gridCell(title).waitFor();
      expect(await page.locator(`#grid td[data-a1="D${row}"]`).textContent()).toBe(title);
      await tab('ประวัติการแก้ไข');
      await gridCell(title).waitFor();
      await gridCell(before).first().waitFor();
      expect(dialogs).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'offers Verify to the owner, not to a colleague, and shows the colleague what changed when the owner saved first',
    async () => {
      await open(demo);
      let form = await openList();
      await form.locator('#verify-0').click();
      await form.locator('#unverify-0').waitFor();
      expect(await form.locator('#mission-0').textContent()).toContain('ตรวจสอบแล้วโดย staff@bangkok.go.th');

      await actAs(demo, 'colleague@bangkok.go.th');
      await page.goto(demo.url);
      await page.locator('body[data-version]').waitFor();
      form = await openList();
      expect(await form.locator('#edit-0').count()).toBe(1);
      expect(await form.locator('#verify-0, #unverify-0').count()).toBe(0);
      await form.locator('#edit-0').click();
      await form.locator('#field-notes').fill('บันทึกของเพื่อนร่วมงาน');

      // Meanwhile the owner changes the place of the same mission from their own sidebar.
      await actAs(demo, 'staff@bangkok.go.th');
      const call = async (name: string, ...args: unknown[]) =>
        (await (await page.request.post(`${demo.url}rpc`, { data: { name, args } })).json()).value;
      const listed = await call('listMissions', { limit: 1 });
      const first = listed.missions[0];
      expect((await call('updateMission', first.id, { place: 'ลานคนเมือง' }, first.version)).ok).toBe(true);
      await actAs(demo, 'colleague@bangkok.go.th');

      await form.locator('#submit').click();
      await form.locator('#conflict').waitFor({ state: 'visible' });
      expect(await form.locator('#conflict-list').textContent()).toContain('→ “ลานคนเมือง”');
      expect(await form.locator('#field-notes').inputValue()).toBe('บันทึกของเพื่อนร่วมงาน');
      await form.locator('#conflict-rebase').click();
      expect(await form.locator('#field-place').inputValue()).toBe('ลานคนเมือง');
      await form.locator('#submit').click();
      await form.locator('#list-panel').waitFor({ state: 'visible' });
      expect(await form.locator('#result-message').textContent()).toMatch(/^บันทึกการแก้ไขแล้ว/);
      expect(dialogs).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
  it(
    'finds a mission by search, marks it done and undoes it with the summary following; a named reviewer verifies, a person with no e-mail cannot',
    async () => {
      await page.setViewportSize({ width: 2240, height: 1000 });
      await open(demo);
      await menu(MENU.buildSummary);
      await page.locator('#grid[data-sheet="สรุปผล"]').waitFor();
      const counted = async () => {
        const label = page.locator('#grid td[data-a1^="A"]').filter({ hasText: /^จำนวนภารกิจที่นับได้$/ });
        await label.waitFor();
        const row = Number((await label.getAttribute('data-a1'))?.slice(1));
        return page.locator(`#grid td[data-a1="B${row}"]`);
      };
      await expectText(await counted(), '10');

      const emu = demo.state.emu;
      const planned = (
        emu.bridge.run('listMissions', [{}]) as {
          missions: { status: string; counterpart: string; title: string }[];
        }
      ).missions.find((m) => m.status === 'planned')!;
      const form = await openList();
      await form.locator('#list-search').fill(planned.counterpart);
      await form
        .locator('#list-summary')
        .filter({ hasText: /^แสดง 1 จาก 1 ภารกิจ/ })
        .waitFor();
      expect(await form.locator('#mission-0').textContent()).toContain(planned.title);
      await form.locator('#done-0').click();
      await form.locator('#undo').waitFor({ state: 'visible' });
      await expectText(await counted(), '11');
      await form.locator('#undo').click();
      await form
        .locator('#result-message')
        .filter({ hasText: /^เลิกทำการบันทึกล่าสุดแล้ว/ })
        .waitFor();
      await expectText(await counted(), '10');
      expect(await form.locator('#mission-0').textContent()).toContain('วางแผน');

      // The owner names a reviewer in Settings and sets the sheets up again; the reviewer verifies.
      const settings = emu.spreadsheet.getSheetByName('ตั้งค่า')!;
      const labels = settings
        .getDataRange()
        .getValues()
        .map((row) => String(row[0]));
      settings.getRange(labels.indexOf('ผู้ตรวจสอบ') + 1, 2).setValue('chief@bangkok.go.th');
      await menu(MENU.setup);
      await actAs(demo, 'chief@bangkok.go.th');
      await page.goto(demo.url);
      await page.locator('body[data-version]').waitFor();
      const chief = await openList();
      await chief.locator('#verify-0').click();
      await chief.locator('#unverify-0').waitFor();
      expect(await chief.locator('#mission-0').textContent()).toContain('ตรวจสอบแล้วโดย chief@bangkok.go.th');

      // Someone whose e-mail Google does not give is offered no verification, and refused if they try.
      await actAs(demo, '');
      await page.goto(demo.url);
      await page.locator('body[data-version]').waitFor();
      const anonymous = await openList();
      expect(await anonymous.locator('#verify-0, #unverify-0').count()).toBe(0);
      const first = (emu.bridge.run('listMissions', [{}]) as { missions: { id: string }[] }).missions[0]!;
      const refused = emu.bridge.run('verifyMission', [first.id, true]) as {
        ok: boolean;
        errors: { form: string };
      };
      expect(refused.ok).toBe(false);
      expect(refused.errors.form).toMatch(/^Google ไม่ได้ให้อีเมลของคุณ/);
      expect(dialogs).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
  it(
    'lets the person type in the grid: =KR_SCORE(7) reads 3, =KR_COUNT counts the log, a status typed by hand moves the summary, a checkbox ticks',
    async () => {
      await page.setViewportSize({ width: 2240, height: 1000 });
      await open(demo);
      await menu(MENU.buildSummary);
      await page.locator('#grid[data-sheet="สรุปผล"]').waitFor();

      // A sheet of one's own: the first tab, ชีต1.
      const first = page.getByRole('tab', { name: 'ชีต1', exact: true });
      await first.click();
      await page.locator('#grid[data-sheet="ชีต1"]').waitFor();
      await page.locator('#grid td[data-a1="A1"]').dblclick();
      await page.keyboard.type('=KR_SCORE(7)');
      await page.keyboard.press('Enter');
      await expectText(page.locator('#grid td[data-a1="A1"]'), '3');
      // Enter moved the selection down; typing there starts an edit at once.
      expect(await page.locator('#name-box').textContent()).toBe('A2');
      await page.keyboard.type("=KR_COUNT('ภารกิจ'!A1:U)");
      await page.keyboard.press('Enter');
      await expectText(page.locator('#grid td[data-a1="A2"]'), '10');
      await page.locator('#grid td[data-a1="A1"]').click();
      expect(await page.locator('#formula').inputValue()).toBe('=KR_SCORE(7)');
      // Escape leaves the cell as it was.
      await page.keyboard.press('Enter');
      await page.keyboard.type('oops');
      await page.keyboard.press('Escape');
      await expectText(page.locator('#grid td[data-a1="A1"]'), '3');
      // The formula bar writes too.
      await page.locator('#grid td[data-a1="B1"]').click();
      await page.locator('#formula').fill('=A1*2');
      await page.locator('#formula').press('Enter');
      await expectText(page.locator('#grid td[data-a1="B1"]'), '6');

      // A planned mission's status typed by hand: the live summary counts it.
      await tab('ภารกิจ');
      const status = page
        .locator('#grid td[data-a1^="I"]')
        .filter({ hasText: /^วางแผน$/ })
        .first();
      const a1 = (await status.getAttribute('data-a1'))!;
      await status.dblclick();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('ดำเนินการแล้ว');
      await page.keyboard.press('Enter');
      await expectText(page.locator(`#grid td[data-a1="${a1}"]`), 'ดำเนินการแล้ว');
      const row = a1.slice(1);
      const box = page.locator(`#grid td[data-a1="M${row}"] input[type="checkbox"]`);
      const was = await box.isChecked();
      await box.click();
      await page
        .locator(`#grid td[data-a1="M${row}"] input[type="checkbox"]${was ? ':not(:checked)' : ':checked'}`)
        .waitFor();

      await tab('ชีต1');
      await expectText(page.locator('#grid td[data-a1="A2"]'), '11');
      await tab('สรุปผล');
      const label = page.locator('#grid td[data-a1^="A"]').filter({ hasText: /^จำนวนภารกิจที่นับได้$/ });
      const kpiRow = Number((await label.getAttribute('data-a1'))?.slice(1));
      await expectText(page.locator(`#grid td[data-a1="B${kpiRow}"]`), '11');
      expect(dialogs).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
  it('opens the demo (npm start -- --demo) in a file of its own and leaves the saved spreadsheet alone, Reset included', async () => {
    const files = mkdtempSync(path.join(os.tmpdir(), 'kr-start-demo-'));
    const saved = path.join(files, 'spreadsheet-th.json');
    try {
      // The person's own spreadsheet: set up, one mission saved through the form.
      let preview = await npmStart(files);
      try {
        await page.goto(preview.url);
        await page.locator('body[data-version]').waitFor();
        const form = await setUpAndOpenForm();
        await fill(form, mission({ title: 'ภารกิจของฉันเอง' }));
        await submitOk(form);
      } finally {
        await preview.stop();
      }
      const before = readFileSync(saved, 'utf8');
      expect(before).toContain('ภารกิจของฉันเอง');

      // The demo: its own file, said on screen, with the sample missions; Reset brings a fresh demo back.
      preview = await npmStart(files, ['--demo']);
      try {
        await page.goto(preview.url);
        await page.locator('body[data-version]').waitFor();
        expect(await page.locator('#badge').textContent()).toContain('demo-th.json');
        await tab('ภารกิจ');
        expect(await page.locator('#grid td[data-a1="D2"]').textContent()).not.toBe('');
        expect(await page.locator('#grid').textContent()).not.toContain('ภารกิจของฉันเอง');
        const version = Number(await page.locator('body').getAttribute('data-version'));
        await page.click('#reset');
        await page.click('#reset'); // the second click confirms
        // Reset reopens the spreadsheet: a new version, the demo seeded again and saved.
        await page.waitForFunction((v) => Number(document.body.dataset['version']) > v, version);
        await page.locator('#grid td[data-a1="D2"]').waitFor();
        expect(await page.locator('#grid').textContent()).not.toContain('ภารกิจของฉันเอง');
        // onOpen ran again, as reopening a spreadsheet does: the add-on's menu is there.
        await page.click('#menu-extensions');
        await page.click('#menu-addon');
        await page.getByRole('menuitem', { name: MENU.openForm, exact: true }).waitFor();
        await page.keyboard.press('Escape');
      } finally {
        await preview.stop();
      }
      expect(existsSync(path.join(files, 'demo-th.json'))).toBe(true);
      expect(readFileSync(saved, 'utf8')).toBe(before);

      // Back without --demo: the person's mission is where they left it.
      preview = await npmStart(files);
      try {
        await page.goto(preview.url);
        await page.locator('body[data-version]').waitFor();
        await tab('ภารกิจ');
        await gridCell('ภารกิจของฉันเอง').waitFor();
      } finally {
        await preview.stop();
      }
      expect(pageErrors).toEqual([]);
    } finally {
      rmSync(files, { recursive: true, force: true });
    }
  }, 60_000);
  it('npm start: framed by no other site, nothing run by a GET, 400 and 413 for bad bodies, its port freed on SIGTERM', async () => {
    const files = mkdtempSync(path.join(os.tmpdir(), 'kr-start-hardening-'));
    const preview = await npmStart(files);
    let stopped = false;
    try {
      await page.goto(preview.url);
      await page.locator('body[data-version]').waitFor();
      await setUpAndOpenForm();
      const sidebarOpen = async () =>
        (await (await page.request.get(`${preview.url}state`)).json()).sidebar !== null;
      expect(await sidebarOpen()).toBe(true);

      // Another site frames it and loads it as an image: the frame stays empty, and nothing runs.
      const other = await browser.newPage();
      try {
        await other.setContent(
          `<iframe id="f" src="${preview.url}" width="800" height="600"></iframe><img src="${preview.url}">`,
        );
        await other.waitForTimeout(1_000);
        const framed = other.frames().find((frame) => frame !== other.mainFrame());
        expect(await framed?.locator('#menu-extensions').count()).toBe(0);
      } finally {
        await other.close();
      }
      expect(await sidebarOpen()).toBe(true);
      const response = await page.request.get(preview.url);
      expect(response.headers()['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'self'");

      const post = (route: string, data: string) =>
        page.request.post(`${preview.url}${route}`, {
          data,
          headers: { 'Content-Type': 'application/json' },
        });
      expect((await post('rpc', 'null')).status()).toBe(400);
      expect((await post('menu', '[]')).status()).toBe(400);
      expect(
        (await post('rpc', `{"name":"getFormConfig","pad":"${'x'.repeat(11 * 1024 * 1024)}"}`)).status(),
      ).toBe(413);
      expect(await sidebarOpen()).toBe(true);

      const port = Number(new URL(preview.url).port);
      await preview.stop();
      stopped = true;
      let free = false;
      for (let i = 0; i < 40 && !free; i++) {
        free = await new Promise<boolean>((done) => {
          const probe = net.createServer();
          probe.once('error', () => done(false));
          probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
        });
        if (!free) await new Promise((done) => setTimeout(done, 100));
      }
      expect(free).toBe(true);
    } finally {
      if (!stopped) await preview.stop();
      rmSync(files, { recursive: true, force: true });
    }
  }, 60_000);
  it(
    'shows an English spreadsheet to an English-locale user (--lang en), in a file of its own',
    async () => {
      const english = await startPreview({
        file: path.join(folder, 'spreadsheet-en.json'),
        port: 0,
        lang: 'en',
      });
      try {
        await open(english);
        expect(await page.locator('#badge').textContent()).toContain('spreadsheet-en.json');
        await page.click('#menu-extensions');
        await page.click('#menu-addon');
        await page.getByRole('menuitem', { name: 'Set up sheets', exact: true }).click();
        await page.getByRole('tab', { name: 'Missions', exact: true }).waitFor();
        const tabs = await page.getByRole('tab').allTextContents();
        expect(tabs).toEqual(expect.arrayContaining(['Missions', 'Settings', 'History']));
        expect(tabs).not.toContain('ภารกิจ');
        await page.click('#menu-extensions');
        await page.click('#menu-addon');
        await page.getByRole('menuitem', { name: 'Open mission form', exact: true }).click();
        const form = page.frameLocator('#sidebar-frame');
        await form.locator('#mission-form').waitFor({ state: 'visible' });
        expect(await form.locator('label[for="field-title"]').textContent()).toBe('Title');
        expect(await form.locator('#context').textContent()).toMatch(
          /Fiscal year \d{4} · target 10 missions/,
        );
        expect(pageErrors).toEqual([]);
      } finally {
        await english.close();
      }
    },
    TIMEOUT,
  );
});
