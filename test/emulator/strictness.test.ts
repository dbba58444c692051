// The emulator is as strict as Google where the add-on could come to rely on leniency (issue 11): each limit
// here cites the page that states it, and the emulator refuses what Google refuses.
import { emulator, loadedEmulator } from './helpers';

type Globals = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
};

const globalsOf = (emu: ReturnType<typeof emulator>) => emu.globals as unknown as Globals;

describe('authorization modes (workspace/add-ons/concepts/editor-auth-lifecycle)', () => {
  it('in NONE allows the menu, the locale, Utilities and Logger only: no document, no Properties, no HtmlService', () => {
    const emu = emulator();
    const g = globalsOf(emu);
    emu.withExecution(() => {
      g.SpreadsheetApp.getUi().createAddonMenu().addItem('Help', 'showHelp').addToUi();
      expect(g.Session.getActiveUserLocale()).toBe('en');
      expect(g.Utilities.formatDate(new Date(0), 'UTC', 'yyyy')).toBe('1970');
      expect(() => g.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
        'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
      );
      expect(() => g.PropertiesService.getDocumentProperties()).toThrow(
        'You do not have permission to call PropertiesService.getDocumentProperties',
      );
      expect(() => g.HtmlService.createHtmlOutput('x')).toThrow(
        'You do not have permission to call HtmlService.createHtmlOutput',
      );
    }, 'NONE');
  });

  it('in LIMITED allows the document and Properties, but of the interface only menus, and no user data', () => {
    const emu = emulator();
    const g = globalsOf(emu);
    emu.withExecution(() => {
      const ss = g.SpreadsheetApp.getActiveSpreadsheet();
      ss.getSheets()[0]!.getRange('A1').setValue('ok');
      g.PropertiesService.getDocumentProperties().setProperty('k', 'v');
      g.SpreadsheetApp.getUi().createAddonMenu().addItem('Help', 'showHelp').addToUi();
      const ui = g.SpreadsheetApp.getUi();
      expect(() => ui.showSidebar(g.HtmlService.createHtmlOutput('x'))).toThrow(
        'You do not have permission to call Ui.showSidebar',
      );
      expect(() => ui.alert('hello')).toThrow('You do not have permission to call Ui.alert');
      expect(() => ss.toast('hello')).toThrow('You do not have permission to call Spreadsheet.toast');
      expect(() => g.Session.getActiveUser()).toThrow(
        'You do not have permission to call Session.getActiveUser',
      );
    }, 'LIMITED');
  });
});

describe('custom functions (apps-script/guides/sheets/functions)', () => {
  function cell(formula: string) {
    const { emu, sheet } = loadedEmulator();
    sheet.getRange('A1').setFormula(formula);
    return { value: sheet.getRange('A1').getValue(), error: emu.cellError("'Sheet1'!A1") };
  }

  it('may read the user’s locale, the one piece of user data', () => {
    expect(cell('=LOCALE()')).toEqual({ value: 'en', error: null });
  });

  it.each([
    ['=WHO()', 'You do not have permission to call Session.getActiveUser'],
    ['=SCOPES()', 'You do not have permission to call ScriptApp.getAuthorizationInfo'],
  ])('may not use a service outside Google’s list: %s', (formula, message) => {
    expect(cell(formula)).toEqual({ value: '#ERROR!', error: message });
  });

  it('must return within 30 seconds', () => {
    expect(cell('=SLOW(29000)')).toEqual({ value: 'done', error: null });
    expect(cell('=SLOW(31000)')).toEqual({
      value: '#ERROR!',
      error: 'Exceeded maximum execution time (line 0).',
    });
  });
});

describe('execution time (apps-script/guides/services/quotas: "Script runtime 6 min / execution")', () => {
  it('stops a script that runs over six minutes at its next call', () => {
    const emu = emulator();
    const g = globalsOf(emu);
    expect(() =>
      emu.withExecution(() => {
        g.Utilities.sleep(5 * 60_000);
        g.SpreadsheetApp.getActiveSpreadsheet();
        g.Utilities.sleep(2 * 60_000);
        g.SpreadsheetApp.getActiveSpreadsheet();
      }),
    ).toThrow('Exceeded maximum execution time');
    // The next execution has its own six minutes.
    expect(emu.withExecution(() => g.SpreadsheetApp.getActiveSpreadsheet().getName())).toBe(
      'KR Tracker (emulator)',
    );
  });
});

describe('the document lock (apps-script/reference/lock/lock-service)', () => {
  it('is null outside a containing document ("such as from a standalone script or webapp")', () => {
    const g = globalsOf(emulator({ standalone: true }));
    expect(g.LockService.getDocumentLock()).toBeNull();
    expect(g.LockService.getScriptLock()).not.toBeNull();
  });

  it('waits the timeout it is given when another execution holds it, then says false', () => {
    const emu = emulator();
    const g = globalsOf(emu);
    emu.withExecution(() => {
      expect(g.LockService.getDocumentLock().tryLock(1000)).toBe(true);
      const before = emu.now().getTime();
      expect(emu.withExecution(() => g.LockService.getDocumentLock().tryLock(2500))).toBe(false);
      expect(emu.now().getTime() - before).toBeGreaterThanOrEqual(2500);
      // "This method has no effect if the lock has already been acquired."
      expect(g.LockService.getDocumentLock().tryLock(0)).toBe(true);
    });
  });
});

describe('the limits of a spreadsheet (support.google.com/drive/answer/37603)', () => {
  it('refuses more than 50,000 characters in a cell, and writes nothing of the block', () => {
    const sheet = emulator().spreadsheet.getSheets()[0]!;
    expect(() => sheet.getRange('A1:B1').setValues([['short', 'x'.repeat(50_001)]])).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(sheet.getRange('A1').getValue()).toBe('');
    sheet.getRange('A1').setValue('x'.repeat(50_000));
    expect(String(sheet.getRange('A1').getValue())).toHaveLength(50_000);
    expect(() => sheet.appendRow(['y'.repeat(50_001)])).toThrow('more than the maximum of 50000 characters');
  });

  it('refuses to grow the spreadsheet over 10 million cells', () => {
    const ss = emulator().spreadsheet;
    const sheet = ss.getSheets()[0]!; // 1,000 × 26
    expect(() => sheet.insertRowsAfter(1000, 400_000)).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
    expect(sheet.getMaxRows()).toBe(1000);
    sheet.insertRowsAfter(1000, 300_000); // 301,000 × 26 = 7,826,000 cells
    expect(() => ss.insertSheet('Another')).not.toThrow(); // + 26,000
    expect(() => sheet.insertColumnsAfter(26, 8)).toThrow('above the limit of 10000000 cells');
  });
});

describe('deleting rows and columns (Sheets keeps one below the frozen ones)', () => {
  it('refuses to delete every row that is not frozen, with the message Sheets gives', () => {
    const sheet = emulator().spreadsheet.getSheets()[0]!;
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 999)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    sheet.deleteRows(2, 998);
    expect(sheet.getMaxRows()).toBe(2);
  });

  it('refuses to delete every column that is not frozen', () => {
    const sheet = emulator().spreadsheet.getSheets()[0]!;
    expect(() => sheet.deleteColumns(1, 26)).toThrow(
      'Sorry, it is not possible to delete all non-frozen columns.',
    );
    sheet.deleteColumns(2, 25);
    expect(sheet.getMaxColumns()).toBe(1);
  });
});

describe('typed ISO text (no Google page lists the forms each locale recognises)', () => {
  it('is a date where the emulator is told the locale reads it so (the default), text where not', () => {
    const dated = emulator().spreadsheet.getSheets()[0]!;
    dated.getRange('A1').setValue('2025-01-15');
    expect(Object.prototype.toString.call(dated.getRange('A1').getValue())).toBe('[object Date]');
    const kept = emulator({ isoTextDates: false }).spreadsheet.getSheets()[0]!;
    kept.getRange('A1').setValue('2025-01-15');
    expect(kept.getRange('A1').getValue()).toBe('2025-01-15');
  });
});

describe('granular consent (apps-script/concepts/scopes#handle-granular)', () => {
  it('requireScopes ends the execution when a scope was not granted, and remembers what was asked', () => {
    const emu = emulator({ grantedScopes: ['https://www.googleapis.com/auth/script.container.ui'] });
    const g = globalsOf(emu);
    const currentOnly = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
    expect(() => g.ScriptApp.requireScopes(g.ScriptApp.AuthMode.FULL, [currentOnly])).toThrow(
      'Authorization is required to perform that action.',
    );
    expect(emu.consentRequests()).toEqual([[currentOnly]]);
    // getAuthorizationInfo(authMode, oAuthScopes): newer than @types/google-apps-script's one-argument form.
    const withScopes = g.ScriptApp.getAuthorizationInfo as (
      mode: GoogleAppsScript.Script.AuthMode,
      scopes: string[],
    ) => GoogleAppsScript.Script.AuthorizationInfo;
    const info = withScopes(g.ScriptApp.AuthMode.FULL, [currentOnly]);
    expect(String(info.getAuthorizationStatus())).toBe('REQUIRED');
    emu.grantScopes(undefined);
    expect(() => g.ScriptApp.requireScopes(g.ScriptApp.AuthMode.FULL, [currentOnly])).not.toThrow();
  });

  it('gives no e-mail address without the userinfo.email scope', () => {
    const emu = emulator({ userEmail: 'staff@bangkok.go.th', grantedScopes: [] });
    expect(globalsOf(emu).Session.getActiveUser().getEmail()).toBe('');
  });
});

describe('protections, enforced for the person running the script (reference/spreadsheet/protection)', () => {
  const PROTECTED =
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
  const OWNER = 'owner@bangkok.go.th';
  const REVIEWER = 'reviewer@bangkok.go.th';
  const STAFF = 'staff@bangkok.go.th';

  function office() {
    const emu = emulator({ userEmail: OWNER });
    const sheet = emu.spreadsheet.getSheets()[0]!;
    sheet.getRange('A1:C3').setValues([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    return { emu, sheet };
  }

  /** Column B, editable by the owner and the reviewer only, as the add-on's setup protects Verified. */
  function protectColumnB(sheet: GoogleAppsScript.Spreadsheet.Sheet) {
    const protection = sheet.getRange('B1:B3').protect();
    protection.removeEditors(protection.getEditors());
    protection.addEditor(REVIEWER);
    protection.setDomainEdit(false);
    return protection;
  }

  const emails = (protection: GoogleAppsScript.Spreadsheet.Protection) =>
    protection.getEditors().map((user) => user.getEmail());

  it('a new protection keeps the spreadsheet’s editors, so anyone may still edit until its editors are set', () => {
    const { emu, sheet } = office();
    const protection = sheet.getRange('B1:B3').protect();
    emu.setUser({ email: STAFF });
    expect(protection.canEdit()).toBe(true);
    sheet.getRange('B2').setValue('typed');
    expect(sheet.getRange('B2').getValue()).toBe('typed');
  });

  it('refuses anyone else every change of those cells with Google’s message, before anything changes', () => {
    const { emu, sheet } = office();
    const protection = protectColumnB(sheet);
    emu.setUser({ email: STAFF });
    expect(protection.canEdit()).toBe(false);
    expect(() => sheet.getRange('B2').setValue('x')).toThrow(PROTECTED);
    expect(() => sheet.getRange('A1:C1').setValues([['x', 'y', 'z']])).toThrow(PROTECTED);
    expect(() => sheet.getRange('B1:B3').clearContent()).toThrow(PROTECTED);
    expect(() => sheet.getRange('B3').setNumberFormat('@')).toThrow(PROTECTED);
    expect(() => sheet.deleteRows(2, 1)).toThrow(PROTECTED);
    expect(sheet.getRange('A1:C3').getValues()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    // Cells outside the protection stay open, and so do new rows below it.
    sheet.getRange('A2').setValue('free');
    sheet.appendRow(['a', 'b', 'c']);
    expect(sheet.getRange('A2').getValue()).toBe('free');
    expect(sheet.getRange('B4').getValue()).toBe('b');
  });

  it('lets its editors and the owner through', () => {
    const { emu, sheet } = office();
    protectColumnB(sheet);
    emu.setUser({ email: REVIEWER });
    sheet.getRange('B2').setValue('checked');
    emu.setUser({ email: OWNER });
    sheet.getRange('B3').setValue('signed');
    expect(sheet.getRange('B2:B3').getValues()).toEqual([['checked'], ['signed']]);
  });

  it('never removes the owner or the person removing, as Google says', () => {
    const { emu, sheet } = office();
    const protection = protectColumnB(sheet);
    expect(emails(protection).sort()).toEqual([OWNER, REVIEWER].sort());
    expect(protection.canDomainEdit()).toBe(false);
    emu.setUser({ email: REVIEWER });
    protection.removeEditors([OWNER, REVIEWER]);
    expect(emails(protection).sort()).toEqual([OWNER, REVIEWER].sort());
  });

  it('lets anyone through a warning-only protection (the warning is the interface’s, not the script’s)', () => {
    const { emu, sheet } = office();
    const protection = protectColumnB(sheet).setWarningOnly(true);
    emu.setUser({ email: STAFF });
    expect(protection.canEdit()).toBe(true);
    sheet.getRange('B2').setValue('history row');
    expect(sheet.getRange('B2').getValue()).toBe('history row');
  });

  it('keeps the unprotected ranges of a sheet protection open to everyone', () => {
    const { emu, sheet } = office();
    const protection = sheet.protect();
    protection.removeEditors(protection.getEditors());
    protection.setUnprotectedRanges([sheet.getRange('C1:C3')]);
    emu.setUser({ email: STAFF });
    sheet.getRange('C2').setValue('open');
    expect(sheet.getRange('C2').getValue()).toBe('open');
    expect(() => sheet.getRange('A2').setValue('shut')).toThrow(PROTECTED);
  });
});
