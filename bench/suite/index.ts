/**
 * Test-suite benchmark: runs every vitest suite once (as `npm test` does, without lint) and writes
 * the "## Test suite" section of docs/benchmarks.md: per area of test/, its files, tests, the time
 * spent in its files and its slowest file, beside the wall-clock time of the whole run. Files run
 * in parallel forks, so an area's time is the sum over its files, not its share of the wall clock.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSection } from '../write-section';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; startTime: number; endTime: number; assertionResults: unknown[] }[];
}

const repo = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'sw-suite-bench-'));
const output = join(scratch, 'vitest.json');
const loadAtStart = loadavg()[0] ?? 0;
const started = Date.now();
const run = spawnSync('npx', ['vitest', 'run', '--reporter=json', `--outputFile=${output}`], {
  cwd: repo,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const wallSeconds = (Date.now() - started) / 1000;
const report = JSON.parse(readFileSync(output, 'utf8')) as VitestJson;
rmSync(scratch, { recursive: true, force: true });

const areas = new Map<string, { files: number; tests: number; ms: number; slowest: [string, number] }>();
for (const file of report.testResults) {
  const path = relative(join(repo, 'test'), file.name);
  const area = path.split('/')[0] ?? path;
  const ms = file.endTime - file.startTime;
  const seen = areas.get(area) ?? { files: 0, tests: 0, ms: 0, slowest: ['', 0] };
  seen.files++;
  seen.tests += file.assertionResults.length;
  seen.ms += ms;
  if (ms > seen.slowest[1]) seen.slowest = [path, ms];
  areas.set(area, seen);
}
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rows = [...areas.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(
    ([area, a]) =>
      `| ${area} | ${a.files} | ${a.tests} | ${s(a.ms)} | \`${a.slowest[0]}\` (${s(a.slowest[1])}) |`,
  )
  .join('\n');
writeSection(
  'Test suite',
  `Written by \`npm run bench -- suite\` (bench/suite): one \`vitest run\` of every suite, on ${cpus().length} cores (1-minute load average ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end). ${report.numPassedTests} passed, ${report.numFailedTests} failed; wall clock ${wallSeconds.toFixed(0)} s.

| area | files | tests | time in its files | slowest file |
|---|---|---|---|---|
${rows}`,
);
process.stdout.write(
  `suite: ${wallSeconds.toFixed(0)} s, ${report.numPassedTests} passed, ${report.numFailedTests} failed\n`,
);
process.exitCode = run.status === 0 ? 0 : 1;
