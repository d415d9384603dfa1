import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aioScreenings,
  commandLine,
  descendants,
  isRunning,
  killGroup,
  postScreening,
  spawnServer,
} from '../support/process';

// `npm start` as a supervisor runs it: the signal goes to the npm process alone, never to the group.
// npm forwards it to its child only, so whatever sits below must stop with it, counters written.
const TOKEN = 'npm-start-test-token-0123456789';
const REGION = 'GM0344';
let dataDir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sw-npm-start-'));
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) killGroup(child);
  await rm(dataDir, { recursive: true, force: true });
});

describe.each([
  { signal: 'SIGTERM', workers: '1', to: 'the npm process alone' },
  { signal: 'SIGINT', workers: '2', to: 'the npm process alone' },
  // Ctrl-C in a terminal: the whole group, so the server gets it twice (once more from npm).
  { signal: 'SIGINT', workers: '1', to: 'the process group' },
] as const)(
  'npm start and $signal to $to (WORKERS=$workers)',
  { timeout: 120_000 },
  ({ signal, workers, to }) => {
    it('ends every process of the product within 5 s, each acknowledged screening counted', async () => {
      const dir = join(dataDir, `${signal}-${workers}-${to.length}`);
      const env = { DATA_DIR: dir, STATS_TOKEN: TOKEN, WORKERS: workers };
      // The web build is skipped (it is not what is tested); npm → sh → node is the real chain.
      const first = await spawnServer({
        command: ['npm', 'start'],
        env: { ...env, SKIP_WEB_BUILD: '1' },
        detached: true, // its own group: for the Ctrl-C case, and for afterAll to clean up after a failure
        track: children,
      });
      const npm = first.child.pid as number;
      const tree = descendants(npm);
      const servers = tree.filter((pid) => commandLine(pid).includes('functions/api/server.ts'));
      expect(servers).toHaveLength(workers === '1' ? 1 : 3); // the primary and its workers

      const acked = await Promise.all(
        Array.from({ length: 15 }, () => postScreening(first.url, { region: REGION })),
      );
      expect(acked.every((status) => status === 200)).toBe(true);
      const inFlight = Array.from({ length: 15 }, () => postScreening(first.url, { region: REGION }));
      const signalled = Date.now();
      process.kill(to === 'the process group' ? -npm : npm, signal);
      const statuses = [...acked, ...(await Promise.all(inFlight))];
      expect(await first.exited).toBe(0);
      await expect.poll(() => tree.filter(isRunning), { timeout: 10_000, interval: 20 }).toEqual([]);
      expect(Date.now() - signalled).toBeLessThan(5_000);
      // Refused once it stopped accepting (0), else answered: never an error.
      expect(statuses.every((status) => status === 200 || status === 0)).toBe(true);

      const second = await spawnServer({ env, track: children });
      expect(await aioScreenings(second.url, TOKEN, REGION)).toBe(statuses.filter((s) => s === 200).length);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    });
  },
);
