// Lock, Properties, Cache, Session, Utilities, Logger, HtmlService, Ui and authorization modes.

import { formatDate } from '../../dev/emulator/services';
import { emulator, loadedEmulator } from './helpers';

type Globals = {
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
};

function g(emu = emulator()) {
  return emu.globals as unknown as Globals;
}

describe('LockService (developers.google.com/apps-script/reference/lock/lock)', () => {
  it('takes, reports and releases the document lock', () => {
    const lock = g().LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it("fails while another process holds it: tryLock is false, waitLock throws Google's timeout", () => {
    const emu = emulator();
    emu.lock.busy = true;
    const lock = g(emu).LockService.getDocumentLock();
    expect(lock.tryLock(100)).toBe(false);
    expect(() => lock.waitLock(100)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
  });
});

describe('PropertiesService (developers.google.com/apps-script/reference/properties/properties)', () => {
  it('stores values as strings in document, user and script stores', () => {
    const emu = emulator();
    const props = g(emu).PropertiesService.getDocumentProperties();
    props.setProperty('count', 5 as unknown as string).setProperties({ a: '1', b: '2' });
    expect(props.getProperty('count')).toBe('5');
    expect(props.getProperty('missing')).toBeNull();
    props.deleteProperty('a');
    expect(props.getProperties()).toEqual({ count: '5', b: '2' });
    expect(g(emu).PropertiesService.getUserProperties().getProperty('count')).toBeNull();
    expect(emu.properties.document['b']).toBe('2');
  });
});

describe('CacheService (developers.google.com/apps-script/reference/cache/cache)', () => {
  it('puts, gets, expires and removes entries', () => {
    const emu = emulator();
    const cache = g(emu).CacheService.getDocumentCache() as GoogleAppsScript.Cache.Cache;
    cache.put('k', 'v', 60);
    cache.putAll({ a: '1', b: '2' });
    expect(cache.get('k')).toBe('v');
    expect(cache.getAll(['a', 'b', 'zz'])).toEqual({ a: '1', b: '2' });
    emu.advanceTime(61_000);
    expect(cache.get('k')).toBeNull();
    cache.remove('a');
    expect(cache.get('a')).toBeNull();
  });
});

describe('Session (developers.google.com/apps-script/reference/base/session)', () => {
  it('gives the configured user e-mail, which may be empty, the user locale and the script time zone', () => {
    expect(
      g(emulator({ userEmail: 'staff@bangkok.go.th' }))
        .Session.getActiveUser()
        .getEmail(),
    ).toBe('staff@bangkok.go.th');
    expect(
      g(emulator({ userEmail: '' }))
        .Session.getEffectiveUser()
        .getEmail(),
    ).toBe('');
    expect(g(emulator({ locale: 'th_TH' })).Session.getActiveUserLocale()).toBe('th');
    expect(g(emulator({ userLocale: 'en' })).Session.getActiveUserLocale()).toBe('en');
    expect(g().Session.getScriptTimeZone()).toBe('Asia/Bangkok');
  });
});

describe('Utilities (developers.google.com/apps-script/reference/utilities/utilities)', () => {
  const instant = new Date('2024-09-30T17:05:09Z'); // 2024-10-01 00:05:09 in Bangkok

  it('formats dates with SimpleDateFormat letters in an IANA time zone', () => {
    expect(formatDate(instant, 'Asia/Bangkok', 'yyyy-MM-dd HH:mm:ss')).toBe('2024-10-01 00:05:09');
    expect(formatDate(instant, 'Asia/Bangkok', "d MMM yy, EEE H 'h'")).toBe('1 Oct 24, Tue 0 h');
    expect(formatDate(instant, 'Asia/Bangkok', 'M/d Z XXX')).toBe('10/1 +0700 +07:00');
    expect(formatDate(instant, 'UTC', 'yyyy-MM-dd XXX')).toBe('2024-09-30 Z');
    expect(g().Utilities.formatDate(instant, 'Asia/Bangkok', 'dd/MM/yyyy')).toBe('01/10/2024');
  });

  it('makes UUIDs', () => {
    expect(g().Utilities.getUuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('Logger', () => {
  it('records what the script logs', () => {
    const emu = emulator();
    g(emu).Logger.log('count %s of %s', 3, 10);
    expect(emu.logs()).toEqual(['count 3 of 10']);
  });
});

describe('HtmlService (developers.google.com/apps-script/guides/html/templates)', () => {
  it('evaluates templates from the bundle folder: <?= ?> escaped, <?!= ?> raw, <? ?> code', () => {
    const { emu } = loadedEmulator();
    emu.run('showSidebar');
    const panel = emu.ui.panels[0];
    expect(panel?.kind).toBe('sidebar');
    expect(panel?.title).toBe('KR Tracker');
    expect(panel?.html).toContain('Hello &lt;b&gt;Somchai&lt;/b&gt;');
    expect(panel?.html).toContain('<style>p { color: #333; }</style>');
    expect(panel?.html).toContain('<li>a</li><li>b</li>');
  });

  it('keeps title, size and sandbox mode of an output', () => {
    const { emu } = loadedEmulator();
    const html = g(emu).HtmlService;
    const out = html
      .createHtmlOutput('<p>x</p>')
      .setTitle('T')
      .setWidth(300)
      .setHeight(200)
      .setSandboxMode(html.SandboxMode.IFRAME);
    expect([out.getContent(), out.getTitle(), out.getWidth(), out.getHeight()]).toEqual([
      '<p>x</p>',
      'T',
      300,
      200,
    ]);
    expect(String(html.XFrameOptionsMode.ALLOWALL)).toBe('ALLOWALL');
    expect(() => html.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });
});

describe('Ui (developers.google.com/apps-script/reference/base/ui)', () => {
  it('records the add-on menu', () => {
    const { emu } = loadedEmulator();
    emu.runTrigger('onOpen', 'FULL');
    expect(emu.ui.addonMenu()).toEqual({
      title: 'KR Tracker',
      addon: true,
      items: [
        { caption: 'Open form', functionName: 'showSidebar' },
        { separator: true },
        { caption: 'Help', functionName: 'showHelp' },
      ],
    });
  });

  it('records alerts and returns the configured button', () => {
    const emu = emulator();
    const ui = g(emu).SpreadsheetApp.getUi();
    emu.ui.alertResponse = 'YES';
    const answer = ui.alert('Rebuild?', 'This replaces the summary.', ui.ButtonSet.YES_NO);
    expect(answer).toBe(ui.Button.YES);
    expect(emu.ui.alerts).toEqual([
      { title: 'Rebuild?', prompt: 'This replaces the summary.', buttons: 'YES_NO' },
    ]);
  });
});

describe('authorization modes (developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle)', () => {
  it('in AuthMode.NONE builds the menu but refuses the document and properties', () => {
    const { emu } = loadedEmulator();
    emu.runTrigger('onOpen', 'NONE');
    expect(emu.ui.addonMenu()?.items).toHaveLength(3);
    expect(emu.properties.document['opened']).toBeUndefined();
    expect(() => emu.runTrigger('onOpenCarelessly', 'NONE')).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
    expect(() => emu.withAuthMode('NONE', () => g(emu).PropertiesService.getDocumentProperties())).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
    expect(() => emu.withAuthMode('NONE', () => g(emu).LockService.getDocumentLock())).toThrow(
      'You do not have permission to call LockService.getDocumentLock',
    );
  });

  it('in AuthMode.NONE still answers Session.getActiveUserLocale()', () => {
    const { emu } = loadedEmulator({ userLocale: 'th' });
    expect(emu.runTrigger('localeInNone', 'NONE')).toBe('th');
  });

  it('in FULL runs onOpen with the document available', () => {
    const { emu } = loadedEmulator();
    emu.runTrigger('onOpen', 'FULL');
    expect(emu.properties.document['opened']).toBe('yes');
  });

  it('in LIMITED refuses to open a sidebar', () => {
    const { emu } = loadedEmulator();
    expect(() => emu.runTrigger('showSidebar', 'LIMITED')).toThrow(
      'You do not have permission to call Ui.showSidebar',
    );
  });
});
