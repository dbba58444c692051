// A Google service failing in the middle of an edit or a verification (docs/sheets.md History, §5 updateMission and
// verifyMission, §6 "No data lost"): at every spreadsheet method and at every call, the log row and History are
// both unchanged with an error, or both written; never one without the other, and the retry writes them once.
import type { MissionItem } from '../../src/core/log/missionRecords';
import type { ChangeResult, ListResult } from '../../src/server/missions';
import { type Addon, addon, pinFiscalYear, submission } from '../support/addon';

const LOG = 'ภารกิจ';
const HISTORY = 'ประวัติการแก้ไข';
const OWNER = 'owner@bangkok.go.th';
const STAFF = 'staff@bangkok.go.th';
const REVIEWER = 'reviewer@bangkok.go.th';

/** Every value and formula of a sheet, as JSON: equal strings mean not one cell changed. */
function contents(app: Addon, tab: string): string {
  const range = app.sheet(tab).getDataRange();
  return JSON.stringify([range.getValues(), range.getFormulas()]);
}

const historyRows = (app: Addon) => app.values(HISTORY).length - 1;

function listed(app: Addon, id: string): MissionItem {
  const answer = app.call<ListResult>('listMissions', {});
  if (!answer.ok) throw new Error(JSON.stringify(answer));
  const found = answer.missions.find((mission) => mission.id === id);
  if (!found) throw new Error(`mission ${id} is not listed`);
  return found;
}

interface Scenario {
  /** What the person does, as a test name says it. */
  readonly name: string;
  /** Who does it. */
  readonly user: string;
  /** History made full (no empty row left), so that appending must grow it first. */
  readonly fullHistory?: boolean;
  /** The call, with the version the person opened. */
  readonly run: (app: Addon, id: string, version: string) => ReturnType<Addon['emu']['bridge']['call']>;
  /** How the mission reads once the change is written. */
  readonly written: Partial<MissionItem>;
  /** The History fields the change writes, in order. */
  readonly fields: readonly string[];
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'an edit of two fields',
    user: STAFF,
    run: (app, id, version) =>
      app.emu.bridge.call('updateMission', [
        id,
        { title: 'Corrected title', notes: 'Corrected note' },
        version,
      ]),
    written: { title: 'Corrected title', notes: 'Corrected note' },
    fields: ['ชื่อภารกิจ', 'หมายเหตุ'],
  },
  {
    name: 'an edit of two fields with History full',
    user: STAFF,
    fullHistory: true,
    run: (app, id, version) =>
      app.emu.bridge.call('updateMission', [id, { status: 'done', date: '2025-03-01' }, version]),
    written: { status: 'done', date: '2025-03-01', counts: true },
    fields: ['วันที่', 'สถานะ'],
  },
  {
    name: 'an edit of one field',
    user: STAFF,
    run: (app, id, version) =>
      app.emu.bridge.call('updateMission', [id, { place: 'Sala Chalermchai' }, version]),
    written: { place: 'Sala Chalermchai' },
    fields: ['สถานที่'],
  },
  {
    name: 'a verification by a reviewer',
    user: REVIEWER,
    run: (app, id) => app.emu.bridge.call('verifyMission', [id, true]),
    written: { verified: true, verifiedBy: REVIEWER },
    fields: ['ตรวจสอบแล้ว', 'ผู้ตรวจสอบ', 'ตรวจสอบเมื่อ'],
  },
  {
    name: 'a verification by the owner',
    user: OWNER,
    run: (app, id) => app.emu.bridge.call('verifyMission', [id, true]),
    written: { verified: true, verifiedBy: OWNER },
    fields: ['ตรวจสอบแล้ว', 'ผู้ตรวจสอบ', 'ตรวจสอบเมื่อ'],
  },
];

/** A spreadsheet set up by its owner with a reviewer, a planned mission saved by staff, and who acts now. */
function setUp(scenario: Scenario): { app: Addon; id: string; version: string } {
  const app = addon({ locale: 'th_TH', owner: OWNER, userEmail: OWNER });
  app.emu.setTime(new Date('2025-03-15T10:00:00+07:00'));
  app.menu('setupSheets');
  pinFiscalYear(app, 2568);
  const settings = app.sheet('ตั้งค่า');
  const reviewers = settings
    .getDataRange()
    .getValues()
    .findIndex((row) => row[0] === 'ผู้ตรวจสอบ');
  settings.getRange(reviewers + 1, 2).setValue(REVIEWER);
  app.menu('setupSheets');
  app.emu.setUser({ email: STAFF });
  const saved = app.call<{ ok: boolean; id: string }>(
    'submitMission',
    submission({ status: 'planned', date: '2025-02-10' }),
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  if (scenario.fullHistory) {
    const history = app.sheet(HISTORY);
    history.deleteRows(history.getLastRow() + 1, history.getMaxRows() - history.getLastRow());
  }
  app.emu.setUser({ email: scenario.user });
  return { app, id: saved.id, version: listed(app, saved.id).version };
}

/** The spreadsheet calls the scenario makes, in order, found by running it once. */
function probe(scenario: Scenario): string[] {
  const { app, id, version } = setUp(scenario);
  app.emu.resetCalls();
  const answer = scenario.run(app, id, version);
  if (!answer.ok || !(answer.value as ChangeResult).ok) throw new Error(JSON.stringify(answer));
  return app.emu.callLog();
}

/** The last History rows name the scenario's fields, one row each. */
function expectHistoryOf(app: Addon, scenario: Scenario): void {
  const last = app.values(HISTORY).slice(-scenario.fields.length);
  expect(last.map((row) => row[4])).toEqual(scenario.fields);
}

/**
 * Runs the scenario with a fault armed, then asserts the all-or-nothing outcome, and that a retry from what the
 * list shows then leaves the change written once: the row changed and exactly one History row a field.
 */
function expectAllOrNothing(scenario: Scenario, arm: (app: Addon) => void): void {
  const { app, id, version } = setUp(scenario);
  const before = { log: contents(app, LOG), history: contents(app, HISTORY), rows: historyRows(app) };
  arm(app);
  const answer = scenario.run(app, id, version);
  expect(app.emu.pendingFaults()).toEqual([]);
  const succeeded = answer.ok && (answer.value as ChangeResult).ok;
  if (succeeded) {
    expect(listed(app, id)).toMatchObject(scenario.written);
    expectHistoryOf(app, scenario);
    expect(historyRows(app)).toBe(before.rows + scenario.fields.length);
  } else {
    // Google's failure passed on to the sidebar, or the add-on's own refusal: nothing written anywhere.
    if (!answer.ok) expect(answer.error.message).toMatch(/^Service Spreadsheets failed/);
    else expect((answer.value as { errors: { form?: string } }).errors.form).toEqual(expect.any(String));
    expect(contents(app, LOG)).toBe(before.log);
    expect(contents(app, HISTORY)).toBe(before.history);
  }
  const retry = scenario.run(app, id, listed(app, id).version);
  expect(retry).toMatchObject({ ok: true, value: { ok: true } });
  expect(listed(app, id)).toMatchObject(scenario.written);
  expect(historyRows(app)).toBe(before.rows + scenario.fields.length);
  expectHistoryOf(app, scenario);
}

describe.each(SCENARIOS)('a Google service failing in the middle of $name', (scenario) => {
  const calls = probe(scenario);
  const methods = [...new Set(calls)];

  it('makes the calls a probe expects (the cases below cover each of them)', () => {
    expect(calls.length).toBeGreaterThan(5);
    expect(methods).toContain('Range.setValues');
  });

  it.each(methods)(
    'at the first %s: the row and History both unchanged with an error, or both written',
    (method) => {
      expectAllOrNothing(scenario, (app) => app.emu.failNext(method));
    },
  );

  it.each(calls.map((method, i) => [i + 1, method] as const))(
    'at call %d (%s): the row and History both unchanged with an error, or both written',
    (n) => {
      expectAllOrNothing(scenario, (app) => app.emu.failAtCall(n));
    },
  );
});
