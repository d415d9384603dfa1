import { existsSync, readFileSync } from 'node:fs';
import { writeSection } from '../../bench/write-section';
import type { BundleReport } from './bundle-report';

export const LIGHTHOUSE_FILE = new URL('./lighthouse-scores.json', import.meta.url);

export interface LighthouseScores {
  lighthouse: string;
  browser: string;
  pages: {
    page: string;
    performance: number;
    accessibility: number;
    bestPractices: number;
    fcp: string;
    lcp: string;
    tbt: string;
    cls: string;
  }[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The "## Web" section of docs/benchmarks.md: sizes only (no dates), so a rebuild changes nothing. */
export function recordBenchmark(report: BundleReport): void {
  const { firstLoad } = report;
  const rows = report.chunks.map((chunk) => `| ${chunk.name} | ${kb(chunk.gzip)} |`).join('\n');
  writeSection(
    'Web',
    `Written by \`npm run bench -- web\` (bench/web, web/build/bundle-report.ts); figures are gzip level 9.

First load of the start page: the entry chunk and its static imports (the Dutch copy is part of it; other languages load on first use). The flow (with the rules engine), results and privacy pages load on first use.

| figure | value | budget |
|---|---|---|
| first-load JavaScript, gzip | ${kb(firstLoad.jsGzip)} | ≤ ${kb(report.budgetGzip)} |
| first-load JavaScript, raw | ${kb(firstLoad.js)} | |
| CSS, gzip | ${kb(firstLoad.cssGzip)} | |

Every chunk of the build (gzip; other apps' pages included when they are built too):

| chunk | gzip |
|---|---|
${rows}

${lighthouseBlock()}`,
  );
}

function lighthouseBlock(): string {
  if (!existsSync(LIGHTHOUSE_FILE)) return 'Lighthouse: not run yet (`npm run bench:web`).';
  const scores = JSON.parse(readFileSync(LIGHTHOUSE_FILE, 'utf8')) as LighthouseScores;
  const rows = scores.pages
    .map(
      (p) =>
        `| ${p.page} | ${p.performance} | ${p.accessibility} | ${p.bestPractices} | ${p.fcp} | ${p.lcp} | ${p.tbt} | ${p.cls} |`,
    )
    .join('\n');
  return `Lighthouse ${scores.lighthouse}, mobile preset (simulated slow 4G, throttled CPU), offline against the local server and ${scores.browser} (Debian), \`npm run bench:web\`. Target ≥ 95 for performance and accessibility. The local server sends files uncompressed; CloudFront compresses, so a deployed page transfers less than measured here.

| page | performance | accessibility | best practices | FCP | LCP | TBT | CLS |
|---|---|---|---|---|---|---|---|
${rows}`;
}
