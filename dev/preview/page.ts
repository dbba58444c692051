// The preview's shell: the HTML and CSS of a spreadsheet window, and the words of its chrome in Thai and English.
// The add-on's own words come from build/Code.js; these are only the preview's (developer tooling).

import { escapeHtml } from '../../src/core/i18n/html';
import type { PreviewLang } from './state';

export const CHROME_TEXT = {
  th: {
    menus: ['ไฟล์', 'แก้ไข', 'ดู', 'แทรก', 'รูปแบบ', 'ข้อมูล', 'เครื่องมือ'],
    extensions: 'ส่วนขยาย',
    help: 'ความช่วยเหลือ',
    noAddonMenu: 'ยังไม่มีเมนู KR Tracker โหลดหน้านี้ใหม่เพื่อเปิดสเปรดชีตอีกครั้ง',
    badge: 'ตัวอย่างในเครื่อง',
    reset: 'เริ่มใหม่',
    resetConfirm: 'คลิกอีกครั้งเพื่อเริ่มใหม่',
    resetTitle: 'ล้างสเปรดชีตของตัวอย่างแล้วเริ่มใหม่',
    close: 'ปิด',
    ok: 'ตกลง',
    error: 'ข้อผิดพลาด',
    truncated: 'แสดง {shown} แถวแรกจาก {total} แถว',
    failed: 'ติดต่อเซิร์ฟเวอร์ของตัวอย่างไม่ได้: {error}',
    addSheet: 'เพิ่มชีต (ไม่มีในตัวอย่าง)',
    formulaBar: 'ค่าหรือสูตรของเซลล์ที่เลือก',
    cellEditor: 'แก้ไขเซลล์ {cell}',
  },
  en: {
    menus: ['File', 'Edit', 'View', 'Insert', 'Format', 'Data', 'Tools'],
    extensions: 'Extensions',
    help: 'Help',
    noAddonMenu: 'The KR Tracker menu is not here yet: reload the page to open the spreadsheet again',
    badge: 'Local preview',
    reset: 'Reset',
    resetConfirm: 'Click again to reset',
    resetTitle: "Erase the preview's spreadsheet and start over",
    close: 'Close',
    ok: 'OK',
    error: 'Error',
    truncated: 'Showing the first {shown} of {total} rows',
    failed: 'The preview server did not answer: {error}',
    addSheet: 'Add sheet (not in the preview)',
    formulaBar: 'Value or formula of the selected cell',
    cellEditor: 'Edit cell {cell}',
  },
} as const;

export type ChromeText = (typeof CHROME_TEXT)[PreviewLang];

/** JSON that can sit inside a <script> element: no `<` that could close it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The page: empty regions the client (/app.js) fills from /state and /sheet/<id>. */
/** The shell; `source` names the file the spreadsheet is kept in (each language and the demo have their own). */
export function shellHtml(lang: PreviewLang, fileName: string, source = ''): string {
  const t = CHROME_TEXT[lang];
  const menus = t.menus
    .map((name) => `<span class="menu-disabled" aria-disabled="true">${escapeHtml(name)}</span>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(fileName)} – KR Tracker preview</title>
<link rel="icon" href="data:,">
<style>${CSS}</style>
</head>
<body>
<header class="titlebar">
  <div class="logo" aria-hidden="true"><span></span></div>
  <div class="titles">
    <div class="filename" id="file-name">${escapeHtml(fileName)}</div>
    <nav class="menubar" id="menubar" aria-label="Menu">
      ${menus}
      <div class="menu-root">
        <button type="button" id="menu-extensions" class="menu-button" aria-haspopup="menu" aria-expanded="false">${escapeHtml(t.extensions)}</button>
        <div class="dropdown" id="extensions-menu" role="menu" hidden></div>
      </div>
      <span class="menu-disabled" aria-disabled="true">${escapeHtml(t.help)}</span>
    </nav>
  </div>
  <div class="spacer"></div>
  <span class="badge" id="badge">${escapeHtml(t.badge)} · ${lang}${source ? ` · ${escapeHtml(source)}` : ''}</span>
  <button type="button" id="reset" class="reset" title="${escapeHtml(t.resetTitle)}">${escapeHtml(t.reset)}</button>
</header>
<div class="formula-bar">
  <span id="name-box" class="name-box">A1</span>
  <span class="fx" aria-hidden="true">fx</span>
  <input id="formula" class="formula" type="text" spellcheck="false" autocomplete="off" aria-label="${escapeHtml(t.formulaBar)}" />
</div>
<div class="workspace">
  <main id="sheet-area" class="sheet-area">
    <div id="grid-wrap" class="grid-wrap">
      <table id="grid" class="grid"></table>
      <div id="chart-layer" class="chart-layer"></div>
    </div>
    <p id="grid-note" class="grid-note" hidden></p>
  </main>
  <aside id="sidebar" class="sidebar" hidden>
    <header class="panel-head">
      <span id="sidebar-title" class="panel-title"></span>
      <button type="button" id="sidebar-close" class="icon" aria-label="${escapeHtml(t.close)}">×</button>
    </header>
    <iframe id="sidebar-frame" title="Sidebar"></iframe>
  </aside>
</div>
<footer class="tabbar">
  <button type="button" class="icon add-sheet" disabled title="${escapeHtml(t.addSheet)}">+</button>
  <div id="tabs" class="tabs" role="tablist"></div>
</footer>
<div id="dialog-overlay" class="overlay" hidden>
  <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="dialog-title">
    <header class="panel-head">
      <h2 id="dialog-title" class="panel-title"></h2>
      <button type="button" id="dialog-close" class="icon" aria-label="${escapeHtml(t.close)}">×</button>
    </header>
    <iframe id="dialog-frame" title="Dialog"></iframe>
  </div>
</div>
<div id="alert-overlay" class="overlay" hidden>
  <div class="alert" role="alertdialog" aria-modal="true" aria-labelledby="alert-title" aria-describedby="alert-prompt">
    <h2 id="alert-title"></h2>
    <p id="alert-prompt"></p>
    <div class="alert-actions"><button type="button" id="alert-ok" class="primary">${escapeHtml(t.ok)}</button></div>
  </div>
</div>
<div id="toasts" class="toasts" aria-live="polite"></div>
<script type="application/json" id="chrome-text">${scriptJson(t)}</script>
<script src="/app.js"></script>
</body>
</html>`;
}

const CSS = `
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: Roboto, Arial, 'Sarabun', 'Garuda', 'Loma', sans-serif;
  font-size: 14px; color: #202124; background: #f9fbfd; overflow: hidden; }
button { font: inherit; }
.titlebar { display: flex; align-items: center; gap: 10px; padding: 6px 16px 0 12px; background: #f9fbfd; }
.logo { width: 28px; height: 38px; background: #0f9d58; border-radius: 3px; display: grid; place-items: center; }
.logo span { width: 16px; height: 18px; border: 2px solid #fff; border-radius: 1px;
  background: linear-gradient(#fff 0 0) center / 2px 100% no-repeat, linear-gradient(#fff 0 0) center / 100% 2px no-repeat; }
.titles { display: flex; flex-direction: column; min-width: 0; }
.filename { font-size: 18px; line-height: 24px; padding: 0 6px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.menubar { display: flex; align-items: center; gap: 2px; padding-bottom: 4px; }
.menubar > span, .menu-button { padding: 2px 7px; border-radius: 4px; font-size: 14px; color: #202124; border: 0; background: none; }
.menu-disabled { color: #80868b !important; cursor: default; }
.menu-button { cursor: pointer; }
.menu-button:hover, .menu-button[aria-expanded="true"] { background: #e8eaed; }
.menu-root { position: relative; }
.dropdown { position: absolute; top: 100%; left: 0; min-width: 220px; background: #fff; border-radius: 4px; padding: 6px 0;
  box-shadow: 0 2px 6px 2px rgba(60,64,67,.15), 0 1px 2px rgba(60,64,67,.3); z-index: 50; }
.dropdown [role="menuitem"] { display: flex; justify-content: space-between; gap: 24px; width: 100%; text-align: left;
  padding: 6px 24px 6px 20px; border: 0; background: none; cursor: pointer; white-space: nowrap; font-size: 14px; color: #202124; }
.dropdown [role="menuitem"]:hover, .dropdown [role="menuitem"]:focus { background: #f1f3f4; outline: none; }
.dropdown hr { border: 0; border-top: 1px solid #dadce0; margin: 6px 0; }
.dropdown .empty { padding: 6px 20px; color: #80868b; white-space: nowrap; }
.submenu-root { position: relative; }
.submenu { left: 100%; top: -6px; }
.spacer { flex: 1; }
.badge { font-size: 12px; color: #5f6368; background: #e8eaed; border-radius: 10px; padding: 2px 10px; }
.reset { border: 1px solid #dadce0; background: #fff; border-radius: 16px; padding: 4px 14px; cursor: pointer; color: #1a73e8; }
.reset.armed { background: #fce8e6; color: #c5221f; border-color: #f6aea9; }
.formula-bar { display: flex; align-items: center; gap: 8px; margin: 6px 8px 0; padding: 3px 8px; background: #fff;
  border: 1px solid #e1e3e1; border-radius: 16px 16px 0 0; font-size: 13px; min-height: 30px; }
.name-box { width: 80px; padding-right: 8px; border-right: 1px solid #e1e3e1; color: #3c4043; }
.fx { color: #80868b; font-style: italic; padding: 0 6px; border-right: 1px solid #e1e3e1; }
.formula { flex: 1; min-width: 0; border: 0; padding: 2px 4px; font: inherit; color: inherit; background: transparent; }
.formula:focus { outline: 2px solid #1a73e8; outline-offset: 0; border-radius: 2px; }
.workspace { flex: 1; display: flex; min-height: 0; margin: 0 8px; }
.sheet-area { flex: 1; overflow: auto; background: #fff; border: 1px solid #e1e3e1; border-top: 0; position: relative; }
.grid-wrap { position: relative; display: inline-block; min-width: 100%; }
.grid { border-collapse: separate; border-spacing: 0; table-layout: fixed; font-size: 13px; font-family: Arial, 'Sarabun', 'Garuda', 'Loma', sans-serif; }
.grid th, .grid td { border-right: 1px solid #e2e3e3; border-bottom: 1px solid #e2e3e3; height: 21px; padding: 0 3px;
  white-space: nowrap; overflow: hidden; vertical-align: bottom; line-height: 20px; background: #fff; }
.grid thead th { position: sticky; top: 0; z-index: 4; background: #f8f9fa; color: #5f6368; font-weight: normal;
  text-align: center; font-size: 11px; border-bottom-color: #c4c7c5; }
.grid th.row-head { position: sticky; left: 0; z-index: 3; background: #f8f9fa; color: #5f6368; font-weight: normal;
  text-align: center; font-size: 11px; border-right-color: #c4c7c5; }
.grid thead th.corner { left: 0; z-index: 5; }
.grid tr.frozen > td, .grid tr.frozen > th { position: sticky; z-index: 2; }
.grid tr.frozen > th.row-head { z-index: 4; }
.grid tr.last-frozen > td, .grid tr.last-frozen > th { border-bottom: 3px solid #c4c7c5; }
.grid td.spill { overflow: visible; }
.grid td .text { display: block; overflow: hidden; text-overflow: clip; }
.grid td.wrap { white-space: pre-wrap; word-break: break-word; }
.grid td.selected { outline: 2px solid #1a73e8; outline-offset: -2px; }
.grid td.error, .grid td.note { position: relative; }
.grid td.error::after { content: ''; position: absolute; top: 0; right: 0; border: 4px solid transparent;
  border-top-color: #d93025; border-right-color: #d93025; }
.grid td.note::before { content: ''; position: absolute; top: 0; right: 0; border: 3px solid transparent;
  border-top-color: #202124; border-right-color: #202124; }
.grid td.checkbox { text-align: center; }
.grid td.checkbox input { margin: 0; vertical-align: middle; accent-color: #1a73e8; cursor: pointer; }
.grid td.editing { position: relative; overflow: visible; }
.cell-editor { position: absolute; left: -1px; top: -1px; min-width: calc(100% + 2px); height: calc(100% + 2px); z-index: 5;
  border: 2px solid #1a73e8; padding: 0 2px; font: inherit; background: #fff; box-shadow: 0 2px 6px rgba(60,64,67,.3); }
.chart-layer { position: absolute; inset: 0; pointer-events: none; }
.chart { position: absolute; pointer-events: auto; box-shadow: 0 1px 3px rgba(60,64,67,.3); background: #fff; }
.chart svg { display: block; }
.grid-note { margin: 8px 12px; color: #5f6368; font-size: 12px; }
.sidebar { width: 300px; flex: none; display: flex; flex-direction: column; background: #fff; border: 1px solid #e1e3e1;
  border-top: 0; border-left: 0; }
.sidebar[hidden] { display: none; }
.panel-head { display: flex; align-items: center; justify-content: space-between; padding: 8px 8px 8px 16px;
  border-bottom: 1px solid #e1e3e1; min-height: 44px; }
.panel-title { font-size: 16px; font-weight: 500; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.icon { border: 0; background: none; font-size: 20px; line-height: 1; width: 32px; height: 32px; border-radius: 50%;
  cursor: pointer; color: #5f6368; }
.icon:hover:not(:disabled) { background: #f1f3f4; }
.sidebar iframe { flex: 1; border: 0; width: 100%; }
.tabbar { display: flex; align-items: center; gap: 4px; padding: 4px 12px; background: #f9fbfd; min-height: 40px; }
.tabs { display: flex; gap: 2px; overflow-x: auto; }
.tab { border: 0; background: none; padding: 6px 16px; border-radius: 4px 4px 0 0; cursor: pointer; white-space: nowrap;
  color: #444746; font-size: 14px; border-bottom: 3px solid transparent; }
.tab:hover { background: #e8eaed; }
.tab[aria-selected="true"] { background: #e1e9f7; color: #0b57d0; font-weight: 500; }
.overlay { position: fixed; inset: 0; background: rgba(32,33,36,.45); display: grid; place-items: center; z-index: 100; }
.overlay[hidden] { display: none; }
.dialog { background: #fff; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.3); display: flex; flex-direction: column;
  max-width: 95vw; max-height: 90vh; overflow: hidden; }
.dialog iframe { border: 0; flex: 1; width: 100%; }
.alert { background: #fff; border-radius: 8px; padding: 20px 24px 16px; min-width: 360px; max-width: 560px;
  box-shadow: 0 4px 16px rgba(0,0,0,.3); }
.alert h2 { margin: 0 0 12px; font-size: 18px; font-weight: 500; }
.alert p { margin: 0 0 20px; white-space: pre-wrap; }
.alert-actions { text-align: right; }
.primary { background: #0b57d0; color: #fff; border: 0; border-radius: 18px; padding: 8px 22px; cursor: pointer; }
.toasts { position: fixed; right: 24px; bottom: 56px; display: flex; flex-direction: column; gap: 8px; z-index: 90; }
body.with-sidebar .toasts { right: 332px; } /* never over the sidebar's buttons */
.toast { background: #323232; color: #fff; border-radius: 4px; padding: 12px 40px 12px 16px; min-width: 280px; max-width: 420px;
  position: relative; box-shadow: 0 2px 6px rgba(0,0,0,.3); font-size: 13px; }
.toast strong { display: block; margin-bottom: 4px; font-weight: 500; }
.toast button { position: absolute; top: 6px; right: 6px; background: none; border: 0; color: #bdc1c6; font-size: 18px; cursor: pointer; }
`;
