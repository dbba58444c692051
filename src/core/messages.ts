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
  'reason.noStatus': 'ไม่มีสถานะ',
  // The menu (SPEC §5) and the help dialog.
  'menu.openForm': 'เปิดแบบฟอร์มบันทึกภารกิจ',
  'menu.buildSummary': 'สร้างหน้าสรุปผล',
  'menu.setup': 'ตั้งค่าชีต',
  'menu.help': 'วิธีใช้',
  'help.title': 'วิธีใช้ KR Tracker',
  'sidebar.title': 'บันทึกภารกิจ',
  // Submitting a mission.
  'submit.busy': 'มีผู้อื่นกำลังบันทึกอยู่ กรุณาลองใหม่อีกครั้งในอีกสักครู่ ข้อมูลที่กรอกไว้ยังอยู่ครบ',
  'submit.recorded': 'บันทึกภารกิจแล้ว (แถว {row})',
  'submit.already': 'ภารกิจนี้บันทึกไว้แล้ว (แถว {row}) ไม่ได้บันทึกซ้ำ',
  'submit.notCounted': 'บันทึกแล้ว แต่ไม่นับในปีงบประมาณ {fiscalYear}: {reason}',
  'submit.failed': 'บันทึกไม่สำเร็จ: {error} ข้อมูลที่กรอกไว้ยังอยู่ครบ',
  // Setup.
  'setup.done': 'ตั้งค่าชีตเรียบร้อย: {missions} และ {settings}',
  'setup.columnsAdded': 'เพิ่มคอลัมน์ที่ขาด: {columns}',
  'setup.headerNote': 'แถวหัวตารางของ KR Tracker: แก้ไขชื่อคอลัมน์แล้วการนับอาจผิด',
  'settings.title': 'การตั้งค่า KR Tracker',
  'settings.field': 'รายการ',
  'settings.value': 'ค่า',
  'settings.threshold': 'เกณฑ์ (ครั้ง)',
  'settings.points': 'คะแนน',
  'settings.problem.fiscalYear': 'ปีงบประมาณในชีตตั้งค่าไม่ถูกต้อง ({value}) จึงใช้ปีปัจจุบัน',
  'settings.problem.target': 'ค่าเป้าหมายในชีตตั้งค่าไม่ใช่ตัวเลขที่มากกว่า 0 ({value}) จึงใช้ค่าตามบัตร KR คือ 10',
  'settings.problem.method': 'วิธีคิดคะแนนในชีตตั้งค่าไม่รู้จัก ({value}) จึงใช้แบบขั้นบันได',
  'settings.problem.ladder': 'ขั้นคะแนนในชีตตั้งค่าไม่ถูกต้อง ({problem}) จึงใช้ขั้นคะแนนตามบัตร KR',
  // The summary tab (SPEC §7).
  'summary.fiscalYear': 'ปีงบประมาณ พ.ศ. {fiscalYear} ({start} – {end})',
  'summary.generated': 'สร้างเมื่อ {when} โดย {who}',
  'summary.someone': 'ผู้ใช้ที่ไม่ระบุอีเมล',
  'summary.kpi': 'ผลการดำเนินงาน',
  'summary.count': 'จำนวนภารกิจ',
  'summary.target': 'ค่าเป้าหมาย {target} ครั้ง',
  'summary.points': 'คะแนน',
  'summary.maxPoints': 'จากเต็ม {max} คะแนน ({method})',
  'summary.nextLevel': 'ต้องทำอีกเพื่อขึ้นขั้นถัดไป',
  'summary.nextLevelDetail': 'ครั้ง (ถึง {threshold} ครั้ง = {points} คะแนน)',
  'summary.topLevel': 'ถึงขั้นสูงสุดแล้ว',
  'summary.expected': 'ควรทำได้ ณ วันนี้ (ตามสัดส่วนเวลา)',
  'summary.projected': 'คาดว่าสิ้นปีงบประมาณจะได้ (ตามอัตราปัจจุบัน)',
  'summary.status': 'สถานะ',
  'summary.status.achieved': 'บรรลุเป้าหมาย',
  'summary.status.onTrack': 'เป็นไปตามแผน',
  'summary.status.behind': 'ต่ำกว่าแผน',
  'summary.asOf': 'ค่าที่ไม่ใช่สูตรคำนวณ ณ เวลาที่สร้างหน้านี้ จำนวนและคะแนนเป็นสูตรที่อัปเดตเอง',
  'summary.byKind': 'จำนวนภารกิจตามประเภท',
  'summary.kind': 'ประเภทภารกิจ',
  'summary.unlistedKind': 'ไม่อยู่ในรายการประเภท',
  'summary.missions': 'ภารกิจ',
  'summary.byMonth': 'จำนวนภารกิจรายเดือน',
  'summary.month': 'เดือน',
  'summary.cumulative': 'สะสม',
  'summary.targetLine': 'ค่าเป้าหมาย',
  'summary.quarters': 'รายไตรมาส',
  'summary.quarterHeader': 'ไตรมาส',
  'summary.quarter': 'ไตรมาส {n} ({months})',
  'summary.counted': 'ภารกิจที่นับ ({count})',
  'summary.col.no': 'ลำดับ',
  'summary.col.date': 'วันที่',
  'summary.col.title': 'ชื่อภารกิจ',
  'summary.col.counterpart': 'เมือง/องค์กรต่างประเทศ',
  'summary.col.evidence': 'หลักฐาน',
  'summary.col.steps': 'ขั้นตอน',
  'summary.col.verified': 'ตรวจสอบแล้ว',
  'summary.col.row': 'แถว',
  'summary.col.reason': 'เหตุผล',
  'summary.none': 'ไม่มี',
  'summary.notCounted': 'แถวที่ไม่นับ ({count})',
  'summary.policyTracking': 'ค่าสะสมรายเดือนสำหรับระบบ Policy Tracking (คัดลอกได้ทันที)',
  'summary.signOff': 'ผู้รับรองข้อมูล',
  'summary.coordinator': 'ผู้ประสานงานกลาง',
  'summary.signatory': 'ผู้ลงนาม',
  'summary.signature': 'ลงชื่อ ........................................ วันที่ ....................',
  'summary.chartByKind': 'ภารกิจตามประเภท',
  'summary.chartByMonth': 'ภารกิจรายเดือนและค่าสะสมเทียบเป้าหมาย',
  'summary.built': 'สร้างหน้าสรุปผลแล้ว: {count} จาก {target} ครั้ง {points} คะแนน',
  'method.step': 'แบบขั้นบันได',
  'method.linear': 'แบบเชิงเส้น',
  'summary.unit': 'ครั้ง',
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
  'reason.noStatus': 'no status',
  'menu.openForm': 'Open mission form',
  'menu.buildSummary': 'Build summary',
  'menu.setup': 'Set up sheets',
  'menu.help': 'Help',
  'help.title': 'KR Tracker help',
  'sidebar.title': 'Record a mission',
  'submit.busy': 'Someone else is saving right now. Please try again in a moment; what you typed is kept.',
  'submit.recorded': 'Mission recorded (row {row})',
  'submit.already': 'This mission was already recorded (row {row}); nothing was added twice',
  'submit.notCounted': 'Recorded, but it does not count in fiscal year {fiscalYear}: {reason}',
  'submit.failed': 'Could not save: {error}. What you typed is kept.',
  'setup.done': 'Sheets are set up: {missions} and {settings}',
  'setup.columnsAdded': 'Missing columns added: {columns}',
  'setup.headerNote': 'KR Tracker header row: renaming a column may break the count',
  'settings.title': 'KR Tracker settings',
  'settings.field': 'Field',
  'settings.value': 'Value',
  'settings.threshold': 'Threshold (missions)',
  'settings.points': 'Points',
  'settings.problem.fiscalYear':
    'The fiscal year in Settings is not valid ({value}); the current year is used',
  'settings.problem.target':
    'The target in Settings is not a number above 0 ({value}); the KR card target of 10 is used',
  'settings.problem.method': 'The scoring method in Settings is unknown ({value}); step is used',
  'settings.problem.ladder': 'The ladder in Settings is not valid ({problem}); the KR card ladder is used',
  'summary.fiscalYear': 'Fiscal year B.E. {fiscalYear} ({start} – {end})',
  'summary.generated': 'Generated {when} by {who}',
  'summary.someone': 'a user whose e-mail is hidden',
  'summary.kpi': 'Result',
  'summary.count': 'Missions',
  'summary.target': 'target {target}',
  'summary.points': 'Points',
  'summary.maxPoints': 'of {max} ({method})',
  'summary.nextLevel': 'Still needed for the next level',
  'summary.nextLevelDetail': 'missions (reach {threshold} for {points} points)',
  'summary.topLevel': 'top level reached',
  'summary.expected': 'Expected by today (pro rata)',
  'summary.projected': 'Projected by year end (current pace)',
  'summary.status': 'Status',
  'summary.status.achieved': 'Achieved',
  'summary.status.onTrack': 'On track',
  'summary.status.behind': 'Behind',
  'summary.asOf':
    'Values other than formulas are as of when this page was built; the count and points are live formulas',
  'summary.byKind': 'Missions by kind',
  'summary.kind': 'Kind',
  'summary.unlistedKind': 'Not in the list of kinds',
  'summary.missions': 'Missions',
  'summary.byMonth': 'Missions by month',
  'summary.month': 'Month',
  'summary.cumulative': 'Cumulative',
  'summary.targetLine': 'Target',
  'summary.quarters': 'By quarter',
  'summary.quarterHeader': 'Quarter',
  'summary.quarter': 'Q{n} ({months})',
  'summary.counted': 'Missions counted ({count})',
  'summary.col.no': 'No.',
  'summary.col.date': 'Date',
  'summary.col.title': 'Title',
  'summary.col.counterpart': 'Counterpart',
  'summary.col.evidence': 'Evidence',
  'summary.col.steps': 'Steps',
  'summary.col.verified': 'Verified',
  'summary.col.row': 'Row',
  'summary.col.reason': 'Reason',
  'summary.none': 'None',
  'summary.notCounted': 'Rows not counted ({count})',
  'summary.policyTracking': 'Monthly cumulative values for the BMA Policy Tracking system (ready to copy)',
  'summary.signOff': 'Sign-off',
  'summary.coordinator': 'Coordinator',
  'summary.signatory': 'Signatory',
  'summary.signature': 'Signed ........................................ Date ....................',
  'summary.chartByKind': 'Missions by kind',
  'summary.chartByMonth': 'Missions by month, cumulative against the target',
  'summary.built': 'Summary built: {count} of {target} missions, {points} points',
  'method.step': 'step',
  'method.linear': 'linear',
  'summary.unit': 'missions',
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
