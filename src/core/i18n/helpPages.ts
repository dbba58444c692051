// The Help dialog's page of each language: HTML files the build writes next to Code.js from help.ts, so that
// Code.js, loaded by every custom-function call, does not carry their text.
import type { Lang } from './i18n';

export const HELP_PAGES: Record<Lang, string> = { th: 'HelpTh', en: 'HelpEn' };
