// The menu's words, in Thai and English. They are in Code.js itself, not in the catalogs' HTML files: onOpen may
// run in AuthMode.NONE, where only the menu, Logger and Utilities may be used, not HtmlService
// (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
import type { Lang } from './i18n';

export const MENU_TEXT: Record<
  Lang,
  Record<'openForm' | 'buildSummary' | 'setup' | 'help' | 'selfCheck', string>
> = {
  th: {
    openForm: 'เปิดแบบฟอร์มบันทึกภารกิจ',
    buildSummary: 'สร้างหน้าสรุปผล',
    setup: 'ตั้งค่าชีต',
    help: 'วิธีใช้',
    selfCheck: 'ตรวจสอบการทำงานกับ Google ชีต',
  },
  en: {
    openForm: 'Open mission form',
    buildSummary: 'Build summary',
    setup: 'Set up sheets',
    help: 'Help',
    selfCheck: 'Check this spreadsheet',
  },
};
