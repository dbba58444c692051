// The preview's server side (dev/preview/state.ts, server.ts): build/Code.js in the emulator, saved after each
// change, the demo, the panels with google.script.run injected, and the HTTP routes' guards.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { DEMO_MISSIONS, demoDay } from '../../dev/preview/demoData';
import { parseArgs, startPreview } from '../../dev/preview/server';
import { defaultFile, injectShim, PreviewState } from '../../dev/preview/state';
import { toIsoDate } from '../../src/core/dates/calendar';
import { formatThaiDate } from '../../src/core/dates/thaiDate';
import { BUNDLE } from '../support/addon';

let folder: string;
beforeAll(() => {
  if (!existsSync(BUNDLE))
    throw new Error(`${BUNDLE} is missing: run \`npm run build\` (npm test does it first)`);
  folder = mkdtempSync(path.join(os.tmpdir(), 'kr-preview-state-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let n = 0;
const file = () => path.join(folder, `sheet-${++n}.json`);

function values(state: PreviewState, name: string): unknown[][] {
  return state.emu.spreadsheet.getSheetByName(name)!.getDataRange().getDisplayValues();
}

describe('the preview state', () => {
  it('runs only the add-on menu items, after onOpen has added the menu', () => {
    const state = new PreviewState({ file: file() });
    expect(state.runMenu('setupSheets')).toMatchObject({ ok: false });
    state.open();
    expect(state.view().menu?.items.map((item) => (item.kind === 'item' ? item.functionName : '-'))).toEqual([
      'showSidebar',
      'buildSummary',
      'setupSheets',
      '-',
      'showHelp',
      'runSelfCheck',
    ]);
    expect(state.runMenu('submitMission')).toMatchObject({ ok: false });
    expect(state.runMenu('setupSheets')).toEqual({ ok: true });
    expect(state.view().sheets.map((s) => s.name)).toEqual(['ชีต1', 'ภารกิจ', 'ตั้งค่า', 'ประวัติการแก้ไข']);
    expect(state.view().toasts.at(-1)?.message).toContain('ตั้งค่าชีตเรียบร้อย');
  });

  it('saves after every change, so a restart loses nothing', () => {
    const path = file();
    const state = new PreviewState({ file: path });
    state.open();
    state.runMenu('setupSheets');
    const reply = state.rpc('submitMission', [
      {
        date: '2025-01-15',
        kind: 'speech',
        title: 'Speech at a forum',
        counterpart: 'City of Lumeria',
        status: 'done',
      },
    ]);
    expect(reply).toMatchObject({ ok: true, value: { ok: true, row: 2 } });
    const again = new PreviewState({ file: path });
    expect(JSON.stringify(again.emu.snapshot())).toBe(JSON.stringify(state.emu.snapshot()));
    expect(values(again, 'ภารกิจ')[1]![3]).toBe('Speech at a forum');
  });

  it('shows the sidebar the server function made, with google.script.run injected at the start of <head>', () => {
    const state = new PreviewState({ file: file() });
    state.open();
    state.runMenu('showSidebar');
    const sidebar = state.view().sidebar!;
    expect(sidebar).toMatchObject({ kind: 'sidebar' });
    const html = state.panelHtml(sidebar.id)!;
    const original = readFileSync(path.resolve(path.dirname(BUNDLE), 'Sidebar.html'), 'utf8');
    expect(html).toMatch(/<head>\s*<script>\(function \(\) \{\s*'use strict';\s*var ENDPOINT = "\/rpc"/);
    expect(html.replace(/<script>\(function \(\) \{[\s\S]*?\}\)\(\);<\/script>/g, '')).toBe(original);
    // Reloading the page closes it, as reopening a spreadsheet does.
    state.open();
    expect(state.view().sidebar).toBeNull();
  });

  it('injects the shim first even into a page without <head>', () => {
    expect(injectShim('<p>hi</p>')).toMatch(/^<script>[\s\S]*<\/script><p>hi<\/p>$/);
  });

  it('starts the demo from sample missions of the current fiscal year with a summary, and Reset starts it again', () => {
    const state = new PreviewState({ file: file(), demo: true });
    const log = values(state, 'ภารกิจ');
    expect(log).toHaveLength(DEMO_MISSIONS.length + 2); // header, the submitted missions, one typed by hand
    expect(log.at(-1)![1]).toBe(formatThaiDate(demoDay('2025-03-12', new Date())));
    expect(log.map((row) => row[8])).toEqual(expect.arrayContaining(['วางแผน', 'ยกเลิก']));
    const summary = state.emu.spreadsheet.getSheetByName('สรุปผล')!;
    expect(summary.getCharts()).toHaveLength(2);
    const kpi = summary.getDataRange().getDisplayValues();
    expect(kpi.find((row) => row[0] === 'จำนวนภารกิจที่นับได้')![1]).toBe('10');
    expect(state.view().toasts).toEqual([]); // the demo's own toasts are not news

    state.runMenu('setupSheets'); // no menu yet: refused, nothing changes
    state.rpc('submitMission', [
      { date: '2025-01-16', kind: 'speech', title: 'One more', counterpart: 'Aravel', status: 'done' },
    ]);
    expect(values(state, 'ภารกิจ')).toHaveLength(DEMO_MISSIONS.length + 3);
    state.reset();
    expect(values(state, 'ภารกิจ')).toHaveLength(DEMO_MISSIONS.length + 2);
  });

  it('shows the add-on as an English-locale user sees it with --lang en', () => {
    const state = new PreviewState({ file: file(), lang: 'en', demo: true });
    state.open();
    const menu = state.view().menu!;
    expect(
      menu.items.filter((i) => i.kind === 'item').map((i) => (i.kind === 'item' ? i.caption : '')),
    ).toEqual(['Open mission form', 'Build summary', 'Set up sheets', 'Help', 'Check this spreadsheet']);
    expect(state.view().sheets.map((s) => s.name)).toEqual([
      'Sheet1',
      'Missions',
      'Settings',
      'History',
      'Summary',
    ]);
    expect(values(state, 'Missions')[1]![3]).toBe(DEMO_MISSIONS[0]!.title.en);
  });
});

describe('the demo and the files', () => {
  it('moves the demo into the current fiscal year, each mission by today, in the order of the original', () => {
    const today = new Date('2026-12-01T10:00:00+07:00');
    const days = DEMO_MISSIONS.map((m) => toIsoDate(demoDay(m.date, today)));
    expect(days[0]! >= '2026-10-01').toBe(true);
    expect(days.every((day) => day <= '2026-12-01')).toBe(true);
    expect([...days].sort()).toEqual(days);
    // Late in a year, the demo spreads over nearly all of it.
    expect(toIsoDate(demoDay('2025-09-09', new Date('2027-09-30T12:00:00+07:00')))).toBe('2027-09-08');
  });

  it('keeps a spreadsheet a language, and the demo apart, so that neither replaces the other', () => {
    const files = [
      defaultFile('th', false),
      defaultFile('en', false),
      defaultFile('th', true),
      defaultFile('en', true),
    ];
    expect(new Set(files).size).toBe(4);
    expect(files.map((f) => path.basename(f))).toEqual([
      'spreadsheet-th.json',
      'spreadsheet-en.json',
      'demo-th.json',
      'demo-en.json',
    ]);
  });
});

describe('the command line', () => {
  it('reads --demo, --lang and PORT', () => {
    expect(parseArgs([], {})).toEqual({ demo: false, lang: 'th', port: 8080 });
    expect(parseArgs(['--demo', '--lang', 'en'], { PORT: '9000' })).toEqual({
      demo: true,
      lang: 'en',
      port: 9000,
    });
    expect(parseArgs(['--lang=en'], { PORT: '0' })).toEqual({ demo: false, lang: 'en', port: 0 });
    expect(() => parseArgs(['--lang', 'fr'])).toThrow('--lang must be th or en');
    expect(() => parseArgs(['--nope'])).toThrow('unknown option');
    expect(() => parseArgs([], { PORT: 'x' })).toThrow('PORT');
  });

  it('reads --user, the person using the preview', () => {
    expect(parseArgs(['--user', 'chief@bangkok.go.th'])).toMatchObject({ user: 'chief@bangkok.go.th' });
    expect(parseArgs(['--user=chief@bangkok.go.th'])).toMatchObject({ user: 'chief@bangkok.go.th' });
    expect(() => parseArgs(['--user', 'chief'])).toThrow('--user must be an e-mail');
  });
});

describe('another person at the preview', () => {
  it('runs the next calls as them, the file still owned by its first user (who alone may verify here)', () => {
    const state = new PreviewState({ file: file(), demo: true });
    state.open();
    const asOwner = state.rpc('listMissions', [{}]) as { value?: { canVerify: boolean } };
    expect(asOwner).toMatchObject({ ok: true, value: { canVerify: true } });
    state.setUser('colleague@bangkok.go.th');
    const asColleague = state.rpc('listMissions', [{}]) as {
      value?: { canVerify: boolean; missions: { mine: boolean }[] };
    };
    expect(asColleague).toMatchObject({ ok: true, value: { canVerify: false } });
    expect(asColleague.value!.missions.some((m) => m.mine)).toBe(false);
  });
});

describe('the preview server', () => {
  it('serves the page, answers google.script.run on /rpc, and refuses requests from elsewhere', async () => {
    const preview = await startPreview({ file: file(), port: 0 });
    try {
      const page = await fetch(preview.url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await page.text()).toContain('<script src="/app.js"></script>');
      expect((await fetch(`${preview.url}app.js`)).status).toBe(200);

      const post = (route: string, body: unknown, headers: Record<string, string> = {}) =>
        fetch(`${preview.url}${route}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: JSON.stringify(body),
        });
      // GET / changed nothing: the page posts /open, which runs onOpen.
      expect(preview.state.view().menu).toBeNull();
      expect(await (await post('open', {})).json()).toEqual({ ok: true });
      expect(preview.state.view().menu?.items.length).toBeGreaterThan(0);
      expect(await (await post('menu', { functionName: 'setupSheets' })).json()).toEqual({ ok: true });
      const config = await (await post('rpc', { name: 'getFormConfig', args: [] })).json();
      expect(config).toMatchObject({ ok: true, value: { lang: 'th' } });
      const privateCall = await (await post('rpc', { name: 'setupSheets_', args: [] })).json();
      expect(privateCall).toMatchObject({ ok: false, error: { name: 'TypeError' } });

      expect((await post('reset', {}, { Origin: 'http://evil.example' })).status).toBe(403);
      const text = await fetch(`${preview.url}reset`, { method: 'POST', body: '{}' });
      expect(text.status).toBe(415);
      const state = await (await fetch(`${preview.url}state`)).json();
      expect(state.sheets.map((s: { name: string }) => s.name)).toContain('ภารกิจ');
      const sheetId = state.sheets.find((s: { name: string }) => s.name === 'ภารกิจ').sheetId;
      const grid = await (await fetch(`${preview.url}sheet/${sheetId}`)).json();
      expect(grid.cells[0][3].text).toBe('ชื่อภารกิจ');
      expect((await fetch(`${preview.url}sheet/12345`)).status).toBe(404);
      expect((await fetch(`${preview.url}panel/999`)).status).toBe(404);
    } finally {
      await preview.close();
    }
  });

  it('may be framed by its own page only (no clickjacking from another site)', async () => {
    const preview = await startPreview({ file: file(), port: 0 });
    try {
      await fetch(`${preview.url}open`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      for (const route of ['', 'state', 'app.js']) {
        const res = await fetch(`${preview.url}${route}`);
        expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
        expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
      }
    } finally {
      await preview.close();
    }
  });

  it('runs nothing on a GET: a cross-site <img src> cannot open the spreadsheet or close its sidebar', async () => {
    const preview = await startPreview({ file: file(), port: 0 });
    try {
      const post = (route: string, body: unknown) =>
        fetch(`${preview.url}${route}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
      await post('open', {});
      await post('menu', { functionName: 'showSidebar' });
      expect(preview.state.view().sidebar).not.toBeNull();
      const opened = preview.state.emu.callLog().length;
      for (const route of ['', 'state', 'favicon.ico']) await fetch(`${preview.url}${route}`);
      expect(preview.state.view().sidebar).not.toBeNull();
      expect(preview.state.emu.callLog().length).toBe(opened);
    } finally {
      await preview.close();
    }
  });

  it('answers 400, not a crash, to a body that is not a JSON object', async () => {
    const preview = await startPreview({ file: file(), port: 0 });
    try {
      for (const route of ['rpc', 'menu', 'panel/close', 'user', 'open']) {
        for (const body of ['null', '[]', '7', '"text"', '{']) {
          const res = await fetch(`${preview.url}${route}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body,
          });
          expect([route, body, res.status]).toEqual([route, body, 400]);
          expect(await res.json()).toMatchObject({ ok: false, error: expect.stringMatching(/JSON/) });
        }
      }
    } finally {
      await preview.close();
    }
  });

  it('answers 413 to a body over 10 MB, said in advance or sent in pieces, without resetting the connection', async () => {
    const preview = await startPreview({ file: file(), port: 0 });
    const request = (headers: Record<string, string | number>, send: (req: http.ClientRequest) => void) =>
      new Promise<number>((done, fail) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: preview.port,
            path: '/rpc',
            method: 'POST',
            headers: { 'Content-Type': 'application/json', ...headers },
          },
          (res) => {
            res.resume();
            done(res.statusCode ?? 0);
          },
        );
        req.on('error', fail);
        send(req);
      });
    try {
      const announced = await request({ 'Content-Length': 11 * 1024 * 1024 }, (req) => req.flushHeaders());
      expect(announced).toBe(413);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const streamed = await request({}, (req) => {
        for (let i = 0; i < 11; i++) req.write(chunk);
        req.end();
      });
      expect(streamed).toBe(413);
    } finally {
      await preview.close();
    }
  });

  it('keeps the add-on menu after Reset, as a spreadsheet opened again has it', async () => {
    const preview = await startPreview({ file: file(), port: 0, demo: true });
    try {
      const reset = await fetch(`${preview.url}reset`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(reset.status).toBe(200);
      const state = await (await fetch(`${preview.url}state`)).json();
      expect(state.menu.items.map((item: { caption?: string }) => item.caption)).toContain(
        'เปิดแบบฟอร์มบันทึกภารกิจ',
      );
    } finally {
      await preview.close();
    }
  });

  it('answers only to its own host name (no DNS rebinding)', async () => {
    const preview = await startPreview({ file: file(), port: 0 });
    try {
      const status = await new Promise<number>((done, fail) => {
        http
          .get(
            { host: '127.0.0.1', port: preview.port, path: '/state', headers: { Host: 'attacker.example' } },
            (res) => {
              res.resume();
              done(res.statusCode ?? 0);
            },
          )
          .on('error', fail);
      });
      expect(status).toBe(403);
    } finally {
      await preview.close();
    }
  });
});

describe('a menu item that fails', () => {
  it('is shown as an error alert, and the spreadsheet is still saved', () => {
    const state = new PreviewState({ file: file() });
    state.open();
    state.emu.ui.menus.at(-1)!.items.push({ caption: 'Broken', functionName: 'KR_COUNT' });
    expect(state.runMenu('KR_COUNT')).toMatchObject({ ok: false });
    expect(state.view().alerts.at(-1)).toMatchObject({ title: 'Error' });
    expect(state.view().alerts.at(-1)!.prompt).toContain('KR_COUNT');
  });
});
