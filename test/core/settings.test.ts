// The KR definition read from a Settings tab: card defaults, the ladder block, and problems reported, not fatal.
import { CARD_LADDER } from '../../src/core/kr/ladder';
import { cardDefinition, readSettings } from '../../src/core/kr/settings';

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
      ['KR Tracker settings', ''],
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
      { field: 'fiscalYear', value: 'next', cell: 'B2' },
      { field: 'target', value: 'ten', cell: 'B1' },
      { field: 'method', value: 'curve', cell: 'B3' },
      { field: 'ladder', problem: { key: 'ladder.notRising', params: { level: 2 } }, cell: 'A6' },
    ]);
  });

  it.each([
    ['ปีงบประมาณ (พ.ศ.)', 'fiscalYear', 2568, 2568],
    ['ปีงบประมาณ', 'fiscalYear', '2568', 2568],
    ['เป้าหมาย', 'target', 12, 12],
    ['Target (missions per year)', 'target', 12, 12],
    ['  TARGET ', 'target', '12', 12],
    ['ค่าเป้าหมาย (ครั้ง/ปี)', 'target', 12, 12],
  ])('reads a label written slightly differently: %p', (label, field, value, read) => {
    const { definition, problems } = readSettings([[label, value]], 'th');
    expect(problems).toEqual([]);
    expect(definition[field as 'target' | 'fiscalYear']).toBe(read);
  });

  it('reports every label of column A that matches nothing, naming its cell, and uses nothing of its row', () => {
    const { definition, problems } = readSettings(
      [
        ['Targte', 12],
        ['ชื่อ KR', 'My KR'],
        ['', ''],
        ['Notes of my own', 'anything'],
      ],
      'en',
    );
    expect(definition.target).toBe(10);
    expect(definition.krName).toBe('My KR');
    expect(problems).toEqual([
      { field: 'unknownLabel', value: 'Targte', cell: 'A1' },
      { field: 'unknownLabel', value: 'Notes of my own', cell: 'A4' },
    ]);
  });

  it.each([
    ['๒๕๖๘', 2568],
    ['๒๐๒๕', 2568],
    [' 2568 ', 2568],
    ['2025', 2568],
    [2568.0, 2568],
  ])('reads the fiscal year %p as B.E. %p (Thai digits too)', (value, year) => {
    const { definition, problems } = readSettings([['Fiscal year', value]], 'en');
    expect(problems).toEqual([]);
    expect(definition.fiscalYear).toBe(year);
  });

  it.each([
    ['0x9F8'],
    ['2.568e3'],
    ['2568.5'],
    ['1e3'],
    [' '.repeat(0) + '25 68'],
    ['2399'],
    ['2743'],
    ['1899'],
  ])(
    'refuses the fiscal year %p: not a year written in decimal within B.E. 2443–2742 / C.E. 1900–2199',
    (value) => {
      const { definition, problems } = readSettings(
        [
          ['', ''],
          ['Fiscal year', value],
        ],
        'en',
      );
      expect(definition.fiscalYear).toBeUndefined();
      expect(problems).toEqual([{ field: 'fiscalYear', value, cell: 'B2' }]);
    },
  );

  it('reads the target in Thai digits and refuses one in hexadecimal', () => {
    expect(readSettings([['ค่าเป้าหมาย', '๑๒']], 'th').definition.target).toBe(12);
    const hex = readSettings([['ค่าเป้าหมาย', '0xC']], 'th');
    expect(hex.definition.target).toBe(10);
    expect(hex.problems).toEqual([{ field: 'target', value: '0xC', cell: 'B1' }]);
  });

  it('reads the ladder through a blank row, in Thai digits, up to the next label', () => {
    const { definition, problems, ladderRows } = readSettings(
      [
        ['Ladder', ''],
        ['Threshold', 'Points'],
        [2, 1],
        [4, 2],
        ['', ''],
        ['๖', '๓'],
        [8, 4],
        [10, 5],
        ['Signatory', 'Director'],
      ],
      'en',
    );
    expect(problems).toEqual([]);
    expect(ladderRows).toEqual({ first: 2, last: 8 });
    expect(definition.ladder.map((level) => [level.threshold, level.points])).toEqual([
      [2, 1],
      [4, 2],
      [6, 3],
      [8, 4],
      [10, 5],
    ]);
    expect(definition.signatory).toBe('Director');
  });

  it('never takes a first ladder row with a typo for a header: it is a level that is not two numbers', () => {
    const { definition, problems } = readSettings(
      [
        ['Ladder', ''],
        ['2x', 1],
        [4, 2],
      ],
      'en',
    );
    expect(definition.ladder).toEqual(CARD_LADDER);
    expect(problems).toEqual([
      { field: 'ladder', problem: { key: 'ladder.notNumber', params: { level: 1 } }, cell: 'A2' },
    ]);
  });

  it('reports a ladder row that is not two numbers, below a blank row, with its cell', () => {
    const { problems } = readSettings(
      [
        ['Ladder', ''],
        [2, 1],
        [4, 2],
        ['', ''],
        ['6x', 3],
      ],
      'en',
    );
    expect(problems).toEqual([
      { field: 'ladder', problem: { key: 'ladder.notNumber', params: { level: 3 } }, cell: 'A5' },
    ]);
  });

  it('reports a word right under a level as a broken level, and words after a blank row as an unknown label', () => {
    const under = readSettings(
      [
        ['Ladder', ''],
        [2, 1],
        ['six', 3],
      ],
      'en',
    );
    expect(under.problems).toEqual([
      { field: 'ladder', problem: { key: 'ladder.notNumber', params: { level: 2 } }, cell: 'A3' },
    ]);
    const below = readSettings(
      [
        ['Ladder', ''],
        [2, 1],
        [4, 2],
        ['', ''],
        ['My notes', 'x'],
      ],
      'en',
    );
    expect(below.definition.ladder).toEqual([
      { threshold: 2, points: 1 },
      { threshold: 4, points: 2 },
    ]);
    expect(below.problems).toEqual([{ field: 'unknownLabel', value: 'My notes', cell: 'A5' }]);
  });

  it('reports a Verified-only value that is not a yes or a no', () => {
    const { definition, problems } = readSettings([['Count verified only', 'maybe']], 'en');
    expect(definition.verifiedOnly).toBe(false);
    expect(problems).toEqual([{ field: 'verifiedOnly', value: 'maybe', cell: 'B1' }]);
  });
});
