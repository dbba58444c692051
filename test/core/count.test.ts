// Counting the missions of a fiscal year (docs/counting.md) and the reason each other row does not count.

import { mapHeader, missingColumns } from '../../src/core/log/cells';
import { countMissions, tallyMissions } from '../../src/core/log/count';
import {
  dateCell,
  doneMission,
  ENGLISH_HEADER,
  missionLog,
  missionRow,
  THAI_HEADER,
} from '../support/missionLog';

/** FY 2568, counted as of a day long after it, so no date in these rows is in the future. */
const FY = { fiscalYear: 2568, asOf: { year: 2030, month: 1, day: 1 } };

describe('counting missions', () => {
  describe('by status', () => {
    it.each([
      ['done', 1],
      ['Done', 1],
      ['  DONE ', 1],
      ['ดำเนินการแล้ว', 1],
      [' ดำเนินการแล้ว  ', 1],
      ['planned', 0],
      ['วางแผน', 0],
      ['Cancelled', 0],
      ['ยกเลิก', 0],
    ])('counts a mission whose status is %p as %i', (status, expected) => {
      const rows = missionLog([doneMission('2025-01-15', { status })]);
      expect(countMissions(rows, FY).count).toBe(expected);
    });

    it('gives the reason for a status that is not done, unknown or missing', () => {
      const rows = missionLog([
        doneMission('2025-01-15', { status: 'ยกเลิก' }),
        doneMission('2025-01-16', { status: 'finished' }),
        doneMission('2025-01-17', { status: '' }),
      ]);
      expect(countMissions(rows, FY).notCounted.map((n) => n.reason)).toEqual([
        { code: 'notDone', status: 'cancelled' },
        { code: 'unknownStatus', value: 'finished' },
        { code: 'noStatus' },
      ]);
    });
  });

  describe('as of a day', () => {
    const asOf = { year: 2025, month: 1, day: 15 };
    it('counts a done mission dated on the as-of day, and not one dated after it', () => {
      const rows = missionLog([doneMission('2025-01-15'), doneMission('2025-01-16')]);
      const result = countMissions(rows, { fiscalYear: 2568, asOf });
      expect(result.count).toBe(1);
      expect(result.notCounted.map((n) => n.reason)).toEqual([
        { code: 'future', date: { year: 2025, month: 1, day: 16 } },
      ]);
      expect(tallyMissions(rows, { fiscalYear: 2568, asOf })).toBe(1);
    });
    it('says "in the future" before "outside the fiscal year" for a done mission of a later year', () => {
      const rows = missionLog([doneMission('2027-01-15')]);
      expect(countMissions(rows, { fiscalYear: 2568, asOf }).notCounted[0]!.reason.code).toBe('future');
    });
    it('leaves planned missions dated later as not done, their own reason', () => {
      const rows = missionLog([doneMission('2025-03-01', { status: 'planned' })]);
      expect(countMissions(rows, { fiscalYear: 2568, asOf }).notCounted[0]!.reason.code).toBe('notDone');
    });
    it('reads the date cell in the spreadsheet zone before comparing it with the as-of day', () => {
      // Midnight of 16 Jan in Tokyo is 22:00 on 15 Jan in Bangkok: the day is the 16th for a Tokyo spreadsheet.
      const tokyo = (instant: Date) => {
        const t = new Date(instant.getTime() + 9 * 3_600_000);
        return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
      };
      const rows = missionLog([doneMission('x', { date: new Date('2025-01-16T00:00:00+09:00') })]);
      expect(tallyMissions(rows, { fiscalYear: 2568, asOf })).toBe(1);
      expect(tallyMissions(rows, { fiscalYear: 2568, asOf, dateOfInstant: tokyo })).toBe(0);
    });
  });

  describe('by fiscal year', () => {
    it('counts 1 October to 30 September and nothing outside', () => {
      const rows = missionLog([
        doneMission('2024-09-30'),
        doneMission('2024-10-01'),
        doneMission('2025-09-30'),
        doneMission('2025-10-01'),
      ]);
      const result = countMissions(rows, FY);
      expect(result.count).toBe(2);
      expect(result.counted.map((c) => c.row)).toEqual([3, 4]);
      expect(result.notCounted.map((n) => [n.row, n.reason.code])).toEqual([
        [2, 'outsideFiscalYear'],
        [5, 'outsideFiscalYear'],
      ]);
    });

    it('reads a date cell typed in B.E. as the same day C.E.', () => {
      const rows = missionLog([doneMission('2025-01-15', { date: dateCell('2568-01-15') })]);
      expect(countMissions(rows, FY).count).toBe(1);
    });
  });

  describe('with text dates', () => {
    it.each(['2025-01-15', '15/1/2568', '15/01/2025', '15 ม.ค. 2568', '15 มกราคม 2568'])(
      'counts a mission dated %s',
      (date) => {
        expect(countMissions(missionLog([doneMission('x', { date })]), FY).count).toBe(1);
      },
    );

    it.each(['15-01-2025', '01/15/2025', '31/02/2568', 'soon', '2568'])(
      'rejects the date %s with its reason',
      (date) => {
        const result = countMissions(missionLog([doneMission('x', { date })]), FY);
        expect(result.count).toBe(0);
        expect(result.notCounted[0]!.reason).toEqual({ code: 'invalidDate', value: date });
      },
    );

    it('says a done mission without a date has no date', () => {
      const result = countMissions(missionLog([doneMission('x', { date: '' })]), FY);
      expect(result.notCounted[0]!.reason).toEqual({ code: 'noDate' });
    });

    it('does not take a bare number for a date', () => {
      const result = countMissions(missionLog([doneMission('x', { date: 45672 })]), FY);
      expect(result.notCounted[0]!.reason.code).toBe('invalidDate');
    });
  });

  describe('with IDs', () => {
    it('counts a repeated ID once and names the row it repeats', () => {
      const rows = missionLog([
        doneMission('2025-01-15', { id: 'a1b2c3d4-0000' }),
        doneMission('2025-01-16', { id: 'A1B2C3D4-0000 ' }),
        doneMission('2025-01-17', { id: 'ffff0000-1111' }),
      ]);
      const result = countMissions(rows, FY);
      expect(result.count).toBe(2);
      expect(result.notCounted).toEqual([
        {
          row: 3,
          title: 'Mission of 2025-01-16',
          reason: { code: 'duplicateId', firstRow: 2 },
          date: { year: 2025, month: 1, day: 16 },
          kindText: 'speech',
          counterpart: 'Paris',
        },
      ]);
    });

    it('names the first row of each ID when repeats come before and after other IDs', () => {
      const ids = ['id-a', 'id-b', 'id-a', 'id-c', 'id-b', 'id-c', 'id-a'];
      const rows = missionLog(ids.map((id, i) => doneMission(`2025-01-${10 + i}`, { id })));
      const result = countMissions(rows, FY);
      expect(result.count).toBe(3);
      expect(result.notCounted.map((n) => [n.row, n.reason])).toEqual([
        [4, { code: 'duplicateId', firstRow: 2 }],
        [6, { code: 'duplicateId', firstRow: 3 }],
        [7, { code: 'duplicateId', firstRow: 5 }],
        [8, { code: 'duplicateId', firstRow: 2 }],
      ]);
      expect(tallyMissions(rows, FY)).toBe(3);
    });

    it('counts each row without an ID', () => {
      const rows = missionLog([
        doneMission('2025-01-15'),
        doneMission('2025-01-15'),
        doneMission('2025-01-15'),
      ]);
      expect(countMissions(rows, FY).count).toBe(3);
    });

    it('lets a later done row count when the first row with its ID does not', () => {
      const rows = missionLog([
        doneMission('2025-01-15', { id: 'same-id-123', status: 'planned' }),
        doneMission('2025-01-15', { id: 'same-id-123' }),
      ]);
      expect(countMissions(rows, FY).count).toBe(1);
    });
  });

  describe('blank rows', () => {
    it('ignores them, unchecked checkboxes included, and marks them blank', () => {
      const rows = missionLog([doneMission('2025-01-15'), {}, { notes: '   ' }, doneMission('2025-01-16')]);
      const result = countMissions(rows, FY);
      expect(result.count).toBe(2);
      expect(result.notCounted.map((n) => [n.row, n.reason.code])).toEqual([
        [3, 'blank'],
        [4, 'blank'],
      ]);
    });
  });

  describe('with columns moved or added', () => {
    it('finds columns by header text, in Thai or English, reordered, with extra columns', () => {
      const header = ['Remarks of my own', ' สถานะ ', 'TITLE', 'วันที่', 'id', 'Extra'];
      const rows = [
        header,
        ['x', 'done', 'One', dateCell('2025-01-15'), 'id-0001', 'y'],
        ['x', 'Done', 'Two', '16/1/2568', 'id-0002', 'y'],
        ['x', 'ดำเนินการแล้ว', 'Three', dateCell('2025-01-17'), 'id-0001', 'y'],
      ];
      const result = countMissions(rows, FY);
      expect(result.count).toBe(2);
      expect(result.counted.map((c) => c.mission.title)).toEqual(['One', 'Two']);
    });

    it('reads a Thai header', () => {
      const rows = missionLog([doneMission('2025-01-15', { status: 'ดำเนินการแล้ว' })], THAI_HEADER);
      expect(countMissions(rows, FY).count).toBe(1);
    });

    it('reports a missing date or status column', () => {
      expect(missingColumns(mapHeader(['ID', 'Title', 'Status']))).toEqual(['date']);
      expect(missingColumns(mapHeader(['ID', 'Date']))).toEqual(['status']);
      expect(missingColumns(mapHeader(ENGLISH_HEADER))).toEqual([]);
    });
  });

  describe('verified only', () => {
    const rows = missionLog([
      doneMission('2025-01-15', { verified: true }),
      doneMission('2025-01-16', { verified: false }),
      doneMission('2025-01-17', { verified: 'ใช่' }),
    ]);
    it('counts only ticked missions and says why the others do not count', () => {
      const result = countMissions(rows, { ...FY, verifiedOnly: true });
      expect(result.count).toBe(2);
      expect(result.notCounted).toEqual([
        expect.objectContaining({ row: 3, title: 'Mission of 2025-01-16', reason: { code: 'notVerified' } }),
      ]);
    });
    it('counts them all otherwise', () => {
      expect(countMissions(rows, FY).count).toBe(3);
    });
  });

  describe('the counted missions', () => {
    it('carry what the summary shows: kind, title, steps, evidence, verified', () => {
      const row = doneMission('2025-01-15', {
        id: 'abc-12345',
        kind: 'การเยี่ยมคารวะ',
        title: ' Courtesy call on the Governor ',
        step1: true,
        step3: true,
        evidence: 'https://example.org/photos',
        verified: true,
      });
      const [counted] = countMissions(missionLog([row]), FY).counted;
      expect(counted).toMatchObject({
        row: 2,
        mission: {
          id: 'abc-12345',
          date: { year: 2025, month: 1, day: 15 },
          kind: 'courtesy_call',
          title: 'Courtesy call on the Governor',
          steps: [true, false, true, false, false],
          evidence: 'https://example.org/photos',
          verified: true,
        },
      });
    });
    it('keep a kind the add-on does not know as its text', () => {
      const [counted] = countMissions(
        missionLog([doneMission('2025-01-15', { kind: 'Gala dinner' })]),
        FY,
      ).counted;
      expect(counted!.mission.kind).toBeUndefined();
      expect(counted!.mission.kindText).toBe('Gala dinner');
    });
    it('use sheet row numbers from the header row given', () => {
      const rows = missionLog([doneMission('2025-01-15')]);
      expect(countMissions(rows, { ...FY, headerRow: 5 }).counted[0]!.row).toBe(6);
    });
  });

  it('never counts more than the rows it is given', () => {
    const rows = [ENGLISH_HEADER, ...Array.from({ length: 50 }, () => missionRow(doneMission('2025-03-01')))];
    expect(countMissions(rows, FY).count).toBe(50);
    expect(countMissions([ENGLISH_HEADER], FY).count).toBe(0);
    expect(countMissions([], FY).count).toBe(0);
  });
});
