import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium';

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Headless Debian Chromium for the browser suites (installed by scripts/ensure-tools.sh).
 * A fresh profile per launch, and no background traffic, so a test sees only its own requests.
 * The profile: playwright-core's launch() always starts Chromium with a new temporary
 * --user-data-dir of its own and deletes it on close (it refuses the flag from callers; a
 * persistent profile would need launchPersistentContext, which allows only one context).
 */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}
