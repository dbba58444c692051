// Build summary: the director's tab laid out once and live from then on; known by its id and tag, never by its
// name; rebuilt into a new sheet that replaces the old one only when it is complete.

import { formatDate } from '../core/dates/thaiDate';
import type { Lang, MessageParams } from '../core/i18n/i18n';
import { message } from '../core/i18n/messages';
import { asText } from '../core/i18n/sheetText';
import { type SummaryKey, summaryMessage } from '../core/i18n/summaryMessages';
import { columnLetters, quotedSheetName } from '../core/log/a1';
import { mapHeader, missingColumns } from '../core/log/cells';
import { SHEET_NAMES } from '../core/log/vocabulary';
import {
  type ConditionalLook,
  type GridRange,
  type LayoutCell,
  type SummaryChart,
  type SummaryLayout,
  summaryLayout,
} from '../core/summary/layout';
import { requireScopes } from './auth';
import { findMissionLog } from './krData';
import { ensureMissionLog, ensureSettings } from './setup';
import {
  activeUserEmail,
  dateReaderFor,
  documentLock,
  findNamedSheet,
  LOCK_WAIT_MS,
  sheetById,
  spreadsheetZone,
  userLanguage,
} from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The developer-metadata key of the summary tab; its value says which sheet it was set on and the language. */
export const SUMMARY_TAG = 'krTracker.summary';
/** The document property holding the summary's sheet id: the way to it without a search. */
export const SUMMARY_ID_PROPERTY = 'krTracker.summarySheetId';
/** Where an earlier version kept the summary's name; a name proves nothing, so it is only removed. */
const LEGACY_NAME_PROPERTY = 'krTracker.summarySheet';
/** The name a summary is built under until it replaces the previous one. */
const BUILDING_PREFIX = 'KR Tracker ';

interface SummaryTag {
  readonly sheetId: number;
  readonly lang: Lang;
}

export interface BuildReport {
  readonly ok: boolean;
  /** The summary tab's name after the build (the previous one's on a failure), if there is one. */
  readonly sheetName?: string;
  readonly lang?: Lang;
  readonly message: string;
}

/**
 * The menu item. Under the document lock, so two builds (or a build and a save) never interleave; the user is
 * told in their language when the lock is busy or a step fails, and the previous summary stays as it was.
 */
export function buildSummary(): BuildReport {
  requireScopes();
  const lang = userLanguage();
  const lock = documentLock();
  // tryLock returns false on timeout; waitLock would throw (https://developers.google.com/apps-script/reference/lock/lock).
  if (!lock.tryLock(LOCK_WAIT_MS))
    return told({ ok: false, message: summaryMessage(lang, 'summary.busy') }, true);
  let report: BuildReport;
  try {
    report = rebuild(SpreadsheetApp.getActiveSpreadsheet(), lang);
  } finally {
    lock.releaseLock();
  }
  return told(report, !report.ok);
}

/** Shows a report: an alert for what went wrong, a toast for a success worth a word, nothing otherwise. */
function told(report: BuildReport & { toast?: boolean }, alert: boolean): BuildReport {
  try {
    if (alert) SpreadsheetApp.getUi().alert(report.message);
    else if (report.toast) SpreadsheetApp.getActiveSpreadsheet().toast(report.message, 'KR Tracker');
  } catch (error) {
    console.error('KR Tracker: could not show the summary report', error);
  }
  const { toast: _, ...plain } = report;
  return plain;
}

function rebuild(spreadsheet: Spreadsheet, userLang: Lang): BuildReport & { toast?: boolean } {
  const properties = PropertiesService.getDocumentProperties();
  let previous: { sheet: Sheet; tag: SummaryTag; name: string } | null = null;
  try {
    previous = findSummary(spreadsheet, properties.getProperty(SUMMARY_ID_PROPERTY));
    // A rebuild keeps the language the tab was built in; only a new tab takes the builder's.
    const lang = previous?.tag.lang ?? userLang;
    const layout = layoutFor(spreadsheet, lang);
    // The previous tab's name, unless a build was cut short before it could name its tab.
    const kept = previous && !previous.name.startsWith(BUILDING_PREFIX) ? previous.name : undefined;
    const target = {
      ...(kept ? { name: kept, taken: undefined } : freeName(spreadsheet, lang)),
      index: previous ? previous.sheet.getIndex() - 1 : spreadsheet.getNumSheets(),
    };
    const fresh = writeSummarySheet(spreadsheet, layout, target.index);
    properties.setProperty(SUMMARY_ID_PROPERTY, String(fresh.id));
    properties.deleteProperty(LEGACY_NAME_PROPERTY);
    try {
      if (previous) spreadsheet.deleteSheet(previous.sheet);
    } catch (error) {
      // Both are whole: keep the old one, which readers know, and take the new one away again.
      if (previous) properties.setProperty(SUMMARY_ID_PROPERTY, String(previous.tag.sheetId));
      removeQuietly(spreadsheet, fresh.sheet);
      throw error;
    }
    renamed(fresh.sheet, target.name);
    try {
      fresh.sheet.activate();
    } catch (error) {
      console.error('KR Tracker: the summary was built but could not be shown', error);
    }
    const say = (key: SummaryKey, params: MessageParams) => summaryMessage(userLang, key, params);
    const notes = [say('summary.built', { name: target.name })];
    if (target.taken) notes.push(say('summary.builtBeside', { taken: target.taken, name: target.name }));
    if (lang !== userLang) {
      notes.push(say('summary.keptLanguage', { language: say(`language.${lang}`, {}), name: target.name }));
    }
    return { ok: true, sheetName: target.name, lang, message: notes.join(' '), toast: notes.length > 1 };
  } catch (error) {
    console.error('KR Tracker: the summary could not be built', error);
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      sheetName: previous?.name,
      lang: previous?.tag.lang,
      message: summaryMessage(userLang, previous ? 'summary.failed' : 'summary.failedFirst', {
        error: reason,
      }),
    };
  }
}

/**
 * The summary tab the add-on made: the sheet of the remembered id, or else one found by its tag, in either case
 * only if its tag names that very sheet (a copy of the tab carries a tag naming another) and its first row is not
 * a mission log's header (whatever the tag says, a log is never replaced).
 */
export function findSummary(
  spreadsheet: Spreadsheet,
  rememberedId: string | null,
): { sheet: Sheet; tag: SummaryTag; name: string } | null {
  const ours = (sheet: Sheet | null, sheetId: number) => {
    if (!sheet) return null;
    const tag = tagOf(sheet);
    if (!tag || tag.sheetId !== sheetId || looksLikeMissionLog(sheet)) return null;
    return { sheet, tag, name: sheet.getName() };
  };
  const id = Number(rememberedId);
  if (rememberedId && Number.isInteger(id)) {
    const found = ours(sheetById(spreadsheet, id), id);
    if (found) return found;
  }
  // No usable id (a copied spreadsheet, properties lost): look for the tag itself.
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(SUMMARY_TAG).find()) {
    const sheet = metadata.getLocation().getSheet();
    const found = sheet && ours(sheet, sheet.getSheetId());
    if (found) return found;
  }
  return null;
}

function tagOf(sheet: Sheet): SummaryTag | null {
  for (const metadata of sheet.getDeveloperMetadata()) {
    if (metadata.getKey() !== SUMMARY_TAG) continue;
    try {
      const value = JSON.parse(metadata.getValue() ?? '') as Partial<SummaryTag>;
      if (typeof value.sheetId === 'number' && (value.lang === 'th' || value.lang === 'en')) {
        return { sheetId: value.sheetId, lang: value.lang };
      }
    } catch {
      // Not a tag this add-on wrote.
    }
  }
  return null;
}

/** Whether row 1 reads as a mission-log header (it names the date and status columns). */
function looksLikeMissionLog(sheet: Sheet): boolean {
  // Row 1 to its last column with data in one call (see allValues); an empty sheet has no row 1 to read.
  let header: unknown[] = [];
  try {
    header = sheet.getSheetValues(1, 1, 1, -1)[0] ?? [];
  } catch (error) {
    if (!/at least 1/.test(String((error as Error)?.message))) throw error;
  }
  return missingColumns(mapHeader(header)).length === 0;
}

/** The summary's name in the language, or, when a sheet the add-on did not make has it, a name beside it. */
function freeName(spreadsheet: Spreadsheet, lang: Lang): { name: string; taken: string | undefined } {
  const base = SHEET_NAMES.summary[lang];
  if (!spreadsheet.getSheetByName(base)) return { name: base, taken: undefined };
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base} (KR Tracker)` : `${base} (KR Tracker) ${n}`;
    if (!spreadsheet.getSheetByName(name)) return { name, taken: base };
  }
}

/** The layout, with the log and Settings ranges its formulas read (both made first if missing). */
function layoutFor(spreadsheet: Spreadsheet, lang: Lang): SummaryLayout {
  const log = theMissionLog(spreadsheet, lang);
  const found = findNamedSheet(spreadsheet, 'settings', lang);
  const settings = found ?? sheetAndName(ensureSettings(spreadsheet, lang));
  const now = new Date();
  const zone = spreadsheetZone(spreadsheet, true);
  const day = dateReaderFor(zone)(now);
  // A second sheet named like a log is not read: said on the tab (as of this build) and in the sidebar.
  const others = Object.values(SHEET_NAMES.missions).filter(
    (name) => name !== log.name && spreadsheet.getSheetByName(name),
  );
  const notes = [
    ...(found ? [] : [message(lang, 'settings.problem.madeNew', { name: settings.name })]),
    ...(others.length > 0
      ? [message(lang, 'log.problem.twoLogs', { names: [log.name, ...others].join(', '), used: log.name })]
      : []),
  ];
  return summaryLayout({
    lang,
    notes,
    // Open-ended rows, so missions appended later are read; every column the log has now.
    logRange: `${quotedSheetName(log.name)}!A1:${columnLetters(log.sheet.getMaxColumns())}`,
    settingsRange: `${quotedSheetName(settings.name)}!A1:B`,
    generatedAt: `${formatDate(day, lang)} ${Utilities.formatDate(now, zone, 'HH:mm')}`,
    generatedBy: activeUserEmail(),
    // Room for every row the log has now, and for it to grow, before the lists need a rebuild.
    listCapacity: Math.max(1000, log.sheet.getMaxRows() + 500),
  });
}

function sheetAndName(sheet: Sheet): { sheet: Sheet; name: string } {
  return { sheet, name: sheet.getName() };
}

/** The mission log with its name: the pinned sheet whatever it is called, else the one named like a log. */
function theMissionLog(spreadsheet: Spreadsheet, lang: Lang): { sheet: Sheet; name: string } {
  return sheetAndName(findMissionLog(spreadsheet, lang) ?? ensureMissionLog(spreadsheet, lang).sheet);
}

/**
 * Writes the whole layout into a new sheet at `index`, tagged first: values and formulas in one batch, then
 * each look as one 2-D batch, the conditional formats and the charts. A failure removes the new sheet again
 * and is rethrown; nothing else was touched. Calls: the same for 10 missions or 10,000.
 */
function writeSummarySheet(
  spreadsheet: Spreadsheet,
  layout: SummaryLayout,
  index: number,
): { sheet: Sheet; id: number } {
  const sheet = spreadsheet.insertSheet(`${BUILDING_PREFIX}${Utilities.getUuid().slice(0, 8)}`, index);
  try {
    const id = sheet.getSheetId();
    const tag: SummaryTag = { sheetId: id, lang: layout.lang };
    // Visible to every project with access to the file, so the bound script and the add-on know the same tab.
    sheet.addDeveloperMetadata(
      SUMMARY_TAG,
      JSON.stringify(tag),
      SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
    );
    writeLayout(sheet, layout);
    return { sheet, id };
  } catch (error) {
    removeQuietly(spreadsheet, sheet);
    throw error;
  }
}

/**
 * Names the new tab once the old one is gone: tried twice, since a tab left under its building name is whole but
 * hard to find (the next build names it, if both tries fail).
 */
function renamed(sheet: Sheet, name: string): void {
  try {
    sheet.setName(name);
  } catch {
    sheet.setName(name);
  }
}

function removeQuietly(spreadsheet: Spreadsheet, sheet: Sheet): void {
  try {
    spreadsheet.deleteSheet(sheet);
  } catch (error) {
    console.error('KR Tracker: an unfinished summary sheet could not be removed', error);
  }
}

function writeLayout(sheet: Sheet, layout: SummaryLayout): void {
  const height = layout.values.length;
  const width = layout.values[0]?.length ?? 1;
  // A new sheet has rows to spare already; these make room for the mission lists to spill into.
  sheet.insertRowsAfter(1, layout.rows);
  const block = sheet.getRange(1, 1, height, width);
  block.setValues(layout.values.map((row) => row.map(cellValue)));
  block.setNumberFormats(layout.numberFormats);
  block.setBackgrounds(layout.backgrounds);
  block.setTextStyles(textStyles(layout));
  for (const { column, count, width: pixels } of layout.columnWidths)
    sheet.setColumnWidths(column, count, pixels);
  const ranges = new Map<string, Range>();
  const rangeOf = (r: GridRange) => {
    const key = `${r.row}:${r.column}:${r.numRows}:${r.numColumns}`;
    let range = ranges.get(key);
    if (!range) {
      range = sheet.getRange(r.row, r.column, r.numRows, r.numColumns);
      ranges.set(key, range);
    }
    return range;
  };
  sheet.setConditionalFormatRules(layout.conditionalLooks.map((look) => conditionalRule(look, rangeOf)));
  for (const chart of layout.charts) insertChart(sheet, chart);
}

/** A layout cell as written: formulas as formulas, every other string as literal text (see asText). */
function cellValue(cell: LayoutCell): string | number {
  if (typeof cell === 'object') return cell.formula;
  return typeof cell === 'string' ? asText(cell) : cell;
}

/** Bold, size and colour of every cell as one batch of text styles (one style object per distinct look). */
function textStyles(layout: SummaryLayout): GoogleAppsScript.Spreadsheet.TextStyle[][] {
  const made = new Map<string, GoogleAppsScript.Spreadsheet.TextStyle>();
  return layout.fontWeights.map((row, r) =>
    row.map((weight, c) => {
      const size = layout.fontSizes[r]![c]!;
      const color = layout.fontColors[r]![c]!;
      const key = `${weight}|${size}|${color}`;
      let style = made.get(key);
      if (!style) {
        style = SpreadsheetApp.newTextStyle()
          .setBold(weight === 'bold')
          .setFontSize(size)
          .setForegroundColor(color)
          .build();
        made.set(key, style);
      }
      return style;
    }),
  );
}

function conditionalRule(
  look: ConditionalLook,
  rangeOf: (range: GridRange) => Range,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  let rule = SpreadsheetApp.newConditionalFormatRule();
  // A custom formula's relative references are read from the top-left cell of the rule's range.
  rule =
    'textEqualTo' in look.when
      ? rule.whenTextEqualTo(look.when.textEqualTo)
      : rule.whenFormulaSatisfied(look.when.formula);
  if (look.background) rule = rule.setBackground(look.background);
  if (look.bold) rule = rule.setBold(true);
  if (look.fontColor) rule = rule.setFontColor(look.fontColor);
  return rule.setRanges([rangeOf(look.range)]).build();
}

function insertChart(sheet: Sheet, chart: SummaryChart): void {
  const { range, anchor } = chart;
  let builder = sheet
    .newChart()
    .setChartType(chart.kind === 'byKind' ? Charts.ChartType.BAR : Charts.ChartType.COMBO)
    .addRange(sheet.getRange(range.row, range.column, range.numRows, range.numColumns))
    .setNumHeaders(1)
    .setPosition(anchor.row, anchor.column, anchor.offsetX, anchor.offsetY)
    // Width and height are chart options, as for any Google chart
    // (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#setoptionoption,-value).
    .setOption('width', chart.width)
    .setOption('height', chart.height)
    .setOption('title', chart.title)
    // A dotted path names a nested option, as 'animation.duration' does in that page's sample. The kinds are
    // one series, named by its axis: no legend.
    .setOption('legend.position', chart.kind === 'byKind' ? 'none' : 'bottom');
  if (chart.kind === 'byMonth') {
    // Monthly missions as columns; the cumulative count, the target and where the office should be by then as
    // lines, so the gap to today's pro rata target reads at a glance.
    builder = builder.setOption('seriesType', 'bars').setOption('series', {
      1: { type: 'line' },
      2: { type: 'line', lineDashStyle: [6, 4] },
      3: { type: 'line', lineDashStyle: [2, 3] },
    });
  }
  sheet.insertChart(builder.build());
}
