// The summary's figures and tables (what its live formulas return) and the tab's layout, as a director reads them.
import type { CalendarDate } from '../../src/core/dates/calendar';
import { cardDefinition } from '../../src/core/kr/settings';
import { countMissions } from '../../src/core/log/count';
import { kpiFigures, shownExpected, shownProjection } from '../../src/core/summary/figures';
import { type LayoutCell, summaryLayout } from '../../src/core/summary/layout';
import {
  kindTable,
  missionLists,
  monthlyCounts,
  monthTable,
  resultTable,
  titleTable,
} from '../../src/core/summary/tables';
import { doneMission, missionLog } from '../support/missionLog';

const day = (iso: string): CalendarDate => {
  const [year, month, date] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: date! };
};
const FY_END = day('2025-09-30');
const count = (rows: unknown[][], asOf = FY_END) => countMissions(rows, { fiscalYear: 2568, asOf });

describe('the summary', () => {
  describe('status, expected and projected', () => {
    // FY 2568 has 365 days (1 Oct 2024 – 30 Sep 2025); the as-of day counts as gone by.
    it.each<[number, string, number, number | '', string]>([
      // count, as of, expected (shown in whole missions), projected (shown), status
      [1, '2024-11-30', 2, 5, 'behind'], // the case: one mission two months in is not on track
      [2, '2024-11-30', 2, 11, 'onTrack'], // 1.7 expected: two missions reach it
      [0, '2024-10-01', 1, 0, 'behind'],
      [5, '2025-04-01', 6, 9, 'behind'], // 183 days: 5.01 expected, so 5 is just behind
      [6, '2025-04-01', 6, 11, 'onTrack'],
      [9, '2025-09-30', 10, 9, 'behind'],
      [10, '2025-06-01', 7, 14, 'achieved'],
      [12, '2025-09-30', 10, 12, 'achieved'],
      [3, '2025-12-01', 10, 3, 'behind'], // the year is over: expected is the target, projected the count
      [0, '2024-09-01', 0, '', 'onTrack'], // not begun: nothing is expected yet, no pace to project
    ])('%i missions as of %s: %f expected, %f projected, %s', (n, asOf, expected, projected, status) => {
      const figures = kpiFigures({
        count: n,
        definition: cardDefinition('en'),
        fiscalYear: 2568,
        asOf: day(asOf),
      });
      expect(shownExpected(figures)).toBe(expected);
      expect(shownProjection(figures)).toBe(projected);
      expect(figures.status).toBe(status);
    });

    it('never shows an expected figure that a count reaching it would still be behind, or the reverse', () => {
      const definition = cardDefinition('th');
      for (let elapsed = 0; elapsed < 400; elapsed++) {
        const asOf = new Date(Date.UTC(2024, 9, 1 + elapsed));
        const date = { year: asOf.getUTCFullYear(), month: asOf.getUTCMonth() + 1, day: asOf.getUTCDate() };
        for (let n = 0; n <= 11; n++) {
          const figures = kpiFigures({ count: n, definition, fiscalYear: 2568, asOf: date });
          const expected = shownExpected(figures);
          const projected = shownProjection(figures) || 0;
          if (figures.status === 'behind') {
            expect(n).toBeLessThan(expected);
            expect(projected).toBeLessThan(figures.target);
          } else {
            expect(n).toBeGreaterThanOrEqual(expected);
            if (shownProjection(figures) !== '') expect(projected).toBeGreaterThanOrEqual(figures.target);
          }
        }
      }
    });

    it('names the points, the next level and what it takes', () => {
      const definition = cardDefinition('en');
      const figures = kpiFigures({ count: 5, definition, fiscalYear: 2568, asOf: day('2025-04-01') });
      expect(resultTable(figures, definition, 'en')).toEqual([
        [5, 'of a target of 10'],
        [2, 'of 5 (step)'],
        [1, 'more (reach 6 for 3 points)'],
        [6, 'missions (the target of 10 × the 50% of the fiscal year gone by = 5.1)'],
        [9, 'missions if the pace so far goes on'],
        ['Behind', '5 done, below the 6 expected by now'],
      ]);
      const top = kpiFigures({ count: 11, definition, fiscalYear: 2568, asOf: FY_END });
      expect(resultTable(top, definition, 'th')[2]).toEqual([0, 'ถึงขั้นสูงสุดแล้ว']);
    });
  });

  describe('tables', () => {
    const days = ['2024-10-03', '2024-11-12', '2024-11-20', '2025-01-15', '2025-02-02', '2025-03-30'];
    const six = missionLog(days.map((d, i) => doneMission(d, { kind: i % 2 ? 'speech' : 'การเยี่ยมคารวะ' })));

    it('titles the tab with the KR name, host unit, fiscal year and the as-of day, in the language', () => {
      const input = { problems: [], fiscalYear: 2570, asOf: day('2026-12-01') };
      expect(titleTable({ ...input, definition: cardDefinition('th'), lang: 'th' })).toEqual([
        ['จำนวนครั้งในการดำเนินภารกิจด้านพิธีการทูตเมือง'],
        ['สำนักงานการต่างประเทศ'],
        ['ปีงบประมาณ พ.ศ. 2570 (1 ต.ค. 2569 – 30 ก.ย. 2570) · ข้อมูล ณ 1 ธ.ค. 2569'],
        [''],
      ]);
      expect(titleTable({ ...input, definition: cardDefinition('en'), lang: 'en' })[2]).toEqual([
        'Fiscal year 2570 B.E. (1 Oct 2026 – 30 Sep 2027) · figures as of 1 Dec 2026',
      ]);
    });

    it('says in the title when Settings is broken and the card is used instead', () => {
      const title = titleTable({
        definition: cardDefinition('en'),
        problems: [{ field: 'target', value: 'ten', cell: 'B7' }],
        fiscalYear: 2568,
        asOf: FY_END,
        lang: 'en',
      });
      expect(title[3]![0]).toBe(
        'Settings, cell B7: the target must be a number above 0 (ten); the KR card target of 10 is used',
      );
    });

    it('counts by kind, every kind of the card listed and those of no kind last', () => {
      const rows = missionLog([
        ...days.map((d) => doneMission(d)),
        doneMission('2025-04-01', { kind: 'Gala' }),
      ]);
      const table = kindTable(count(rows), 'en');
      expect(table[0]).toEqual(['Kind', 'Missions']);
      expect(table).toHaveLength(9);
      expect(table.find((r) => r[0] === 'Speech')).toEqual(['Speech', 6]);
      expect(table.at(-1)).toEqual(['Not in the list of kinds', 1]);
    });

    it('counts by month, October first, with the cumulative count and the target', () => {
      const table = monthTable(count(six), 10, FY_END, 'th');
      expect(table[0]).toEqual(['เดือน', 'ภารกิจ', 'สะสม', 'ค่าเป้าหมาย', 'ควรทำได้ตามสัดส่วนเวลา']);
      expect(table.slice(1).map((r) => r[0])).toEqual([
        'ต.ค.67',
        'พ.ย.67',
        'ธ.ค.67',
        'ม.ค.68',
        'ก.พ.68',
        'มี.ค.68',
        'เม.ย.68',
        'พ.ค.68',
        'มิ.ย.68',
        'ก.ค.68',
        'ส.ค.68',
        'ก.ย.68',
      ]);
      expect(table.slice(1).map((r) => r[1])).toEqual([1, 2, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
      expect(table.slice(1).map((r) => r[2])).toEqual([1, 3, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6]);
      expect(table.slice(1).every((r) => r[3] === 10)).toBe(true);
      // Where the office should be at each month's end: 10 × the days gone by / 365, up to a tenth.
      expect(table.slice(1).map((r) => r[4])).toEqual([
        0.9, 1.7, 2.6, 3.4, 4.2, 5, 5.9, 6.7, 7.5, 8.4, 9.2, 10,
      ]);
      expect(monthTable(count(six), 10, FY_END, 'en')[1]![0]).toBe('Oct 2024');
    });

    it('leaves the months after the as-of day blank and counts nothing dated after it', () => {
      const asOf = day('2025-01-20');
      const table = monthTable(count(six, asOf), 10, asOf, 'en');
      expect(table.slice(1).map((r) => r[2])).toEqual([1, 3, 3, 4, '', '', '', '', '', '', '', '']);
      expect(table.slice(1).map((r) => r[1])).toEqual([1, 2, 0, 1, '', '', '', '', '', '', '', '']);
      // In January, where the office should be by the as-of day itself (112 days: 3.07), not by 31 January.
      expect(table.slice(1).map((r) => r[4])).toEqual([0.9, 1.7, 2.6, 3.1, '', '', '', '', '', '', '', '']);
    });

    it('gives each month the cumulative count KR_COUNT gives on its last day, repeated IDs included', () => {
      // The same ID twice: first entered with a March date, then again with a January one.
      const rows = missionLog([
        doneMission('2025-03-10', { id: 'same' }),
        doneMission('2024-12-05'),
        doneMission('2025-01-10', { id: 'same' }),
      ]);
      const months = monthlyCounts(count(rows), FY_END);
      const monthEnds = ['2024-10-31', '2024-11-30', '2024-12-31', '2025-01-31', '2025-02-28', '2025-03-31'];
      monthEnds.forEach((end, i) => {
        expect(months[i]!.cumulative).toBe(count(rows, day(end)).count);
      });
    });

    it('lists the counted missions, then the rows that do not count and why, blank rows left out', () => {
      const rows = missionLog([
        doneMission('2025-01-15', { title: 'Counted', evidence: 'https://x.org/1' }),
        {},
        doneMission('2025-01-16', { title: 'Called off', status: 'ยกเลิก' }),
        doneMission('2026-01-16', { title: 'Too early' }),
      ]);
      const lists = missionLists(count(rows, day('2025-06-01')), 'th');
      expect(lists[0]![0]).toBe('ภารกิจที่นับ (1)');
      expect(lists[2]).toEqual([
        'Counted',
        '15 ม.ค. 2568',
        'การกล่าวสุนทรพจน์',
        'Paris',
        'https://x.org/1',
        '0/5',
        '–',
        2,
      ]);
      const start = lists.findIndex((r) => String(r[0]).startsWith('แถวที่ไม่นับ'));
      expect(lists[start]![0]).toBe('แถวที่ไม่นับ (2)');
      const end = lists.findIndex((r) => String(r[0]).startsWith('ภารกิจที่อาจซ้ำกัน'));
      expect(lists.slice(start + 2, end - 1).map((r) => [r[0], r[4], r[7]])).toEqual([
        ['Called off', 'ยังไม่ได้ดำเนินการ (สถานะ: ยกเลิก)', 4],
        ['Too early', 'วันที่ยังมาไม่ถึง (16 ม.ค. 2569)', 5],
      ]);
      expect(new Set(lists.map((r) => r.length))).toEqual(new Set([8]));
    });

    it('keeps user text as data', () => {
      const rows = missionLog([doneMission('2025-01-15', { title: '=IMPORTXML("http://x","//a")' })]);
      expect(missionLists(count(rows), 'en')[2]![0]).toBe('=IMPORTXML("http://x","//a")');
    });

    it('writes English lists with English dates and reasons', () => {
      const rows = missionLog([doneMission('2025-01-15'), doneMission('2023-01-15', { title: 'Old' })]);
      const lists = missionLists(count(rows), 'en');
      expect(lists[2]![1]).toBe('15 Jan 2025');
      const old = lists.find((r) => r[0] === 'Old')!;
      expect(old[4]).toBe('outside fiscal year 2568 (15 Jan 2023)');
      const duplicates = lists.findIndex((r) => String(r[0]).startsWith('Possible duplicates'));
      expect(lists[duplicates]![0]).toBe('Possible duplicates (0): both still count; the reviewer decides');
      expect(lists[duplicates + 2]![0]).toBe('None');
    });

    it('lists likely duplicates (same day, kind and counterpart) after the rows that do not count; both still count', () => {
      const rows = missionLog([
        doneMission('2025-01-15', { title: 'First', counterpart: 'City of Paris' }),
        doneMission('2025-01-16', { title: 'Other day', counterpart: 'City of Paris' }),
        doneMission('2025-01-15', { title: 'Again', counterpart: '  city of  PARIS ' }),
        doneMission('2025-01-15', { title: 'Cancelled copy', counterpart: 'City of Paris', status: 'ยกเลิก' }),
      ]);
      const result = count(rows, day('2025-06-01'));
      expect(result.count).toBe(3);
      const lists = missionLists(result, 'en');
      const start = lists.findIndex((r) => String(r[0]).startsWith('Possible duplicates'));
      expect(lists[start]![0]).toBe('Possible duplicates (1): both still count; the reviewer decides');
      const end = lists.findIndex((r) => String(r[0]).startsWith('Verified ticked in the grid'));
      expect(lists.slice(start + 2, end - 1).map((r) => [r[0], r[1], r[4], r[7]])).toEqual([
        ['Again', '15 Jan 2025', 'looks like row 2', 4],
      ]);
    });

    it('flags, last, the counted missions whose Verified was ticked by hand: no Verified by, no History', () => {
      const rows = missionLog([
        doneMission('2025-01-15', {
          title: 'Through the add-on',
          verified: true,
          verifiedBy: 'chief@bkk.go.th',
        }),
        doneMission('2025-01-16', { title: 'Ticked in the grid', verified: true }),
        doneMission('2025-01-17', { title: 'Not verified' }),
      ]);
      const lists = missionLists(count(rows, day('2025-06-01')), 'en');
      const start = lists.findIndex((r) => String(r[0]).startsWith('Verified ticked in the grid'));
      expect(lists[start]![0]).toBe(
        'Verified ticked in the grid, with no reviewer recorded (1): still counted; a reviewer should verify them from the sidebar',
      );
      expect(lists.slice(start + 2).map((r) => [r[0], r[4], r[7]])).toEqual([
        ['Ticked in the grid', 'no Verified by (ticked by hand)', 3],
      ]);
      expect(missionLists(count(rows, day('2025-06-01')), 'th').at(-3)![0]).toMatch(
        /^ติ๊กช่องตรวจสอบแล้ว.*\(1\)/,
      );
    });
  });

  describe('layout', () => {
    const layout = summaryLayout({
      lang: 'th',
      logRange: "'ภารกิจ'!A1:U",
      settingsRange: "'ตั้งค่า'!A1:B",
      generatedAt: '1 ธ.ค. 2569 09:00',
      generatedBy: 'staff@example.org',
      listCapacity: 1500,
    });
    const formulas = layout.values.flat().filter((c): c is { formula: string } => typeof c === 'object');
    const at = (a1: string): LayoutCell => {
      const row = Number(a1.replace(/^[A-Z]+/, ''));
      const column = a1.charCodeAt(0) - 64;
      return layout.values[row - 1]![column - 1]!;
    };

    it('puts every figure and list behind a formula over the log, Settings and the as-of cell', () => {
      expect(at(layout.cells.asOf)).toEqual({ formula: '=TODAY()' });
      expect(at(layout.cells.count)).toEqual({
        formula: `=KR_RESULT('ภารกิจ'!A1:U, 'ตั้งค่า'!A1:B, $B$5, "th")`,
      });
      const calls = formulas.flatMap((f) => /^=([A-Z_]+)\(/.exec(f.formula)?.[1] ?? []);
      expect(new Set(calls)).toEqual(
        new Set([
          'KR_TITLE',
          'TODAY',
          'KR_RESULT',
          'KR_BY_KIND',
          'KR_BY_MONTH',
          'IF',
          'KR_SIGN_OFF',
          'KR_MISSIONS',
        ]),
      );
      // A handful of the add-on's functions per recalculation, not one per cell.
      expect(calls.filter((name) => name?.startsWith('KR_'))).toHaveLength(6);
      expect(formulas.filter((f) => f.formula.includes('$B$5'))).toHaveLength(5);
    });

    it('writes labels only as values: no number is typed into the tab', () => {
      expect(layout.values.flat().filter((c) => typeof c === 'number')).toEqual([]);
    });

    it('sums each quarter and copies each month to the Policy Tracking block from the month table', () => {
      const texts = formulas.map((f) => f.formula);
      const month = layout.charts.find((c) => c.kind === 'byMonth')!.range;
      const october = month.row + 1;
      expect(texts).toContain(
        `=IF(COUNT(B${october}:B${october + 2})=0, "", SUM(B${october}:B${october + 2}))`,
      );
      expect(texts).toContain(`=A${october}`);
      expect(texts).toContain(`=IF(C${october + 11}="", "", C${october + 11})`);
    });

    it('colours the status by conditional formatting and styles the lists’ headings the same way', () => {
      const looks = layout.conditionalLooks;
      expect(
        looks
          .filter((l) => 'textEqualTo' in l.when)
          .map((l) => (l.when as { textEqualTo: string }).textEqualTo),
      ).toEqual(['บรรลุเป้าหมาย', 'เป็นไปตามแผน', 'ต่ำกว่าแผน']);
      const listRow = Number(layout.cells.lists.split(':')[0]!.slice(1));
      expect(
        looks.filter((l) => 'formula' in l.when).map((l) => (l.when as { formula: string }).formula),
      ).toEqual([`=AND($A${listRow}<>"", $H${listRow}="")`, `=$H${listRow}="แถว"`]);
      expect(layout.rows).toBe(listRow - 1 + 1500);
    });

    it('places two charts over the spilled kind and month tables, beside them', () => {
      const [byKind, byMonth] = layout.charts;
      expect(at(`A${byKind!.range.row}`)).toEqual({ formula: expect.stringMatching(/^=KR_BY_KIND\(/) });
      expect(byKind!.range).toMatchObject({ numRows: 9, numColumns: 2 });
      expect(at(`A${byMonth!.range.row}`)).toEqual({ formula: expect.stringMatching(/^=KR_BY_MONTH\(/) });
      expect(byMonth!.range).toMatchObject({ numRows: 13, numColumns: 5 });
      // Both right of the tables (A to E), from the KPI block's heading: the months on top, the kinds under.
      const kpiRow = layout.values.findIndex((row) => row[0] === 'ผลการดำเนินงาน') + 1;
      for (const chart of [byKind!, byMonth!]) {
        expect(chart.anchor).toMatchObject({ row: kpiRow, column: 6 });
        // On a 1440 px screen: 46 px of row numbers, the columns, the chart, Sheets' side panel and scroll bar.
        const columns = layout.columnWidths
          .filter((w) => w.column < 6)
          .reduce((sum, w) => sum + w.count * w.width, 0);
        expect(46 + columns + chart.anchor.offsetX + chart.width + 56 + 15).toBeLessThanOrEqual(1440);
      }
      expect(byKind!.anchor.offsetY).toBeGreaterThanOrEqual(byMonth!.anchor.offsetY + byMonth!.height);
    });

    it('leaves the cells a table spills into empty, so nothing blocks it', () => {
      const kind = layout.charts[0]!.range;
      for (let r = kind.row; r < kind.row + kind.numRows; r++) {
        for (let c = 1; c <= kind.numColumns; c++) {
          if (r === kind.row && c === 1) continue;
          expect(layout.values[r - 1]![c - 1]).toBe('');
        }
      }
    });
  });
});
