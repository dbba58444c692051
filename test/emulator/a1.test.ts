// A1 notation parsing used by getRange and the formula translation.

import { columnLetters, columnNumber, parseA1, quoteSheetName } from '../../dev/emulator/a1';

describe('A1 notation', () => {
  it('converts column numbers and letters both ways', () => {
    expect(columnLetters(1)).toBe('A');
    expect(columnLetters(19)).toBe('S');
    expect(columnLetters(27)).toBe('AA');
    expect(columnNumber('AA')).toBe(27);
  });

  it('parses cells, ranges, open ranges and whole columns', () => {
    expect(parseA1('B2')).toEqual({ sheetName: undefined, row: 2, column: 2, endRow: 2, endColumn: 2 });
    expect(parseA1('A1:S10')).toMatchObject({ row: 1, column: 1, endRow: 10, endColumn: 19 });
    expect(parseA1('A2:S')).toMatchObject({ row: 2, column: 1, endRow: undefined, endColumn: 19 });
    expect(parseA1('A:A')).toMatchObject({ row: 1, column: 1, endRow: undefined, endColumn: 1 });
  });

  it('reads quoted sheet names, Thai ones included', () => {
    expect(parseA1("'Sheet 1'!A1:B2")).toMatchObject({ sheetName: 'Sheet 1', row: 1, endColumn: 2 });
    expect(parseA1("'ภารกิจ'!A1")).toMatchObject({ sheetName: 'ภารกิจ' });
    expect(parseA1("'It''s'!A1")).toMatchObject({ sheetName: "It's" });
    expect(quoteSheetName('ภารกิจ')).toBe("'ภารกิจ'");
    expect(quoteSheetName('Missions')).toBe('Missions');
  });

  it('rejects text that is not A1 notation', () => {
    expect(parseA1('hello world')).toBeUndefined();
    expect(parseA1('A1:B2:C3')).toBeUndefined();
  });
});
