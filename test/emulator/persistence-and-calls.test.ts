// Saving to disk, counting spreadsheet calls, and failing loudly on anything not emulated.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator } from '../../dev/emulator';
import { FIXTURE, loadedEmulator } from './helpers';

describe('persistence', () => {
  it('survives a restart: dates, formulas, formats, validations, charts and document properties', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'emu-')), 'sheet.json');
    const first = createEmulator({ file, locale: 'en_US' });
    first.load(FIXTURE);
    const app = first.globals['SpreadsheetApp'] as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const charts = first.globals['Charts'] as GoogleAppsScript.Charts.Charts;
    const sheet = first.spreadsheet.insertSheet('ภารกิจ');
    sheet.getRange('A1:C1').setValues([[new Date('2024-09-30T17:00:00Z'), 21, '=DOUBLE(B1)']]);
    sheet.getRange('B1').setNumberFormat('0.00').setFontWeight('bold');
    sheet.getRange('D1:D3').setDataValidation(app.newDataValidation().requireValueInList(['done']).build());
    sheet.getRange('E1').insertCheckboxes();
    sheet.insertChart(
      sheet.newChart().setChartType(charts.ChartType.PIE).addRange(sheet.getRange('A1:B2')).build(),
    );
    sheet.setFrozenRows(1);
    first.properties.document['ladder'] = '2,4,6,8,10';
    first.save();

    const second = createEmulator({ file });
    second.load(FIXTURE);
    const again = second.spreadsheet.getSheetByName('ภารกิจ') as GoogleAppsScript.Spreadsheet.Sheet;
    expect((again.getRange('A1').getValue() as Date).toISOString()).toBe('2024-09-30T17:00:00.000Z');
    expect(again.getRange('C1').getFormula()).toBe('=DOUBLE(B1)');
    expect(again.getRange('C1').getValue()).toBe(42);
    expect(again.getRange('B1').getDisplayValue()).toBe('21.00');
    expect(again.getRange('B1').getFontWeight()).toBe('bold');
    expect(again.getRange('D2').getDataValidation()?.getCriteriaValues()[0]).toEqual(['done']);
    expect(again.getRange('E1').getValue()).toBe(false);
    expect(again.getCharts()[0]?.getRanges()[0]?.getA1Notation()).toBe('A1:B2');
    expect(again.getFrozenRows()).toBe(1);
    expect(second.spreadsheet.getId()).toBe(first.spreadsheet.getId());
    expect(second.properties.document['ladder']).toBe('2,4,6,8,10');
  });

  it('starts fresh over a saved file without removing it: the old file stays until the new one is saved over it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'emu-')), 'sheet.json');
    const first = createEmulator({ file });
    first.load(FIXTURE);
    const app = first.globals['SpreadsheetApp'] as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    app.getActiveSpreadsheet().getSheets()[0]!.getRange('A1').setValue('kept until replaced');
    first.save();
    const fresh = createEmulator({ file, fresh: true });
    fresh.load(FIXTURE);
    const freshApp = fresh.globals['SpreadsheetApp'] as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    expect(freshApp.getActiveSpreadsheet().getSheets()[0]!.getRange('A1').getValue()).toBe('');
    // A stop before the fresh one is saved (a Reset of the preview killed half way) loses nothing.
    expect(readFileSync(file, 'utf8')).toContain('kept until replaced');
    fresh.save();
    expect(readFileSync(file, 'utf8')).not.toContain('kept until replaced');
  });
});

describe('spreadsheet calls', () => {
  it('counts each method call on Spreadsheet, Sheet and Range objects, not the SpreadsheetApp entry point', () => {
    const { emu } = loadedEmulator();
    emu.resetCalls();
    const app = emu.globals['SpreadsheetApp'] as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const values = app.getActiveSpreadsheet().getSheetByName('Sheet1')?.getRange('A1:S100').getValues();
    expect(values).toHaveLength(100);
    expect(emu.calls()).toBe(3);
    expect(emu.callLog()).toEqual(['Spreadsheet.getSheetByName', 'Sheet.getRange', 'Range.getValues']);
  });

  it('does not count builders, the Ui or other services', () => {
    const { emu } = loadedEmulator();
    const app = emu.globals['SpreadsheetApp'] as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const rule = app.newDataValidation();
    emu.resetCalls();
    rule.requireCheckbox().setHelpText('x').build();
    emu.runTrigger('onOpen', 'NONE');
    expect(emu.calls()).toBe(0);
  });
});

describe('anything not emulated', () => {
  it('throws "Emulator: X.y is not implemented" instead of returning nothing', () => {
    const { emu } = loadedEmulator();
    const range = emu.spreadsheet.getRange('A1') as unknown as Record<string, unknown>;
    expect(() => range['getRichTextValue']).toThrow('Emulator: Range.getRichTextValue is not implemented');
    const app = emu.globals['SpreadsheetApp'] as unknown as Record<string, unknown>;
    expect(() => app['openByKey']).toThrow('Emulator: SpreadsheetApp.openByKey is not implemented');
  });

  it('denies opening other spreadsheets under the currentonly scope', () => {
    const { emu } = loadedEmulator();
    const app = emu.globals['SpreadsheetApp'] as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    expect(() => app.openById('x')).toThrow('You do not have permission to call SpreadsheetApp.openById');
  });
});
