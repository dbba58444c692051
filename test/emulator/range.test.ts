// Range reads and writes, following https://developers.google.com/apps-script/reference/spreadsheet/range

import { emulator } from './helpers';

function firstSheet(emu = emulator()) {
  return emu.spreadsheet.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
}

describe('Range (developers.google.com/apps-script/reference/spreadsheet/range)', () => {
  describe('getValues', () => {
    it('reads empty cells as empty strings', () => {
      expect(firstSheet().getRange('A1:B2').getValues()).toEqual([
        ['', ''],
        ['', ''],
      ]);
    });

    it('reads numbers as numbers and booleans as booleans', () => {
      const sheet = firstSheet();
      sheet.getRange('A1:C1').setValues([[42, 'text', true]]);
      expect(sheet.getRange('A1:C1').getValues()).toEqual([[42, 'text', true]]);
    });

    it('reads date cells as Dates built in the spreadsheet time zone', () => {
      const emu = emulator({ timeZone: 'Asia/Bangkok' });
      const sheet = firstSheet(emu);
      // 2024-10-01 00:00 in Bangkok is 2024-09-30 17:00 UTC.
      sheet.getRange('A1').setValue(new Date('2024-09-30T17:00:00Z'));
      const value = sheet.getRange('A1').getValue() as Date;
      expect(value).toBeInstanceOf(Date);
      expect(value.toISOString()).toBe('2024-09-30T17:00:00.000Z');
      expect(sheet.getRange('A1').getDisplayValue()).toBe('10/1/2024');
    });

    it('reads a date typed as text (2025-01-15) as a Date, like typing it', () => {
      const sheet = firstSheet();
      sheet.getRange('A1').setValue('2025-01-15');
      expect(sheet.getRange('A1').getValue()).toBeInstanceOf(Date);
      expect(sheet.getRange('A1').getDisplayValue()).toBe('2025-01-15');
    });

    it('reads a checkbox cell as a boolean', () => {
      const sheet = firstSheet();
      sheet.getRange('A1:A2').insertCheckboxes();
      sheet.getRange('A2').setValue(true);
      expect(sheet.getRange('A1:A2').getValues()).toEqual([[false], [true]]);
      expect(sheet.getRange('A1').getDataValidation()?.getCriteriaType().toString()).toBe('CHECKBOX');
    });

    it('reads back 100,000 rows of 19 columns as written (their speed is measured by npm run bench)', () => {
      const sheet = firstSheet();
      sheet.insertRowsAfter(1000, 99_000);
      const row = [
        'id',
        new Date(2025, 0, 15),
        'reception',
        'Title',
        'Tokyo',
        'Japan',
        'City Hall',
        'Governor',
        'done',
      ];
      const rows = Array.from({ length: 100_000 }, (_, i) => [
        ...row,
        true,
        true,
        false,
        false,
        false,
        '',
        '',
        i % 2 === 0,
        'a@b.c',
        i,
      ]);
      sheet.getRange(1, 1, 100_000, 19).setValues(rows);
      const values = sheet.getRange('A1:S').getValues();
      expect(values).toHaveLength(100_000);
      expect(values[99_999]?.[18]).toBe(99_999);
      expect(values[4]?.[16]).toBe(true);
      expect(Object.prototype.toString.call(values[99_999]?.[1])).toBe('[object Date]');
    });
  });

  describe('setValue and setValues', () => {
    it('turns a string starting with = into a formula', () => {
      const sheet = firstSheet();
      sheet.getRange('A1').setValue(2);
      sheet.getRange('B1').setValue('=A1*3');
      sheet.appendRow([5, '=A2+1']);
      expect(sheet.getRange('B1').getFormula()).toBe('=A1*3');
      expect(sheet.getRange('B1').getValue()).toBe(6);
      expect(sheet.getRange('B2').getValue()).toBe(6);
    });

    it('keeps a string starting with = as text under the plain-text format @', () => {
      const sheet = firstSheet();
      sheet.getRange('A1').setNumberFormat('@').setValue('=IMPORTXML("x")');
      expect(sheet.getRange('A1').getFormula()).toBe('');
      expect(sheet.getRange('A1').getValue()).toBe('=IMPORTXML("x")');
    });

    it('keeps a leading apostrophe as a text marker', () => {
      const sheet = firstSheet();
      sheet.getRange('A1').setValue("'+1");
      expect(sheet.getRange('A1').getValue()).toBe('+1');
    });

    it('reads numbers typed as text as numbers, as Sheets does', () => {
      const sheet = firstSheet();
      sheet.getRange('A1:C1').setValues([['0012', '+1', 'TRUE']]);
      expect(sheet.getRange('A1:C1').getValues()).toEqual([[12, 1, true]]);
    });

    it('reads what Sheets reads as data when typed: thousands, currency, times and dates with month names', () => {
      const sheet = firstSheet();
      const typed = [
        '1,250',
        '$5',
        '฿1,000.50',
        '10:30',
        '2:05 pm',
        '15 Jan 2025',
        'Jan 15, 2025',
        'September 3 2025',
      ];
      sheet.getRange(1, 1, 1, typed.length).setValues([typed]);
      const [values] = sheet.getRange(1, 1, 1, typed.length).getValues() as unknown[][];
      expect(values!.slice(0, 3)).toEqual([1250, 5, 1000.5]);
      // A time is a Date on 30 Dec 1899 at that hour in the spreadsheet's zone.
      const time = (v: unknown) =>
        new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', hour: 'numeric', minute: 'numeric' })
          .format(v as Date)
          .split(':')
          .map(Number);
      expect([time(values![3]), time(values![4])]).toEqual([
        [10, 30],
        [14, 5],
      ]);
      const day = (v: unknown) => (v as Date).toISOString();
      expect(values!.slice(5).map(day)).toEqual([
        new Date('2025-01-15T00:00:00+07:00').toISOString(),
        new Date('2025-01-15T00:00:00+07:00').toISOString(),
        new Date('2025-09-03T00:00:00+07:00').toISOString(),
      ]);
      expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['1,250', '$5', '฿1,000.50']]);
    });

    it('keeps as text what only looks a little like data, and everything behind the apostrophe', () => {
      const sheet = firstSheet();
      const typed = ['1,25', 'Jan 15', 'retry-id-0001', '25:00', "'1,250", "'10:30"];
      sheet.getRange(1, 1, 1, typed.length).setValues([typed]);
      expect(sheet.getRange(1, 1, 1, typed.length).getValues()).toEqual([
        ['1,25', 'Jan 15', 'retry-id-0001', '25:00', '1,250', '10:30'],
      ]);
    });

    it("throws Google's message when the data has the wrong number of rows", () => {
      const sheet = firstSheet();
      expect(() => sheet.getRange('A1:B2').setValues([[1, 2]])).toThrow(
        'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
      );
    });

    it("throws Google's message when the data has the wrong number of columns", () => {
      const sheet = firstSheet();
      expect(() => sheet.getRange('A1:B1').setValues([[1, 2, 3]])).toThrow(
        'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
      );
    });
  });

  describe('bounds', () => {
    it('throws when a range lies outside the sheet', () => {
      const sheet = firstSheet();
      expect(() => sheet.getRange(1001, 1)).toThrow(
        'The coordinates of the range are outside the dimensions of the sheet.',
      );
      expect(() => sheet.getRange('A1').offset(0, 26)).toThrow('outside the dimensions of the sheet');
      expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    });

    it('gives open ranges (A2:S) and whole columns (A:A) down to the last row of the sheet', () => {
      const sheet = firstSheet();
      expect(sheet.getRange('A2:S').getA1Notation()).toBe('A2:S1000');
      expect(sheet.getRange('A:A').getNumRows()).toBe(1000);
      expect(sheet.getRange('A:A').getA1Notation()).toBe('A:A');
    });

    it('supports the four getRange overloads and sheet-qualified A1 on the spreadsheet', () => {
      const emu = emulator();
      const sheet = emu.spreadsheet.insertSheet('Sheet 1');
      expect(sheet.getRange(2, 3).getA1Notation()).toBe('C2');
      expect(sheet.getRange(2, 3, 4).getA1Notation()).toBe('C2:C5');
      expect(sheet.getRange(2, 3, 4, 2).getA1Notation()).toBe('C2:D5');
      emu.spreadsheet.getRange("'Sheet 1'!A1:B2").setValue('x');
      expect(sheet.getRange('B2').getValue()).toBe('x');
      const r = sheet.getRange('B2:C4');
      expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getSheet().getName()]).toEqual([
        2,
        2,
        3,
        2,
        'Sheet 1',
      ]);
    });
  });

  describe('getDisplayValues', () => {
    it('formats numbers and dates by their number format', () => {
      const sheet = firstSheet();
      sheet.getRange('A1:D1').setValues([[1234.5, 0.256, 3, new Date(Date.UTC(2024, 9, 1, 5))]]);
      sheet.getRange('A1:D1').setNumberFormats([['#,##0.00', '0.0%', '0', 'd mmm yyyy']]);
      expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['1,234.50', '25.6%', '3', '1 Oct 2024']]);
      expect(sheet.getRange('A1').getNumberFormat()).toBe('#,##0.00');
      expect(sheet.getRange('E1').getNumberFormat()).toBe('0.###############');
    });
  });

  describe('formats and data validation', () => {
    it('sets and reads font, colours, alignment and wrap', () => {
      const r = firstSheet().getRange('A1:B1');
      r.setFontWeight('bold').setFontSize(12).setFontColor('#ff0000').setBackground('#eeeeee');
      r.setHorizontalAlignment('center').setWrap(true);
      expect([r.getFontWeight(), r.getFontSize(), r.getFontColor(), r.getBackground()]).toEqual([
        'bold',
        12,
        '#ff0000',
        '#eeeeee',
      ]);
      expect(r.getHorizontalAlignment()).toBe('center');
      expect(r.getWrap()).toBe(true);
      r.setBackgrounds([['#111111', '#222222']]);
      expect(r.getBackgrounds()).toEqual([['#111111', '#222222']]);
    });

    it('builds dropdown, checkbox and date rules (developers.google.com/apps-script/reference/spreadsheet/data-validation-builder)', () => {
      const emu = emulator();
      const sheet = firstSheet(emu);
      const rule = SpreadsheetAppOf(emu)
        .newDataValidation()
        .requireValueInList(['done', 'planned'])
        .setAllowInvalid(false)
        .setHelpText('Pick one')
        .build();
      sheet.getRange('A2:A5').setDataValidation(rule);
      const read = sheet.getRange('A3').getDataValidation();
      expect(read?.getCriteriaType().toString()).toBe('VALUE_IN_LIST');
      expect(read?.getCriteriaValues()).toEqual([['done', 'planned'], true]);
      expect(read?.getAllowInvalid()).toBe(false);
      expect(read?.getHelpText()).toBe('Pick one');
      expect(SpreadsheetAppOf(emu).newDataValidation().requireDate().build().getAllowInvalid()).toBe(true);
      expect(sheet.getRange('A1:A2').getDataValidations()[0]?.[0]).toBeNull();
    });
  });

  describe('merge, offset and clear', () => {
    it('merges, reports and breaks apart', () => {
      const sheet = firstSheet();
      sheet.getRange('A1:B1').setValues([['keep', 'lost']]);
      sheet.getRange('A1:B1').merge();
      expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
      expect(sheet.getRange('A1:B1').getValues()).toEqual([['keep', '']]);
      sheet.getRange('A1:B1').breakApart();
      expect(sheet.getRange('B1').isPartOfMerge()).toBe(false);
    });

    it('offsets and clears content or everything', () => {
      const sheet = firstSheet();
      const r = sheet.getRange('B2').offset(1, 1, 2, 2);
      expect(r.getA1Notation()).toBe('C3:D4');
      r.setValue(1).setFontWeight('bold');
      r.clearContent();
      expect(r.getValues()).toEqual([
        ['', ''],
        ['', ''],
      ]);
      expect(r.getFontWeight()).toBe('bold');
      r.clear();
      expect(r.getFontWeight()).toBe('normal');
    });
  });
});

function SpreadsheetAppOf(emu: ReturnType<typeof emulator>) {
  return emu.globals['SpreadsheetApp'] as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
