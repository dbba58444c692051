// The machinery of the message catalogs: the two languages, how a locale picks one, and filling placeholders.

export type Lang = 'th' | 'en';

/** Thai for a Thai locale or none at all (docs/server-functions.md: Thai by default); English for every other locale. */
export function languageOf(locale: string | null | undefined): Lang {
  const tag = String(locale ?? '')
    .trim()
    .toLowerCase();
  if (tag === '' || tag.startsWith('th')) return 'th';
  return 'en';
}

export type MessageParams = Record<string, string | number>;

/** A catalog of one surface: Thai (whose keys are the catalog's) and English for every key. */
export interface Catalog<K extends string> {
  /** The message `key` in `lang`, with `{name}` placeholders filled from `params`. */
  say(lang: Lang, key: K, params?: MessageParams): string;
  /** Every key, for the test that both languages are complete. */
  keys(): K[];
  of(lang: Lang): Readonly<Record<K, string>>;
}

export function catalog<K extends string>(th: Record<K, string>, en: Record<K, string>): Catalog<K> {
  const texts: Record<Lang, Record<K, string>> = { th, en };
  return {
    say: (lang, key, params = {}) =>
      texts[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      ),
    keys: () => Object.keys(th) as K[],
    of: (lang) => texts[lang],
  };
}
