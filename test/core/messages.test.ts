// The one message catalog: both languages complete, placeholders filled, Thai by default.
import { formCatalog } from '../../src/client/formMessages';
import type { Catalog } from '../../src/core/i18n/i18n';
import { commonCatalog, languageOf, message } from '../../src/core/i18n/messages';
import { summaryCatalog } from '../../src/core/i18n/summaryMessages';

const CATALOGS: [string, Catalog<string>][] = [
  ['common', commonCatalog],
  ['summary', summaryCatalog],
  ['form', formCatalog],
];

describe('the message catalogs', () => {
  it.each(CATALOGS)('%s: has every message in Thai and English, with the same placeholders', (_, catalog) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of catalog.keys()) {
      const th = catalog.of('th')[key]!;
      const en = catalog.of('en')[key]!;
      expect(th.trim()).not.toBe('');
      expect(en.trim()).not.toBe('');
      expect(placeholders(th)).toEqual(placeholders(en));
    }
  });

  it('gives each key to one catalog only', () => {
    const all = CATALOGS.flatMap(([, catalog]) => catalog.keys());
    expect(new Set(all).size).toBe(all.length);
  });

  it('fills placeholders', () => {
    expect(message('en', 'reason.duplicateId', { firstRow: 7 })).toBe('same ID as row 7');
    expect(message('th', 'reason.duplicateId', { firstRow: 7 })).toBe('รหัสซ้ำกับแถว 7');
  });

  it('speaks Thai to a Thai locale or an unknown one, English to every other', () => {
    expect(languageOf('th')).toBe('th');
    expect(languageOf('th_TH')).toBe('th');
    expect(languageOf('')).toBe('th');
    expect(languageOf(undefined)).toBe('th');
    expect(languageOf('en_GB')).toBe('en');
    expect(languageOf('fr')).toBe('en');
  });
});
