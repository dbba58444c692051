// The preview's spreadsheet: build/Code.js in the emulator, saved to a JSON file after every change, the
// panels, alerts and toasts the page shows, and the demo data of `npm start -- --demo`.

import { basename, resolve } from 'node:path';
import {
  type CalendarDate,
  calendarDateAt,
  dateOfDayNumber,
  dayNumber,
  fiscalYearOf,
  fiscalYearRange,
  toIsoDate,
} from '../../src/core/dates/calendar';
import { formatThaiDate } from '../../src/core/dates/thaiDate';
import { COLUMNS, KINDS, SETTINGS_FIELDS, STATUSES, settingsFieldOf } from '../../src/core/log/vocabulary';
import { createEmulator, type Emulator, googleScriptShim } from '../emulator';
import type { SheetModel } from '../emulator/model';
import type { MenuEntry, RecordedMenu } from '../emulator/ui';
import { type CellReader, type GridModel, sheetGrid } from './render';

export type PreviewLang = 'th' | 'en';

export interface PreviewOptions {
  /** The JSON file the spreadsheet lives in (created when missing). */
  file: string;
  /** The user's language: 'th' (locale th_TH, the default) or 'en' (en_US). */
  lang?: PreviewLang;
  /** Start from the sample missions (and Reset goes back to them). */
  demo?: boolean;
  /** The bundle to run, default build/Code.js. */
  bundle?: string;
  userEmail?: string;
}

export type MenuView =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; title: string; items: MenuView[] };

export interface PanelView {
  id: number;
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  width: number | null;
  height: number | null;
}

export interface PreviewView {
  version: number;
  lang: PreviewLang;
  fileName: string;
  menu: { title: string; items: MenuView[] } | null;
  sheets: { sheetId: number; name: string; tabColor: string | null }[];
  activeSheetId: number;
  sidebar: PanelView | null;
  dialog: PanelView | null;
  /** Every alert and toast so far; the page shows those after the ones it has seen. */
  alerts: { index: number; title: string; prompt: string }[];
  toasts: { index: number; title: string; message: string; timeoutSeconds: number }[];
  alertCount: number;
  toastCount: number;
}

interface Panel extends PanelView {
  html: string;
}

export const ROOT = resolve(__dirname, '../..');
export const DEFAULT_BUNDLE = resolve(ROOT, 'build/Code.js');
/**
 * Where `npm start` keeps the spreadsheet (git-ignored): one file a language, and the demo's apart, so that
 * `--lang en` opens an English spreadsheet and `--demo` never replaces the one a person has been using.
 */
export function defaultFile(lang: PreviewLang, demo: boolean, folder = resolve(ROOT, '.preview')): string {
  return resolve(folder, `${demo ? 'demo' : 'spreadsheet'}-${lang}.json`);
}

export class PreviewState {
  emu!: Emulator;
  version = 0;
  readonly lang: PreviewLang;
  private readonly file: string;
  private readonly bundle: string;
  private panels: Panel[] = [];
  private nextPanelId = 1;
  private panelsSeen = 0;
  private sidebar: Panel | null = null;
  private dialog: Panel | null = null;
  /** Alerts and toasts of earlier emulators (before a reset) are not shown again. */
  private alerts: PreviewView['alerts'] = [];
  private toasts: PreviewView['toasts'] = [];
  private alertsSeen = 0;
  private toastsSeen = 0;

  constructor(private readonly options: PreviewOptions) {
    this.lang = options.lang ?? 'th';
    this.file = resolve(options.file);
    this.bundle = resolve(options.bundle ?? DEFAULT_BUNDLE);
    this.start(options.demo === true);
  }

  /** The file the spreadsheet is kept in, by name, for the page to say. */
  get fileLabel(): string {
    return basename(this.file);
  }

  /** Loads the saved spreadsheet (or a new one), or with `fresh` starts over: the demo, or an empty file. */
  private start(fresh: boolean): void {
    // Fresh: the old file stays until the new spreadsheet is saved over it in one rename, so a stop while the
    // demo is being seeded leaves the previous file, never none.
    this.emu = createEmulator({
      file: this.file,
      fresh,
      locale: this.lang === 'th' ? 'th_TH' : 'en_US',
      userEmail: this.options.userEmail ?? 'staff@bangkok.go.th',
      name: this.lang === 'th' ? 'KR Tracker (ตัวอย่าง)' : 'KR Tracker (preview)',
    });
    this.emu.load(this.bundle);
    this.panelsSeen = 0;
    this.alertsSeen = 0;
    this.toastsSeen = 0;
    this.sidebar = null;
    this.dialog = null;
    if (fresh && this.options.demo) {
      seedDemo(this.emu, this.lang);
      // What the demo's setup and build showed is not news to the page.
      this.panelsSeen = this.emu.ui.panels.length;
      this.alertsSeen = this.emu.ui.alerts.length;
      this.toastsSeen = this.emu.toasts().length;
    }
    this.emu.save();
    this.version++;
  }

  /** POST /user: someone else uses the spreadsheet from now on (the owner stays who created the file). */
  setUser(email: string): void {
    this.emu.setUser({ email });
    this.version++;
  }

  /**
   * POST /reset: an empty spreadsheet, or the demo's when the preview was started with --demo, opened as a
   * spreadsheet is reopened: onOpen runs, so the add-on's menu is there at once.
   */
  reset(): void {
    this.start(true);
    this.open();
  }

  /**
   * The page was loaded: the spreadsheet opens, so onOpen runs and panels close, as in Sheets. The preview's
   * user owns the file and has used the add-on, so the trigger runs in AuthMode.FULL (a collaborator who has
   * not would get AuthMode.NONE; the integration tests cover that).
   */
  open(): void {
    this.emu.runTrigger('onOpen', 'FULL');
    this.sidebar = null;
    this.dialog = null;
    this.collect();
  }

  /** A menu item: only a function of the add-on menu may be run this way. */
  runMenu(functionName: string): { ok: true } | { ok: false; error: string } {
    if (!menuFunctions(this.emu.ui.addonMenu()).includes(functionName)) {
      return { ok: false, error: `${functionName} is not an item of the add-on menu` };
    }
    try {
      this.emu.run(functionName);
      this.changed();
      return { ok: true };
    } catch (e) {
      this.changed();
      // Sheets reports a failed menu function in a message of its own; here it is an alert after the script's.
      const message =
        typeof e === 'object' && e !== null && 'message' in e ? String((e as Error).message) : String(e);
      this.alerts.push({ index: this.alerts.length, title: 'Error', prompt: message });
      return { ok: false, error: message };
    }
  }

  /**
   * The person types in a cell (or the formula bar) and presses Enter, or clicks a checkbox: the value goes in
   * as typed, as Sheets takes it (`=…` a formula, `12` a number, `15/1/2025` a date, a leading `'` text), under
   * the protections of the person at the preview; the formulas that read the cell, the summary's included,
   * are worked out again. A checkbox takes true or false.
   */
  editCell(
    sheetId: number,
    row: number,
    column: number,
    input: string | boolean,
  ): { ok: true } | { ok: false; error: string } {
    const sheet = this.emu.spreadsheet.getSheetById(sheetId);
    if (!sheet) return { ok: false, error: 'no such sheet' };
    if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1) {
      return { ok: false, error: 'row and column are whole numbers from 1' };
    }
    try {
      const cell = sheet.getRange(row, column);
      if (typeof input === 'boolean') cell.setValue(input);
      else if (input.startsWith('=')) cell.setFormula(input);
      else cell.setValue(input);
      return { ok: true };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    } finally {
      this.changed();
    }
  }

  /** google.script.run from a panel: the bridge's result object, and the spreadsheet saved. */
  rpc(name: string, args: unknown[]) {
    try {
      return this.emu.bridge.call(name, args);
    } finally {
      this.changed();
    }
  }

  closePanel(id: number): void {
    if (this.sidebar?.id === id) this.sidebar = null;
    if (this.dialog?.id === id) this.dialog = null;
  }

  private changed(): void {
    this.collect();
    this.emu.save();
    this.version++;
  }

  /** Picks up what the last execution showed: the newest sidebar replaces the old one; dialogs likewise. */
  private collect(): void {
    const recorded = this.emu.ui.panels;
    for (; this.panelsSeen < recorded.length; this.panelsSeen++) {
      const p = recorded[this.panelsSeen]!;
      const panel: Panel = {
        id: this.nextPanelId++,
        kind: p.kind,
        title: p.title,
        width: p.width ?? null,
        height: p.height ?? null,
        html: p.html,
      };
      this.panels.push(panel);
      if (this.panels.length > 20) this.panels.shift();
      if (panel.kind === 'sidebar') this.sidebar = panel;
      else this.dialog = panel;
    }
    const alerts = this.emu.ui.alerts;
    for (; this.alertsSeen < alerts.length; this.alertsSeen++) {
      const a = alerts[this.alertsSeen]!;
      this.alerts.push({ index: this.alerts.length, title: a.title, prompt: a.prompt });
    }
    const toasts = this.emu.toasts();
    for (; this.toastsSeen < toasts.length; this.toastsSeen++) {
      const t = toasts[this.toastsSeen]!;
      this.toasts.push({
        index: this.toasts.length,
        title: t.title,
        message: t.message,
        timeoutSeconds: t.timeoutSeconds,
      });
    }
  }

  view(since: { alerts?: number; toasts?: number } = {}): PreviewView {
    const book = this.emu.model;
    const menu = this.emu.ui.addonMenu();
    const panelView = (p: Panel | null): PanelView | null =>
      p && { id: p.id, kind: p.kind, title: p.title, width: p.width, height: p.height };
    return {
      version: this.version,
      lang: this.lang,
      fileName: book.name,
      menu: menu ? { title: menu.title, items: menu.items.map(menuView) } : null,
      sheets: book.sheets
        .filter((s) => !s.hidden)
        .map((s) => ({ sheetId: s.sheetId, name: s.name, tabColor: s.tabColor })),
      activeSheetId: book.activeSheet()?.sheetId ?? 0,
      sidebar: panelView(this.sidebar),
      dialog: panelView(this.dialog),
      alerts: this.alerts.slice(since.alerts ?? 0),
      toasts: this.toasts.slice(since.toasts ?? 0),
      alertCount: this.alerts.length,
      toastCount: this.toasts.length,
    };
  }

  /** The grid of a sheet (by id), or undefined. */
  grid(sheetId: number): GridModel | undefined {
    const model = this.emu.model.sheetById(sheetId);
    if (!model) return undefined;
    return sheetGrid(model, this.reader(model));
  }

  private reader(model: SheetModel): CellReader {
    const api = (m: SheetModel) =>
      this.emu.spreadsheet.getSheets().find((s) => s.getSheetId() === m.sheetId)!;
    const sheet = api(model);
    return {
      displayValues: (rows, columns) => sheet.getRange(1, 1, rows, columns).getDisplayValues(),
      values: (rows, columns) => sheet.getRange(1, 1, rows, columns).getValues(),
      error: (row, column) =>
        this.emu.cellError(`'${model.name.replace(/'/g, "''")}'!${a1(row + 1, column + 1)}`),
      lastRow: () => sheet.getLastRow(),
      conditionalLook: (row, column) =>
        this.emu.conditionalFormat(`'${model.name.replace(/'/g, "''")}'!${a1(row + 1, column + 1)}`),
      chartRange: (chart, index) => {
        const range = chart.ranges[index];
        const source = range && this.emu.model.sheetById(range.sheetId);
        if (!range || !source) return undefined;
        const block = api(source).getRange(
          range.rect.row + 1,
          range.rect.column + 1,
          range.rect.numRows,
          range.rect.numColumns,
        );
        return { values: block.getValues(), display: block.getDisplayValues() };
      },
    };
  }

  /**
   * A panel's page exactly as the server function made it, with google.script.run (posting to /rpc) injected
   * at the start of <head>, and a note to the parent page after each call so it redraws the grid.
   */
  panelHtml(id: number): string | undefined {
    const panel = this.panels.find((p) => p.id === id);
    return panel ? injectShim(panel.html) : undefined;
  }
}

/** After each google.script.run call has been answered, the parent page is told to redraw. */
const REFRESH_HOOK = `(function () {
  var send = window.fetch.bind(window);
  window.fetch = function (url, init) {
    var reply = send(url, init);
    if (String(url) === '/rpc') {
      var tell = function () { window.parent.postMessage({ type: 'kr-refresh' }, window.location.origin); };
      reply.then(function () { setTimeout(tell, 0); }, tell);
    }
    return reply;
  };
})();`;

export function injectShim(html: string): string {
  const scripts = `<script>${googleScriptShim({ endpoint: '/rpc' })}</script><script>${REFRESH_HOOK}</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head)
    return html.slice(0, head.index + head[0].length) + scripts + html.slice(head.index + head[0].length);
  return scripts + html;
}

function a1(row: number, column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
}

function menuView(entry: MenuEntry): MenuView {
  if ('separator' in entry) return { kind: 'separator' };
  if ('submenu' in entry) {
    return { kind: 'submenu', title: entry.submenu.title, items: entry.submenu.items.map(menuView) };
  }
  return { kind: 'item', caption: entry.caption, functionName: entry.functionName };
}

export function menuFunctions(menu: RecordedMenu | undefined): string[] {
  const names: string[] = [];
  const walk = (items: MenuEntry[]) => {
    for (const item of items) {
      if ('functionName' in item) names.push(item.functionName);
      else if ('submenu' in item) walk(item.submenu.items);
    }
  };
  if (menu) walk(menu.items);
  return names;
}

// -----------------------------------------------------------------------------------------------------------
// Demo data: invented missions of FY 2568 (organisations, never people's names).

interface DemoMission {
  date: string;
  kind: (typeof KINDS)[number]['key'];
  title: { th: string; en: string };
  counterpart: string;
  country: { th: string; en: string };
  place: { th: string; en: string };
  lead: { th: string; en: string };
  status: 'done' | 'planned' | 'cancelled';
  steps: boolean[];
  evidence?: string;
  notes?: { th: string; en: string };
}

const CITY_HALL = { th: 'ศาลาว่าการกรุงเทพมหานคร (เสาชิงช้า)', en: 'Bangkok City Hall, Sao Chingcha' };
const CITY_HALL_2 = { th: 'ศาลาว่าการกรุงเทพมหานคร 2 (ดินแดง)', en: 'Bangkok City Hall 2, Din Daeng' };
const GOVERNOR = { th: 'ผู้ว่าราชการกรุงเทพมหานคร', en: 'Governor of Bangkok' };
const DEPUTY = { th: 'รองผู้ว่าราชการกรุงเทพมหานคร', en: 'Deputy Governor of Bangkok' };
const DIRECTOR = { th: 'ผู้อำนวยการสำนักงานการต่างประเทศ', en: 'Director, International Affairs Office' };
const ALL = [true, true, true, true, true];

export const DEMO_MISSIONS: readonly DemoMission[] = [
  {
    date: '2024-10-17',
    kind: 'courtesy_call',
    title: {
      th: 'การเยี่ยมคารวะผู้ว่าราชการกรุงเทพมหานครโดยนายกเทศมนตรีเมืองฟุกุโอกะ',
      en: 'Courtesy call on the Governor by the Mayor of Fukuoka',
    },
    counterpart: 'Fukuoka City',
    country: { th: 'ญี่ปุ่น', en: 'Japan' },
    place: CITY_HALL,
    lead: GOVERNOR,
    status: 'done',
    steps: ALL,
    evidence: 'https://example.org/kr/2568/fukuoka-courtesy-call',
  },
  {
    date: '2024-11-07',
    kind: 'reception',
    title: {
      th: 'การต้อนรับคณะผู้แทนรัฐบาลกรุงโซล',
      en: 'Reception of a delegation of the Seoul Metropolitan Government',
    },
    counterpart: 'Seoul Metropolitan Government',
    country: { th: 'เกาหลีใต้', en: 'Republic of Korea' },
    place: CITY_HALL_2,
    lead: DEPUTY,
    status: 'done',
    steps: [true, true, true, true, false],
    evidence: 'https://example.org/kr/2568/seoul-delegation',
  },
  {
    date: '2024-12-12',
    kind: 'key_to_city',
    title: {
      th: 'พิธีมอบกุญแจเมืองแก่นายกเทศมนตรีเมืองลูเมเรีย',
      en: 'Key to the city for the Mayor of the City of Lumeria',
    },
    counterpart: 'City of Lumeria',
    country: { th: 'โปรตุเกส', en: 'Portugal' },
    place: CITY_HALL,
    lead: GOVERNOR,
    status: 'done',
    steps: ALL,
    evidence: 'https://example.org/kr/2568/lumeria-key',
    notes: { th: 'เมืองสมมุติสำหรับข้อมูลตัวอย่าง', en: 'An invented city for the sample data' },
  },
  {
    date: '2025-01-21',
    kind: 'agreement_signing',
    title: {
      th: 'การลงนามบันทึกความเข้าใจด้านการจัดการน้ำกับสภาเมืองบริสเบน',
      en: 'Signing of an MoU on water management with Brisbane City Council',
    },
    counterpart: 'Brisbane City Council',
    country: { th: 'ออสเตรเลีย', en: 'Australia' },
    place: CITY_HALL,
    lead: GOVERNOR,
    status: 'done',
    steps: ALL,
    evidence: 'https://example.org/kr/2568/brisbane-mou',
  },
  {
    date: '2025-02-18',
    kind: 'speech',
    title: {
      th: 'การกล่าวสุนทรพจน์ในการประชุมเครือข่ายเมืองอัจฉริยะอาเซียน',
      en: 'Speech at the ASEAN Smart Cities Network meeting',
    },
    counterpart: 'ASEAN Smart Cities Network',
    country: { th: 'หลายประเทศ', en: 'Several countries' },
    place: { th: 'ศูนย์การประชุมแห่งชาติสิริกิติ์', en: 'Queen Sirikit National Convention Center' },
    lead: DEPUTY,
    status: 'done',
    steps: [true, true, true, false, false],
    evidence: 'https://example.org/kr/2568/ascn-speech',
  },
  {
    date: '2025-03-25',
    kind: 'welcome_ceremony',
    title: {
      th: 'พิธีต้อนรับอย่างเป็นทางการคณะผู้แทนกรุงบูดาเปสต์',
      en: 'Official welcome ceremony for the delegation of Budapest',
    },
    counterpart: 'Municipality of Budapest',
    country: { th: 'ฮังการี', en: 'Hungary' },
    place: CITY_HALL,
    lead: GOVERNOR,
    status: 'done',
    steps: ALL,
    evidence: 'https://example.org/kr/2568/budapest-welcome',
  },
  {
    date: '2025-04-10',
    kind: 'reception',
    title: {
      th: 'การต้อนรับคณะผู้แทนกรุงพนมเปญ',
      en: 'Reception of a delegation of the Phnom Penh Capital Administration',
    },
    counterpart: 'Phnom Penh Capital Administration',
    country: { th: 'กัมพูชา', en: 'Cambodia' },
    place: CITY_HALL_2,
    lead: DIRECTOR,
    status: 'cancelled',
    steps: [true, false, false, false, false],
    notes: { th: 'เลื่อนการเดินทางโดยฝ่ายผู้มาเยือน', en: 'Postponed by the visitors' },
  },
  {
    date: '2025-05-22',
    kind: 'courtesy_call',
    title: {
      th: 'การเยี่ยมคารวะโดยรองประธานคณะกรรมการประชาชนกรุงฮานอย',
      en: "Courtesy call by the Vice Chair of the Hanoi People's Committee",
    },
    counterpart: "Hanoi People's Committee",
    country: { th: 'เวียดนาม', en: 'Viet Nam' },
    place: CITY_HALL,
    lead: DEPUTY,
    status: 'done',
    steps: [true, true, true, true, false],
    evidence: 'https://example.org/kr/2568/hanoi-courtesy-call',
  },
  {
    date: '2025-06-16',
    kind: 'reception',
    title: {
      th: 'การต้อนรับคณะผู้แทนเทศบาลเมืองอาราเวล',
      en: 'Reception of a delegation of the Aravel Municipality',
    },
    counterpart: 'Aravel Municipality',
    country: { th: 'ชิลี', en: 'Chile' },
    place: CITY_HALL_2,
    lead: DIRECTOR,
    status: 'done',
    steps: [true, true, false, false, false],
    notes: { th: 'เมืองสมมุติสำหรับข้อมูลตัวอย่าง', en: 'An invented city for the sample data' },
  },
  {
    date: '2025-08-20',
    kind: 'agreement_signing',
    title: {
      th: 'การลงนามข้อตกลงเมืองพี่เมืองน้องกับเมืองพอร์ตโซแลนน์',
      en: 'Signing of a sister-city agreement with Port Solenne',
    },
    counterpart: 'City of Port Solenne',
    country: { th: 'แคนาดา', en: 'Canada' },
    place: CITY_HALL,
    lead: GOVERNOR,
    status: 'planned',
    steps: [true, false, false, false, false],
  },
  {
    date: '2025-09-09',
    kind: 'speech',
    title: {
      th: 'การกล่าวสุนทรพจน์ในการประชุมนายกเทศมนตรีเมืองหลวงเอเชีย',
      en: 'Speech at the Asian capital cities mayors forum',
    },
    counterpart: 'Asian Network of Major Cities 21',
    country: { th: 'หลายประเทศ', en: 'Several countries' },
    place: { th: 'โรงแรมในกรุงเทพมหานคร', en: 'A hotel in Bangkok' },
    lead: GOVERNOR,
    status: 'done',
    steps: ALL,
    evidence: 'https://example.org/kr/2568/anmc21-speech',
  },
];

/** One row typed by hand: no ID, a Thai text date (moved like the others), the kind and status as Thai labels. */
const HAND_TYPED = {
  date: '2025-03-12',
  kind: 'courtesy_call',
  title: {
    th: 'การเยี่ยมคารวะโดยคณะผู้แทนรัฐบาลจังหวัดจาการ์ตา',
    en: 'Courtesy call by a delegation of the Jakarta Provincial Government',
  },
  counterpart: 'Jakarta Provincial Government',
  country: { th: 'อินโดนีเซีย', en: 'Indonesia' },
  place: CITY_HALL,
  lead: DIRECTOR,
  status: 'done',
} as const;

/** The demo's missions are written for FY 2568: the first day of that year. */
const DEMO_YEAR_START = Date.UTC(2024, 9, 1);
const DAY = 86_400_000;

/**
 * A day of the demo moved into the current fiscal year, keeping its place in the year but squeezed into the
 * part of it gone by, so that every mission has happened by today and the demo counts as of now.
 */
export function demoDay(iso: string, today: Date): CalendarDate {
  const now = calendarDateAt(today);
  const { start } = fiscalYearRange(fiscalYearOf(now));
  const share = (Date.parse(`${iso}T00:00:00Z`) - DEMO_YEAR_START) / (365 * DAY);
  const gone = dayNumber(now) - dayNumber(start);
  return dateOfDayNumber(dayNumber(start) + Math.floor(share * gone));
}

/**
 * Fills a new spreadsheet: setup, Settings' fiscal year left blank (the current one), the missions spread over
 * the months of it so far, one hand-typed row, the summary.
 */
export function seedDemo(emu: Emulator, lang: PreviewLang, today = new Date()): void {
  emu.run('setupSheets');
  const settings = emu.spreadsheet
    .getSheets()
    .find((s) => ['ตั้งค่า', 'settings'].includes(s.getName().trim().toLowerCase()));
  if (!settings) throw new Error('Preview demo: setupSheets made no Settings tab');
  const labels = settings.getDataRange().getValues();
  const fiscalRow = labels.findIndex((row) => settingsFieldOf(row[0]) === 'fiscalYear');
  if (fiscalRow < 0) {
    const names = SETTINGS_FIELDS.map((f) => f[lang]).join(', ');
    throw new Error(`Preview demo: no fiscal-year row in Settings (${names})`);
  }
  settings.getRange(fiscalRow + 1, 2).setValue('');

  for (const m of DEMO_MISSIONS) {
    const input = {
      date: toIsoDate(demoDay(m.date, today)),
      kind: m.kind,
      title: m.title[lang],
      counterpart: m.counterpart,
      country: m.country[lang],
      place: m.place[lang],
      lead: m.lead[lang],
      status: m.status,
      steps: m.steps,
      evidence: m.evidence ?? '',
      notes: m.notes?.[lang] ?? '',
    };
    const result = emu.bridge.run('submitMission', [input]) as { ok: boolean; errors?: unknown };
    if (!result?.ok)
      throw new Error(`Preview demo: submitMission refused ${m.title.en}: ${JSON.stringify(result)}`);
  }

  const log = emu.spreadsheet
    .getSheets()
    .find((s) => ['ภารกิจ', 'missions'].includes(s.getName().trim().toLowerCase()));
  if (!log) throw new Error('Preview demo: setupSheets made no mission log');
  const header = log.getRange(1, 1, 1, log.getLastColumn()).getValues()[0] ?? [];
  const row = header.map((title) => {
    const column = COLUMNS.find((c) => c.th === title || c.en === title);
    switch (column?.key) {
      case 'date':
        return formatThaiDate(demoDay(HAND_TYPED.date, today));
      case 'kind':
        return KINDS.find((k) => k.key === HAND_TYPED.kind)![lang];
      case 'title':
        return HAND_TYPED.title[lang];
      case 'counterpart':
        return HAND_TYPED.counterpart;
      case 'country':
        return HAND_TYPED.country[lang];
      case 'place':
        return HAND_TYPED.place[lang];
      case 'lead':
        return HAND_TYPED.lead[lang];
      case 'status':
        return STATUSES.find((s) => s.key === HAND_TYPED.status)![lang];
      case 'step1':
      case 'step2':
      case 'step3':
        return true;
      case 'step4':
      case 'step5':
      case 'verified':
        return false;
      default:
        return '';
    }
  });
  log.getRange(log.getLastRow() + 1, 1, 1, row.length).setValues([row]);
  emu.run('buildSummary');
}
