// The words of the self-check's dialog, in Thai and English; their texts are in text/selfCheck.ts.
import { catalog } from './i18n';
import { en, type Key, th } from './text/selfCheck';

export type SelfCheckKey = Key;

export const selfCheckMessage = catalog<SelfCheckKey>(th, en).say;
