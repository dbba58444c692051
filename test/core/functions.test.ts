// The custom functions of docs/custom-functions.md as a cell sees them: every argument form, and a clear error for bad input.
import { type FunctionEnv, fiscalYear, krCount, krScore, thaiDate } from '../../src/core/customFunctions';
import type { Lang } from '../../src/core/i18n/messages';
import { cardDefinition } from '../../src/core/kr/settings';
import { dateCell, doneMission, missionLog } from '../support/missionLog';

/** 20 May 2025, in FY 2568. */
const NOW = new Date('2025-05-20T10:00:00+07:00');

function env(lang: Lang = 'en', log?: unknown[][]): FunctionEnv & { langAsked: number } {
  const result = {
    langAsked: 0,
    now: () => NOW,
    lang: () => {
      result.langAsked++;
      return lang;
    },
    missionLog: () => (log ? { rows: log, definition: cardDefinition(lang) } : undefined),
  };
  return result;
}

const log = missionLog([
  doneMission('2024-10-05', { verified: true }),
  doneMission('2024-12-01'),
  doneMission('2025-03-01', { verified: true }),
  doneMission('2025-10-02'),
]);

describe('KR_COUNT', () => {
  it('counts the current fiscal year by default', () => expect(krCount(env(), log)).toBe(3));
  it('takes the fiscal year in B.E. or C.E.', () => {
    expect(krCount(env(), log, 2568)).toBe(3);
    expect(krCount(env(), log, 2025)).toBe(3);
    // The one mission of FY 2569 is dated 2 Oct 2025: after today (20 May 2025), so it does not count yet.
    expect(krCount(env(), log, 2569)).toBe(0);
    expect(krCount(env(), log, '2569', false, dateCell('2025-10-31'))).toBe(1);
  });

  describe('as of a day', () => {
    it('counts only the missions dated up to that day', () => {
      expect(krCount(env(), log, 2568, false, dateCell('2025-03-31'))).toBe(3);
      expect(krCount(env(), log, 2568, false, dateCell('2025-02-28'))).toBe(2);
      expect(krCount(env(), log, 2568, false, dateCell('2024-10-05'))).toBe(1);
      expect(krCount(env(), log, 2568, false, dateCell('2024-10-04'))).toBe(0);
    });
    it('takes the fiscal year of the as-of day when none is given', () => {
      expect(krCount(env(), log, '', false, dateCell('2025-10-31'))).toBe(1);
      expect(krCount(env(), log, undefined, undefined, '31/10/2568')).toBe(1);
    });
    it('reads a date typed in B.E. as B.E., as date cells are read', () => {
      expect(krCount(env(), log, 2568, false, dateCell('2568-02-28'))).toBe(2);
    });
    it('refuses what is not a date', () => {
      expect(() => krCount(env('en'), log, 2568, false, 'soon')).toThrow(
        'KR_COUNT: argument as_of must be a date such as TODAY(), DATE(2025,3,31) or "15/1/2568" (a four-digit year); got "soon"',
      );
      expect(() => krCount(env('th'), log, 2568, false, 45672)).toThrow('KR_COUNT: วันที่ของข้อมูล (as_of)');
    });
  });
  it('treats an empty fiscal-year cell as the current year', () => expect(krCount(env(), log, '')).toBe(3));
  it('counts verified missions only when asked', () => {
    expect(krCount(env(), log, 2568, true)).toBe(2);
    expect(krCount(env(), log, 2568, 'TRUE')).toBe(2);
    expect(krCount(env(), log, 2568, false)).toBe(3);
  });
  it('does not even ask for the language when nothing is wrong', () => {
    const e = env();
    krCount(e, log);
    expect(e.langAsked).toBe(0);
  });

  describe('with a wrong argument', () => {
    it('names the function, the argument and what was expected, in English', () => {
      expect(() => krCount(env('en'), 5)).toThrow(
        'KR_COUNT: argument missions must be the mission-log range with its header row, e.g. Missions!A1:U',
      );
      expect(() => krCount(env('en'), log, 'next year')).toThrow(
        'KR_COUNT: argument fiscal_year must be a fiscal year such as 2568 (B.E.) or 2025 (C.E.); got "next year"',
      );
      expect(() => krCount(env('en'), log, 2568, 'maybe')).toThrow(
        'KR_COUNT: argument verified_only must be TRUE or FALSE; got "maybe"',
      );
    });
    it('says so in Thai for a Thai user', () => {
      expect(() => krCount(env('th'), log, 2568.5)).toThrow(
        'KR_COUNT: ปีงบประมาณ (fiscal_year) ต้องเป็นปีงบประมาณ เช่น 2568 (พ.ศ.) หรือ 2025 (ค.ศ.) แต่ได้รับ 2568.5',
      );
    });
    it('names the missing column of a range without one', () => {
      expect(() => krCount(env('en'), [['ID', 'Title', 'Status']])).toThrow(
        'KR_COUNT: argument missions has no Date column in its header row',
      );
      expect(() => krCount(env('th'), [['รหัส']])).toThrow('ไม่มีคอลัมน์ วันที่, สถานะ');
    });
  });
});

describe('KR_SCORE', () => {
  it('scores a count on the card ladder by step', () => {
    expect(krScore(env(), 0)).toBe(0);
    expect(krScore(env(), 7)).toBe(3);
    expect(krScore(env(), 10)).toBe(5);
    expect(krScore(env(), '9')).toBe(4);
  });
  it('scores linearly when asked', () => expect(krScore(env(), 9, '', 'linear')).toBe(4.5));
  it('takes a ladder range with or without a header row', () => {
    const ladder = [
      ['Threshold', 'Points'],
      [5, 50],
      [10, 100],
    ];
    expect(krScore(env(), 7, ladder)).toBe(50);
    expect(krScore(env(), 7, ladder.slice(1), 'linear')).toBe(70);
    expect(krScore(env(), 7, [...ladder, ['', '']])).toBe(50);
  });
  it('turns a range of counts into a range of points, blanks staying blank', () => {
    expect(krScore(env(), [[1], [2], [''], [9], [12]])).toEqual([[0], [1], [''], [4], [5]]);
    expect(krScore(env(), [[3, 8]], '', 'linear')).toEqual([[1.5, 4]]);
  });
  it('counts a mission-log range for the current fiscal year first', () => {
    expect(krScore(env(), log)).toBe(1);
    const ten = missionLog(Array.from({ length: 10 }, (_, i) => doneMission(`2025-01-${String(i + 10)}`)));
    expect(krScore(env(), ten)).toBe(5);
  });
  it('with no argument reads the mission-log sheet', () => {
    const ten = missionLog(Array.from({ length: 8 }, () => doneMission('2025-02-01')));
    expect(krScore(env('en', ten))).toBe(4);
  });
  it('with no argument and no mission-log sheet says to set up the sheets', () => {
    expect(() => krScore(env('en'))).toThrow('KR_SCORE: this file has no Missions (ภารกิจ) sheet');
  });

  describe('with a wrong argument', () => {
    it('rejects a negative or non-numeric count', () => {
      expect(() => krScore(env(), -1)).toThrow(
        'KR_SCORE: argument value must be a count of missions, zero or more; got -1',
      );
      expect(() => krScore(env(), 'many')).toThrow('got "many"');
      expect(() => krScore(env(), true)).toThrow('KR_SCORE: argument value');
    });
    it('names the cell of a bad count in a range', () => {
      expect(() => krScore(env(), [[1], ['x']])).toThrow(
        'KR_SCORE: argument value, row 2, column 1 must be a count',
      );
    });
    it('rejects a bad ladder with what is wrong', () => {
      expect(() =>
        krScore(env(), 3, [
          [4, 1],
          [2, 2],
        ]),
      ).toThrow('level 2: thresholds must rise');
      expect(() =>
        krScore(env(), 3, [
          [2, 3],
          [4, 2],
        ]),
      ).toThrow('level 2: points must not fall');
      expect(() => krScore(env(), 3, [[-2, 1]])).toThrow('level 1: nothing may be negative');
      expect(() => krScore(env(), 3, [[2, 1, 0]])).toThrow(
        'KR_SCORE: argument ladder must be a 2-column range',
      );
      expect(() => krScore(env(), 3, 7)).toThrow('KR_SCORE: argument ladder must be a 2-column range');
    });
    it('rejects an unknown method', () => {
      expect(() => krScore(env(), 3, '', 'curve')).toThrow(
        'KR_SCORE: argument method must be "step" or "linear"; got "curve"',
      );
    });
  });
});

describe('FISCAL_YEAR', () => {
  it('gives the B.E. fiscal year of a date cell or a text date', () => {
    expect(fiscalYear(env(), dateCell('2024-09-30'))).toBe(2567);
    expect(fiscalYear(env(), dateCell('2024-10-01'))).toBe(2568);
    expect(fiscalYear(env(), '15 ม.ค. 2568')).toBe(2568);
  });
  it('gives C.E. with era "CE"', () => {
    expect(fiscalYear(env(), dateCell('2024-10-01'), 'CE')).toBe(2025);
    expect(fiscalYear(env(), dateCell('2024-10-01'), 'ce')).toBe(2025);
  });
  it('maps a range to a range, blanks staying blank', () => {
    expect(fiscalYear(env(), [[dateCell('2024-09-30')], [''], ['2025-10-01']])).toEqual([
      [2567],
      [''],
      [2569],
    ]);
  });
  it('rejects what is not a date, naming the cell', () => {
    expect(() => fiscalYear(env(), 'soon')).toThrow('FISCAL_YEAR: argument date must be a date');
    expect(() => fiscalYear(env(), [['2025-01-01'], ['31/2/2568']])).toThrow(
      'FISCAL_YEAR: argument date, row 2, column 1',
    );
    expect(() => fiscalYear(env(), dateCell('2024-10-01'), 'AH')).toThrow(
      'FISCAL_YEAR: argument era must be "BE" or "CE"',
    );
  });
});

describe('THAI_DATE', () => {
  it('writes 1 ต.ค. 2567, or 1 ตุลาคม 2567 in the long style', () => {
    expect(thaiDate(env(), dateCell('2024-10-01'))).toBe('1 ต.ค. 2567');
    expect(thaiDate(env(), dateCell('2024-10-01'), 'long')).toBe('1 ตุลาคม 2567');
    expect(thaiDate(env(), '2025-01-15')).toBe('15 ม.ค. 2568');
  });
  it('maps a range to a range', () => {
    expect(thaiDate(env(), [[dateCell('2025-04-13'), '']])).toEqual([['13 เม.ย. 2568', '']]);
  });
  it('rejects an unknown style', () => {
    expect(() => thaiDate(env('th'), dateCell('2024-10-01'), 'tiny')).toThrow(
      'THAI_DATE: รูปแบบ (style) ต้องเป็น "short" หรือ "long" แต่ได้รับ "tiny"',
    );
  });
});
