// The real build/Code.js in the emulator: KR_COUNT and KR_SCORE computed in cells over a Missions sheet, and
// recalculated when missions are added (docs: developers.google.com/apps-script/guides/sheets/functions).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulator } from '../../dev/emulator';

const BUNDLE = join(__dirname, '..', '..', 'build', 'Code.js');

const HEADER = [
  'ID',
  'Date',
  'Kind',
  'Title',
  'Counterpart',
  'Country',
  'Place',
  'BMA lead',
  'Status',
  'Step 1',
  'Step 2',
  'Step 3',
  'Step 4',
  'Step 5',
  'Evidence',
  'Notes',
  'Verified',
  'Entered by',
  'Entered at',
];

/** A done mission on a day of FY 2568 (2024-10-01 … 2025-09-30), as a date cell in Bangkok time. */
function mission(id: string, year: number, month: number, day: number, status = 'done'): unknown[] {
  const date = new Date(Date.UTC(year, month - 1, day) - 7 * 3_600_000);
  return [
    id,
    date,
    'reception',
    `Mission ${id}`,
    'Tokyo Metropolitan Government',
    'Japan',
    'City Hall',
    'Governor',
    status,
    true,
    true,
    true,
    false,
    false,
    'https://example.org/evidence',
    '',
    true,
    'staff@bangkok.go.th',
    date,
  ];
}

function setUp() {
  if (!existsSync(BUNDLE)) {
    throw new Error(`build/Code.js is missing: run \`npm run build\` first (expected at ${BUNDLE})`);
  }
  const emu = createEmulator({ locale: 'en_US', timeZone: 'Asia/Bangkok' });
  emu.load(BUNDLE);
  const missions = emu.spreadsheet.insertSheet('Missions');
  const summary = emu.spreadsheet.insertSheet('Summary');
  missions.getRange(1, 1, 1, HEADER.length).setValues([HEADER]);
  const rows = [
    mission('m1', 2024, 10, 1), // first day of FY 2568
    mission('m2', 2025, 1, 15),
    mission('m3', 2025, 9, 30), // last day of FY 2568
    mission('m4', 2025, 10, 1), // FY 2569: not counted
    mission('m5', 2025, 3, 3, 'planned'), // not done: not counted
  ];
  missions.getRange(2, 1, rows.length, HEADER.length).setValues(rows);
  summary.getRange('A1').setValue('=KR_COUNT(Missions!A1:S, 2568)');
  summary.getRange('A2').setValue('=KR_SCORE(KR_COUNT(Missions!A1:S, 2568))');
  return { emu, missions, summary };
}

describe('the built add-on in the emulator', () => {
  it('exposes the four custom functions from build/Code.js', () => {
    const { emu } = setUp();
    expect(emu.customFunctions()).toEqual(
      expect.arrayContaining(['KR_COUNT', 'KR_SCORE', 'FISCAL_YEAR', 'THAI_DATE']),
    );
  });

  describe('KR_COUNT and KR_SCORE in cells', () => {
    it('counts the done missions of FY 2568 and scores them on the default ladder', () => {
      const { emu, summary } = setUp();
      expect(emu.cellError('Summary!A1')).toBeNull();
      expect(summary.getRange('A1').getValue()).toBe(3);
      expect(summary.getRange('A2').getValue()).toBe(1); // 2–3 missions → 1 point
      expect(summary.getRange('A1').getFormula()).toBe('=KR_COUNT(Missions!A1:S, 2568)');
    });

    it('recalculates when missions are added', () => {
      const { missions, summary } = setUp();
      missions.appendRow(mission('m6', 2025, 2, 1));
      expect(summary.getRange('A1:A2').getValues()).toEqual([[4], [2]]); // 4–5 → 2 points
      const more = ['m7', 'm8', 'm9', 'm10', 'm11', 'm12'].map((id, i) => mission(id, 2025, 4, i + 1));
      missions.getRange(missions.getLastRow() + 1, 1, more.length, HEADER.length).setValues(more);
      expect(summary.getRange('A1:A2').getValues()).toEqual([[10], [5]]); // ≥10 → 5 points
    });
  });
});
