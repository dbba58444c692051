// The demo of `npm start -- --demo`: sample missions and how they fill a new spreadsheet (out of state.ts).
// The missions are invented, of FY 2568, and name organisations, never people.

import {
  type CalendarDate,
  calendarDateAt,
  dateOfDayNumber,
  dayNumber,
  fiscalYearOf,
  fiscalYearRange,
  toIsoDate,
} from '../../src/core/dates/calendar';
import { formatThaiDate } from '../../src/core/dates/thaiDate';
import { COLUMNS, KINDS, SETTINGS_FIELDS, STATUSES, settingsFieldOf } from '../../src/core/log/vocabulary';
import type { Emulator } from '../emulator';
import type { PreviewLang } from './state';

interface DemoMission {
  date: string;
  kind: (typeof KINDS)[number]['key'];
  title: { th: string; en: string };
  counterpart: string;
  country: { th: string; en: string };
  place: { th: string; en: string };
  lead: { th: string; en: string };
  status: 'done' | 'planned' | 'cancelled';
  steps: boolean[];
  evidence?: string;
  notes?: { th: string; en: string };
}

const CITY_HALL = { th: 'ศาลาว่าการกรุงเทพมหานคร (เสาชิงช้า)', en: 'Bangkok City Hall, Sao Chingcha' };
const CITY_HALL_2 = { th: 'ศาลาว่าการกรุงเทพมหานคร 2 (ดินแดง)', en: 'Bangkok City Hall 2, Din Daeng' };
const GOVERNOR = { th: 'ผู้ว่าราชการกรุงเทพมหานคร', en: 'Governor of Bangkok' };
const DEPUTY = { th: 'รองผู้ว่าราชการกรุงเทพมหานคร', en: 'Deputy Governor of Bangkok' };
const DIRECTOR = { th: 'ผู้อำนวยการสำนักงานการต่างประเทศ', en: 'Director, International Affairs Office' };
const ALL = [true, true, true, true, true];

export const DEMO_MISSIONS: readonly DemoMission[] = [
  {
    date: '2024-10-17',
    kind: 'courtesy_call',
    title: {
      th: 'การเยี่ยมคารวะผู้ว่าราชการกรุงเทพมหานครโดยนายกเทศมนตรีเมืองฟุกุโอกะ',
      en: 'Courtesy call on the Governor by the Mayor of Fukuoka',
    },
    counterpart: 'Fukuoka City',
    country: { th: 'ญี่ปุ่น', en: 'Japan' },
    place: CITY_HALL,
    lead: GOVERNOR,
    status: 'done',
    steps: ALL,
    evidence: 'https://example.org/kr/2568/fukuoka-courtesy-call',
  },
  {
    date: '2024-11-07',
    kind: 'reception',
    title: {
      th: 'การต้อนรับคณะผู้แทนรัฐบาลกรุงโซล',
      en: 'Reception of a delegation of the Seoul Metropolitan Government',
    },
    counterpart: 'Seoul Metropolitan Government',
    country: { th: 'เกาหลีใต้', en: 'Republic of Korea' },
    place: CITY_HALL_2,
    lead: DEPUTY,
    status: 'done',
    steps: [true, true, true, true, false],
    evidence: 'https://example.org/kr/2568/seoul-delegation',
  },
  {
    date: '2024-12-12',
    kind: 'key_to_city',
    title: {
      th: 'พิธีมอบกุญแจเมืองแก่นายกเทศมนตรีเมืองลูเมเรีย',
      en: 'Key to the city for the Mayor of the City of Lumeria',
    },
    counterpart: 'City of Lumeria',
    country: { th: 'โปรตุเกส', en: 'Portugal' },
    place: CITY_HALL,
    lead: GOVERNOR,
    status: 'done',
    steps: ALL,
    evidence: 'https://example.org/kr/2568/lumeria-key',
    notes: { th: 'เมืองสมมุติสำหรับข้อมูลตัวอย่าง', en: 'An invented city for the sample data' },
  },
  {
    date: '2025-01-21',
    kind: 'agreement_signing',
    title: {
      th: 'การลงนามบันทึกความเข้าใจด้านการจัดการน้ำกับสภาเมืองบริสเบน',
      en: 'Signing of an MoU on water management with Brisbane City Council',
    },
    counterpart: 'Brisbane City Council',
    country: { th: 'ออสเตรเลีย', en: 'Australia' },
    place: CITY_HALL,
    lead: GOVERNOR,
    status: 'done',
    steps: ALL,
    evidence: 'https://example.org/kr/2568/brisbane-mou',
  },
  {
    date: '2025-02-18',
    kind: 'speech',
    title: {
      th: 'การกล่าวสุนทรพจน์ในการประชุมเครือข่ายเมืองอัจฉริยะอาเซียน',
      en: 'Speech at the ASEAN Smart Cities Network meeting',
    },
    counterpart: 'ASEAN Smart Cities Network',
    country: { th: 'หลายประเทศ', en: 'Several countries' },
    place: { th: 'ศูนย์การประชุมแห่งชาติสิริกิติ์', en: 'Queen Sirikit National Convention Center' },
    lead: DEPUTY,
    status: 'done',
    steps: [true, true, true, false, false],
    evidence: 'https://example.org/kr/2568/ascn-speech',
  },
  {
    date: '2025-03-25',
    kind: 'welcome_ceremony',
    title: {
      th: 'พิธีต้อนรับอย่างเป็นทางการคณะผู้แทนกรุงบูดาเปสต์',
      en: 'Official welcome ceremony for the delegation of Budapest',
    },
    counterpart: 'Municipality of Budapest',
    country: { th: 'ฮังการี', en: 'Hungary' },
    place: CITY_HALL,
    lead: GOVERNOR,
    status: 'done',
    steps: ALL,
    evidence: 'https://example.org/kr/2568/budapest-welcome',
  },
  {
    date: '2025-04-10',
    kind: 'reception',
    title: {
      th: 'การต้อนรับคณะผู้แทนกรุงพนมเปญ',
      en: 'Reception of a delegation of the Phnom Penh Capital Administration',
    },
    counterpart: 'Phnom Penh Capital Administration',
    country: { th: 'กัมพูชา', en: 'Cambodia' },
    place: CITY_HALL_2,
    lead: DIRECTOR,
    status: 'cancelled',
    steps: [true, false, false, false, false],
    notes: { th: 'เลื่อนการเดินทางโดยฝ่ายผู้มาเยือน', en: 'Postponed by the visitors' },
  },
  {
    date: '2025-05-22',
    kind: 'courtesy_call',
    title: {
      th: 'การเยี่ยมคารวะโดยรองประธานคณะกรรมการประชาชนกรุงฮานอย',
      en: "Courtesy call by the Vice Chair of the Hanoi People's Committee",
    },
    counterpart: "Hanoi People's Committee",
    country: { th: 'เวียดนาม', en: 'Viet Nam' },
    place: CITY_HALL,
    lead: DEPUTY,
    status: 'done',
    steps: [true, true, true, true, false],
    evidence: 'https://example.org/kr/2568/hanoi-courtesy-call',
  },
  {
    date: '2025-06-16',
    kind: 'reception',
    title: {
      th: 'การต้อนรับคณะผู้แทนเทศบาลเมืองอาราเวล',
      en: 'Reception of a delegation of the Aravel Municipality',
    },
    counterpart: 'Aravel Municipality',
    country: { th: 'ชิลี', en: 'Chile' },
    place: CITY_HALL_2,
    lead: DIRECTOR,
    status: 'done',
    steps: [true, true, false, false, false],
    notes: { th: 'เมืองสมมุติสำหรับข้อมูลตัวอย่าง', en: 'An invented city for the sample data' },
  },
  {
    date: '2025-08-20',
    kind: 'agreement_signing',
    title: {
      th: 'การลงนามข้อตกลงเมืองพี่เมืองน้องกับเมืองพอร์ตโซแลนน์',
      en: 'Signing of a sister-city agreement with Port Solenne',
    },
    counterpart: 'City of Port Solenne',
    country: { th: 'แคนาดา', en: 'Canada' },
    place: CITY_HALL,
    lead: GOVERNOR,
    status: 'planned',
    steps: [true, false, false, false, false],
  },
  {
    date: '2025-09-09',
    kind: 'speech',
    title: {
      th: 'การกล่าวสุนทรพจน์ในการประชุมนายกเทศมนตรีเมืองหลวงเอเชีย',
      en: 'Speech at the Asian capital cities mayors forum',
    },
    counterpart: 'Asian Network of Major Cities 21',
    country: { th: 'หลายประเทศ', en: 'Several countries' },
    place: { th: 'โรงแรมในกรุงเทพมหานคร', en: 'A hotel in Bangkok' },
    lead: GOVERNOR,
    status: 'done',
    steps: ALL,
    evidence: 'https://example.org/kr/2568/anmc21-speech',
  },
];

/** One row typed by hand: no ID, a Thai text date (moved like the others), the kind and status as Thai labels. */
const HAND_TYPED = {
  date: '2025-03-12',
  kind: 'courtesy_call',
  title: {
    th: 'การเยี่ยมคารวะโดยคณะผู้แทนรัฐบาลจังหวัดจาการ์ตา',
    en: 'Courtesy call by a delegation of the Jakarta Provincial Government',
  },
  counterpart: 'Jakarta Provincial Government',
  country: { th: 'อินโดนีเซีย', en: 'Indonesia' },
  place: CITY_HALL,
  lead: DIRECTOR,
  status: 'done',
} as const;

/** The demo's missions are written for FY 2568: the first day of that year. */
const DEMO_YEAR_START = Date.UTC(2024, 9, 1);
const DAY = 86_400_000;

/**
 * A day of the demo moved into the current fiscal year, keeping its place in the year but squeezed into the
 * part of it gone by, so that every mission has happened by today and the demo counts as of now.
 */
export function demoDay(iso: string, today: Date): CalendarDate {
  const now = calendarDateAt(today);
  const { start } = fiscalYearRange(fiscalYearOf(now));
  const share = (Date.parse(`${iso}T00:00:00Z`) - DEMO_YEAR_START) / (365 * DAY);
  const gone = dayNumber(now) - dayNumber(start);
  return dateOfDayNumber(dayNumber(start) + Math.floor(share * gone));
}

/**
 * Fills a new spreadsheet: setup, Settings' fiscal year left blank (the current one), the missions spread over
 * the months of it so far, one hand-typed row, the summary.
 */
export function seedDemo(emu: Emulator, lang: PreviewLang, today = new Date()): void {
  emu.run('setupSheets');
  const settings = emu.spreadsheet
    .getSheets()
    .find((s) => ['ตั้งค่า', 'settings'].includes(s.getName().trim().toLowerCase()));
  if (!settings) throw new Error('Preview demo: setupSheets made no Settings tab');
  const labels = settings.getDataRange().getValues();
  const fiscalRow = labels.findIndex((row) => settingsFieldOf(row[0]) === 'fiscalYear');
  if (fiscalRow < 0) {
    const names = SETTINGS_FIELDS.map((f) => f[lang]).join(', ');
    throw new Error(`Preview demo: no fiscal-year row in Settings (${names})`);
  }
  settings.getRange(fiscalRow + 1, 2).setValue('');

  for (const m of DEMO_MISSIONS) {
    const input = {
      date: toIsoDate(demoDay(m.date, today)),
      kind: m.kind,
      title: m.title[lang],
      counterpart: m.counterpart,
      country: m.country[lang],
      place: m.place[lang],
      lead: m.lead[lang],
      status: m.status,
      steps: m.steps,
      evidence: m.evidence ?? '',
      notes: m.notes?.[lang] ?? '',
    };
    const result = emu.bridge.run('submitMission', [input]) as { ok: boolean; errors?: unknown };
    if (!result?.ok)
      throw new Error(`Preview demo: submitMission refused ${m.title.en}: ${JSON.stringify(result)}`);
  }

  const log = emu.spreadsheet
    .getSheets()
    .find((s) => ['ภารกิจ', 'missions'].includes(s.getName().trim().toLowerCase()));
  if (!log) throw new Error('Preview demo: setupSheets made no mission log');
  const header = log.getRange(1, 1, 1, log.getLastColumn()).getValues()[0] ?? [];
  const row = header.map((title) => {
    const column = COLUMNS.find((c) => c.th === title || c.en === title);
    switch (column?.key) {
      case 'date':
        return formatThaiDate(demoDay(HAND_TYPED.date, today));
      case 'kind':
        return KINDS.find((k) => k.key === HAND_TYPED.kind)![lang];
      case 'title':
        return HAND_TYPED.title[lang];
      case 'counterpart':
        return HAND_TYPED.counterpart;
      case 'country':
        return HAND_TYPED.country[lang];
      case 'place':
        return HAND_TYPED.place[lang];
      case 'lead':
        return HAND_TYPED.lead[lang];
      case 'status':
        return STATUSES.find((s) => s.key === HAND_TYPED.status)![lang];
      case 'step1':
      case 'step2':
      case 'step3':
        return true;
      case 'step4':
      case 'step5':
      case 'verified':
        return false;
      default:
        return '';
    }
  });
  log.getRange(log.getLastRow() + 1, 1, 1, row.length).setValues([row]);
  emu.run('buildSummary');
}
