// The messages every surface shares (custom functions, setup, submission, the form's fields), in Thai and
// English; their texts are in text/common.ts. Each other surface has its own catalog: the summary's
// (summaryMessages.ts), the self-check's (selfCheckMessages.ts), the Help dialog's (help.ts), the menu's
// (menuText.ts) and the sidebar's (src/client/formMessages.ts). Names written in the sheets (tabs, columns,
// kinds, statuses, Settings labels) are vocabulary, in log/vocabulary.ts and kr/settings.ts.
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
