// Developer metadata, conditional formats, text styles, the clock and executions that overlap, as the emulator
// models them: https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata,
// …/conditional-format-rule-builder, …/text-style-builder and https://developers.google.com/apps-script/reference/lock/lock
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shiftReferences } from '../../dev/emulator/formulas';
import { emulator, loadedEmulator } from './helpers';

type Apps = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  LockService: GoogleAppsScript.Lock.LockService;
};
const apps = (emu: ReturnType<typeof emulator>) => emu.globals as unknown as Apps;

describe('developer metadata', () => {
  it('is kept on a sheet with its key, value and visibility, DOCUMENT unless told', () => {
    const emu = emulator();
    const { SpreadsheetApp } = apps(emu);
    const sheet = emu.spreadsheet.insertSheet('Tagged');
    sheet.addDeveloperMetadata('app.tag', '{"a":1}');
    sheet.addDeveloperMetadata('app.private', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
    const [tag, privateOne] = sheet.getDeveloperMetadata();
    expect([tag!.getKey(), tag!.getValue(), String(tag!.getVisibility())]).toEqual([
      'app.tag',
      '{"a":1}',
      'DOCUMENT',
    ]);
    expect([privateOne!.getKey(), privateOne!.getValue(), String(privateOne!.getVisibility())]).toEqual([
      'app.private',
      null,
      'PROJECT',
    ]);
    expect(String(tag!.getLocation().getLocationType())).toBe('SHEET');
    expect(tag!.getLocation().getSheet()?.getName()).toBe('Tagged');
    expect(emu.spreadsheet.getSheets()[0]!.getDeveloperMetadata()).toEqual([]);
  });

  it('is found by key across the spreadsheet, or within one sheet', () => {
    const emu = emulator();
    const a = emu.spreadsheet.insertSheet('A');
    const b = emu.spreadsheet.insertSheet('B');
    a.addDeveloperMetadata('k', 'a');
    b.addDeveloperMetadata('k', 'b');
    b.addDeveloperMetadata('other', 'x');
    emu.spreadsheet.addDeveloperMetadata('k', 'book');
    const all = emu.spreadsheet.createDeveloperMetadataFinder().withKey('k').find();
    expect(all.map((m) => m.getValue())).toEqual(['book', 'a', 'b']);
    expect(all[0]!.getLocation().getSheet()).toBeNull();
    expect(
      b
        .createDeveloperMetadataFinder()
        .withKey('k')
        .find()
        .map((m) => m.getValue()),
    ).toEqual(['b']);
  });

  it('goes with its sheet, and refuses more than 30,000 characters on a sheet', () => {
    const emu = emulator();
    const sheet = emu.spreadsheet.insertSheet('Gone');
    sheet.addDeveloperMetadata('k', 'v');
    const [metadata] = sheet.getDeveloperMetadata();
    emu.spreadsheet.deleteSheet(sheet);
    expect(emu.spreadsheet.createDeveloperMetadataFinder().withKey('k').find()).toEqual([]);
    expect(() => metadata!.getValue()).toThrow('The developer metadata no longer exists.');
    const full = emu.spreadsheet.insertSheet('Full');
    full.addDeveloperMetadata('k', 'x'.repeat(29_990));
    expect(() => full.addDeveloperMetadata('k2', 'x'.repeat(20))).toThrow(/exceed 30000 characters/);
  });

  it('is saved and loaded with the spreadsheet, conditional formats too', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'emulator-metadata-')), 'book.json');
    const emu = emulator({ file });
    const { SpreadsheetApp } = apps(emu);
    const sheet = emu.spreadsheet.insertSheet('Tagged');
    sheet.addDeveloperMetadata('k', 'v');
    sheet.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule()
        .whenCellEmpty()
        .setBold(true)
        .setRanges([sheet.getRange('A1')])
        .build(),
    ]);
    emu.save();
    const again = emulator({ file }).spreadsheet.getSheetByName('Tagged')!;
    expect(again.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([['k', 'v']]);
    expect(again.getConditionalFormatRules()).toHaveLength(1);
  });

  it('counts as spreadsheet calls, as every call on the spreadsheet’s objects does', () => {
    const emu = emulator();
    const sheet = emu.spreadsheet.insertSheet('Tagged');
    emu.resetCalls();
    sheet.addDeveloperMetadata('k', 'v');
    sheet.getDeveloperMetadata()[0]!.getValue();
    expect(emu.callLog()).toEqual([
      'Sheet.addDeveloperMetadata',
      'Sheet.getDeveloperMetadata',
      'DeveloperMetadata.getValue',
    ]);
  });
});

describe('conditional format rules', () => {
  it('replace the sheet’s rules and read back their condition, look and ranges', () => {
    const emu = emulator();
    const { SpreadsheetApp } = apps(emu);
    const sheet = emu.spreadsheet.getSheets()[0]!;
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('Behind')
      .setBackground('#f8d7da')
      .setRanges([sheet.getRange('B2')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const [read] = sheet.getConditionalFormatRules();
    const condition = read!.getBooleanCondition()!;
    expect(String(condition.getCriteriaType())).toBe('TEXT_EQUAL_TO');
    expect(condition.getCriteriaValues()).toEqual(['Behind']);
    expect(condition.getBackground()).toBe('#f8d7da');
    expect(read!.getRanges().map((r) => r.getA1Notation())).toEqual(['B2']);
    sheet.setConditionalFormatRules([]);
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  it('give a cell the look of the first rule it meets, text compared without regard to case', () => {
    const emu = emulator();
    const { SpreadsheetApp } = apps(emu);
    const sheet = emu.spreadsheet.getSheets()[0]!;
    const range = sheet.getRange('A1:A3');
    sheet.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo('done')
        .setBackground('#00ff00')
        .setRanges([range])
        .build(),
      SpreadsheetApp.newConditionalFormatRule().whenCellNotEmpty().setBold(true).setRanges([range]).build(),
    ]);
    range.setValues([['DONE'], ['late'], ['']]);
    expect(emu.conditionalFormat('A1')).toEqual({ background: '#00ff00' });
    expect(emu.conditionalFormat('A2')).toEqual({ bold: true });
    expect(emu.conditionalFormat('A3')).toBeUndefined();
    expect(emu.conditionalFormat('B1')).toBeUndefined();
    // A rule's look is drawn over the cell; the cell's own format is what getBackground reads, as in Sheets.
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
  });

  it('work a custom formula out for each cell, its relative references moved from the range’s top-left', () => {
    const emu = emulator();
    const { SpreadsheetApp } = apps(emu);
    const sheet = emu.spreadsheet.getSheets()[0]!;
    sheet.getRange('A1:B3').setValues([
      ['heading', ''],
      ['a line', 7],
      ['another', ''],
    ]);
    sheet.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=AND($A1<>"", $B1="")')
        .setBold(true)
        .setRanges([sheet.getRange('A1:B3')])
        .build(),
    ]);
    expect([emu.conditionalFormat('A1'), emu.conditionalFormat('B1')]).toEqual([
      { bold: true },
      { bold: true },
    ]);
    expect(emu.conditionalFormat('A2')).toBeUndefined();
    expect(emu.conditionalFormat('A3')).toEqual({ bold: true });
  });

  it('follow rows inserted above or inside their ranges, and lose those deleted', () => {
    const emu = emulator();
    const { SpreadsheetApp } = apps(emu);
    const sheet = emu.spreadsheet.getSheets()[0]!;
    sheet.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule()
        .whenCellEmpty()
        .setBold(true)
        .setRanges([sheet.getRange('A5:A10')])
        .build(),
    ]);
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getConditionalFormatRules()[0]!.getRanges()[0]!.getA1Notation()).toBe('A7:A12');
    sheet.insertRowsAfter(8, 3);
    expect(sheet.getConditionalFormatRules()[0]!.getRanges()[0]!.getA1Notation()).toBe('A7:A15');
    sheet.deleteRows(1, 8);
    expect(sheet.getConditionalFormatRules()[0]!.getRanges()[0]!.getA1Notation()).toBe('A1:A7');
  });

  it('moves relative references as a copied formula’s, and leaves $ parts alone', () => {
    expect(shiftReferences('=AND($A58<>"", $H58="แถว")', 3, 2)).toBe('=AND($A61<>"", $H61="แถว")');
    expect(shiftReferences('=B2+C$3+$D4+$E$5', 1, 1)).toBe('=C3+D$3+$D5+$E$5');
    expect(shiftReferences("=SUM('My sheet'!A1:B2)", 2, 0)).toBe("=SUM('My sheet'!A3:B4)");
  });
});

describe('text styles', () => {
  it('set bold, size and colour of many cells in one call, leaving what they do not set', () => {
    const emu = emulator();
    const { SpreadsheetApp } = apps(emu);
    const sheet = emu.spreadsheet.getSheets()[0]!;
    const range = sheet.getRange('A1:B1');
    range.setFontFamily('Sarabun');
    const big = SpreadsheetApp.newTextStyle()
      .setBold(true)
      .setFontSize(20)
      .setForegroundColor('#0b3d91')
      .build();
    const plain = SpreadsheetApp.newTextStyle().setBold(false).build();
    emu.resetCalls();
    range.setTextStyles([[big, plain]]);
    expect(emu.calls()).toBe(1);
    expect(range.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(range.getFontSizes()).toEqual([[20, 10]]);
    expect(range.getFontColors()).toEqual([['#0b3d91', '#000000']]);
    expect([sheet.getRange('A1').getFontFamily(), sheet.getRange('B1').getFontFamily()]).toEqual([
      'Sarabun',
      'Sarabun',
    ]);
    expect(range.getTextStyle().isBold()).toBe(true);
    expect(() => range.setTextStyles([[big]])).toThrow(/number of columns/);
  });
});

describe('the clock', () => {
  it('is the script’s: new Date() and Date.now() read it, dates built from a value do not', () => {
    const { emu, fns } = loadedEmulator();
    emu.setTime(new Date('2025-03-15T10:00:00+07:00'));
    const now = (fns.today!() as Date).getTime();
    expect(Math.abs(now - Date.parse('2025-03-15T10:00:00+07:00'))).toBeLessThan(5_000);
    expect((fns.dateOf!(0) as Date).getTime()).toBe(0);
  });

  it('drives TODAY() in the spreadsheet’s zone, and the sheet follows when it moves', () => {
    const emu = emulator({ timeZone: 'Asia/Bangkok' });
    const sheet = emu.spreadsheet.getSheets()[0]!;
    emu.setTime(new Date('2025-09-30T23:30:00+07:00'));
    sheet.getRange('A1').setValue('=TODAY()');
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2025-09-30');
    emu.advanceTime(60 * 60_000);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2025-10-01');
  });
});

describe('executions that overlap', () => {
  it('give the document lock to one execution: another waits its timeout in vain, then gets it when freed', () => {
    const emu = emulator();
    const { LockService } = apps(emu);
    const outer = LockService.getDocumentLock();
    expect(outer.tryLock(1000)).toBe(true);
    let inner: boolean | undefined;
    const sheet = emu.spreadsheet.getSheets()[0]!;
    const before = emu.now().getTime();
    emu.beforeNextCall('Sheet.getName', () => {
      inner = emu.withExecution(() => LockService.getDocumentLock().tryLock(10_000));
    });
    sheet.getName();
    expect(inner).toBe(false);
    expect(emu.now().getTime() - before).toBeGreaterThanOrEqual(10_000);
    outer.releaseLock();
    expect(emu.withExecution(() => LockService.getDocumentLock().tryLock(0))).toBe(true);
  });

  it('fail at the n-th spreadsheet call when told, whatever its method, before it changes anything', () => {
    const emu = emulator();
    const sheet = emu.spreadsheet.getSheets()[0]!;
    emu.failAtCall(2);
    sheet.getName();
    expect(() => sheet.getRange('A1').setValue('x')).toThrow(/^Service Spreadsheets failed/);
    expect(emu.pendingFaults()).toEqual([]);
    expect(sheet.getRange('A1').getValue()).toBe('');
  });
});
