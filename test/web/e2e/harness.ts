import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { build, type Plugin } from 'vite';
import { startServer } from '../../../functions/api/server';
import type { BundleReport } from '../../../web/build/bundle-report';
import { guardedPage, launchBrowser } from '../../support/browser';

const REPO = resolve(import.meta.dirname, '../../..');
export const STATS_TOKEN = 'e2e-stats-token-0123456789abcdef';

export interface Harness {
  url: string;
  statsToken: string;
  browser: Browser;
  report: BundleReport;
  /** A page that records console errors, page errors and failed or 4xx/5xx requests. */
  open(options?: BrowserContextOptions): Promise<GuardedPage>;
  close(): Promise<void>;
}

export interface GuardedPage {
  page: Page;
  problems: string[];
  close(): Promise<void>;
}

/**
 * The real thing, end to end: the citizen app built by Vite into a temp dir, the local server
 * (API + embedded store in a temp data dir) on a free port, and headless Debian Chromium.
 */
export async function startHarness({ plugins = [] }: { plugins?: Plugin[] } = {}): Promise<Harness> {
  const temp = mkdtempSync(join(tmpdir(), 'sw-web-e2e-'));
  const outDir = join(temp, 'dist');
  // A production build (as `npm start` serves), into a temp dir so docs/benchmarks.md is left alone.
  process.env.WEB_OUT_DIR = outDir;
  process.env.WEB_PAGES = 'main';
  // `plugins` (tests only) add to the app's own, e.g. test/support/pseudo-locale.ts in place of a language.
  await build({
    configFile: join(REPO, 'web/vite.config.ts'),
    mode: 'production',
    logLevel: 'error',
    plugins,
  });
  const report = JSON.parse(readFileSync(join(outDir, 'bundle-report.json'), 'utf8')) as BundleReport;
  const server = await startServer({
    port: 0,
    dataDir: join(temp, 'data'),
    statsToken: STATS_TOKEN,
    webRoot: outDir,
  });
  const { browser, close: closeBrowser } = await launchBrowser();

  return {
    url: server.url,
    statsToken: server.statsToken,
    browser,
    report,
    async open(options = {}) {
      // A Dutch browser unless a test says otherwise: another browser language is offered a switch.
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        locale: 'nl-NL',
        ...options,
      });
      const { page, problems } = await guardedPage(context, server.url);
      return { page, problems, close: () => context.close() };
    },
    async close() {
      await closeBrowser();
      await server.close();
      rmSync(temp, { recursive: true, force: true });
    },
  };
}

/** Waits until the app shows a question, the check page or the results, and returns the hash. */
export async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const hash = window.location.hash;
    if (/^#\/(question|change)\/[\w.]+$/.test(hash)) return document.querySelector('main form') !== null;
    if (/^#\/municipality(\/change)?$/.test(hash)) return document.querySelector('main form') !== null;
    if (hash === '#/check') return document.querySelector('.sw-summary') !== null;
    if (hash === '#/results') return document.querySelector('.sw-card, .utrecht-alert--error') !== null;
    return (
      document.querySelector('main h1') !== null && document.querySelector('[aria-busy="true"]') === null
    );
  });
  return page.evaluate(() => window.location.hash);
}

const AXE = readFileSync(join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core against WCAG 2.1 A/AA and best practices; returns the violations, summarised. */
export async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const run = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } }
    ).axe.run;
    const { violations, passes } = await run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return {
      passes: passes.length,
      violations: violations.map(
        (v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    };
  });
  // A run that checked nothing would pass anything: make sure the rules really ran.
  if (result.passes < 10) throw new Error(`axe checked only ${result.passes} rules`);
  return result.violations;
}

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
  passes: unknown[];
}
