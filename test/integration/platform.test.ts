// The add-on on the stricter emulator (issue 11): what it does where Google is stricter or simply different —
// a locale that keeps ISO text as text, scopes granted only in part, no document lock.
import type { SelfCheckReport } from '../../src/core/selfCheck/selfCheck';
import type { SubmitAnswer } from '../hardening/support';
import { addon, pinFiscalYear, submission } from '../support/addon';

const CURRENT_ONLY = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
const CONTAINER_UI = 'https://www.googleapis.com/auth/script.container.ui';

describe('a spreadsheet whose locale keeps 2025-01-15 as text', () => {
  it('still gets a date cell on that day: the add-on sees the text and writes the Date (two more calls)', () => {
    const app = addon({ locale: 'th_TH', isoTextDates: false });
    app.menu('setupSheets');
    pinFiscalYear(app, 2568);
    app.emu.resetCalls();
    const answer = app.call<SubmitAnswer>('submitMission', submission({ title: 'Text date' }));
    expect(answer).toMatchObject({ ok: true, row: 2, count: 1, counts: true });
    // The date is fixed between the row's own write and its History row.
    expect(app.emu.callLog().slice(-4)).toEqual([
      'Sheet.getRange',
      'Range.setValue',
      'Spreadsheet.getSheetById',
      'Sheet.appendRow',
    ]);
    expect(app.emu.calls()).toBe(14);
    const date = app.sheet('ภารกิจ').getRange('B2').getValue();
    expect(date).toEqual(new Date('2025-01-15T00:00:00+07:00'));
  });

  it('is what the self-check reports, so a real spreadsheet that does it is known at once', () => {
    const app = addon({ locale: 'th_TH', isoTextDates: false });
    const report = app.menu('runSelfCheck') as SelfCheckReport;
    const iso = report.checks.find((check) => check.name === 'isoTextDate')!;
    expect(iso).toMatchObject({ ok: false, observed: { isDate: false, day: '2025-01-15' } });
    expect(report.failed).toBe(1);
  });
});

describe('scopes granted only in part (granular consent)', () => {
  it.each(['showSidebar', 'buildSummary', 'setupSheets', 'runSelfCheck', 'showHelp'])(
    '%s asks for the spreadsheet and interface scopes again before doing anything',
    (name) => {
      const app = addon({ locale: 'en_US', grantedScopes: [CONTAINER_UI] });
      const sheets = app.ss.getSheets().length;
      expect(() => app.menu(name)).toThrow('Authorization is required to perform that action.');
      expect(app.emu.consentRequests()).toEqual([[CURRENT_ONLY]]);
      expect(app.ss.getSheets()).toHaveLength(sheets);
      expect(app.emu.ui.panels).toEqual([]);
    },
  );

  it('saves a mission without the e-mail scope, Entered by left blank', () => {
    const app = addon({ locale: 'en_US', userEmail: 'staff@bangkok.go.th' });
    app.menu('setupSheets');
    app.emu.grantScopes([CURRENT_ONLY, CONTAINER_UI]);
    const answer = app.call<SubmitAnswer>('submitMission', submission({ title: 'No e-mail' }));
    expect(answer.ok).toBe(true);
    expect(app.values('Missions')[1]![17]).toBe('');
  });
});

describe('no document lock', () => {
  it('saves under the script lock instead, and a second save at the same moment waits its turn', () => {
    const app = addon({ locale: 'en_US', standalone: true });
    app.menu('setupSheets');
    pinFiscalYear(app, 2568, 'Settings');
    let inner: SubmitAnswer | undefined;
    app.emu.beforeNextCall('Sheet.appendRow', () => {
      inner = app.call<SubmitAnswer>('submitMission', submission({ title: 'Second' }));
    });
    expect(app.call('submitMission', submission({ title: 'First' }))).toMatchObject({ ok: true, row: 2 });
    expect(inner).toMatchObject({
      ok: false,
      errors: { form: expect.stringContaining('Someone else is saving right now') },
    });
  });
});
