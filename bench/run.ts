/**
 * `npm run bench`: runs every benchmark `bench/<name>/index.ts`, one after the other, each in its
 * own Node process so none disturbs another. Each writes its own section of docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const suites = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(here, entry.name, 'index.ts')))
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

let failed = 0;
for (const name of suites) {
  process.stdout.write(`\n== bench/${name}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, name, 'index.ts')], {
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    failed++;
    process.stdout.write(`bench/${name} failed (exit ${run.status})\n`);
  }
}
process.exit(failed ? 1 : 0);
