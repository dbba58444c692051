// The words of the KR card as data: sheet names, mission-log columns, kinds and statuses, in Thai and English.
import type { Lang } from '../i18n/messages';

export interface Label {
  readonly th: string;
  readonly en: string;
}

export const SHEET_NAMES = {
  missions: { th: 'ภารกิจ', en: 'Missions' },
  summary: { th: 'สรุปผล', en: 'Summary' },
  settings: { th: 'ตั้งค่า', en: 'Settings' },
  history: { th: 'ประวัติการแก้ไข', en: 'History' },
} as const satisfies Record<string, Label>;

export type SheetRole = keyof typeof SHEET_NAMES;

/** The mission-log columns in the order setup writes them (docs/sheets.md). */
export const COLUMNS = [
  { key: 'id', th: 'รหัส', en: 'ID' },
  { key: 'date', th: 'วันที่', en: 'Date' },
  { key: 'kind', th: 'ประเภทภารกิจ', en: 'Kind' },
  { key: 'title', th: 'ชื่อภารกิจ', en: 'Title' },
  { key: 'counterpart', th: 'เมือง/องค์กรต่างประเทศ', en: 'Counterpart' },
  { key: 'country', th: 'ประเทศ', en: 'Country' },
  { key: 'place', th: 'สถานที่', en: 'Place' },
  { key: 'lead', th: 'ผู้แทน กทม.', en: 'BMA lead' },
  { key: 'status', th: 'สถานะ', en: 'Status' },
  { key: 'step1', th: 'ขั้นที่ 1', en: 'Step 1' },
  { key: 'step2', th: 'ขั้นที่ 2', en: 'Step 2' },
  { key: 'step3', th: 'ขั้นที่ 3', en: 'Step 3' },
  { key: 'step4', th: 'ขั้นที่ 4', en: 'Step 4' },
  { key: 'step5', th: 'ขั้นที่ 5', en: 'Step 5' },
  { key: 'evidence', th: 'หลักฐาน', en: 'Evidence' },
  { key: 'notes', th: 'หมายเหตุ', en: 'Notes' },
  { key: 'verified', th: 'ตรวจสอบแล้ว', en: 'Verified' },
  { key: 'enteredBy', th: 'ผู้บันทึก', en: 'Entered by' },
  { key: 'enteredAt', th: 'บันทึกเมื่อ', en: 'Entered at' },
  { key: 'verifiedBy', th: 'ผู้ตรวจสอบ', en: 'Verified by' },
  { key: 'verifiedAt', th: 'ตรวจสอบเมื่อ', en: 'Verified at' },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];

/** The columns only a reviewer may change (verifyMission), protected by setup for the reviewers and the owner. */
export const REVIEW_COLUMNS = [
  'verified',
  'verifiedBy',
  'verifiedAt',
] as const satisfies readonly ColumnKey[];

/** The History sheet's columns (docs/sheets.md): one row a change made through the add-on. */
export const HISTORY_COLUMNS = [
  { key: 'when', th: 'เมื่อ', en: 'When' },
  { key: 'who', th: 'ผู้แก้ไข', en: 'Who' },
  { key: 'id', th: 'รหัส', en: 'ID' },
  { key: 'row', th: 'แถว', en: 'Row' },
  { key: 'field', th: 'ช่อง', en: 'Field' },
  { key: 'before', th: 'ค่าเดิม', en: 'Before' },
  { key: 'after', th: 'ค่าใหม่', en: 'After' },
] as const;
export const STEP_KEYS = [
  'step1',
  'step2',
  'step3',
  'step4',
  'step5',
] as const satisfies readonly ColumnKey[];

export const KINDS = [
  { key: 'key_to_city', th: 'พิธีมอบกุญแจเมือง', en: 'Key to the city' },
  { key: 'reception', th: 'การต้อนรับผู้นำเมือง/คณะผู้แทนต่างประเทศ', en: 'Reception of a foreign delegation' },
  { key: 'courtesy_call', th: 'การเยี่ยมคารวะ', en: 'Courtesy call' },
  { key: 'speech', th: 'การกล่าวสุนทรพจน์', en: 'Speech' },
  { key: 'agreement_signing', th: 'การลงนามในข้อตกลง', en: 'Signing of an agreement' },
  { key: 'welcome_ceremony', th: 'พิธีต้อนรับอย่างเป็นทางการ', en: 'Official welcome ceremony' },
  { key: 'other', th: 'อื่น ๆ', en: 'Other' },
] as const;

export type KindKey = (typeof KINDS)[number]['key'];
export const KIND_KEYS = KINDS.map((kind) => kind.key) as unknown as readonly [KindKey, ...KindKey[]];

export const STATUSES = [
  { key: 'done', th: 'ดำเนินการแล้ว', en: 'Done' },
  { key: 'planned', th: 'วางแผน', en: 'Planned' },
  { key: 'cancelled', th: 'ยกเลิก', en: 'Cancelled' },
] as const;

export type StatusKey = (typeof STATUSES)[number]['key'];
export const STATUS_KEYS = STATUSES.map((status) => status.key) as unknown as readonly [
  StatusKey,
  ...StatusKey[],
];

/**
 * How cell text is compared with a key or a label: trimmed, inner runs of white space (including the
 * no-break spaces that paste from Word and LINE) folded to one, case-insensitive, Unicode NFC.
 */
export function normalizeLabel(text: unknown): string {
  return String(text ?? '')
    .normalize('NFC')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim()
    .toLowerCase();
}

function lookupOf<K extends string>(
  entries: readonly { key: K; th: string; en: string }[],
): (text: unknown) => K | undefined {
  const byText = new Map<string, K>();
  for (const entry of entries) {
    for (const text of [entry.key, entry.th, entry.en]) {
      byText.set(text, entry.key);
      byText.set(normalizeLabel(text), entry.key);
    }
  }
  // The exact text first: a log of 100,000 rows holds the same few labels, and normalising each costs.
  return (text) => (typeof text === 'string' && byText.get(text)) || byText.get(normalizeLabel(text));
}

/** The kind key of a cell holding the key, the Thai label or the English label; undefined if unknown. */
export const kindOf = lookupOf(KINDS);
/** The status key of a cell holding the key, the Thai label or the English label; undefined if unknown. */
export const statusOf = lookupOf(STATUSES);

export function kindLabel(key: KindKey, lang: Lang): string {
  return KINDS.find((kind) => kind.key === key)![lang];
}

export function statusLabel(key: StatusKey, lang: Lang): string {
  return STATUSES.find((status) => status.key === key)![lang];
}

export function columnLabel(key: ColumnKey, lang: Lang): string {
  return COLUMNS.find((column) => column.key === key)![lang];
}

/** The sheet of a role among the spreadsheet's sheet names, by its Thai or English name (trimmed, any case). */
export function findSheetName(role: SheetRole, names: readonly string[]): string | undefined {
  const wanted = [SHEET_NAMES[role].th, SHEET_NAMES[role].en].map(normalizeLabel);
  return names.find((name) => wanted.includes(normalizeLabel(name)));
}

/** The Settings tab: one labelled row per field of the KR definition (column A the label, column B the value). */
export const SETTINGS_FIELDS = [
  { key: 'krCode', th: 'รหัส KR', en: 'KR code' },
  { key: 'krName', th: 'ชื่อ KR', en: 'KR name' },
  { key: 'hostUnit', th: 'หน่วยงานรับผิดชอบหลัก', en: 'Host unit' },
  { key: 'fiscalYear', th: 'ปีงบประมาณ (ว่าง = ปีปัจจุบัน)', en: 'Fiscal year (blank = current)' },
  { key: 'target', th: 'ค่าเป้าหมาย (ครั้ง)', en: 'Target (missions)' },
  { key: 'method', th: 'วิธีคิดคะแนน (step / linear)', en: 'Scoring method (step / linear)' },
  { key: 'verifiedOnly', th: 'นับเฉพาะที่ตรวจสอบแล้ว', en: 'Count verified only' },
  { key: 'coordinator', th: 'ผู้ประสานงานกลาง', en: 'Coordinator' },
  { key: 'signatory', th: 'ผู้ลงนาม', en: 'Signatory' },
  { key: 'reviewers', th: 'ผู้ตรวจสอบ', en: 'Reviewers' },
  { key: 'ladder', th: 'ขั้นคะแนน', en: 'Ladder' },
] as const;

export type SettingsKey = (typeof SETTINGS_FIELDS)[number]['key'];

/** Other words people write for a field's label (compared as labels are, brackets left out). */
const SETTINGS_SYNONYMS: readonly { key: SettingsKey; text: string }[] = [
  { key: 'target', text: 'เป้าหมาย' },
  { key: 'target', text: 'ค่าเป้าหมายรวม' },
  { key: 'hostUnit', text: 'หน่วยงาน' },
  { key: 'hostUnit', text: 'หน่วยงานผู้รับผิดชอบหลัก' },
  { key: 'method', text: 'Method' },
  { key: 'verifiedOnly', text: 'Verified only' },
  { key: 'coordinator', text: 'ผู้ประสานงาน' },
  { key: 'krName', text: 'ชื่อ KRs' },
  { key: 'krCode', text: 'รหัส OKRs' },
];

/** A label as it is compared: normalised (see normalizeLabel), a part in brackets at its end left out. */
function bareLabel(text: unknown): string {
  return normalizeLabel(text)
    .replace(/\s*\([^()]*\)$/, '')
    .trim();
}

const SETTINGS_LABELS = new Map<string, SettingsKey>([
  ...SETTINGS_FIELDS.flatMap((field) => [
    [bareLabel(field.th), field.key] as const,
    [bareLabel(field.en), field.key] as const,
  ]),
  ...SETTINGS_SYNONYMS.map(({ key, text }) => [bareLabel(text), key] as const),
]);

/**
 * The settings field of a label in column A: its Thai or English label or a usual other word for it, any
 * case, with or without a part in brackets (`ปีงบประมาณ (พ.ศ.)`, `Target (missions per year)`).
 */
export function settingsFieldOf(text: unknown): SettingsKey | undefined {
  return SETTINGS_LABELS.get(bareLabel(text));
}

/** Whether a label is one the Settings tab carries besides its fields (its title, its header, the ladder's header). */
export function isSettingsHeading(text: unknown, headings: readonly string[]): boolean {
  const bare = bareLabel(text);
  return headings.some((heading) => bareLabel(heading) === bare);
}
