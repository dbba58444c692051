// The Help dialog of the menu: what the add-on does, the custom functions, where the data lives.
import { escapeHtml } from './html';
import type { Lang } from './i18n';

export { HELP_PAGES } from './helpPages';

import { SHEET_NAMES } from '../log/vocabulary';

interface HelpText {
  readonly intro: string;
  readonly steps: readonly string[];
  readonly functionsTitle: string;
  readonly functions: readonly [string, string][];
  readonly dataTitle: string;
  readonly data: readonly string[];
}

const HELP: Record<Lang, HelpText> = {
  th: {
    intro:
      'KR Tracker นับภารกิจด้านพิธีการทูตเมืองของปีงบประมาณ (1 ต.ค. – 30 ก.ย.) และคิดคะแนนตามขั้นคะแนนของบัตร KR (เป้าหมาย 10 ครั้ง = 5 คะแนน)',
    steps: [
      'ตั้งค่าชีต: สร้างชีตบันทึกภารกิจและชีตตั้งค่า (ทำซ้ำได้ ข้อมูลเดิมไม่หาย)',
      'เปิดแบบฟอร์มบันทึกภารกิจ: กรอกภารกิจทีละครั้ง ระบบเพิ่มแถวให้และบอกจำนวนกับคะแนนล่าสุด',
      'สร้างหน้าสรุปผล: สรุปสำหรับผู้อำนวยการ พร้อมกราฟ รายไตรมาส และค่าสะสมสำหรับ Policy Tracking สร้างครั้งเดียว แล้วอัปเดตเองตามข้อมูลและวันที่',
      'ตรวจสอบการทำงานกับ Google ชีต: ลองสิ่งที่ KR Tracker ต้องพึ่งพาในสเปรดชีตนี้ (ในชีตชั่วคราวที่ลบทิ้งเอง) แล้วแสดงผลพร้อมรายงานให้คัดลอกส่งผู้ดูแล',
    ],
    functionsTitle: 'ฟังก์ชันที่พิมพ์ในเซลล์ได้',
    functions: [
      ['=KR_COUNT(ภารกิจ!A1:U)', 'จำนวนภารกิจที่นับได้ในปีงบประมาณปัจจุบัน'],
      ['=KR_SCORE(7)', 'คะแนนของจำนวนครั้ง (7 ครั้ง = 3 คะแนน)'],
      ['=FISCAL_YEAR(B2)', 'ปีงบประมาณ พ.ศ. ของวันที่'],
      ['=THAI_DATE(B2)', 'วันที่แบบไทย เช่น 1 ต.ค. 2567'],
    ],
    dataTitle: 'ข้อมูลอยู่ที่ไหน',
    data: [
      `ชีต ${SHEET_NAMES.missions.th}: หนึ่งแถวต่อหนึ่งภารกิจ แก้ไขหรือเพิ่มแถวเองได้`,
      `ชีต ${SHEET_NAMES.settings.th}: ชื่อ KR ปีงบประมาณ ค่าเป้าหมาย และขั้นคะแนน`,
      `ชีต ${SHEET_NAMES.summary.th}: สร้างครั้งเดียวจากเมนู แล้วตัวเลขอัปเดตเองตามข้อมูล อย่าพิมพ์ข้อมูลไว้ในชีตนี้`,
      'ที่นับ: ภารกิจสถานะ ดำเนินการแล้ว ที่ลงวันที่ในปีงบประมาณและไม่เกินวันนี้ รหัสซ้ำนับครั้งเดียว ภารกิจที่อาจซ้ำกัน (วันที่ ประเภท และเมือง/องค์กรเดียวกัน) ยังนับทั้งคู่ และแสดงในหน้าสรุปผลให้ผู้ตรวจสอบตัดสิน',
      'สิ่งที่ควรแก้ในชีตตั้งค่าหรือมีชีตบันทึกภารกิจสองชีต แสดงที่หัวแบบฟอร์มและหน้าสรุปผล พร้อมบอกช่องที่ต้องแก้',
      'ข้อมูลทั้งหมดอยู่ในสเปรดชีตนี้เท่านั้น ไม่ส่งออกไปที่อื่น',
    ],
  },
  en: {
    intro:
      'KR Tracker counts the city-diplomacy protocol missions of the fiscal year (1 October – 30 September) and scores them on the KR card ladder (a target of 10 = 5 points).',
    steps: [
      'Set up sheets: creates the mission log and the Settings tab (safe to run again; nothing is lost).',
      'Open mission form: record one mission at a time; a row is added and the new count and points are shown.',
      'Build summary: a page for the director with charts, quarters and the Policy Tracking values; built once, it then follows the data and the calendar by itself.',
      'Check this spreadsheet: tries here what KR Tracker relies on (in a temporary sheet it removes) and shows the results, with a report to copy for whoever looks after KR Tracker.',
    ],
    functionsTitle: 'Functions to type in a cell',
    functions: [
      ['=KR_COUNT(Missions!A1:U)', 'missions that count in the current fiscal year'],
      ['=KR_SCORE(7)', 'the points of a count (7 missions = 3 points)'],
      ['=FISCAL_YEAR(B2)', 'the B.E. fiscal year of a date'],
      ['=THAI_DATE(B2)', 'a date the Thai way, e.g. 1 ต.ค. 2567'],
    ],
    dataTitle: 'Where the data lives',
    data: [
      `${SHEET_NAMES.missions.en} sheet: one row a mission; edit or add rows by hand too.`,
      `${SHEET_NAMES.settings.en} sheet: the KR name, fiscal year, target and ladder.`,
      `${SHEET_NAMES.summary.en} sheet: built once from the menu, then its figures follow the data; do not type into it.`,
      'What counts: missions with the status done, dated in the fiscal year and not after today; the same ID twice counts once. Possible duplicates (same date, kind and counterpart) both still count, and the summary lists them for the reviewer to decide.',
      'Anything to fix in Settings, or a second mission log, is shown at the top of the form and of the summary, with the cell to fix.',
      'Everything stays in this spreadsheet; nothing is sent anywhere else.',
    ],
  },
};

/** The Help dialog's page: every piece of text escaped. */
export function helpHtml(lang: Lang): string {
  const help = HELP[lang];
  const e = escapeHtml;
  return [
    '<!DOCTYPE html><html><head><base target="_top"><meta charset="utf-8"><style>',
    'body{font:14px/1.5 Arial,"Sarabun",sans-serif;color:#202124;margin:0 4px}',
    'h2{font-size:15px;margin:16px 0 6px}code{background:#f1f3f4;padding:1px 4px;border-radius:3px}',
    'li{margin:4px 0}</style></head><body>',
    `<p>${e(help.intro)}</p><ol>${help.steps.map((s) => `<li>${e(s)}</li>`).join('')}</ol>`,
    `<h2>${e(help.functionsTitle)}</h2><ul>`,
    ...help.functions.map(([code, what]) => `<li><code>${e(code)}</code> ${e(what)}</li>`),
    `</ul><h2>${e(help.dataTitle)}</h2><ul>${help.data.map((d) => `<li>${e(d)}</li>`).join('')}</ul>`,
    '</body></html>',
  ].join('');
}
