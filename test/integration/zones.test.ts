// One date reader for every count (issue 10): in a spreadsheet of any time zone, on the fiscal year's boundary
// days, KR_COUNT, the summary and a submission's reply agree; zones with one offset all year are read by
// arithmetic, zones with daylight time through Utilities.formatDate once per instant.
import fc from 'fast-check';
import { summaryMessage } from '../../src/core/i18n/summaryMessages';
import type { SubmitAnswer } from '../hardening/support';
import { type Addon, addon, pinFiscalYear, submission } from '../support/addon';

const ZONES = ['Asia/Tokyo', 'America/Los_Angeles', 'Europe/London', 'Asia/Jakarta', 'Asia/Bangkok'] as const;
type Zone = (typeof ZONES)[number];

/** Midnight of a day in a zone, as Sheets hands a date cell of that spreadsheet to a script. */
function midnight(iso: string, zone: string): Date {
  const guess = new Date(`${iso}T00:00:00Z`);
  const wall = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(guess);
  const [day, time] = wall.split(', ');
  const shown = new Date(`${day}T${time}:00Z`).getTime();
  return new Date(guess.getTime() - (shown - guess.getTime()));
}

/** An English spreadsheet in `zone`, set up on 15 Oct 2025 at noon there, Settings pinned to FY 2568. */
function setUp(zone: Zone): Addon {
  const app = addon({ locale: 'en_US', timeZone: zone });
  app.emu.setTime(new Date(midnight('2025-10-15', zone).getTime() + 12 * 3_600_000));
  app.menu('setupSheets');
  pinFiscalYear(app, 2568, 'Settings');
  return app;
}

function krCount(app: Addon, extra = ''): number {
  const sheet = app.ss.getSheetByName('Check') ?? app.ss.insertSheet('Check');
  sheet.getRange('A1').setValue(`=KR_COUNT('Missions'!A1:S, 2568${extra})`);
  const error = app.emu.cellError("'Check'!A1");
  if (error) throw new Error(error);
  return sheet.getRange('A1').getValue() as number;
}

function formulaValue(app: Addon, text: string): unknown {
  const sheet = app.ss.getSheetByName('Check') ?? app.ss.insertSheet('Check');
  sheet.getRange('B1').setValue(text);
  const error = app.emu.cellError("'Check'!B1");
  if (error) throw new Error(error);
  return sheet.getRange('B1').getValue();
}

function summaryCount(app: Addon): number {
  const row = app
    .displayValues('Summary')
    .find((cells) => cells[0] === summaryMessage('en', 'summary.count'));
  return Number(row?.[1]);
}

// FY 2568 runs from 1 Oct 2024 to 30 Sep 2025: the days either side of both ends.
const BOUNDARY_DAYS = ['2024-09-30', '2024-10-01', '2025-09-30', '2025-10-01'];

describe.each(ZONES)('a spreadsheet in %s', (zone) => {
  it('counts the fiscal year’s boundary days alike in every count: the replies, KR_COUNT and the summary', () => {
    const app = setUp(zone);
    app.menu('buildSummary');
    const replies = BOUNDARY_DAYS.map((date) =>
      app.call<SubmitAnswer>('submitMission', submission({ date, title: `Mission of ${date}` })),
    );
    expect(replies.map((reply) => reply.ok && reply.counts)).toEqual([false, true, true, false]);
    expect(replies.map((reply) => reply.ok && reply.count)).toEqual([0, 1, 2, 2]);
    expect(krCount(app)).toBe(2);
    expect(summaryCount(app)).toBe(2);
    // Each date cell holds that day's midnight in the spreadsheet's zone.
    const dates = app
      .values('Missions')
      .slice(1)
      .map((row) => (row[1] as Date).getTime());
    expect(dates).toEqual(BOUNDARY_DAYS.map((day) => midnight(day, zone).getTime()));
  });

  it('counts date cells typed by hand on the boundary days as the form’s', () => {
    const app = setUp(zone);
    const log = app.sheet('Missions');
    BOUNDARY_DAYS.forEach((day, i) => {
      log.appendRow([`hand-${i}`, day, 'Speech', `Typed ${day}`, `City ${i}`, '', '', '', 'Done']);
    });
    expect(krCount(app)).toBe(2);
    app.menu('buildSummary');
    expect(summaryCount(app)).toBe(2);
    const reply = app.call<SubmitAnswer>(
      'submitMission',
      submission({ date: '2025-03-01', title: 'Mid-year' }),
    );
    expect(reply).toMatchObject({ ok: true, count: 3, counts: true });
    expect(krCount(app)).toBe(3);
  });
});

describe('today is the spreadsheet’s today', () => {
  it('refuses in Los Angeles a done mission dated a day that has begun in Bangkok but not there', () => {
    // 1 Oct 2025, 05:00 UTC: noon in Bangkok, 22:00 on 30 Sep in Los Angeles.
    const app = setUp('America/Los_Angeles');
    app.emu.setTime(new Date('2025-10-01T05:00:00Z'));
    app.call('getFormConfig'); // opening the form records the zone, as the sidebar does
    expect(app.call('submitMission', submission({ date: '2025-10-01' }))).toEqual({
      ok: false,
      errors: {
        date: 'A mission that is done cannot be dated after today (30 Sep 2025); if it is still to come, choose the status Planned',
      },
    });
    expect(app.call('submitMission', submission({ date: '2025-09-30' }))).toMatchObject({
      ok: true,
      counts: true,
    });
  });

  it('counts in Tokyo a done row typed for the 16th once the 16th has begun there, before it has in Bangkok', () => {
    const app = setUp('Asia/Tokyo');
    const log = app.sheet('Missions');
    log.appendRow(['hand-1', '2025-10-15', 'Speech', 'Today', 'Osaka', '', '', '', 'Done']);
    log.appendRow(['hand-2', '2025-10-16', 'Speech', 'Tomorrow', 'Kyoto', '', '', '', 'Done']);
    const fy2569 = () => formulaValue(app, `=KR_COUNT('Missions'!A1:S, 2569)`);
    // 15 Oct 2025, 14:00 UTC: 23:00 in Tokyo, the 16th still to come.
    app.emu.setTime(new Date('2025-10-15T14:00:00Z'));
    expect(fy2569()).toBe(1);
    // 16:00 UTC: 01:00 on the 16th in Tokyo (23:00 on the 15th in Bangkok).
    app.emu.setTime(new Date('2025-10-15T16:00:00Z'));
    expect(fy2569()).toBe(2);
  });
});

describe('the date reader of a zone', () => {
  /** A log of `n` done missions on `n` different days of FY 2568, typed by hand. */
  function fill(app: Addon, n: number): void {
    const rows = Array.from({ length: n }, (_, i) => {
      const day = new Date(Date.UTC(2024, 9, 1 + (i % 365)));
      return [`row-${i}`, day.toISOString().slice(0, 10), 'Speech', `M${i}`, `C${i}`, '', '', '', 'Done'];
    });
    app.sheet('Missions').getRange(2, 1, n, 9).setValues(rows);
  }

  it.each([
    ['Asia/Bangkok', 0],
    ['Asia/Jakarta', 2],
    ['Asia/Tokyo', 2],
  ] as const)(
    'in %s (one offset all year) calls Utilities.formatDate %i times for a count of 300 rows',
    (zone, calls) => {
      const app = setUp(zone);
      fill(app, 300);
      app.emu.resetCalls();
      expect(krCount(app)).toBe(300);
      // Only the offset, asked for January and July; every row checked by arithmetic.
      expect(app.emu.callsOf('Utilities.formatDate')).toBe(calls);
    },
  );

  it('in a zone with daylight time calls Utilities.formatDate once per instant, not once per row', () => {
    const app = setUp('Europe/London');
    fill(app, 300);
    // The same 300 days again: 600 rows, 300 instants.
    const rows = app
      .values('Missions')
      .slice(1, 301)
      .map((row, i) => [`again-${i}`, ...row.slice(1, 9)]);
    app.sheet('Missions').getRange(302, 1, 300, 9).setValues(rows);
    app.emu.resetCalls();
    expect(krCount(app)).toBe(600);
    // The offset asked for January and July, today once, then each of the 300 instants once.
    expect(app.emu.callsOf('Utilities.formatDate')).toBe(2 + 1 + 300);
  });
});

describe('every count agrees, for random logs in random zones', () => {
  const statuses = ['Done', 'done', 'Planned', 'Cancelled', "'Done", ' DONE ', 'finished', ''];
  const days = [...BOUNDARY_DAYS, '2024-09-29', '2025-10-02', '2025-01-15', '2025-10-14', '2025-10-16'];
  const handRow = fc.record({
    day: fc.constantFrom(...days),
    asText: fc.boolean(),
    status: fc.constantFrom(...statuses),
    id: fc.constantFrom('', 'a-1', 'A-1', 'b-2', "'b-2"),
  });

  it('KR_COUNT, the summary and the submission reply give the same count', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.array(handRow, { maxLength: 10 }),
        fc.constantFrom(...BOUNDARY_DAYS.slice(0, 3), '2025-01-15'),
        (zone, rows, submitted) => {
          const app = setUp(zone);
          app.menu('buildSummary');
          const log = app.sheet('Missions');
          rows.forEach((row, i) => {
            // A date typed as ISO text (a date cell) or as B.E. text in a Plain-text cell.
            const [y, m, d] = row.day.split('-').map(Number);
            const cell = row.asText ? `${d}/${m}/${y! + 543}` : row.day;
            log.appendRow([row.id, cell, 'Speech', `Hand ${i}`, `Hand city ${i}`, '', '', '', row.status]);
            if (row.asText) log.getRange(log.getLastRow(), 2).setNumberFormat('@').setValue(cell);
          });
          const before = krCount(app);
          expect(summaryCount(app)).toBe(before);
          const reply = app.call<SubmitAnswer>(
            'submitMission',
            submission({ date: submitted, title: 'Submitted', counterpart: 'Form city' }),
          );
          if (!reply.ok) throw new Error(JSON.stringify(reply));
          const after = krCount(app);
          expect(reply.count).toBe(after);
          expect(after - before).toBe(reply.counts ? 1 : 0);
          expect(summaryCount(app)).toBe(after);
        },
      ),
      { numRuns: 20 },
    );
  });
});
