// The add-on menu, the sidebar and the help dialog: what the user sees from Extensions → KR Tracker.

import { HELP_PAGES } from '../core/i18n/helpPages';
import { MENU_TEXT } from '../core/i18n/menuText';
import { message } from '../core/i18n/messages';
import { requireScopes } from './auth';
import { userLanguage } from './spreadsheet';

/**
 * Adds the menu, and nothing else: in AuthMode.NONE (an add-on not yet used in this file) only the menu may be
 * built (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle), and onOpen runs on
 * every open, so it stays this cheap in every mode.
 */
export function onOpen(_event?: unknown): void {
  const words = MENU_TEXT[userLanguage()];
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(words.openForm, 'showSidebar')
    .addItem(words.buildSummary, 'buildSummary')
    .addItem(words.setup, 'setupSheets')
    .addSeparator()
    .addItem(words.help, 'showHelp')
    .addItem(words.selfCheck, 'runSelfCheck')
    .addToUi();
}

/** Opens the mission form (build/Sidebar.html) in the sidebar. */
export function showSidebar(): void {
  requireScopes();
  const lang = userLanguage();
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(message(lang, 'sidebar.title'));
  SpreadsheetApp.getUi().showSidebar(page);
}

/** The Help dialog: what the add-on does, its functions, where the data lives. */
export function showHelp(): void {
  requireScopes();
  const lang = userLanguage();
  const page = HtmlService.createHtmlOutputFromFile(HELP_PAGES[lang]).setWidth(520).setHeight(480);
  SpreadsheetApp.getUi().showModalDialog(page, message(lang, 'help.title'));
}
