// Formulas and custom functions, following https://developers.google.com/apps-script/guides/sheets/functions

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE, loadedEmulator } from './helpers';

describe('custom functions (developers.google.com/apps-script/guides/sheets/functions)', () => {
  describe('load', () => {
    it('returns the top-level functions and registers those with @customfunction', () => {
      const { emu, fns } = loadedEmulator();
      expect(Object.keys(fns)).toEqual(
        expect.arrayContaining(['DOUBLE', 'onOpen', 'privateHelper_', 'plainFunction']),
      );
      expect(emu.customFunctions()).toEqual(
        expect.arrayContaining(['DOUBLE', 'DESCRIBE', 'WRITE_BACK', 'MATRIX', 'FAIL', 'COUNT_FILLED']),
      );
      expect(emu.customFunctions()).not.toContain('plainFunction');
    });

    it('runs the bundle without Node globals', () => {
      const { emu } = loadedEmulator();
      const probe = emu.load(FIXTURE); // a second load gets a fresh context
      expect(typeof probe['echo']).toBe('function');
      const file = join(mkdtempSync(join(tmpdir(), 'emu-')), 'globals.js');
      writeFileSync(
        file,
        "function probe() { return [typeof require, typeof process, typeof module, typeof exports, typeof window, typeof setTimeout, typeof SpreadsheetApp, typeof JSON].join(','); }",
      );
      expect(emu.load(file)['probe']?.()).toBe(
        'undefined,undefined,undefined,undefined,undefined,undefined,object,object',
      );
    });
  });

  describe('arguments', () => {
    it('passes a cell as a scalar, a range as rows of columns, empty as "", dates as Date, omitted as undefined', () => {
      const { sheet } = loadedEmulator();
      sheet.getRange('A1:B2').setValues([
        [1, 'x'],
        [true, new Date(2024, 9, 1)],
      ]);
      sheet.getRange('D1').setValue('=DESCRIBE(A1, B2, C1, A1:B2, , A2)');
      expect(sheet.getRange('D1').getValue()).toBe('number,Date,empty,array 2x2,undefined,boolean');
    });

    it('passes date cells inside a range as Date objects', () => {
      const { sheet } = loadedEmulator();
      sheet.getRange('A1').setValue(new Date(2025, 5, 1));
      sheet.getRange('B1').setValue('=YEAR_OF(A1)');
      expect(sheet.getRange('B1').getValue()).toBe(2025);
    });
  });

  describe('results', () => {
    it('computes a custom function in a formula', () => {
      const { sheet } = loadedEmulator();
      sheet.getRange('A1').setValue(21);
      sheet.getRange('B1').setValue('=DOUBLE(A1)');
      expect(sheet.getRange('B1').getValue()).toBe(42);
      expect(sheet.getRange('B1').getFormula()).toBe('=DOUBLE(A1)');
    });

    it('spills a returned 2-D array into the cells below and to the right', () => {
      const { sheet } = loadedEmulator();
      sheet.getRange('B2').setValue('=MATRIX(2, 3)');
      expect(sheet.getRange('B2:D3').getValues()).toEqual([
        [0, 1, 2],
        [10, 11, 12],
      ]);
      expect(sheet.getRange('C2').getFormula()).toBe('');
      sheet.getRange('F1').setValue('=SUM(B2:D3)');
      expect(sheet.getRange('F1').getValue()).toBe(36);
    });

    it('shows #REF! when a spill would overwrite data', () => {
      const { emu, sheet } = loadedEmulator();
      sheet.getRange('C2').setValue('in the way');
      sheet.getRange('B2').setValue('=MATRIX(2, 2)');
      expect(sheet.getRange('B2').getValue()).toBe('#REF!');
      expect(emu.cellError('Sheet1!B2')).toBe(
        'Array result was not expanded because it would overwrite data in C2.',
      );
      sheet.getRange('C2').clearContent();
      expect(sheet.getRange('B2:C3').getValues()).toEqual([
        [0, 1],
        [10, 11],
      ]);
    });

    it('shows #ERROR! with the thrown message', () => {
      const { emu, sheet } = loadedEmulator();
      sheet.getRange('A1').setValue('=FAIL("KR_COUNT: missions must include the header row")');
      expect(sheet.getRange('A1').getValue()).toBe('#ERROR!');
      expect(sheet.getRange('A1').getDisplayValue()).toBe('#ERROR!');
      expect(emu.cellError('Sheet1!A1')).toBe('KR_COUNT: missions must include the header row');
    });

    it('runs read-only: a write inside a custom function fails with "You do not have permission to call"', () => {
      const { emu, sheet } = loadedEmulator();
      sheet.getRange('A1').setValue('=WRITE_BACK()');
      expect(sheet.getRange('A1').getValue()).toBe('#ERROR!');
      expect(emu.cellError('Sheet1!A1')).toBe('You do not have permission to call setValue');
      expect(sheet.getRange('Z1').getValue()).toBe('');
    });
  });

  describe('references', () => {
    it('accepts Thai sheet names and open-ended ranges, keeping the formula as written', () => {
      const { emu, sheet } = loadedEmulator();
      const missions = emu.spreadsheet.insertSheet('ภารกิจ');
      missions.getRange('A1:A3').setValues([['ID'], ['m1'], ['m2']]);
      sheet.getRange('A1').setValue("=COUNT_FILLED('ภารกิจ'!A1:S)");
      expect(sheet.getRange('A1').getValue()).toBe(2);
      expect(sheet.getRange('A1').getFormula()).toBe("=COUNT_FILLED('ภารกิจ'!A1:S)");
    });

    it('recalculates when a cell it reads changes', () => {
      const { emu, sheet } = loadedEmulator();
      const missions = emu.spreadsheet.insertSheet('Missions');
      missions.getRange('A1:A2').setValues([['ID'], ['m1']]);
      sheet.getRange('A1').setValue('=COUNT_FILLED(Missions!A1:S)');
      sheet.getRange('B1').setValue('=DOUBLE(A1)');
      expect(sheet.getRange('A1:B1').getValues()).toEqual([[1, 2]]);
      missions.appendRow(['m2']);
      missions.getRange('A5').setValue('m3');
      expect(sheet.getRange('A1:B1').getValues()).toEqual([[3, 6]]);
      missions.getRange('A2').clearContent();
      expect(sheet.getRange('A1').getValue()).toBe(2);
    });

    it('keeps counting rows added past the old end of the sheet (open range grows)', () => {
      const { emu, sheet } = loadedEmulator();
      const missions = emu.spreadsheet.insertSheet('Missions');
      missions.getRange('A1').setValue('ID');
      sheet.getRange('A1').setValue('=COUNT_FILLED(Missions!A:A)');
      missions.insertRowsAfter(1000, 10);
      missions.getRange('A1005').setValue('late');
      expect(sheet.getRange('A1').getValue()).toBe(1);
    });

    it('evaluates built-in functions too', () => {
      const { sheet } = loadedEmulator();
      sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
      sheet.getRange('B1').setValue('=SUM(A1:A3)*2');
      sheet.getRange('B2').setValue('=IF(TRUE, "yes", "no")');
      expect(sheet.getRange('B1:B2').getValues()).toEqual([[12], ['yes']]);
    });

    it('updates formulas when a sheet they reference is renamed', () => {
      const { emu, sheet } = loadedEmulator();
      const data = emu.spreadsheet.insertSheet('Data');
      data.getRange('A1').setValue(4);
      sheet.getRange('A1').setValue('=DOUBLE(Data!A1)');
      data.setName('ข้อมูล');
      expect(sheet.getRange('A1').getFormula()).toBe("=DOUBLE('ข้อมูล'!A1)");
      expect(sheet.getRange('A1').getValue()).toBe(8);
    });

    it('recomputes a custom function over a 20,000-row write (its speed is measured by npm run bench)', () => {
      const { emu, sheet } = loadedEmulator();
      const missions = emu.spreadsheet.insertSheet('Missions');
      missions.insertRowsAfter(1000, 19_000);
      sheet.getRange('A1').setValue('=COUNT_FILLED(Missions!A1:S)');
      const rows = Array.from({ length: 20_000 }, (_, i) => [`m${i}`, i, 'done']);
      missions.getRange(1, 1, 20_000, 3).setValues(rows);
      expect(sheet.getRange('A1').getValue()).toBe(19_999);
    });
  });

  // "A custom function can return a two-dimensional array of values, which overflows into adjacent cells as long
  // as those cells are empty": an array belongs to the formula that returned it, and goes when that formula goes.
  describe('arrays that spill', () => {
    it('forgets a blocked array and its #REF! when the sheet is cleared, even across a rebuild of the engine', () => {
      // Regression (hardening property on a random seed): a rebuild forgot the arrays but kept their #REF!
      // messages, so the next formula written at that anchor showed "#REF! … would overwrite data" over its own error.
      const { emu, sheet } = loadedEmulator();
      sheet.getRange('B1').setValue('in the way');
      sheet.getRange('A1').setValue('=MATRIX(2, 2)');
      expect(sheet.getRange('A1').getValue()).toBe('#REF!');
      sheet.clear();
      emu.spreadsheet.insertSheet('Other'); // a structural change: the formula engine is rebuilt from the model
      sheet.getRange('A1').setValue('=FAIL("an error of its own")');
      expect(sheet.getRange('A1:B2').getValues()).toEqual([
        ['#ERROR!', ''],
        ['', ''],
      ]);
      expect(emu.cellError('Sheet1!A1')).toBe('an error of its own');
      sheet.getRange('A1').setValue('=MATRIX(2, 2)'); // nothing in the way any more: it spills
      expect(sheet.getRange('A1:B2').getValues()).toEqual([
        [0, 1],
        [10, 11],
      ]);
    });

    it('empties the cells it spilled into when its formula is cleared, replaced or given an error argument', () => {
      const { sheet } = loadedEmulator();
      const empty = [
        ['', ''],
        ['', ''],
      ];
      sheet.getRange('B2').setValue('=MATRIX(2, 2)');
      sheet.clear();
      expect(sheet.getRange('B2:C3').getValues()).toEqual(empty);
      sheet.getRange('B2').setValue('=MATRIX(2, 2)');
      sheet.getRange('B2').setValue(5);
      expect(sheet.getRange('B2:C3').getValues()).toEqual([
        [5, ''],
        ['', ''],
      ]);
      sheet.getRange('B2').setValue('=MATRIX(2, 2)');
      sheet.getRange('B2').setValue('=1+1');
      expect(sheet.getRange('B2:C3').getValues()).toEqual([
        [2, ''],
        ['', ''],
      ]);
      sheet.getRange('A1').setValue(2);
      sheet.getRange('B2').setValue('=MATRIX(A1, 2)');
      sheet.getRange('A1').setValue('=1/0');
      expect(sheet.getRange('B2:C3').getValues()).toEqual([
        ['#DIV/0!', ''],
        ['', ''],
      ]);
    });

    it('shows #REF! as soon as a value is written where it spilled, and expands where another array left', () => {
      const { emu, sheet } = loadedEmulator();
      sheet.getRange('B2').setValue('=MATRIX(2, 2)');
      sheet.getRange('C3').setValue('typed over');
      expect(sheet.getRange('B2:C3').getValues()).toEqual([
        ['#REF!', ''],
        ['', 'typed over'],
      ]);
      expect(emu.cellError('Sheet1!B2')).toBe(
        'Array result was not expanded because it would overwrite data in C3.',
      );
      sheet.getRange('C3').clearContent();
      sheet.getRange('A1').setValue('=MATRIX(2, 3)'); // B2 and C2 hold B2's array
      expect(emu.cellError('Sheet1!A1')).toBe(
        'Array result was not expanded because it would overwrite data in B2.',
      );
      sheet.getRange('B2').clearContent();
      expect(sheet.getRange('A1:C3').getValues()).toEqual([
        [0, 1, 2],
        [10, 11, 12],
        ['', '', ''],
      ]);
      expect(emu.cellError('Sheet1!A1')).toBeNull();
    });
  });
});
