// Where the server bundle finds the texts of a catalog: an HTML file of the project for each catalog and language.
import type { Lang } from './i18n';

/** `TextCommonTh`, `TextSummaryEn`: the file (build/<name>.html) holding the texts of `catalog` in `lang`, as JSON. */
export function textFileName(catalog: string, lang: Lang): string {
  const title = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return `Text${title(catalog)}${title(lang)}`;
}
