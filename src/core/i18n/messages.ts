// The messages every surface shares (custom functions, setup, submission, the form's fields), in Thai and
// English; their texts are in text/common.ts. The summary's words are in summaryMessages.ts, the sidebar's own
// in src/client/formMessages.ts.
import { catalog } from './i18n';
import { en, type Key, th } from './text/common';

export { type Lang, languageOf, type MessageParams } from './i18n';

export type MessageKey = Key;

const common = catalog<MessageKey>(th, en);

/** The message `key` in `lang`, with `{name}` placeholders filled from `params`. */
export const message = common.say;
export const messageKeys = common.keys;
export const catalogFor = common.of;
export const commonCatalog = common;

/**
 * The common messages the sidebar shows itself (the form's checks, a failed call, its title): the build keeps
 * only these in Sidebar.html, and fails if the page's code names any other. Everything else the sidebar shows
 * comes from the server already in words (a reason, a refusal, a saved row).
 */
export const SIDEBAR_MESSAGE_PREFIXES = ['field.', 'submit.', 'sidebar.'] as const;
