// The summary tab as data: the KPI figures against the target and the calendar, the blocks a director reads.
import { countMissions } from '../../src/core/count';
import { cardDefinition } from '../../src/core/settings';
import { a1, type SummaryInput, summaryFigures, summaryLayout } from '../../src/core/summary';
import { doneMission, missionLog } from '../support/missionLog';

function input(
  rows: unknown[][],
  today = { year: 2025, month: 4, day: 1 },
  lang: 'th' | 'en' = 'en',
): SummaryInput {
  return {
    lang,
    definition: cardDefinition(lang),
    fiscalYear: 2568,
    result: countMissions(rows, { fiscalYear: 2568 }),
    problems: [],
    today,
    generatedAt: '1 เม.ย. 2568 09:00',
    generatedBy: 'staff@example.org',
    logRange: "'Missions'!A1:S",
    ladderRange: undefined,
  };
}

const days = ['2024-10-03', '2024-11-12', '2024-11-20', '2025-01-15', '2025-02-02', '2025-03-30'];
const six = missionLog(days.map((day, i) => doneMission(day, { kind: i % 2 ? 'speech' : 'การเยี่ยมคารวะ' })));

/** The text of every cell of a layout, row by row, for finding what a reader would find. */
function texts(rows: readonly (readonly unknown[])[]): string[] {
  return rows.map((row) =>
    row
      .map((cell) => (typeof cell === 'object' ? (cell as { formula: string }).formula : String(cell)))
      .join(' | '),
  );
}

describe('the summary', () => {
  describe('KPI figures', () => {
    it('on 1 April 2025 with 6 missions: 3 points, 4 more for the next level, on track', () => {
      const figures = summaryFigures(input(six));
      expect(figures).toMatchObject({
        count: 6,
        target: 10,
        points: 3,
        maxPoints: 5,
        neededForNextLevel: 2,
        status: 'onTrack',
      });
      // 1 Oct to 1 Apr is 183 of 365 days: 10 × 183/365 = 5.0 expected; 6 × 365/183 = 12.0 projected.
      expect(figures.expectedByNow).toBe(5);
      expect(figures.projectedYearEnd).toBe(12);
    });
    it('is behind with 2 missions by 1 July', () => {
      const figures = summaryFigures(
        input(missionLog([doneMission('2024-10-03'), doneMission('2025-01-15')]), {
          year: 2025,
          month: 7,
          day: 1,
        }),
      );
      expect(figures.status).toBe('behind');
      expect(figures.neededForNextLevel).toBe(2);
    });
    it('is achieved at the target, with nothing more needed at the top level', () => {
      const ten = missionLog(Array.from({ length: 10 }, () => doneMission('2024-12-01')));
      const figures = summaryFigures(input(ten));
      expect(figures).toMatchObject({ count: 10, points: 5, status: 'achieved', neededForNextLevel: 0 });
    });
    it('breaks the count down by kind, month (October first, cumulative) and quarter', () => {
      const figures = summaryFigures(input(six));
      expect(figures.byKind.find((k) => k.label === 'Courtesy call')!.count).toBe(3);
      expect(figures.byKind.find((k) => k.label === 'Speech')!.count).toBe(3);
      expect(figures.byMonth.map((m) => m.count)).toEqual([1, 2, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
      expect(figures.byMonth.map((m) => m.cumulative)).toEqual([1, 3, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6]);
      expect(figures.byMonth[0]!.label).toBe('Oct 2024');
      expect(figures.quarters).toEqual([3, 3, 0, 0]);
    });
  });

  describe('layout', () => {
    const layout = summaryLayout(input(six, undefined, 'th'));
    const lines = texts(layout.values);

    it('opens with the KR name, the host unit and the fiscal year with its dates', () => {
      expect(lines[0]).toContain('จำนวนครั้งในการดำเนินภารกิจด้านพิธีการทูตเมือง');
      expect(lines[1]).toContain('สำนักงานการต่างประเทศ');
      expect(lines[2]).toContain('ปีงบประมาณ พ.ศ. 2568 (1 ต.ค. 2567 – 30 ก.ย. 2568)');
      expect(lines[3]).toContain('staff@example.org');
    });
    it('puts live formulas in the count and points cells', () => {
      const countRow = Number(layout.countCell.slice(1));
      expect(layout.values[countRow - 1]![1]).toEqual({ formula: "=KR_COUNT('Missions'!A1:S, 2568, FALSE)" });
      expect(layout.values[countRow]![1]).toEqual({ formula: `=KR_SCORE(${layout.countCell})` });
    });
    it('refers to the Settings ladder and method when they come from there', () => {
      const custom = summaryLayout({
        ...input(six),
        definition: { ...cardDefinition('en'), method: 'linear' },
        ladderRange: "'Settings'!A14:B19",
      });
      const row = Number(custom.pointsCell.slice(1));
      expect(custom.values[row - 1]![1]).toEqual({
        formula: `=KR_SCORE(${custom.countCell}, 'Settings'!A14:B19, "linear")`,
      });
    });
    it('lays out the Policy Tracking months ต.ค.67 … ก.ย.68 with cumulative values', () => {
      const header = lines.findIndex((line) => line.includes('ต.ค.67'));
      expect(layout.values[header]!.slice(1)).toEqual([
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
      expect(layout.values[header + 1]!.slice(1)).toEqual([1, 3, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6]);
    });
    it('lists each counted mission with its Thai date, kind, steps and verified mark', () => {
      expect(
        lines.some((line) =>
          line.startsWith('Mission of 2025-01-15 | 15 ม.ค. 2568 | การกล่าวสุนทรพจน์ | Paris |  | 0/5 | – | 5'),
        ),
      ).toBe(true);
    });
    it('lists rows that do not count with their reason, leaving blank rows out', () => {
      const rows = missionLog([
        doneMission('2025-01-15'),
        {},
        doneMission('2025-01-16', { status: 'ยกเลิก' }),
      ]);
      const withReasons = texts(summaryLayout(input(rows, undefined, 'th')).values);
      expect(withReasons).toContainEqual(
        expect.stringContaining('Mission of 2025-01-16 | 4 | สถานะไม่ใช่ ดำเนินการแล้ว (ยกเลิก)'),
      );
      expect(withReasons.some((line) => line.includes('แถวว่าง'))).toBe(false);
    });
    it('keeps user text as data, never as a formula', () => {
      const rows = missionLog([doneMission('2025-01-15', { title: '=IMPORTXML("http://x","//a")' })]);
      const values = summaryLayout(input(rows)).values.flat();
      expect(values).toContain('=IMPORTXML("http://x","//a")');
      const formulas = values.filter((cell) => typeof cell === 'object') as { formula: string }[];
      expect(formulas.every((cell) => /^=KR_(COUNT|SCORE)\(/.test(cell.formula))).toBe(true);
    });
    it('places two charts over the kind and month tables, and pads every row to the same width', () => {
      expect(layout.charts.map((chart) => chart.kind)).toEqual(['byKind', 'byMonth']);
      const monthChart = layout.charts[1]!;
      expect(layout.values[monthChart.range.row - 1]!.slice(0, 4)).toEqual([
        'เดือน',
        'ภารกิจ',
        'สะสม',
        'ค่าเป้าหมาย',
      ]);
      expect(new Set(layout.values.map((row) => row.length)).size).toBe(1);
      expect(layout.fontSizes.length).toBe(layout.values.length);
    });
    it('says when Settings is broken and the card is used instead', () => {
      const broken = summaryLayout({ ...input(six), problems: [{ field: 'target', value: 'ten' }] });
      expect(texts(broken.values)).toContainEqual(
        expect.stringContaining('The target in Settings is not a number above 0 (ten)'),
      );
    });
  });

  it('writes A1 references', () => {
    expect(a1(1, 1)).toBe('A1');
    expect(a1(7, 19)).toBe('S7');
    expect(a1(2, 27)).toBe('AA2');
  });
});
