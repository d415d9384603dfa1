import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aioScreenings,
  commandLine,
  descendants,
  killGroup,
  postScreening,
  type ServerProcess,
  spawnServer,
} from '../support/process';

// The embedded store fails for real: its LevelDB files are corrupt, so dynalite throws an uncaught
// error when it opens them. The local server must go on answering screenings (their signals in the
// write-ahead log), say `degraded`, and count everything exactly once when the files are good again.
const TOKEN = 'store-failure-test-token-0123456789';
const REGION = 'GM0153';
// Counters must appear within 30 s of the store coming back (contract); a loaded machine needs margin.
const BACK = { timeout: 60_000, interval: 100 };
let dataDir: string;
/** This test's DATA_DIR, and the HTTP processes it runs. */
let dir: string;
let workers: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sw-store-failure-'));
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) killGroup(child);
  await rm(dataDir, { recursive: true, force: true });
});

const start = () =>
  spawnServer({
    env: { DATA_DIR: dir, STATS_TOKEN: TOKEN, WORKERS: workers },
    detached: true,
    track: children,
  });
/**
 * Makes the store's files corrupt (CURRENT, LevelDB's pointer to its manifest, holds garbage);
 * the returned function makes them good again. (Each open writes a new manifest: take it fresh.)
 */
async function corruptStore(): Promise<() => Promise<void>> {
  const current = join(dir, 'dynamo', 'CURRENT');
  const good = await readFile(current);
  await writeFile(current, 'not a manifest name');
  return () => writeFile(current, good);
}
const health = async (server: ServerProcess) => {
  const res = await fetch(`${server.url}/api/health`);
  return { status: res.status, body: (await res.json()) as { status?: string; error?: { code: string } } };
};
const screenings = (server: ServerProcess) => aioScreenings(server.url, TOKEN, REGION).catch(() => -1);
const storeDied = (server: ServerProcess) =>
  server.output().match(/"msg":"stats store exited, starting it again","code":1/g)?.length ?? 0;
/** Signals in the write-ahead log (by id: a line may appear twice). */
const logged = async () => {
  const lines = (await readFile(join(dir, 'stats-wal.jsonl'), 'utf8')).split('\n').filter(Boolean);
  return new Set(lines.map((line) => JSON.parse(line)).flatMap((r) => (r.t === 's' ? [r.id] : []))).size;
};

async function whileBroken(server: ServerProcess, count: number) {
  // The store process died of its files (not merely slow): the server logged its exit code.
  // Health checks reach the store, which then opens its files.
  await expect
    .poll(async () => {
      await health(server);
      return storeDied(server);
    }, BACK)
    .toBeGreaterThan(0);
  expect(await health(server)).toEqual({
    status: 503,
    body: expect.objectContaining({
      status: 'degraded',
      error: expect.objectContaining({ code: 'unavailable' }),
    }),
  });
  const statuses = await Promise.all(
    Array.from({ length: count }, () => postScreening(server.url, { region: REGION })),
  );
  expect(statuses.every((status) => status === 200)).toBe(true);
  expect(await logged()).toBeGreaterThanOrEqual(count);
  expect(server.child.exitCode).toBeNull();
  expect(
    (
      await fetch(`${server.url}/api/stats?from=2026-01&to=2026-01`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      })
    ).status,
  ).toBe(503);
}

describe.each(['1', '2'])(
  'the local server (WORKERS=%s) when its store files are corrupt',
  {
    timeout: 240_000,
  },
  (n) => {
    it('answers screenings, says degraded, and counts each exactly once when the files are good again', async () => {
      workers = n;
      dir = join(dataDir, n);
      const first = await start();
      const ok = await Promise.all(
        Array.from({ length: 12 }, () => postScreening(first.url, { region: REGION })),
      );
      expect(ok.every((status) => status === 200)).toBe(true);
      await expect.poll(() => screenings(first), BACK).toBe(12);

      // While running: the store process dies (SIGKILL stands in for a crash of its own) and, its
      // files corrupt, dies again each time it is started.
      const repair = await corruptStore();
      const [store] = descendants(first.child.pid as number).filter((pid) =>
        commandLine(pid).includes('embedded-process'),
      );
      expect(store).toBeDefined();
      process.kill(store as number, 'SIGKILL');
      await whileBroken(first, 10);
      await repair();
      await expect.poll(() => screenings(first), BACK).toBe(22);
      expect((await health(first)).status).toBe(200);
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);

      // At start: the server starts all the same.
      const repairAgain = await corruptStore();
      const second = await start();
      await whileBroken(second, 10);
      await repairAgain();
      await expect.poll(() => screenings(second), BACK).toBe(32);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);

      // Replayed once: a restart counts nothing again, and the log holds nothing left to apply.
      const third = await start();
      expect(await screenings(third)).toBe(32);
      expect(await logged()).toBe(0);
      third.child.kill('SIGTERM');
      expect(await third.exited).toBe(0);
    });
  },
);
