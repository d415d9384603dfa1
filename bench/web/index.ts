/**
 * Web bundle benchmark: a production build of every page into a scratch folder, with
 * RECORD_BENCHMARK=1 so the bundle report writes the "## Web" section of docs/benchmarks.md.
 * `npm start` and `npm run build:web` build the same way but never touch the tracked docs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'sw-web-bench-'));
try {
  const build = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: repo,
    stdio: 'inherit',
    env: { ...process.env, RECORD_BENCHMARK: '1', WEB_OUT_DIR: outDir },
  });
  process.exitCode = build.status ?? 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
