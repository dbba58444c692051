// The KR definition read from a Settings tab: card defaults, the ladder block, and problems reported, not fatal.
import { CARD_LADDER } from '../../src/core/ladder';
import { cardDefinition, readSettings } from '../../src/core/settings';

describe('the Settings tab', () => {
  it('gives the KR card when it is empty', () => {
    expect(readSettings([], 'th')).toEqual({ definition: cardDefinition('th'), problems: [] });
    expect(cardDefinition('th')).toMatchObject({
      target: 10,
      method: 'step',
      ladder: CARD_LADDER,
      fiscalYear: undefined,
    });
  });

  it('reads each field by its Thai or English label', () => {
    const rows = [
      ['KR settings', ''],
      ['ชื่อ KR', 'My KR'],
      ['Fiscal year (blank = current)', 2025],
      ['ค่าเป้าหมาย', '12'],
      ['Scoring method', 'linear'],
      ['นับเฉพาะที่ตรวจสอบแล้ว', true],
      ['Signatory', 'Director'],
      ['', ''],
      ['Ladder', ''],
      ['Threshold', 'Points'],
      [3, 1],
      [6, 2],
      [12, 3],
      ['', ''],
      ['Notes of my own', 'ignored'],
    ];
    const { definition, problems, ladderRows } = readSettings(rows, 'en');
    expect(problems).toEqual([]);
    expect(ladderRows).toEqual({ first: 10, last: 13 });
    expect(definition).toMatchObject({
      krName: 'My KR',
      fiscalYear: 2568,
      target: 12,
      method: 'linear',
      verifiedOnly: true,
      signatory: 'Director',
      ladder: [
        { threshold: 3, points: 1 },
        { threshold: 6, points: 2 },
        { threshold: 12, points: 3 },
      ],
    });
  });

  it('keeps the card value for each broken field and reports it', () => {
    const rows = [
      ['Target', 'ten'],
      ['Fiscal year', 'next'],
      ['Scoring method', 'curve'],
      ['Ladder', ''],
      [4, 1],
      [2, 2],
    ];
    const { definition, problems } = readSettings(rows, 'en');
    expect(definition).toMatchObject({
      target: 10,
      fiscalYear: undefined,
      method: 'step',
      ladder: CARD_LADDER,
    });
    expect(problems).toEqual([
      { field: 'fiscalYear', value: 'next' },
      { field: 'target', value: 'ten' },
      { field: 'method', value: 'curve' },
      { field: 'ladder', problem: { key: 'ladder.notRising', params: { level: 2 } } },
    ]);
  });
});
