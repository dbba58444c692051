// The one message catalog: both languages complete, placeholders filled, Thai by default.
import { catalogFor, languageOf, message, messageKeys } from '../../src/core/messages';

describe('the message catalog', () => {
  it('has every message in Thai and English, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of messageKeys()) {
      const th = catalogFor('th')[key];
      const en = catalogFor('en')[key];
      expect(th.trim()).not.toBe('');
      expect(en.trim()).not.toBe('');
      expect(placeholders(th)).toEqual(placeholders(en));
    }
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
