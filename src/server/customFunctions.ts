// The adapter between Sheets and the pure custom functions: the clock, the language, the zone, the log sheet.
import * as functions from '../core/customFunctions';
import type { DateOfInstant } from '../core/dates/thaiDate';
import type { Lang } from '../core/i18n/messages';
import { readSettings } from '../core/kr/settings';
import { findSheet, sheetValues, spreadsheetDateReader, userLanguage } from './spreadsheet';

function environment(): functions.FunctionEnv {
  let lang: Lang | undefined;
  let reader: DateOfInstant | undefined;
  return {
    now: () => new Date(),
    lang: () => (lang ??= userLanguage()),
    // Asked for only when a function reads a date: KR_SCORE(7) costs the spreadsheet nothing.
    get dateOfInstant() {
      reader ??= spreadsheetDateReader();
      return reader;
    },
    missionLog() {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const log = findSheet(spreadsheet, 'missions', 'th');
      if (!log) return undefined;
      const settings = findSheet(spreadsheet, 'settings', 'th');
      const settingsRows = settings ? sheetValues(settings) : [];
      return {
        rows: sheetValues(log),
        definition: readSettings(settingsRows, 'th').definition,
      };
    },
  };
}

export function KR_COUNT(
  missions: unknown,
  fiscalYear?: unknown,
  verifiedOnly?: unknown,
  asOf?: unknown,
): number {
  return functions.krCount(environment(), missions, fiscalYear, verifiedOnly, asOf);
}

export function KR_SCORE(value?: unknown, ladder?: unknown, method?: unknown): unknown {
  return functions.krScore(environment(), value, ladder, method);
}

export function FISCAL_YEAR(date: unknown, era?: unknown): unknown {
  return functions.fiscalYear(environment(), date, era);
}

export function THAI_DATE(date: unknown, style?: unknown): unknown {
  return functions.thaiDate(environment(), date, style);
}

export function KR_TITLE(settings: unknown, asOf?: unknown, lang?: unknown): unknown {
  return functions.krTitle(environment(), settings, asOf, lang);
}

export function KR_RESULT(missions: unknown, settings: unknown, asOf?: unknown, lang?: unknown): unknown {
  return functions.krResult(environment(), missions, settings, asOf, lang);
}

export function KR_BY_KIND(missions: unknown, settings: unknown, asOf?: unknown, lang?: unknown): unknown {
  return functions.krByKind(environment(), missions, settings, asOf, lang);
}

export function KR_BY_MONTH(missions: unknown, settings: unknown, asOf?: unknown, lang?: unknown): unknown {
  return functions.krByMonth(environment(), missions, settings, asOf, lang);
}

export function KR_MISSIONS(missions: unknown, settings: unknown, asOf?: unknown, lang?: unknown): unknown {
  return functions.krMissions(environment(), missions, settings, asOf, lang);
}

export function KR_SIGN_OFF(settings: unknown, lang?: unknown): unknown {
  return functions.krSignOff(environment(), settings, lang);
}
