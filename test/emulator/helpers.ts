// Shared set-up for the emulator's tests: a fresh emulator, optionally with the fixture bundle loaded.

import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator, type EmulatorOptions } from '../../dev/emulator';
import { TEMPLATES } from './fixtures/templates';

/** The fixture bundle copied to a temporary folder with its HTML files, as build/ holds Code.js and Sidebar.html. */
function fixtureFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-fixture-'));
  copyFileSync(join(__dirname, 'fixtures', 'bundle.gs'), join(dir, 'Code.js'));
  for (const [name, html] of Object.entries(TEMPLATES)) writeFileSync(join(dir, name), html);
  return dir;
}

export const FIXTURE = join(fixtureFolder(), 'Code.js');

export function emulator(options: EmulatorOptions = {}) {
  return createEmulator({ locale: 'en_US', ...options });
}

export function loadedEmulator(options: EmulatorOptions = {}) {
  const emu = emulator(options);
  const fns = emu.load(FIXTURE);
  return { emu, fns, sheet: emu.spreadsheet.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet };
}
