// The preview's pure rendering (dev/preview/render.ts): a sheet model → the grid the page draws; charts → SVG.

import type { ChartModel } from '../../dev/emulator/model';
import { SheetModel } from '../../dev/emulator/model';
import {
  type CellReader,
  chartData,
  chartSvg,
  escapeXml,
  niceTicks,
  safeColor,
  sheetGrid,
} from '../../dev/preview/render';
import { columnLetters } from '../../src/core/log/a1';

/** A reader over the model's own values, as text, the way the emulator would show them. */
function reader(
  sheet: SheetModel,
  errors: Record<string, string> = {},
  chartValues: unknown[][] = [],
): CellReader {
  const block = <T>(rows: number, columns: number, cell: (r: number, c: number) => T) =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => cell(r, c)));
  return {
    displayValues: (rows, columns) =>
      block(rows, columns, (r, c) => {
        const v = sheet.formulas.get(r, c) !== undefined ? '#ERROR!' : sheet.values.get(r, c);
        return v === undefined ? '' : typeof v === 'boolean' ? String(v).toUpperCase() : String(v);
      }),
    values: (rows, columns) => block(rows, columns, (r, c) => sheet.values.get(r, c) ?? ''),
    error: (r, c) => errors[`${r},${c}`] ?? null,
    chartRange: () => ({ values: chartValues, display: chartValues.map((row) => row.map(String)) }),
  };
}

function chart(type: string, options: Record<string, unknown> = {}): ChartModel {
  return {
    chartId: 1,
    type,
    ranges: [{ sheetId: 0, rect: { row: 0, column: 0, numRows: 4, numColumns: 2 } }],
    position: { anchorRow: 3, anchorColumn: 6, offsetX: 10, offsetY: 0 },
    options,
  };
}

describe('the grid of a sheet', () => {
  it('names columns as Sheets does', () => {
    expect([1, 2, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('gives the text as shown, the looks, checkboxes, widths and the frozen header', () => {
    const sheet = new SheetModel(0, 'ภารกิจ');
    sheet.values.set(0, 0, 'ชื่อภารกิจ');
    sheet.values.set(1, 0, '<img src=x onerror=alert(1)>');
    sheet.values.set(1, 1, 12);
    sheet.values.set(1, 2, true);
    sheet.values.set(2, 2, false);
    sheet.styles.set(0, 0, { fontWeight: 'bold', background: '#dbe7f7', fontColor: 'red;background:url(x)' });
    const checkbox = { criteria: 'CHECKBOX', args: [], allowInvalid: true, helpText: '' };
    sheet.validations.set(1, 2, checkbox);
    sheet.validations.set(2, 2, checkbox);
    sheet.columnWidths.set(1, 280);
    sheet.frozenRows = 1;

    const grid = sheetGrid(sheet, reader(sheet));
    expect(grid.name).toBe('ภารกิจ');
    expect(grid.frozenRows).toBe(1);
    expect(grid.columnWidths.slice(0, 2)).toEqual([280, 100]);
    expect(grid.cells[0]![0]).toEqual({ text: 'ชื่อภารกิจ', look: { bold: true, background: '#dbe7f7' } });
    // Cell text stays text for the page to set with textContent: nothing here is markup.
    expect(grid.cells[1]![0]!.text).toBe('<img src=x onerror=alert(1)>');
    expect(grid.cells[1]![1]).toEqual({ text: '12', look: { align: 'right' } });
    expect(grid.cells[1]![2]!.checked).toBe(true);
    expect(grid.cells[2]![2]!.checked).toBe(false);
    expect(grid.cells[2]![1]!.checked).toBeUndefined();
  });

  it('shows an error cell with its message, and keeps the formula for the formula bar', () => {
    const sheet = new SheetModel(0, 'สรุปผล');
    sheet.setFormula(0, 1, '=KR_COUNT(ภารกิจ!A1:S, "x")');
    const grid = sheetGrid(sheet, reader(sheet, { '0,1': 'KR_COUNT: fiscal_year must be a year' }));
    expect(grid.cells[0]![1]).toMatchObject({
      text: '#ERROR!',
      formula: '=KR_COUNT(ภารกิจ!A1:S, "x")',
      error: 'KR_COUNT: fiscal_year must be a year',
    });
  });

  it('draws at most the row limit of a big sheet and says so', () => {
    const sheet = new SheetModel(0, 'big', 2000, 5);
    for (let r = 0; r < 1200; r++) sheet.values.set(r, 0, `row ${r + 1}`);
    const grid = sheetGrid(sheet, reader(sheet), 500);
    expect(grid.rows).toBe(500);
    expect(grid.cells).toHaveLength(500);
    expect(grid.lastRow).toBe(1200);
    expect(grid.truncated).toBe(true);
    expect(grid.columns).toBe(5);
  });

  it('draws some empty rows below the data, never more than the sheet has', () => {
    const small = new SheetModel(0, 'small', 10, 3);
    small.values.set(0, 0, 'x');
    expect(sheetGrid(small, reader(small)).rows).toBe(10);
    const roomy = new SheetModel(0, 'roomy');
    roomy.values.set(99, 0, 'x');
    expect(sheetGrid(roomy, reader(roomy)).rows).toBe(130);
  });

  it('spans merged cells and marks the cells they cover', () => {
    const sheet = new SheetModel(0, 'm');
    sheet.values.set(0, 0, 'title');
    sheet.merges.push({ row: 0, column: 0, numRows: 1, numColumns: 3 });
    const grid = sheetGrid(sheet, reader(sheet));
    expect(grid.cells[0]![0]!.colSpan).toBe(3);
    expect(grid.cells[0]![1]!.covered).toBe(true);
    expect(grid.cells[0]![2]!.covered).toBe(true);
    expect(grid.cells[0]![3]!.covered).toBeUndefined();
  });

  it('carries the charts at their anchors, drawn', () => {
    const sheet = new SheetModel(0, 's');
    sheet.charts.push(chart('BAR', { title: 'Missions by kind' }));
    const values = [
      ['Kind', 'Missions'],
      ['Speech', 2],
      ['Reception', 3],
    ];
    const grid = sheetGrid(sheet, reader(sheet, {}, values));
    expect(grid.charts).toHaveLength(1);
    expect(grid.charts[0]).toMatchObject({
      type: 'BAR',
      anchorRow: 3,
      anchorColumn: 6,
      offsetX: 10,
      width: 600,
    });
    expect(grid.charts[0]!.svg).toMatch(/^<svg /);
  });

  it('lets only colours through as colours', () => {
    expect(safeColor('#dbe7f7')).toBe('#dbe7f7');
    expect(safeColor('red')).toBe('red');
    expect(safeColor('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
    expect(safeColor('red;background:url(https://x)')).toBeUndefined();
    expect(safeColor('"/><script>')).toBeUndefined();
    expect(safeColor(7)).toBeUndefined();
  });
});

describe('charts', () => {
  const byMonth = [
    ['Month', 'Missions', 'Cumulative', 'Target'],
    ['ต.ค. 67', 1, 1, 10],
    ['พ.ย. 67', 2, 3, 10],
    ['ธ.ค. 67', 0, 3, 10],
  ];

  it('reads the first column as categories and the header row as series names', () => {
    const data = chartData(
      chart('COMBO', { seriesType: 'bars', series: { 1: { type: 'line' }, 2: { type: 'line' } } }),
      byMonth,
    );
    expect(data.categories).toEqual(['ต.ค. 67', 'พ.ย. 67', 'ธ.ค. 67']);
    expect(data.series.map((s) => [s.name, s.kind])).toEqual([
      ['Missions', 'bars'],
      ['Cumulative', 'line'],
      ['Target', 'line'],
    ]);
    expect(data.series[1]!.values).toEqual([1, 3, 3]);
    expect(data.categoryTitle).toBe('Month');
  });

  it('draws a combo chart as columns and lines, with a title, axis labels and a legend', () => {
    const svg = chartSvg(
      chartData(
        chart('COMBO', {
          title: 'Missions by month',
          seriesType: 'bars',
          series: { 1: { type: 'line' }, 2: { type: 'line' } },
        }),
        byMonth,
      ),
    );
    expect(svg).toContain('>Missions by month</text>');
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    for (const name of ['Missions', 'Cumulative', 'Target']) expect(svg).toContain(`>${name}</text>`);
    for (const tick of ['0', '10']) expect(svg).toContain(`>${tick}</text>`);
    expect(svg).toContain('font-style="italic">Month</text>'); // the category axis title
  });

  it('writes a month under a narrow column on two lines', () => {
    const months = ['ต.ค. 67', 'พ.ย. 67', 'ธ.ค. 67', 'ม.ค. 68', 'ก.พ. 68', 'มี.ค. 68', 'เม.ย. 68', 'พ.ค. 68'];
    const rows = [['Month', 'Missions'], ...months.map((m, i) => [m, i]), ...months.map((m) => [`${m}x`, 1])];
    const svg = chartSvg(chartData(chart('COLUMN'), rows));
    expect(svg).toContain('<tspan x="');
    expect(svg).toMatch(/<tspan[^>]*>ต\.ค\.<\/tspan><tspan[^>]*>67<\/tspan>/);
  });

  it('draws a bar chart with one bar a category, the longest reaching the top tick', () => {
    const svg = chartSvg(
      chartData(chart('BAR', { title: 'By kind' }), [
        ['Kind', 'Missions'],
        ['Speech', 2],
        ['Reception', 3],
        ['Other', 0],
      ]),
    );
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(3);
    expect(svg).toContain('>Reception</text>');
    expect(svg).toContain('>3</text>');
  });

  it('draws a pie with one slice a category', () => {
    const svg = chartSvg(
      chartData(chart('PIE'), [
        ['Kind', 'n'],
        ['a', 1],
        ['b', 3],
      ]),
    );
    expect(svg.match(/<path /g)).toHaveLength(2);
  });

  it('says so when there is nothing to draw', () => {
    expect(chartSvg(chartData(chart('BAR'), []))).toContain('No data');
  });

  it('escapes every text it writes: titles, labels, series names, tooltips', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const svg = chartSvg(
      chartData(chart('COMBO', { title: `</title><script>alert(1)</script>`, colors: ['"/><script>'] }), [
        ['Month', evil],
        [evil, 1],
        [`"><svg onload=alert(1)>`, 2],
      ]),
    );
    expect(svg).not.toMatch(/<img|<script|<svg onload/);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('&lt;/title&gt;&lt;script&gt;');
    expect(svg).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
    expect(svg.match(/<svg /g)).toHaveLength(1);
  });

  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('puts round ticks on the value axis', () => {
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(12)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(2.5)).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
  });
});
