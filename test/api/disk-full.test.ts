import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aioScreenings, killGroup, postScreening, type ServerProcess, spawnServer } from '../support/process';

// A real full disk: DATA_DIR is a small tmpfs, filled to the last byte while the server runs. Every
// screening acknowledged with 200 must be counted exactly once when room is back, across a crash
// while the disk is full. Mounting needs the privilege the CI machine has; elsewhere this is skipped.
const TOKEN = 'disk-full-test-token-0123456789abc';
const REGION = 'GM0153';
const BACK = { timeout: 60_000, interval: 100 };

function tryMount(dir: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const dir = mkdtempSync(join(tmpdir(), 'sw-disk-full-'));
const mounted = tryMount(dir);
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null) killGroup(child);
  if (mounted) execFileSync('umount', ['-l', dir]);
  rmSync(dir, { recursive: true, force: true });
});

const start = () =>
  spawnServer({
    env: { DATA_DIR: dir, STATS_TOKEN: TOKEN, STATS_RESERVE_BYTES: String(1 << 20) },
    detached: true,
    track: children,
  });
const healthStatus = async (server: ServerProcess) => (await fetch(`${server.url}/api/health`)).status;
const screenings = (server: ServerProcess) => aioScreenings(server.url, TOKEN, REGION).catch(() => -1);
const post = async (server: ServerProcess, count: number) =>
  Promise.all(Array.from({ length: count }, () => postScreening(server.url, { region: REGION })));
/** Signals in the write-ahead log (by id: a line may appear twice). */
const logged = async () => {
  const lines = (await readFile(join(dir, 'stats-wal.jsonl'), 'utf8')).split('\n').filter(Boolean);
  return new Set(
    lines.flatMap((line) => {
      try {
        const record = JSON.parse(line);
        return record.t === 's' ? [record.id] : [];
      } catch {
        return [];
      }
    }),
  ).size;
};
const filler = join(dir, 'filler');
/** Writes zeros until the disk refuses another byte. */
function fillDisk(): void {
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(64 << 10);
  try {
    for (let size = chunk.length; size >= 1; ) {
      try {
        writeSync(fd, chunk, 0, size);
      } catch {
        size = Math.floor(size / 2);
      }
    }
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!mounted)('the local server when its disk is full', { timeout: 240_000 }, () => {
  let first: ServerProcess;
  beforeAll(async () => {
    first = await start();
  });

  it('answers screenings, says degraded, and counts each acknowledged one exactly once when room is back', async () => {
    expect((await post(first, 12)).every((status) => status === 200)).toBe(true);
    await expect.poll(() => screenings(first), BACK).toBe(12);

    fillDisk();
    const whileFull = await post(first, 20);
    expect(whileFull.every((status) => status === 200)).toBe(true);
    await expect.poll(() => healthStatus(first), BACK).toBe(503);
    expect(first.child.exitCode).toBeNull();

    // A crash while the disk is still full, and a start on that disk.
    killGroup(first.child);
    await first.exited;
    const second = await start();
    expect(await healthStatus(second)).toBe(503);
    expect((await post(second, 10)).every((status) => status === 200)).toBe(true);

    await rm(filler);
    await expect.poll(() => screenings(second), BACK).toBe(42);
    await expect.poll(() => healthStatus(second), BACK).toBe(200);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    // Replayed once: a restart counts nothing again, and the log holds nothing left to apply.
    const third = await start();
    expect(await screenings(third)).toBe(42);
    expect(await logged()).toBe(0);
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
  });
});
