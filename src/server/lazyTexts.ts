// The texts of a catalog in the server bundle, read from the project's HTML file on first use: Code.js, which
// every custom-function call loads whole, then carries no text a call does not need (KR_COUNT needs none unless
// something is wrong). HtmlService may be used in custom functions and in AuthMode.NONE
// (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services); the build swaps
// src/core/i18n/text/*.ts for this in Code.js only (scripts/build.mjs).
import type { Lang } from '../core/i18n/i18n';
import { textFileName } from '../core/i18n/textFiles';

/** An object that reads as the catalog's texts, loading them from their file the first time it is read. */
export function lazyTexts(catalog: string, lang: Lang): Record<string, string> {
  let texts: Record<string, string> | undefined;
  const load = (): Record<string, string> => {
    texts ??= JSON.parse(
      HtmlService.createHtmlOutputFromFile(textFileName(catalog, lang)).getContent(),
    ) as Record<string, string>;
    return texts;
  };
  return new Proxy({} as Record<string, string>, {
    get: (_, key) => (typeof key === 'string' ? load()[key] : undefined),
    has: (_, key) => key in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_, key) => Object.getOwnPropertyDescriptor(load(), key),
  });
}
