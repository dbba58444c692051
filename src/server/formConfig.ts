// What the sidebar form needs to draw itself: plain JSON only, since google.script.run carries no Date.

import { fiscalYearOf, fiscalYearRange, toIsoDate } from '../core/dates/calendar';
import { type Lang, message } from '../core/i18n/messages';
import type { Level, Method } from '../core/kr/ladder';
import { logLanguage } from '../core/log/logRow';
import { settingsProblemText } from '../core/log/reasons';
import {
  COLUMNS,
  type ColumnKey,
  KINDS,
  type KindKey,
  STATUSES,
  type StatusKey,
} from '../core/log/vocabulary';
import { requireScopes } from './auth';
import { findMissionLog, otherMissionLogs, pinMissionLog, readKrSettings } from './krData';
import { dateReaderFor, spreadsheetZone, userLanguage } from './spreadsheet';

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
  /** What is wrong in the spreadsheet (Settings, a second mission log), in the user's language, each naming where. */
  problems: string[];
}

/**
 * The kinds and statuses with their labels, the fiscal year with its dates, the target and ladder from
 * Settings, the UI language and what is wrong (https://developers.google.com/apps-script/guides/html/reference/run:
 * parameters and results are plain values, objects and arrays; a Date would fail the call). Opening the form
 * also records the spreadsheet's time zone and which sheet is the log, for the submissions that follow.
 */
export function getFormConfig(): FormConfig {
  requireScopes();
  const lang = userLanguage();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const log = findMissionLog(spreadsheet, lang);
  const lastColumn = log ? log.getLastColumn() : 0;
  const header = log && lastColumn > 0 ? log.getRange(1, 1, 1, lastColumn).getValues()[0]! : [];
  const settings = readKrSettings(spreadsheet, lang, logLanguage(header) ?? lang);
  const { definition } = settings;
  const problems = settings.problems.map((problem) => settingsProblemText(problem, lang));
  if (log) {
    pinMissionLog(log);
    const others = otherMissionLogs(spreadsheet, log);
    if (others.length > 0) {
      const used = log.getName();
      problems.push(message(lang, 'log.problem.twoLogs', { names: [used, ...others].join(', '), used }));
    }
  }
  const today = dateReaderFor(spreadsheetZone(spreadsheet, true))(new Date());
  const fiscalYear = definition.fiscalYear ?? fiscalYearOf(today);
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
    today: toIsoDate(today),
    target: definition.target,
    ladder: definition.ladder.map((level) => ({ ...level })),
    method: definition.method,
    krName: definition.krName,
    problems,
  };
}
