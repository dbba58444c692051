// Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core. Without it the tests are
// skipped with a loud warning, unless REQUIRE_BROWSER=1 asks for them to fail instead.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
export const INSTALL_HINT = 'apt-get update && apt-get install -y chromium fonts-thai-tlwg';

export function hasBrowser(): boolean {
  return existsSync(CHROMIUM);
}

/**
 * describe() when Chromium is there; otherwise describe.skip() with a warning, or, with REQUIRE_BROWSER=1,
 * one failing test that says how to install it. Decided when the file is loaded, so jest reports it.
 */
export function describeWithBrowser(name: string, body: () => void): void {
  if (hasBrowser()) {
    describe(name, body);
    return;
  }
  const message = `Chromium not found at ${CHROMIUM}: the browser tests need it. Install it with \`${INSTALL_HINT}\` (or set CHROMIUM_PATH).`;
  if (process.env['REQUIRE_BROWSER'] === '1') {
    describe(name, () => {
      it('needs Chromium (REQUIRE_BROWSER=1)', () => {
        throw new Error(message);
      });
    });
    return;
  }
  console.warn(`\n*** SKIPPED browser tests "${name}": ${message} ***\n`);
  describe.skip(name, body);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
