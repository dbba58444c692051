// runSelfCheck (docs/deployment.md) through build/Code.js in the emulator: the emulator passes every check of the shared
// list, leaves nothing behind, and agrees with every report saved from a spreadsheet in test/fixtures/self-check.
import fs from 'node:fs';
import path from 'node:path';
import { SELF_CHECK_IDS, SELF_CHECKS, type SelfCheckReport } from '../../src/core/selfCheck/selfCheck';
import { addon } from '../support/addon';

const FIXTURES = path.resolve(__dirname, '../fixtures/self-check');

function run(options: { locale?: string; timeZone?: string; userLocale?: string } = {}) {
  const app = addon({ locale: 'th_TH', ...options });
  app.menu('setupSheets');
  const before = app.ss.getSheets().map((sheet) => sheet.getName());
  const report = app.menu('runSelfCheck') as SelfCheckReport;
  return { app, before, report };
}

describe('runSelfCheck in the emulator', () => {
  it('passes every check of the shared list, in its order', () => {
    const { report } = run();
    expect(report.checks.map((result) => result.name)).toEqual(SELF_CHECK_IDS);
    const failed = report.checks.filter((result) => !result.ok);
    expect(failed).toEqual([]);
    expect(report).toMatchObject({
      ok: true,
      kind: 'kr-tracker-self-check',
      passed: SELF_CHECK_IDS.length,
      failed: 0,
    });
    // docs/deployment.md: { ok, checks: [{ name, ok, detail }] }.
    for (const check of report.checks) {
      expect(check).toMatchObject({
        name: expect.any(String),
        ok: true,
        detail: JSON.stringify(check.observed),
      });
    }
    for (const result of report.checks) expect(result.observed).toEqual(SELF_CHECKS[result.name]);
  });

  it.each([
    ['en_US', 'America/Los_Angeles'],
    ['en_GB', 'Europe/London'],
    ['ja_JP', 'Asia/Tokyo'],
  ])('passes every check in a %s spreadsheet in %s', (locale, timeZone) => {
    const { report } = run({ locale, timeZone });
    expect(report.checks.filter((result) => !result.ok)).toEqual([]);
    expect(report).toMatchObject({ locale, timeZone });
  });

  it('removes its temporary sheet, its property and its metadata, and touches no other sheet', () => {
    const { app, before } = run();
    const log = JSON.stringify(app.values('ภารกิจ'));
    expect(app.ss.getSheets().map((sheet) => sheet.getName())).toEqual(before);
    expect(app.ss.createDeveloperMetadataFinder().withKey('krTracker.selfCheck').find()).toHaveLength(0);
    const properties = app.emu.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    expect(properties.getDocumentProperties().getProperty('krTracker.selfCheck')).toBeNull();
    expect(JSON.stringify(app.values('ภารกิจ'))).toBe(log);
  });

  it('shows a dialog in the user’s language with each check and the report to copy', () => {
    const { app, report } = run({ userLocale: 'en' });
    const dialog = app.emu.ui.panels.at(-1)!;
    expect(dialog).toMatchObject({ kind: 'modal', title: 'Check this spreadsheet' });
    expect(dialog.html).toContain(`All ${SELF_CHECK_IDS.length} of ${SELF_CHECK_IDS.length} checks passed`);
    expect(dialog.html).toContain('=KR_SCORE(7) in a cell gives 3');
    expect(dialog.html).toContain('<textarea id="report" readonly>');
    const json = /<textarea id="report" readonly>([\s\S]*)<\/textarea>/.exec(dialog.html)![1]!;
    const unescaped = json
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    expect(JSON.parse(unescaped)).toEqual(report);
    // No user's name or address in what is meant to be sent on.
    expect(json).not.toContain('@bangkok.go.th');
  });

  it('reports a check that fails with what it saw, and still removes its sheet', () => {
    const app = addon({ locale: 'th_TH' });
    app.emu.lock.busy = true;
    const report = app.menu('runSelfCheck') as SelfCheckReport;
    const lock = report.checks.find((result) => result.name === 'documentLock')!;
    expect(lock).toMatchObject({ ok: false, observed: { exists: true, taken: false } });
    expect(lock.detail).toContain('expected {"exists":true,"taken":true');
    expect(report.ok).toBe(false);
    expect(report.failed).toBe(1);
    expect(app.emu.ui.panels.at(-1)!.html).toContain('ไม่ผ่าน 1 รายการ');
    expect(app.ss.getSheets().some((sheet) => sheet.getName().startsWith('KR Tracker self-check'))).toBe(
      false,
    );
  });

  it('is on the menu, under Help', () => {
    const app = addon({ locale: 'en_US' });
    app.emu.runTrigger('onOpen', 'NONE');
    const items = app.emu.ui.addonMenu()!.items.filter((item) => 'functionName' in item);
    expect(items.slice(-2)).toEqual([
      { caption: 'Help', functionName: 'showHelp' },
      { caption: 'Check this spreadsheet', functionName: 'runSelfCheck' },
    ]);
  });
});

const reports = fs
  .readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.json'))
  .map(
    (name) =>
      [name, JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as SelfCheckReport] as const,
  );

describe.each(reports)('the saved report %s', (_, saved) => {
  it('is a report of the current list of checks', () => {
    expect(saved.kind).toBe('kr-tracker-self-check');
    expect(saved.checks.map((result) => result.name).sort()).toEqual([...SELF_CHECK_IDS].sort());
  });

  it('is what the emulator observes in a spreadsheet of the same locale and zone', () => {
    const { report } = run({ locale: saved.locale, timeZone: saved.timeZone });
    for (const result of saved.checks) {
      const ours = report.checks.find((r) => r.name === result.name)!;
      expect({ id: result.name, observed: ours.observed }).toEqual({
        id: result.name,
        observed: result.observed,
      });
    }
  });
});
