/// <reference lib="dom" />
// The preview page's script (bundled by esbuild when the server starts): draws the state the server reports:
// the add-on menu, the sheet tabs and grids, the charts, the sidebar, dialogs, alerts and toasts.
// Cell text is user data: it only ever goes in with textContent. The chart SVG comes from render.ts, which
// escapes every text it writes.

import { columnLetters } from '../../src/core/log/a1';
import type { ChromeText } from './page';
import type { GridCell, GridModel } from './render';
import type { MenuView, PanelView, PreviewView } from './state';

const t = JSON.parse(document.getElementById('chrome-text')?.textContent ?? '{}') as ChromeText;

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`preview page: no #${id}`);
  return element as T;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  return node;
}

function say(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: 'no-store' });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok && res.status !== 400) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

// -----------------------------------------------------------------------------------------------------------
// State.

let view: PreviewView | undefined;
let currentSheetId: number | undefined;
let lastActiveSheetId: number | undefined;
let alertsSeen = -1;
let toastsSeen = -1;
let selected: { row: number; column: number } | undefined;
let grid: GridModel | undefined;
const alertQueue: { title: string; prompt: string }[] = [];

let refreshing: Promise<void> | undefined;
let again = false;

/** Redraws from the server; calls made while one runs are folded into one more run. */
function refresh(): Promise<void> {
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      again = false;
      try {
        await refreshOnce();
      } catch (e) {
        showToast(t.error, say(t.failed, { error: e instanceof Error ? e.message : String(e) }), 8);
      }
    } while (again);
  })().finally(() => {
    refreshing = undefined;
  });
  return refreshing;
}

async function refreshOnce(): Promise<void> {
  const since = alertsSeen >= 0 ? `?alerts=${alertsSeen}&toasts=${toastsSeen}` : '';
  const next = await getJson<PreviewView>(`/state${since}`);
  view = next;
  byId('file-name').textContent = next.fileName;
  document.title = `${next.fileName} – KR Tracker preview`;
  renderMenu(next);
  // Follow the spreadsheet's active sheet when a script changed it (buildSummary activates the summary).
  if (next.activeSheetId !== lastActiveSheetId) {
    lastActiveSheetId = next.activeSheetId;
    currentSheetId = next.activeSheetId;
  }
  if (!next.sheets.some((s) => s.sheetId === currentSheetId)) currentSheetId = next.sheets[0]?.sheetId;
  renderTabs(next);
  renderSidebar(next.sidebar);
  renderDialog(next.dialog);
  if (alertsSeen < 0) {
    alertsSeen = next.alertCount;
    toastsSeen = next.toastCount;
  } else {
    for (const alert of next.alerts) alertQueue.push(alert);
    for (const toast of next.toasts) showToast(toast.title, toast.message, toast.timeoutSeconds);
    alertsSeen = next.alertCount;
    toastsSeen = next.toastCount;
    showNextAlert();
  }
  await renderSheet();
  document.body.dataset['version'] = String(next.version);
}

// -----------------------------------------------------------------------------------------------------------
// Menu.

const extensionsButton = byId<HTMLButtonElement>('menu-extensions');
const extensionsMenu = byId('extensions-menu');

function closeMenus(): void {
  extensionsMenu.hidden = true;
  extensionsButton.setAttribute('aria-expanded', 'false');
  extensionsMenu.querySelectorAll<HTMLElement>('.submenu').forEach((sub) => {
    sub.hidden = true;
  });
}

extensionsButton.addEventListener('click', (event) => {
  event.stopPropagation();
  const open = extensionsMenu.hidden;
  closeMenus();
  extensionsMenu.hidden = !open;
  extensionsButton.setAttribute('aria-expanded', String(open));
});
document.addEventListener('click', (event) => {
  if (!extensionsMenu.contains(event.target as Node)) closeMenus();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeMenus();
});

function renderMenu(state: PreviewView): void {
  const items: HTMLElement[] = [];
  if (!state.menu) {
    items.push(el('div', { className: 'empty', text: t.noAddonMenu }));
  } else {
    items.push(submenu(state.menu.title, state.menu.items, 'menu-addon'));
  }
  extensionsMenu.replaceChildren(...items);
}

function submenu(title: string, entries: MenuView[], id?: string): HTMLElement {
  const root = el('div', { className: 'submenu-root' });
  const button = el('button', {
    text: title,
    attrs: { type: 'button', role: 'menuitem', 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
  });
  if (id) button.id = id;
  button.append(el('span', { text: '▸', attrs: { 'aria-hidden': 'true' } }));
  const list = el('div', { className: 'dropdown submenu', attrs: { role: 'menu' } });
  list.hidden = true;
  for (const entry of entries) list.append(menuEntry(entry));
  const open = (show: boolean) => {
    list.hidden = !show;
    button.setAttribute('aria-expanded', String(show));
  };
  // Hover opens it, as in Sheets; a click (or Enter) opens it too and never closes it under the pointer.
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    open(true);
  });
  root.addEventListener('mouseenter', () => open(true));
  root.append(button, list);
  return root;
}

function menuEntry(entry: MenuView): HTMLElement {
  if (entry.kind === 'separator') return el('hr');
  if (entry.kind === 'submenu') return submenu(entry.title, entry.items);
  const item = el('button', {
    text: entry.caption,
    attrs: { type: 'button', role: 'menuitem', 'data-function': entry.functionName },
  });
  item.addEventListener('click', (event) => {
    event.stopPropagation();
    closeMenus();
    void runMenu(entry.functionName);
  });
  return item;
}

async function runMenu(functionName: string): Promise<void> {
  try {
    await postJson('/menu', { functionName });
  } finally {
    await refresh();
  }
}

// -----------------------------------------------------------------------------------------------------------
// Reset: two clicks, so one stray click erases nothing.

const resetButton = byId<HTMLButtonElement>('reset');
let resetArmed: number | undefined;
resetButton.addEventListener('click', () => {
  if (resetArmed === undefined) {
    resetButton.textContent = t.resetConfirm;
    resetButton.classList.add('armed');
    resetArmed = window.setTimeout(disarm, 4000);
    return;
  }
  disarm();
  void postJson('/reset', {}).then(() => {
    lastActiveSheetId = undefined;
    return refresh();
  });
});
function disarm(): void {
  if (resetArmed !== undefined) window.clearTimeout(resetArmed);
  resetArmed = undefined;
  resetButton.textContent = t.reset;
  resetButton.classList.remove('armed');
}

// -----------------------------------------------------------------------------------------------------------
// Tabs and the grid.

function renderTabs(state: PreviewView): void {
  const tabs = state.sheets.map((sheet) => {
    const tab = el('button', {
      className: 'tab',
      text: sheet.name,
      attrs: {
        type: 'button',
        role: 'tab',
        'data-sheet-id': String(sheet.sheetId),
        'aria-selected': String(sheet.sheetId === currentSheetId),
      },
    });
    if (sheet.tabColor) tab.style.borderBottomColor = sheet.tabColor;
    tab.addEventListener('click', () => {
      currentSheetId = sheet.sheetId;
      selected = undefined;
      if (view) renderTabs(view);
      void renderSheet();
    });
    return tab;
  });
  byId('tabs').replaceChildren(...tabs);
}

async function renderSheet(): Promise<void> {
  if (currentSheetId === undefined) {
    byId('grid').replaceChildren();
    byId('chart-layer').replaceChildren();
    return;
  }
  const model = await getJson<GridModel>(`/sheet/${currentSheetId}`);
  if (model.sheetId !== currentSheetId) return; // the user moved on meanwhile
  grid = model;
  drawGrid(model);
  drawCharts(model);
  const note = byId('grid-note');
  note.hidden = !model.truncated;
  note.textContent = model.truncated ? say(t.truncated, { shown: model.rows, total: model.lastRow }) : '';
  showSelection();
}

function applyLook(td: HTMLTableCellElement, cell: GridCell): void {
  const look = cell.look;
  if (!look) return;
  const s = td.style;
  if (look.bold) s.fontWeight = 'bold';
  if (look.italic) s.fontStyle = 'italic';
  if (look.fontSize) {
    s.fontSize = `${Math.round(look.fontSize * 1.333)}px`; // points → pixels
    s.lineHeight = 'normal'; // the row grows with the text, as in Sheets
  }
  if (look.color) s.color = look.color;
  if (look.background) s.backgroundColor = look.background;
  if (look.align) s.textAlign = look.align;
  if (look.verticalAlign) s.verticalAlign = look.verticalAlign;
  if (look.line) s.textDecoration = look.line;
  if (look.fontFamily) s.fontFamily = `${look.fontFamily}, Arial, sans-serif`;
  if (look.wrap) td.classList.add('wrap');
}

function drawGrid(model: GridModel): void {
  const table = el('table', { className: 'grid', attrs: { id: 'grid', 'data-sheet': model.name } });
  // A fixed layout needs the table's width: the columns then keep their widths whatever the text.
  table.style.width = `${model.columnWidths.reduce((a, b) => a + b, 46)}px`;
  const colgroup = el('colgroup');
  colgroup.append(el('col', { attrs: { style: 'width:46px' } }));
  for (const width of model.columnWidths) {
    const col = el('col');
    col.style.width = `${width}px`;
    colgroup.append(col);
  }
  const head = el('thead');
  const letters = el('tr');
  letters.append(el('th', { className: 'corner row-head' }));
  for (let c = 1; c <= model.columns; c++) letters.append(el('th', { text: columnLetters(c) }));
  head.append(letters);
  const body = el('tbody');
  model.cells.forEach((cells, r) => {
    const tr = el('tr');
    if (r < model.frozenRows) tr.classList.add('frozen');
    if (r === model.frozenRows - 1) tr.classList.add('last-frozen');
    const height = model.rowHeights[r];
    if (height) tr.style.height = `${height}px`;
    tr.append(el('th', { className: 'row-head', text: String(r + 1) }));
    cells.forEach((cell, c) => {
      if (cell.covered) return;
      const td = el('td', { attrs: { 'data-a1': `${columnLetters(c + 1)}${r + 1}` } });
      if (cell.rowSpan) td.rowSpan = cell.rowSpan;
      if (cell.colSpan) td.colSpan = cell.colSpan;
      applyLook(td, cell);
      if (cell.checked !== undefined) {
        td.classList.add('checkbox');
        const box = el('input', { attrs: { type: 'checkbox', tabindex: '-1', 'aria-label': cell.text } });
        box.checked = cell.checked;
        // A click ticks or unticks it, as in Sheets: the cell takes the new value, and the page redraws.
        box.addEventListener('click', (event) => {
          event.preventDefault();
          select(r, c);
          void writeCell(r, c, !cell.checked);
        });
        td.append(box);
      } else if (cell.text !== '') {
        const span = el('span', { className: 'text', text: cell.text });
        td.append(span);
        spill(td, span, model, cells, c);
      }
      const tips: string[] = [];
      if (cell.error) {
        td.classList.add('error');
        tips.push(cell.error);
      }
      if (cell.note) {
        td.classList.add('note');
        tips.push(cell.note);
      }
      if (tips.length) td.title = tips.join('\n\n');
      td.addEventListener('click', () => select(r, c));
      td.addEventListener('dblclick', () => {
        select(r, c);
        startEditing();
      });
      tr.append(td);
    });
    body.append(tr);
  });
  table.append(colgroup, head, body);
  byId('grid').replaceWith(table);
  stickFrozenRows(table, model.frozenRows);
}

/** Text runs over empty cells to its right, as in Sheets, and is cut at the first cell holding something. */
function spill(
  td: HTMLTableCellElement,
  span: HTMLElement,
  model: GridModel,
  cells: GridCell[],
  c: number,
): void {
  const cell = cells[c]!;
  const align = cell.look?.align ?? 'left';
  if (cell.look?.wrap || align !== 'left' || cell.colSpan) return;
  let width = model.columnWidths[c] ?? 100;
  for (let n = c + 1; n < cells.length && n < c + 12; n++) {
    const next = cells[n]!;
    if (next.text !== '' || next.checked !== undefined || next.covered) break;
    width += model.columnWidths[n] ?? 100;
  }
  if (width === model.columnWidths[c]) return;
  td.classList.add('spill');
  span.style.width = `${width - 7}px`;
}

/** Frozen rows stay under the column letters while the grid scrolls. */
function stickFrozenRows(table: HTMLTableElement, frozen: number): void {
  if (!frozen) return;
  let top = table.tHead?.rows[0]?.getBoundingClientRect().height ?? 21;
  const rows = table.tBodies[0]?.rows;
  for (let r = 0; r < frozen && rows && r < rows.length; r++) {
    const tr = rows[r]!;
    for (const cell of Array.from(tr.cells)) cell.style.top = `${top}px`;
    top += tr.getBoundingClientRect().height;
  }
}

function select(row: number, column: number): void {
  selected = { row, column };
  showSelection();
}

function showSelection(): void {
  document.querySelectorAll('.grid td.selected').forEach((old) => {
    old.classList.remove('selected');
  });
  const { row, column } = selected ?? { row: 0, column: 0 };
  const a1 = `${columnLetters(column + 1)}${row + 1}`;
  byId('name-box').textContent = a1;
  const cell = grid?.cells[row]?.[column];
  if (document.activeElement !== formulaBar) formulaBar.value = cell ? inputOf(cell) : '';
  if (selected) document.querySelector(`.grid td[data-a1="${a1}"]`)?.classList.add('selected');
}

// -----------------------------------------------------------------------------------------------------------
// Typing in the grid: a cell's editor (double-click, Enter, F2 or a key typed) or the formula bar, Enter to
// write the value as typed, Escape to leave it, arrows, Tab and Enter to move. Every write goes to the
// emulator (POST /cell), so the formulas, the summary and the custom functions follow as in Sheets.

const formulaBar = byId<HTMLInputElement>('formula');
let editor: { row: number; column: number; input: HTMLInputElement } | undefined;

/** What a cell's editor starts from: its formula, or the value as shown. */
function inputOf(cell: GridCell): string {
  return cell.formula ?? (cell.checked !== undefined ? String(cell.checked).toUpperCase() : cell.text);
}

async function writeCell(row: number, column: number, input: string | boolean): Promise<void> {
  if (currentSheetId === undefined) return;
  const answer = await postJson<{ ok: boolean; error?: string }>('/cell', {
    sheetId: currentSheetId,
    row: row + 1,
    column: column + 1,
    input,
  });
  if (!answer.ok) {
    alertQueue.push({ title: t.error, prompt: answer.error ?? '' });
    showNextAlert();
  }
  await refresh();
}

/** Moves the selection by rows and columns, inside the grid. */
function move(rows: number, columns: number): void {
  if (!grid) return;
  const { row, column } = selected ?? { row: 0, column: 0 };
  select(
    Math.min(Math.max(row + rows, 0), grid.cells.length - 1),
    Math.min(Math.max(column + columns, 0), grid.columns - 1),
  );
  document.querySelector(`.grid td.selected`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function startEditing(typed?: string): void {
  if (!grid || editor) return;
  const { row, column } = selected ?? { row: 0, column: 0 };
  const cell = grid.cells[row]?.[column];
  if (cell?.checked !== undefined && typed === undefined) {
    void writeCell(row, column, !cell.checked);
    return;
  }
  const a1 = `${columnLetters(column + 1)}${row + 1}`;
  const td = document.querySelector<HTMLElement>(`.grid td[data-a1="${a1}"]`);
  if (!td) return;
  const input = el('input', {
    className: 'cell-editor',
    attrs: { type: 'text', spellcheck: 'false', 'aria-label': say(t.cellEditor, { cell: a1 }) },
  });
  input.value = typed ?? (cell ? inputOf(cell) : '');
  td.classList.add('editing');
  td.append(input);
  editor = { row, column, input };
  formulaBar.value = input.value;
  input.addEventListener('input', () => {
    formulaBar.value = input.value;
  });
  input.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      void finishEditing(true, event.shiftKey ? -1 : 1, 0);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      void finishEditing(true, 0, event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      void finishEditing(false, 0, 0);
    }
  });
  // Clicking elsewhere keeps what was typed, as Sheets does.
  input.addEventListener('blur', () => {
    if (editor?.input === input) void finishEditing(true, 0, 0);
  });
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
}

async function finishEditing(keep: boolean, rows: number, columns: number): Promise<void> {
  const done = editor;
  editor = undefined;
  if (!done) return;
  const cell = grid?.cells[done.row]?.[done.column];
  const before = cell ? inputOf(cell) : '';
  done.input.parentElement?.classList.remove('editing');
  done.input.remove();
  if (keep && done.input.value !== before) await writeCell(done.row, done.column, done.input.value);
  else showSelection();
  move(rows, columns);
}

formulaBar.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && selected) {
    event.preventDefault();
    const { row, column } = selected;
    formulaBar.blur();
    void writeCell(row, column, formulaBar.value);
  } else if (event.key === 'Escape') {
    event.preventDefault();
    formulaBar.blur();
    showSelection();
  }
});

document.addEventListener('keydown', (event) => {
  if (editor || !grid || !selected) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, button, [contenteditable="true"]')) return;
  if (!alertOverlay.hidden) return;
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  const step = moves[event.key];
  if (step) {
    event.preventDefault();
    move(step[0], step[1]);
  } else if (event.key === 'Tab') {
    event.preventDefault();
    move(0, event.shiftKey ? -1 : 1);
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    startEditing();
  } else if (event.key === ' ' && grid.cells[selected.row]?.[selected.column]?.checked !== undefined) {
    event.preventDefault();
    startEditing();
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    void writeCell(selected.row, selected.column, '');
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    startEditing(event.key);
  }
});

// Ctrl+C on a selected cell copies what it shows, as Sheets does.
document.addEventListener('copy', (event) => {
  if (editor || !grid || !selected || document.activeElement !== document.body) return;
  const cell = grid.cells[selected.row]?.[selected.column];
  if (!cell || !event.clipboardData) return;
  event.clipboardData.setData(
    'text/plain',
    cell.checked !== undefined ? String(cell.checked).toUpperCase() : cell.text,
  );
  event.preventDefault();
});

function drawCharts(model: GridModel): void {
  const layer = byId('chart-layer');
  const table = byId<HTMLTableElement>('grid');
  const origin = table.getBoundingClientRect();
  const charts = model.charts.map((chart) => {
    const box = el('div', {
      className: 'chart',
      attrs: { 'data-chart-id': String(chart.chartId), 'data-chart-type': chart.type },
    });
    const anchor = table.querySelector<HTMLElement>(
      `td[data-a1="${columnLetters(chart.anchorColumn)}${chart.anchorRow}"]`,
    );
    let left: number;
    let top: number;
    if (anchor) {
      const r = anchor.getBoundingClientRect();
      left = r.left - origin.left;
      top = r.top - origin.top;
    } else {
      // The anchor is below the rows drawn: estimate with the default row height.
      const widths = model.columnWidths.slice(0, chart.anchorColumn - 1).reduce((a, b) => a + b, 46);
      left = widths;
      top = 21 * chart.anchorRow;
    }
    box.style.left = `${left + chart.offsetX}px`;
    box.style.top = `${top + chart.offsetY}px`;
    box.style.width = `${chart.width}px`;
    box.style.height = `${chart.height}px`;
    // render.ts's SVG: every text in it is escaped there (see its tests).
    box.innerHTML = chart.svg;
    return box;
  });
  layer.replaceChildren(...charts);
  // The layer must cover charts that reach past the grid.
  const wrap = byId('grid-wrap');
  const right = Math.max(0, ...charts.map((c) => c.offsetLeft + c.offsetWidth));
  const bottom = Math.max(0, ...charts.map((c) => c.offsetTop + c.offsetHeight));
  wrap.style.minWidth = `${right + 24}px`;
  wrap.style.minHeight = `${bottom + 24}px`;
}

// -----------------------------------------------------------------------------------------------------------
// Sidebar, dialogs, alerts, toasts.

const sidebar = byId('sidebar');
const sidebarFrame = byId<HTMLIFrameElement>('sidebar-frame');
const dialogOverlay = byId('dialog-overlay');
const dialogFrame = byId<HTMLIFrameElement>('dialog-frame');
let sidebarId: number | undefined;
let dialogId: number | undefined;

function renderSidebar(panel: PanelView | null): void {
  if (!panel) {
    document.body.classList.remove('with-sidebar');
    if (sidebarId !== undefined) {
      sidebar.hidden = true;
      sidebarFrame.removeAttribute('src');
      sidebarId = undefined;
    }
    return;
  }
  document.body.classList.add('with-sidebar');
  byId('sidebar-title').textContent = panel.title;
  if (panel.id !== sidebarId) {
    sidebarId = panel.id;
    sidebarFrame.src = `/panel/${panel.id}`;
  }
  sidebar.hidden = false;
}

function renderDialog(panel: PanelView | null): void {
  if (!panel) {
    if (dialogId !== undefined) {
      dialogOverlay.hidden = true;
      dialogFrame.removeAttribute('src');
      dialogId = undefined;
    }
    return;
  }
  byId('dialog-title').textContent = panel.title;
  const box = dialogOverlay.firstElementChild as HTMLElement;
  box.style.width = `${panel.width ?? 600}px`;
  box.style.height = `${(panel.height ?? 400) + 44}px`;
  if (panel.id !== dialogId) {
    dialogId = panel.id;
    dialogFrame.src = `/panel/${panel.id}`;
  }
  dialogOverlay.hidden = false;
}

function closePanel(which: 'sidebar' | 'dialog'): void {
  const id = which === 'sidebar' ? sidebarId : dialogId;
  if (id === undefined) return;
  if (which === 'sidebar') renderSidebar(null);
  else renderDialog(null);
  void postJson('/panel/close', { id });
}

byId('sidebar-close').addEventListener('click', () => closePanel('sidebar'));
byId('dialog-close').addEventListener('click', () => closePanel('dialog'));

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== window.location.origin) return;
  const data = event.data as { type?: string; value?: number } | null;
  const from =
    event.source === sidebarFrame.contentWindow
      ? 'sidebar'
      : event.source === dialogFrame.contentWindow
        ? 'dialog'
        : undefined;
  if (!from || !data || typeof data.type !== 'string') return;
  if (data.type === 'kr-refresh') void refresh();
  else if (data.type === 'google.script.host.close') closePanel(from);
  else if (from === 'dialog' && typeof data.value === 'number') {
    const box = dialogOverlay.firstElementChild as HTMLElement;
    if (data.type === 'google.script.host.setHeight') box.style.height = `${data.value + 44}px`;
    if (data.type === 'google.script.host.setWidth') box.style.width = `${data.value}px`;
  }
});

const alertOverlay = byId('alert-overlay');
function showNextAlert(): void {
  if (!alertOverlay.hidden) return;
  const next = alertQueue.shift();
  if (!next) return;
  byId('alert-title').textContent = next.title === 'Error' ? t.error : next.title;
  byId('alert-prompt').textContent = next.prompt;
  alertOverlay.hidden = false;
  byId('alert-ok').focus();
}
byId('alert-ok').addEventListener('click', () => {
  alertOverlay.hidden = true;
  showNextAlert();
});

function showToast(title: string, message: string, seconds: number): void {
  const toast = el('div', { className: 'toast', attrs: { role: 'status' } });
  if (title) toast.append(el('strong', { text: title }));
  toast.append(el('span', { text: message }));
  const close = el('button', { text: '×', attrs: { type: 'button', 'aria-label': t.close } });
  close.addEventListener('click', () => toast.remove());
  toast.append(close);
  byId('toasts').append(toast);
  // Apps Script: a negative timeout keeps the toast until it is closed.
  if (seconds >= 0) window.setTimeout(() => toast.remove(), Math.max(2, seconds) * 1000);
}

window.addEventListener('resize', () => {
  if (grid) drawCharts(grid);
});

// Opening the page opens the spreadsheet: onOpen runs (a POST, so that nothing but this page can cause it).
void postJson('/open', {}).then(refresh, refresh);
