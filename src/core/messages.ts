// The one message catalog of the add-on: every user-facing string, in Thai and English.

export type Lang = 'th' | 'en';

/** Thai for a Thai locale or none at all (SPEC §6: Thai by default); English for every other locale. */
export function languageOf(locale: string | null | undefined): Lang {
  const tag = String(locale ?? '')
    .trim()
    .toLowerCase();
  if (tag === '' || tag.startsWith('th')) return 'th';
  return 'en';
}

const th = {
  // Errors of the custom functions: {fn} the function, {arg} the argument, {got} what it received.
  'arg.missionsRange': '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็นช่วงของบันทึกภารกิจที่มีแถวหัวตาราง เช่น ภารกิจ!A1:S',
  'arg.missingColumn': '{fn}: อาร์กิวเมนต์ {arg} ไม่มีคอลัมน์ {column} ในแถวหัวตาราง (ต้องมีคอลัมน์วันที่และสถานะ)',
  'arg.fiscalYear': '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็นปีงบประมาณ เช่น 2568 (พ.ศ.) หรือ 2025 (ค.ศ.) ได้รับ {got}',
  'arg.boolean': '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็น TRUE หรือ FALSE ได้รับ {got}',
  'arg.count': '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็นจำนวนครั้งที่ไม่ติดลบ ได้รับ {got}',
  'arg.countCell': '{fn}: อาร์กิวเมนต์ {arg} แถว {row} คอลัมน์ {col} ต้องเป็นจำนวนครั้งที่ไม่ติดลบ ได้รับ {got}',
  'arg.ladder':
    '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็นช่วง 2 คอลัมน์ (เกณฑ์, คะแนน) เช่น (2,1) (4,2) (6,3) (8,4) (10,5): {problem}',
  'arg.method': '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็น "step" หรือ "linear" ได้รับ {got}',
  'arg.date': '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็นวันที่ เช่น 2025-01-15 หรือ 15 ม.ค. 2568 ได้รับ {got}',
  'arg.dateCell': '{fn}: อาร์กิวเมนต์ {arg} แถว {row} คอลัมน์ {col} ต้องเป็นวันที่ เช่น 2025-01-15 ได้รับ {got}',
  'arg.era': '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็น "BE" (พ.ศ.) หรือ "CE" (ค.ศ.) ได้รับ {got}',
  'arg.style': '{fn}: อาร์กิวเมนต์ {arg} ต้องเป็น "short" หรือ "long" ได้รับ {got}',
  'arg.noMissionLog': '{fn}: ไม่พบชีต ภารกิจ (หรือ Missions) ในไฟล์นี้ ให้ใช้เมนู ตั้งค่าชีต ก่อน',
  'arg.nothing': 'ค่าว่าง',
  // Ladder problems.
  'ladder.empty': 'ไม่มีขั้นคะแนน',
  'ladder.notNumber': 'ขั้นที่ {level}: เกณฑ์และคะแนนต้องเป็นตัวเลข',
  'ladder.negative': 'ขั้นที่ {level}: ค่าติดลบไม่ได้',
  'ladder.notRising': 'ขั้นที่ {level}: เกณฑ์ต้องสูงกว่าขั้นก่อนหน้า',
  'ladder.pointsFalling': 'ขั้นที่ {level}: คะแนนต้องไม่น้อยกว่าขั้นก่อนหน้า',
  // Why a row of the mission log does not count.
  'reason.blank': 'แถวว่าง',
  'reason.noDate': 'ไม่มีวันที่',
  'reason.invalidDate': 'วันที่ไม่ถูกต้อง: {value}',
  'reason.outsideFiscalYear': 'อยู่นอกปีงบประมาณ {fiscalYear}',
  'reason.notDone': 'สถานะไม่ใช่ ดำเนินการแล้ว ({value})',
  'reason.unknownStatus': 'ไม่รู้จักสถานะ: {value}',
  'reason.duplicateId': 'รหัสซ้ำกับแถว {firstRow}',
  'reason.notVerified': 'ยังไม่ได้ตรวจสอบ',
  // Header mapping.
  'header.missing': 'ไม่พบคอลัมน์ {column} ในแถวหัวตารางของ {sheet}',
  // The form and submitMission.
  'field.required': 'กรุณากรอก{label}',
  'field.tooLong': '{label}ยาวเกิน {max} ตัวอักษร',
  'field.date': 'วันที่ต้องอยู่ในรูปแบบ ปปปป-ดด-วว และเป็นวันที่ที่มีอยู่จริง',
  'field.kind': 'กรุณาเลือกประเภทภารกิจจากรายการ',
  'field.status': 'กรุณาเลือกสถานะจากรายการ',
  'field.steps': 'ขั้นตอนต้องเป็นช่องทำเครื่องหมาย 5 ช่อง',
  'field.evidence': 'หลักฐานต้องเป็นลิงก์ที่ขึ้นต้นด้วย http:// หรือ https://',
  'field.id': 'รหัสภารกิจไม่ถูกต้อง',
  'field.text': '{label}ต้องเป็นข้อความ',
  'field.input': 'ข้อมูลที่ส่งมาไม่ใช่แบบฟอร์มภารกิจ',
  'server.notYet': 'ฟังก์ชัน {fn} ยังไม่พร้อมใช้งานในรุ่นนี้',
} as const;

export type MessageKey = keyof typeof th;

const en: Record<MessageKey, string> = {
  'arg.missionsRange':
    '{fn}: argument {arg} must be the mission-log range with its header row, e.g. Missions!A1:S',
  'arg.missingColumn':
    '{fn}: argument {arg} has no {column} column in its header row (the date and status columns are needed)',
  'arg.fiscalYear':
    '{fn}: argument {arg} must be a fiscal year such as 2568 (B.E.) or 2025 (C.E.); got {got}',
  'arg.boolean': '{fn}: argument {arg} must be TRUE or FALSE; got {got}',
  'arg.count': '{fn}: argument {arg} must be a count of missions, zero or more; got {got}',
  'arg.countCell': '{fn}: argument {arg}, row {row}, column {col} must be a count, zero or more; got {got}',
  'arg.ladder':
    '{fn}: argument {arg} must be a 2-column range of threshold and points, e.g. (2,1) (4,2) (6,3) (8,4) (10,5): {problem}',
  'arg.method': '{fn}: argument {arg} must be "step" or "linear"; got {got}',
  'arg.date': '{fn}: argument {arg} must be a date such as 2025-01-15 or 15/01/2025; got {got}',
  'arg.dateCell':
    '{fn}: argument {arg}, row {row}, column {col} must be a date such as 2025-01-15; got {got}',
  'arg.era': '{fn}: argument {arg} must be "BE" or "CE"; got {got}',
  'arg.style': '{fn}: argument {arg} must be "short" or "long"; got {got}',
  'arg.noMissionLog': '{fn}: this file has no Missions (ภารกิจ) sheet; use the menu Set up sheets first',
  'arg.nothing': 'nothing',
  'ladder.empty': 'it has no levels',
  'ladder.notNumber': 'level {level}: threshold and points must be numbers',
  'ladder.negative': 'level {level}: nothing may be negative',
  'ladder.notRising': 'level {level}: thresholds must rise',
  'ladder.pointsFalling': 'level {level}: points must not fall',
  'reason.blank': 'blank row',
  'reason.noDate': 'no date',
  'reason.invalidDate': 'invalid date: {value}',
  'reason.outsideFiscalYear': 'outside fiscal year {fiscalYear}',
  'reason.notDone': 'status is not done ({value})',
  'reason.unknownStatus': 'unknown status: {value}',
  'reason.duplicateId': 'same ID as row {firstRow}',
  'reason.notVerified': 'not verified',
  'header.missing': 'no {column} column in the header row of {sheet}',
  'field.required': '{label} is required',
  'field.tooLong': '{label} is longer than {max} characters',
  'field.date': 'The date must be a real date written YYYY-MM-DD',
  'field.kind': 'Choose a kind from the list',
  'field.status': 'Choose a status from the list',
  'field.steps': 'The steps must be five checkboxes',
  'field.evidence': 'Evidence must be a link starting with http:// or https://',
  'field.id': 'The mission ID is not valid',
  'field.text': '{label} must be text',
  'field.input': 'What was sent is not a mission form',
  'server.notYet': '{fn} is not yet available in this version',
};

const catalog: Record<Lang, Record<MessageKey, string>> = { th, en };

export type MessageParams = Record<string, string | number>;

/** The message `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function message(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return catalog[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Every key of the catalog, for the test that both languages are complete. */
export function messageKeys(): MessageKey[] {
  return Object.keys(th) as MessageKey[];
}

export function catalogFor(lang: Lang): Readonly<Record<MessageKey, string>> {
  return catalog[lang];
}
