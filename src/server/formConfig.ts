// What the sidebar form needs to draw itself: plain JSON only, since google.script.run carries no Date.
import { calendarDateAt, currentFiscalYear, fiscalYearRange, toIsoDate } from '../core/calendar';
import type { Level, Method } from '../core/ladder';
import { logLanguage } from '../core/logRow';
import type { Lang } from '../core/messages';
import { COLUMNS, type ColumnKey, KINDS, type KindKey, STATUSES, type StatusKey } from '../core/vocabulary';
import { readKrSettings } from './krData';
import { findSheet, userLanguage } from './spreadsheet';

export interface FormConfig {
  lang: Lang;
  kinds: { key: KindKey; label: string }[];
  statuses: { key: StatusKey; label: string }[];
  /** Column headers of the log in the UI language: the form's labels. */
  labels: Record<ColumnKey, string>;
  fiscalYear: number;
  /** `YYYY-MM-DD`. */
  fiscalYearStart: string;
  fiscalYearEnd: string;
  today: string;
  target: number;
  ladder: Level[];
  method: Method;
  krName: string;
}

/**
 * The kinds and statuses with their labels, the fiscal year with its dates, the target and ladder from
 * Settings, and the UI language (https://developers.google.com/apps-script/guides/html/reference/run:
 * parameters and results are plain values, objects and arrays; a Date would fail the call).
 */
export function getFormConfig(): FormConfig {
  const lang = userLanguage();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const log = findSheet(spreadsheet, 'missions', lang);
  const lastColumn = log ? log.getLastColumn() : 0;
  const header = log && lastColumn > 0 ? log.getRange(1, 1, 1, lastColumn).getValues()[0]! : [];
  const { definition } = readKrSettings(spreadsheet, lang, logLanguage(header) ?? lang);
  const now = new Date();
  const fiscalYear = definition.fiscalYear ?? currentFiscalYear(now);
  const { start, end } = fiscalYearRange(fiscalYear);
  return {
    lang,
    kinds: KINDS.map((kind) => ({ key: kind.key, label: kind[lang] })),
    statuses: STATUSES.map((status) => ({ key: status.key, label: status[lang] })),
    labels: Object.fromEntries(COLUMNS.map((column) => [column.key, column[lang]])) as Record<
      ColumnKey,
      string
    >,
    fiscalYear,
    fiscalYearStart: toIsoDate(start),
    fiscalYearEnd: toIsoDate(end),
    today: toIsoDate(calendarDateAt(now)),
    target: definition.target,
    ladder: definition.ladder.map((level) => ({ ...level })),
    method: definition.method,
    krName: definition.krName,
  };
}
