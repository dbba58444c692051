// Spreadsheet and Sheet, following https://developers.google.com/apps-script/reference/spreadsheet/sheet
// and https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet

import { emulator } from './helpers';

function app(emu: ReturnType<typeof emulator>) {
  return emu.globals as unknown as {
    SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    Charts: GoogleAppsScript.Charts.Charts;
  };
}

describe('Spreadsheet (developers.google.com/apps-script/reference/spreadsheet/spreadsheet)', () => {
  it('inserts, finds, renames, activates and deletes sheets', () => {
    const ss = emulator().spreadsheet;
    const missions = ss.insertSheet('ภารกิจ');
    expect(ss.getActiveSheet().getName()).toBe('ภารกิจ'); // the new sheet becomes active
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'ภารกิจ']);
    expect(ss.getSheetByName('ภารกิจ')?.getSheetId()).toBe(missions.getSheetId());
    expect(ss.getSheetByName('Nope')).toBeNull();
    missions.setName('Missions');
    expect(ss.getSheetByName('Missions')?.getIndex()).toBe(2);
    ss.setActiveSheet(ss.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet);
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    ss.deleteSheet(missions);
    expect(ss.getNumSheets()).toBe(1);
  });

  it('refuses a second sheet with the same name', () => {
    const ss = emulator().spreadsheet;
    ss.insertSheet('Missions');
    expect(() => ss.insertSheet('Missions')).toThrow(
      'A sheet with the name "Missions" already exists. Please enter another name.',
    );
  });

  it('names the first sheet in the spreadsheet language', () => {
    expect(emulator({ locale: 'th_TH' }).spreadsheet.getSheets()[0]?.getName()).toBe('ชีต1');
  });

  it('reports and changes its id, name, URL, time zone and locale', () => {
    const ss = emulator({ timeZone: 'Asia/Bangkok', locale: 'th_TH' }).spreadsheet;
    expect(ss.getId()).toMatch(/^1Emu/);
    expect(ss.getUrl()).toContain(ss.getId());
    expect(ss.getName()).toBeTruthy();
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Bangkok');
    expect(ss.getSpreadsheetLocale()).toBe('th_TH');
    ss.setSpreadsheetTimeZone('Europe/Paris');
    ss.setSpreadsheetLocale('en_US');
    expect([ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()]).toEqual(['Europe/Paris', 'en_US']);
  });
});

describe('Sheet (developers.google.com/apps-script/reference/spreadsheet/sheet)', () => {
  it('tracks the last row and column with content, and the data range', () => {
    const sheet = emulator().spreadsheet.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('B3').setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 2]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('appends rows after the last row with content and grows a full sheet', () => {
    const emu = emulator();
    const sheet = emu.spreadsheet.insertSheet('Small');
    sheet.deleteRows(3, 998);
    sheet.appendRow(['a']);
    sheet.appendRow(['b']);
    sheet.appendRow(['c']);
    expect(sheet.getMaxRows()).toBe(3);
    sheet.appendRow(['d']);
    expect(sheet.getMaxRows()).toBe(4);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('inserts rows and columns, shifting content', () => {
    const sheet = emulator().spreadsheet.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    sheet.getRange('A1:A2').setValues([['one'], ['two']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A4').getValue()).toBe('two');
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.insertColumnsAfter(26, 3);
    expect(sheet.getMaxColumns()).toBe(29);
  });

  it('clears content, formats or everything', () => {
    const sheet = emulator().spreadsheet.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    sheet.getRange('A1').setValue('x').setFontWeight('bold');
    sheet.clearContents();
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
    sheet.getRange('A1').setValue('y');
    sheet.clear();
    expect([sheet.getRange('A1').getValue(), sheet.getRange('A1').getFontWeight()]).toEqual(['', 'normal']);
  });

  it('freezes rows and sets column widths', () => {
    const sheet = emulator().spreadsheet.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 240);
    sheet.setColumnWidths(3, 2, 50);
    expect([
      sheet.getFrozenRows(),
      sheet.getColumnWidth(1),
      sheet.getColumnWidth(2),
      sheet.getColumnWidth(4),
    ]).toEqual([1, 100, 240, 50]);
  });

  it('protects a sheet or range (developers.google.com/apps-script/reference/spreadsheet/protection)', () => {
    const emu = emulator();
    const { SpreadsheetApp } = app(emu);
    const sheet = emu.spreadsheet.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    const protection = sheet.protect().setDescription('Summary is generated').setWarningOnly(true);
    expect(sheet.protect().getDescription()).toBe('Summary is generated'); // the existing protection
    expect(protection.isWarningOnly()).toBe(true);
    sheet.getRange('A1:B2').protect().setDescription('header');
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    expect(
      emu.spreadsheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)[0]?.getRange().getA1Notation(),
    ).toBe('A1:B2');
    protection.remove();
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(0);
  });

  it('builds, inserts, updates and removes charts (developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder)', () => {
    const emu = emulator();
    const { Charts } = app(emu);
    const sheet = emu.spreadsheet.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:B13'))
      .setPosition(2, 5, 0, 0)
      .setOption('title', 'Missions by month')
      .build();
    sheet.insertChart(chart);
    expect(sheet.getCharts()).toHaveLength(1);
    const stored = sheet.getCharts()[0] as GoogleAppsScript.Spreadsheet.EmbeddedChart;
    expect(stored.getOptions().get('title')).toBe('Missions by month');
    expect(stored.getRanges()[0]?.getA1Notation()).toBe('A1:B13');
    expect(stored.getContainerInfo().getAnchorColumn()).toBe(5);
    sheet.updateChart(stored.modify().setChartType(Charts.ChartType.LINE).build());
    expect(emu.model.sheets[0]?.charts[0]?.type).toBe('LINE');
    sheet.removeChart(stored);
    expect(sheet.getCharts()).toHaveLength(0);
    expect(() => (Charts.ChartType as unknown as Record<string, unknown>)['DONUT']).toThrow(
      'Emulator: ChartType.DONUT is not implemented',
    );
  });
});

describe('Sheet.getSheetValues (developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer))', () => {
  it('reads a block in one call; -1 rows or columns run to the last row or column with content', () => {
    const emu = emulator();
    const sheet = emu.spreadsheet.getSheets()[0]!;
    sheet.getRange('A1:C3').setValues([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    emu.resetCalls();
    expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    expect(sheet.getSheetValues(2, 2, -1, 1)).toEqual([[5], [8]]);
    expect(sheet.getSheetValues(1, 3, 2, 1)).toEqual([[3], [6]]);
    expect(emu.callLog()).toEqual(['Sheet.getSheetValues', 'Sheet.getSheetValues', 'Sheet.getSheetValues']);
  });

  it('refuses a block of no rows, as any range of none: an empty sheet, or a start below the last row', () => {
    const sheet = emulator().spreadsheet.getSheets()[0]!;
    expect(() => sheet.getSheetValues(1, 1, -1, -1)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    sheet.getRange('A1').setValue('x');
    expect(() => sheet.getSheetValues(2, 1, -1, 1)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
  });
});

describe('the people and services of an emulated spreadsheet', () => {
  it('lets another person open it (setUser): Session answers with their address and locale', () => {
    const emu = emulator({ userEmail: 'first@bangkok.go.th', userLocale: 'th' });
    const session = emu.globals['Session'] as GoogleAppsScript.Base.Session;
    expect([session.getActiveUser().getEmail(), session.getActiveUserLocale()]).toEqual([
      'first@bangkok.go.th',
      'th',
    ]);
    emu.setUser({ email: 'second@bangkok.go.th', locale: 'en' });
    expect([session.getActiveUser().getEmail(), session.getActiveUserLocale()]).toEqual([
      'second@bangkok.go.th',
      'en',
    ]);
  });

  it('counts every call of any service by method (callsOf), spreadsheet calls or not', () => {
    const emu = emulator();
    const utilities = emu.globals['Utilities'] as GoogleAppsScript.Utilities.Utilities;
    emu.resetCalls();
    utilities.formatDate(new Date(0), 'Asia/Tokyo', 'Z');
    utilities.formatDate(new Date(0), 'Asia/Tokyo', 'Z');
    expect(emu.callsOf('Utilities.formatDate')).toBe(2);
    expect(emu.calls()).toBe(0);
    expect(utilities.formatDate(new Date(Date.UTC(2025, 6, 1)), 'Europe/London', 'Z')).toBe('+0100');
    emu.resetCalls();
    expect(emu.callsOf('Utilities.formatDate')).toBe(0);
  });
});
