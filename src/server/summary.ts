// Build summary: the director's tab, rewritten in one batch per property so its cost does not grow with the log.
import { BANGKOK_OFFSET_MINUTES, calendarDateAt, currentFiscalYear } from '../core/calendar';
import { countMissions } from '../core/count';
import type { Lang } from '../core/messages';
import { asText } from '../core/sheetText';
import {
  a1,
  SUMMARY_WIDTH,
  type SummaryCell,
  type SummaryChart,
  type SummaryLayout,
  summaryLayout,
} from '../core/summary';
import { formatThaiDate } from '../core/thaiDate';
import { SHEET_NAMES } from '../core/vocabulary';
import { readKrSettings, readMissionLog } from './krData';
import {
  activeUserEmail,
  findNamedSheet,
  quotedSheetName,
  spreadsheetDateReader,
  userLanguage,
} from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where the summary tab's name is kept, so a submission knows whether to refresh it without a search. */
const SUMMARY_PROPERTY = 'krTracker.summarySheet';

/** The menu item: builds or rebuilds the summary tab and shows it. */
export function buildSummary(): { count: number; points: number } {
  const lang = userLanguage();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const found = findNamedSheet(spreadsheet, 'summary', lang);
  const { sheet, layout } = writeSummary(spreadsheet, lang, found?.sheet ?? null);
  PropertiesService.getDocumentProperties().setProperty(
    SUMMARY_PROPERTY,
    found?.name ?? SHEET_NAMES.summary[lang],
  );
  sheet.activate();
  return { count: layout.figures.count, points: layout.figures.points };
}

/**
 * Rebuilds the summary after a change to the log, when one has been built: its name is in the document's
 * properties (no sheet search), and a tab deleted since is forgotten. A failure here is logged, not the
 * user's: the mission is saved either way.
 */
export function refreshSummary(spreadsheet: Spreadsheet, lang: Lang): void {
  try {
    const properties = PropertiesService.getDocumentProperties();
    const name = properties.getProperty(SUMMARY_PROPERTY);
    if (!name) return;
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) writeSummary(spreadsheet, lang, sheet);
    else properties.deleteProperty(SUMMARY_PROPERTY);
  } catch (error) {
    console.error('KR Tracker: the summary could not be refreshed', error);
  }
}

/** A summary cell as written: formulas as formulas, every other string as literal text (see asText). */
function cellValue(cell: SummaryCell): string | number {
  if (typeof cell === 'object') return cell.formula;
  return typeof cell === 'string' ? asText(cell) : cell;
}

/** The time of building, as a Thai reader expects it: `24 พ.ย. 2569 09:15` (Bangkok). */
function builtAt(now: Date): string {
  const bangkok = new Date(now.getTime() + BANGKOK_OFFSET_MINUTES * 60_000);
  const hhmm = `${String(bangkok.getUTCHours()).padStart(2, '0')}:${String(bangkok.getUTCMinutes()).padStart(2, '0')}`;
  return `${formatThaiDate(calendarDateAt(now))} ${hhmm}`;
}

/**
 * Reads the log and Settings once each, lays the tab out in the core, then clears only the summary tab and
 * writes it: values, then each look as one 2-D batch, then the two charts. The number of spreadsheet calls is
 * the same for 10 missions or 10,000.
 */
export function writeSummary(
  spreadsheet: Spreadsheet,
  lang: Lang,
  existing: Sheet | null,
): { sheet: Sheet; layout: SummaryLayout } {
  const log = readMissionLog(spreadsheet, lang);
  const settings = readKrSettings(spreadsheet, lang, log.lang);
  const now = new Date();
  const { definition } = settings;
  const fiscalYear = definition.fiscalYear ?? currentFiscalYear(now);
  const result = countMissions(log.rows, {
    fiscalYear,
    verifiedOnly: definition.verifiedOnly,
    dateOfInstant: spreadsheetDateReader(spreadsheet),
  });
  const logWidth = Math.max(1, log.rows[0]?.length ?? 1);
  const layout = summaryLayout({
    lang,
    definition,
    fiscalYear,
    result,
    problems: settings.problems,
    today: calendarDateAt(now),
    generatedAt: builtAt(now),
    generatedBy: activeUserEmail(),
    logRange: `${quotedSheetName(log.name)}!A1:${a1(1, logWidth).replace(/\d+$/, '')}`,
    ladderRange:
      settings.ladderRows && settings.sheetName
        ? `${quotedSheetName(settings.sheetName)}!A${settings.ladderRows.first}:B${settings.ladderRows.last}`
        : undefined,
  });

  const sheet = existing ?? spreadsheet.insertSheet(SHEET_NAMES.summary[lang]);
  if (existing) {
    sheet.clear();
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  }
  fitGrid(sheet, layout.values.length, SUMMARY_WIDTH);
  const range = sheet.getRange(1, 1, layout.values.length, SUMMARY_WIDTH);
  range.setValues(layout.values.map((row) => row.map(cellValue)));
  range.setFontWeights(layout.fontWeights);
  range.setFontSizes(layout.fontSizes);
  range.setFontColors(layout.fontColors);
  range.setBackgrounds(layout.backgrounds);
  range.setNumberFormats(layout.numberFormats);
  for (const { column, count, width } of layout.columnWidths) sheet.setColumnWidths(column, count, width);
  for (const chart of layout.charts) insertChart(sheet, chart);
  return { sheet, layout };
}

/** Exactly the rows the summary needs (so a long list fits and no stale rows trail it), and enough columns. */
function fitGrid(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

function insertChart(sheet: Sheet, chart: SummaryChart): void {
  const { range, anchor } = chart;
  let builder = sheet
    .newChart()
    .setChartType(chart.kind === 'byKind' ? Charts.ChartType.BAR : Charts.ChartType.COMBO)
    .addRange(sheet.getRange(range.row, range.column, range.numRows, range.numColumns))
    .setPosition(anchor.row, anchor.column, anchor.offsetX, 0)
    .setOption('title', chart.title);
  if (chart.kind === 'byMonth') {
    // Monthly missions as columns; the cumulative count and the target as lines, so the gap reads at a glance.
    builder = builder
      .setOption('seriesType', 'bars')
      .setOption('series', { 1: { type: 'line' }, 2: { type: 'line' } });
  }
  sheet.insertChart(builder.build());
}
