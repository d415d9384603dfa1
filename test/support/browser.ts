import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
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

/**
 * A new page in `context` that records what a clean run never shows: console errors and warnings,
 * page errors, Content-Security-Policy breaches, failed or 4xx/5xx responses (by path), and any
 * request to another origin than `origin` (no third-party scripts, fonts or trackers).
 */
export async function guardedPage(
  context: BrowserContext,
  origin: string,
): Promise<{ page: Page; problems: string[] }> {
  // The server's Content-Security-Policy allows only this origin and no eval: report any breach.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`.trim()),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${new URL(response.url()).pathname}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) problems.push(`third-party: ${request.url()}`);
  });
  return { page, problems };
}
