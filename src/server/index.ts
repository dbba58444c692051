// The entry: it only exposes the add-on's top-level functions. The build copies each JSDoc above its global.
import * as custom from './customFunctions';
import * as formConfig from './formConfig';
import * as menu from './menu';
import * as missions from './missions';
import * as selfCheck from './selfCheck';
import * as setup from './setup';
import * as submit from './submit';
import * as summary from './summary';

/**
 * Counts the city-diplomacy protocol missions of a fiscal year in a mission log.
 * นับจำนวนภารกิจด้านพิธีการทูตเมืองของปีงบประมาณจากบันทึกภารกิจ
 *
 * @param {Range} missions The mission-log range with its header row, e.g. Missions!A1:U (ช่วงบันทึกภารกิจพร้อมแถวหัวตาราง).
 * @param {number} fiscal_year Optional. The fiscal year, B.E. (2568) or C.E. (2025); default the current one.
 * @param {boolean} verified_only Optional. TRUE to count only missions ticked as verified; default FALSE.
 * @param {Date} as_of Optional. The day to count up to, e.g. DATE(2025,3,31); default today. A done mission dated later does not count.
 * @return {number} The number of missions that count.
 * @customfunction
 */
export function KR_COUNT(
  missions: unknown,
  fiscal_year?: unknown,
  verified_only?: unknown,
  as_of?: unknown,
): number {
  return custom.KR_COUNT(missions, fiscal_year, verified_only, as_of);
}

/**
 * Gives the points a count of missions earns on the KR ladder.
 * ให้คะแนนตามขั้นคะแนนของ KR จากจำนวนภารกิจ
 *
 * @param {number|Range} value Optional. A count, a range of counts, or a mission-log range with its header; none: the mission-log sheet (does not refresh on edits).
 * @param {Range} ladder Optional. Two columns, threshold and points; default (2,1) (4,2) (6,3) (8,4) (10,5).
 * @param {string} method Optional. "step" (default) or "linear".
 * @return {number} The points, or a range of points for a range of counts.
 * @customfunction
 */
export function KR_SCORE(value?: unknown, ladder?: unknown, method?: unknown): unknown {
  return custom.KR_SCORE(value, ladder, method);
}

/**
 * Gives the Thai fiscal year (1 October to 30 September) of a date.
 * ให้ปีงบประมาณของวันที่ (1 ต.ค. ถึง 30 ก.ย.)
 *
 * @param {Date|Range} date A date, a date as text (2025-01-15, 15/1/2568, 15 ม.ค. 2568) or a range of them.
 * @param {string} era Optional. "BE" (default, พ.ศ.) or "CE" (ค.ศ.).
 * @return {number} The fiscal year, or a range of them.
 * @customfunction
 */
export function FISCAL_YEAR(date: unknown, era?: unknown): unknown {
  return custom.FISCAL_YEAR(date, era);
}

/**
 * Writes a date the Thai way in the Buddhist era: 1 ต.ค. 2567.
 * แสดงวันที่แบบไทย ปีพุทธศักราช เช่น 1 ต.ค. 2567
 *
 * @param {Date|Range} date A date, a date as text, or a range of them.
 * @param {string} style Optional. "short" (default, 1 ต.ค. 2567) or "long" (1 ตุลาคม 2567).
 * @return {string} The Thai date, or a range of them.
 * @customfunction
 */
export function THAI_DATE(date: unknown, style?: unknown): unknown {
  return custom.THAI_DATE(date, style);
}

/**
 * The summary's title: KR name, host unit, fiscal year and as-of day, Settings problems (หัวหน้าสรุปผล).
 * @param {Range} settings Settings!A1:B.
 * @param {Date} as_of Optional. Default today.
 * @param {string} lang Optional. "th" or "en".
 * @return {string} Four rows.
 * @customfunction
 */
export function KR_TITLE(settings: unknown, as_of?: unknown, lang?: unknown): unknown {
  return custom.KR_TITLE(settings, as_of, lang);
}

/**
 * The summary's result: count, points, still needed, expected, projected, status (ผลการดำเนินงาน).
 * @param {Range} missions The mission log with its header, e.g. Missions!A1:U.
 * @param {Range} settings Settings!A1:B.
 * @param {Date} as_of Optional. Default today.
 * @param {string} lang Optional. "th" or "en".
 * @return {number} Six rows of a value and its meaning.
 * @customfunction
 */
export function KR_RESULT(missions: unknown, settings: unknown, as_of?: unknown, lang?: unknown): unknown {
  return custom.KR_RESULT(missions, settings, as_of, lang);
}

/**
 * Missions counted by kind, with a header (จำนวนภารกิจตามประเภท).
 * @param {Range} missions The mission log with its header, e.g. Missions!A1:U.
 * @param {Range} settings Settings!A1:B.
 * @param {Date} as_of Optional. Default today.
 * @param {string} lang Optional. "th" or "en".
 * @return {number} Kind and missions.
 * @customfunction
 */
export function KR_BY_KIND(missions: unknown, settings: unknown, as_of?: unknown, lang?: unknown): unknown {
  return custom.KR_BY_KIND(missions, settings, as_of, lang);
}

/**
 * Missions by month, October first: missions, cumulative, target, expected by then (รายเดือน).
 * @param {Range} missions The mission log with its header, e.g. Missions!A1:U.
 * @param {Range} settings Settings!A1:B.
 * @param {Date} as_of Optional. Default today; later months blank.
 * @param {string} lang Optional. "th" or "en".
 * @return {number} Month, missions, cumulative, target, expected.
 * @customfunction
 */
export function KR_BY_MONTH(missions: unknown, settings: unknown, as_of?: unknown, lang?: unknown): unknown {
  return custom.KR_BY_MONTH(missions, settings, as_of, lang);
}

/**
 * The missions counted, the rows not counted and why, the likely duplicates (รายการภารกิจ).
 * @param {Range} missions The mission log with its header, e.g. Missions!A1:U.
 * @param {Range} settings Settings!A1:B.
 * @param {Date} as_of Optional. Default today.
 * @param {string} lang Optional. "th" or "en".
 * @return {string} Each list with a heading and a header.
 * @customfunction
 */
export function KR_MISSIONS(missions: unknown, settings: unknown, as_of?: unknown, lang?: unknown): unknown {
  return custom.KR_MISSIONS(missions, settings, as_of, lang);
}

/**
 * The coordinator and the signatory from Settings (ผู้รับรองข้อมูล).
 * @param {Range} settings Settings!A1:B.
 * @param {string} lang Optional. "th" or "en".
 * @return {string} Two rows.
 * @customfunction
 */
export function KR_SIGN_OFF(settings: unknown, lang?: unknown): unknown {
  return custom.KR_SIGN_OFF(settings, lang);
}

/** Adds the KR Tracker menu when the spreadsheet opens (only the menu: it may run in AuthMode.NONE). */
export function onOpen(e?: unknown): void {
  menu.onOpen(e);
}

/** Adds the menu right after the add-on is installed, as Google asks of every add-on. */
export function onInstall(e?: unknown): void {
  menu.onOpen(e);
}

/** Opens the mission form in the sidebar. */
export function showSidebar(): void {
  menu.showSidebar();
}

/** Shows what the add-on does, its functions and where the data lives. */
export function showHelp(): void {
  menu.showHelp();
}

/** Creates or repairs the mission log and the Settings tab; no mission row is ever touched. */
export function setupSheets(): ReturnType<typeof setup.setupSheets> {
  return setup.setupSheets();
}

/** Builds (or rebuilds) the live summary tab for the director and shows it; no other sheet is touched. */
export function buildSummary(): summary.BuildReport {
  return summary.buildSummary();
}

/** What the sidebar form needs: kinds, statuses, fiscal year, target, ladder, language (plain JSON). */
export function getFormConfig(): formConfig.FormConfig {
  return formConfig.getFormConfig();
}

/** Appends one mission from the sidebar form to the mission log: `{ ok, id, row, count, points }` or `{ ok: false, errors }`. */
export function submitMission(input: unknown): submit.SubmitResult {
  return submit.submitMission(input);
}

/** The missions of a fiscal year for the sidebar's list: newest first, each with whether it counts and why not. */
export function listMissions(options?: missions.ListOptions): missions.ListResult {
  return missions.listMissions(options);
}

/** Changes fields of one mission (same rules as a new one), when its row is still as it was opened; History kept. */
export function updateMission(id: unknown, changes: unknown, version: unknown): missions.ChangeResult {
  return missions.updateMission(id, changes, version);
}

/** Ticks or unticks Verified on one mission: reviewers named in Settings (or the owner) only; History kept. */
export function verifyMission(id: unknown, verified: unknown): missions.ChangeResult {
  return missions.verifyMission(id, verified);
}

/** Tries in this spreadsheet each platform behaviour the add-on relies on, and shows the results with a report. */
export function runSelfCheck(): ReturnType<typeof selfCheck.runSelfCheck> {
  return selfCheck.runSelfCheck();
}
