// The texts of the self-check's dialog (menu: Check this spreadsheet), in Thai and English: data only, read by
// Code.js from build/TextSelfCheck*.html when the check runs (scripts/build.mjs), never by the sidebar.

export const th = {
  'selfCheck.title': 'ตรวจสอบการทำงานกับ Google ชีต',
  'selfCheck.intro': 'KR Tracker ลองทำสิ่งที่ตนต้องพึ่งพาในสเปรดชีตนี้ ในชีตชั่วคราวที่ลบทิ้งแล้ว ข้อมูลของคุณไม่ถูกแตะต้อง',
  'selfCheck.allPassed': 'ผ่านทั้งหมด {passed} จาก {total} รายการ',
  'selfCheck.someFailed':
    'ไม่ผ่าน {failed} รายการ (ผ่าน {passed} จาก {total}) โปรดคัดลอกรายงานด้านล่างส่งให้ผู้ดูแล KR Tracker',
  'selfCheck.ok': 'ผ่าน',
  'selfCheck.failed': 'ไม่ผ่าน',
  'selfCheck.observed': 'ที่พบ:',
  'selfCheck.expected': 'ที่คาดไว้:',
  'selfCheck.report': 'รายงาน (JSON) ไม่มีชื่อหรืออีเมลของผู้ใช้:',
  'selfCheck.copy': 'คัดลอกรายงาน',
  'selfCheck.check.sheetValues': 'อ่านข้อมูลทั้งชีตในครั้งเดียว (getSheetValues ถึงแถวสุดท้าย)',
  'selfCheck.check.isoTextDate': 'ข้อความ 2025-01-15 กลายเป็นเซลล์วันที่ของวันนั้น ตามภาษาและเขตเวลาของสเปรดชีต',
  'selfCheck.check.apostrophe': "เครื่องหมาย ' นำหน้าทำให้เก็บเป็นข้อความ ไม่ใช่สูตรหรือตัวเลข",
  'selfCheck.check.plainText': 'เซลล์รูปแบบข้อความธรรมดา (@) เก็บข้อความตามที่เขียน',
  'selfCheck.check.dateInZone': 'วันที่อ่านกลับตรงกับวันที่แสดงในเขตเวลาของสเปรดชีต',
  'selfCheck.check.formulaString': 'ข้อความที่ขึ้นต้นด้วย = กลายเป็นสูตร',
  'selfCheck.check.checkbox': 'ช่องทำเครื่องหมาย (การตรวจสอบข้อมูลแบบช่องทำเครื่องหมาย)',
  'selfCheck.check.developerMetadata': 'ป้ายกำกับของนักพัฒนา (developer metadata) บนชีต',
  'selfCheck.check.documentProperties': 'ค่าที่จำไว้ในเอกสาร (document properties)',
  'selfCheck.check.documentLock': 'การล็อกเอกสาร เพื่อไม่ให้สองคนบันทึกพร้อมกัน',
  'selfCheck.check.chart': 'แทรกและลบกราฟ',
  'selfCheck.check.sheetById': 'หาชีตจากรหัสชีต',
  'selfCheck.check.projectFiles': 'อ่านไฟล์ข้อความของโปรเจกต์ (HtmlService)',
  'selfCheck.check.customFunction': 'ฟังก์ชัน =KR_SCORE(7) ในเซลล์ได้ 3',
} as const;

export type Key = keyof typeof th;

export const en: Record<Key, string> = {
  'selfCheck.title': 'Check this spreadsheet',
  'selfCheck.intro':
    'KR Tracker tried here each thing it relies on, in a temporary sheet it has removed again; your data was not touched.',
  'selfCheck.allPassed': 'All {passed} of {total} checks passed',
  'selfCheck.someFailed':
    '{failed} check(s) failed ({passed} of {total} passed): please copy the report below and send it to whoever looks after KR Tracker',
  'selfCheck.ok': 'passed',
  'selfCheck.failed': 'failed',
  'selfCheck.observed': 'Seen:',
  'selfCheck.expected': 'Expected:',
  'selfCheck.report': 'The report (JSON; no user names or e-mail addresses):',
  'selfCheck.copy': 'Copy the report',
  'selfCheck.check.sheetValues': 'Reading a whole sheet in one call (getSheetValues to the last row)',
  'selfCheck.check.isoTextDate':
    'The text 2025-01-15 becomes a date cell of that day, in this spreadsheet’s locale and zone',
  'selfCheck.check.apostrophe': 'A leading apostrophe keeps text as text, never a formula or a number',
  'selfCheck.check.plainText': 'A cell formatted Plain text (@) keeps what is written as it is',
  'selfCheck.check.dateInZone': 'A date read back is the day shown in this spreadsheet’s time zone',
  'selfCheck.check.formulaString': 'Text starting with = becomes a formula',
  'selfCheck.check.checkbox': 'Checkboxes (checkbox data validation)',
  'selfCheck.check.developerMetadata': 'Developer metadata on a sheet',
  'selfCheck.check.documentProperties': 'Document properties',
  'selfCheck.check.documentLock': 'The document lock, so that two saves never interleave',
  'selfCheck.check.chart': 'Inserting and removing a chart',
  'selfCheck.check.sheetById': 'Finding a sheet by its id',
  'selfCheck.check.projectFiles': 'Reading the project’s text files (HtmlService)',
  'selfCheck.check.customFunction': '=KR_SCORE(7) in a cell gives 3',
};
