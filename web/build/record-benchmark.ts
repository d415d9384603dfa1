import { writeSection } from '../../bench/write-section';
import type { BundleReport } from './bundle-report';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The "## Web" section of docs/benchmarks.md: sizes only (no dates), so a rebuild changes nothing. */
export function recordBenchmark(report: BundleReport): void {
  const { firstLoad } = report;
  const rows = report.chunks.map((chunk) => `| ${chunk.name} | ${kb(chunk.gzip)} |`).join('\n');
  writeSection(
    'Web',
    `Written by \`npm run build:web\` (web/build/bundle-report.ts); figures are gzip level 9.

First load of the start page: the entry chunk and its static imports (the Dutch copy is part of it; other languages load on first use). The flow (with the rules engine), results and privacy pages load on first use.

| figure | value | budget |
|---|---|---|
| first-load JavaScript, gzip | ${kb(firstLoad.jsGzip)} | ≤ ${kb(report.budgetGzip)} |
| first-load JavaScript, raw | ${kb(firstLoad.js)} | |
| CSS, gzip | ${kb(firstLoad.cssGzip)} | |

Every chunk (gzip):

| chunk | gzip |
|---|---|
${rows}

Lighthouse: see the note below the table when it has been run.`,
  );
}
