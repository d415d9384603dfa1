import { type Browser, chromium } from 'playwright-core';

/**
 * Headless Debian Chromium for the browser suites (installed by scripts/ensure-tools.sh).
 * A fresh profile per launch, and no background traffic, so a test sees only its own requests.
 * The profile: playwright-core's launch() always starts Chromium with a new temporary
 * --user-data-dir of its own and deletes it on close (it refuses the flag from callers; a
 * persistent profile would need launchPersistentContext, which allows only one context).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}
