// The words of the summary tab and of building it, in Thai and English; their texts are in text/summary.ts.
import { catalog } from './i18n';
import { en, type Key, th } from './text/summary';

export type SummaryKey = Key;

export const summaryCatalog = catalog<SummaryKey>(th, en);
export const summaryMessage = summaryCatalog.say;
