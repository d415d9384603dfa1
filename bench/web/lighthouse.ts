import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { startServer } from '../../functions/api/server';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium';
import type { BundleReport } from '../../web/build/bundle-report';
import { LIGHTHOUSE_FILE, type LighthouseScores, recordBenchmark } from '../../web/build/record-benchmark';

/**
 * Lighthouse (mobile preset: simulated slow 4G and a mid-range phone) against the local server
 * and Debian Chromium, offline. Run: `npm run bench:web`
 * (here, not under web/, because it starts the server: nothing under web/ imports functions/api). Writes the scores to
 * web/build/lighthouse-scores.json and the "## Web" section of docs/benchmarks.md.
 */
const ROOT = resolve(import.meta.dirname, '../../web');
const PAGES = [
  { name: 'start page', hash: '' },
  { name: 'first question (deep link, loads the engine)', hash: '#/question' },
  { name: 'privacy page', hash: '#/privacy' },
];

async function main() {
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error' }); // records the bundle sizes too
  const report = JSON.parse(readFileSync(join(ROOT, 'dist/bundle-report.json'), 'utf8')) as BundleReport;
  const dataDir = mkdtempSync(join(tmpdir(), 'sw-lighthouse-'));
  const server = await startServer({ port: 0, dataDir, webRoot: join(ROOT, 'dist') });
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}`);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const pages: LighthouseScores['pages'] = [];
    for (const page of PAGES) {
      // A run now and then misses its LCP on this busy 2-core machine; one retry, then report as is.
      const run = () =>
        lighthouse(`${server.url}/${page.hash}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
      let result = await run();
      if (!result?.lhr.categories.performance?.score) result = await run();
      if (!result) throw new Error(`no Lighthouse result for ${page.name}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      pages.push({
        page: page.name,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        fcp: audits['first-contentful-paint']?.displayValue ?? '',
        lcp: audits['largest-contentful-paint']?.displayValue ?? '',
        tbt: audits['total-blocking-time']?.displayValue ?? '',
        cls: audits['cumulative-layout-shift']?.displayValue ?? '',
      });
    }
    const scores: LighthouseScores = {
      lighthouse: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version,
      browser: (await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()).Browser,
      pages,
    };
    writeFileSync(LIGHTHOUSE_FILE, `${JSON.stringify(scores, null, 2)}\n`);
    recordBenchmark(report);
    for (const page of pages) process.stdout.write(`${JSON.stringify(page)}\n`);
  } finally {
    chrome.kill();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
