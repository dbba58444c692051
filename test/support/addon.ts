// Runs the real build/Code.js in the emulator, as the integration tests of the add-on need it.
import fs from 'node:fs';
import path from 'node:path';
import { createEmulator, type EmulatorOptions } from '../../dev/emulator';
import { COLUMNS } from '../../src/core/log/vocabulary';

export const BUNDLE = path.resolve(__dirname, '../../build/Code.js');

export function addon(options: EmulatorOptions = {}) {
  if (!fs.existsSync(BUNDLE))
    throw new Error(`${BUNDLE} is missing: run \`npm run build\` (npm test does it first)`);
  const emu = createEmulator({ userEmail: 'staff@bangkok.go.th', ...options });
  emu.load(BUNDLE);
  const ss = emu.spreadsheet;
  return {
    emu,
    ss,
    /** A server function called as the sidebar calls it: google.script.run, JSON in and out. */
    call: <T = unknown>(name: string, ...args: unknown[]) => emu.bridge.run(name, args) as T,
    /** A menu item: one execution of a top-level function. */
    menu: (name: string) => emu.run(name),
    sheet(name: string) {
      const sheet = ss.getSheetByName(name);
      if (!sheet) throw new Error(`no sheet named ${name}`);
      return sheet;
    },
    values(name: string): unknown[][] {
      return this.sheet(name).getDataRange().getValues();
    },
    displayValues(name: string): string[][] {
      return this.sheet(name).getDataRange().getDisplayValues();
    },
  };
}

export type Addon = ReturnType<typeof addon>;

/**
 * A valid form submission (docs/server-functions.md), dated in FY 2568. Missions given their own title get their own counterpart
 * too, so that two of them on one day are two missions, not one entered twice (a likely duplicate).
 */
export function submission(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    date: '2025-01-15',
    kind: 'courtesy_call',
    title: 'Courtesy call by the Mayor of Paris',
    counterpart: typeof overrides.title === 'string' ? `Guests of ${overrides.title}` : 'City of Paris',
    country: 'France',
    place: 'City Hall',
    lead: 'Governor',
    status: 'done',
    steps: [true, true, true, false, false],
    evidence: 'https://example.org/photos/1',
    notes: 'First visit',
    ...overrides,
  };
}

/** Sets the value of a Settings field, found by the start of its label in either language. */
export function setSetting(
  app: Addon,
  labels: readonly string[],
  value: unknown,
  settingsName = 'ตั้งค่า',
): void {
  const sheet = app.sheet(settingsName);
  const rows = sheet.getDataRange().getValues();
  const index = rows.findIndex((row) => labels.some((label) => String(row[0]).startsWith(label)));
  if (index < 0) throw new Error(`no Settings row labelled ${labels.join(' or ')}`);
  sheet.getRange(index + 1, 2).setValue(value);
}

/** Sets the Settings tab's fiscal year, so tests do not depend on today's date. */
export function pinFiscalYear(app: Addon, fiscalYear: number, settingsName = 'ตั้งค่า'): void {
  setSetting(app, ['ปีงบประมาณ', 'Fiscal year'], fiscalYear, settingsName);
}

/** Names the reviewers in Settings (docs/sheets.md), as the office would type them. */
export function nameReviewers(app: Addon, reviewers: string, settingsName = 'ตั้งค่า'): void {
  setSetting(app, ['ผู้ตรวจสอบ', 'Reviewers'], reviewers, settingsName);
}

export const THAI_HEADER = COLUMNS.map((column) => column.th);
export const ENGLISH_HEADER = COLUMNS.map((column) => column.en);

/** Finds the row of a summary whose first cell starts with `label`, and returns it. */
export function summaryRow(values: unknown[][], label: string): unknown[] {
  const row = values.find((r) => String(r[0]).startsWith(label));
  if (!row) throw new Error(`no summary row starting with ${label}`);
  return row;
}
