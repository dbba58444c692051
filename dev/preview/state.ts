// The preview's spreadsheet: build/Code.js in the emulator, saved to a JSON file after every change, and the
// panels, alerts and toasts the page shows (the demo of `npm start -- --demo` is in demoData.ts).

import { basename, resolve } from 'node:path';
import { a1 } from '../../src/core/log/a1';
import { createEmulator, type Emulator, googleScriptShim } from '../emulator';
import type { SheetModel } from '../emulator/model';
import type { MenuEntry, RecordedMenu } from '../emulator/ui';
import { seedDemo } from './demoData';
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
