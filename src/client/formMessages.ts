// The sidebar form's own words, in Thai and English (only Sidebar.html bundles them).
import { catalog } from '../core/i18n';

const th = {
  // The sidebar form (src/client).
  'form.save': 'บันทึก',
  'form.saveAnyway': 'บันทึกต่อ',
  'form.saving': 'กำลังบันทึก…',
  'form.loading': 'กำลังเปิดแบบฟอร์ม…',
  'form.loadFailed': 'เปิดแบบฟอร์มไม่สำเร็จ: {error}',
  'form.noServer': 'ไม่ได้เชื่อมต่อกับ Google ชีต ให้เปิดแบบฟอร์มจากเมนู ส่วนขยาย → KR Tracker',
  'form.unknownError': 'เกิดข้อผิดพลาดที่ไม่ทราบสาเหตุ',
  'form.retry': 'ลองอีกครั้ง',
  'form.context': 'ปีงบประมาณ {fiscalYear} · ค่าเป้าหมาย {target} ภารกิจ',
  'form.requiredNote': 'ช่องที่มีเครื่องหมาย * ต้องกรอก',
  'form.choose': '— เลือก —',
  'form.steps': 'ขั้นตอนการดำเนินงาน (ทำเครื่องหมายขั้นที่ทำแล้ว)',
  'form.step1': 'วิเคราะห์ข้อมูลและเตรียมการล่วงหน้า',
  'form.step2': 'มารยาททางการทูตตามแบบสากล',
  'form.step3': 'การเจรจาและการสื่อสาร',
  'form.step4': 'ปฏิบัติตามขั้นตอนพิธีการ',
  'form.step5': 'สร้างความสัมพันธ์ระยะยาวระหว่างเมือง',
  'form.evidenceHint': 'ลิงก์ที่ขึ้นต้นด้วย http:// หรือ https:// ใส่ได้หลายลิงก์ คั่นด้วยเว้นวรรคหรือขึ้นบรรทัดใหม่',
  'form.invalid': 'ยังไม่ได้บันทึก กรุณาแก้ไขช่องที่แจ้งไว้ ({count} ช่อง)',
  'form.lastSaved': 'บันทึกล่าสุด',
  'form.progress': '{count} / {target} ภารกิจ · {points} / {maxPoints} คะแนน',
  'form.problems': 'สิ่งที่ควรแก้ในสเปรดชีต',
} as const;

export type FormKey = keyof typeof th;

const en: Record<FormKey, string> = {
  'form.save': 'Save',
  'form.saveAnyway': 'Save anyway',
  'form.saving': 'Saving…',
  'form.loading': 'Opening the form…',
  'form.loadFailed': 'Could not open the form: {error}',
  'form.noServer': 'Not connected to Google Sheets: open the form from Extensions → KR Tracker',
  'form.unknownError': 'an unknown error',
  'form.retry': 'Try again',
  'form.context': 'Fiscal year {fiscalYear} · target {target} missions',
  'form.requiredNote': 'Fields marked * are required',
  'form.choose': '— Choose —',
  'form.steps': 'Process steps (tick those carried out)',
  'form.step1': 'Analysing information and preparing in advance',
  'form.step2': 'Diplomatic courtesy and international etiquette',
  'form.step3': 'Negotiating and communicating effectively',
  'form.step4': 'Following the protocol procedure',
  'form.step5': 'Building long-term relationships between cities',
  'form.evidenceHint': 'Links starting with http:// or https://; separate several with spaces or new lines',
  'form.invalid': 'Not saved yet: please correct the fields marked ({count})',
  'form.lastSaved': 'Last saved',
  'form.progress': '{count} / {target} missions · {points} / {maxPoints} points',
  'form.problems': 'To fix in the spreadsheet',
};

export const formCatalog = catalog<FormKey>(th, en);
export const formMessage = formCatalog.say;
