// The scopes a flow needs, checked before it starts: a user may grant some of a project's scopes and not others
// (granular consent, https://developers.google.com/apps-script/concepts/scopes#handle-granular).

/** Without these nothing the menu or the sidebar does can work: the spreadsheet, and the dialogs and sidebar. */
const NEEDED_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
];

/**
 * Ends the execution and has Apps Script ask for the scopes again when the spreadsheet or the interface scope
 * was not granted ("Use this method for flows that rely on specific scopes"). The e-mail scope is not needed:
 * without it Session gives '' and *Entered by* stays blank.
 */
export function requireScopes(): void {
  ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, NEEDED_SCOPES);
}
