import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandLine, descendants, spawnServer } from '../support/process';

// `tsx functions/api/server.ts` as `npm start` runs it, in its own process: start-up, the printed
// token, SIGTERM with requests in flight, and counters that survive the restart.
let dataDir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sw-process-'));
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

const start = (env: Record<string, string> = {}) =>
  spawnServer({ env: { DATA_DIR: dataDir, ...env }, track: children });

const body = JSON.stringify({ channel: 'counter', region: 'GM0777', answers: { age: 70 } });
const screen = (url: string, text = body) =>
  fetch(`${url}/api/screen`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: text,
  })
    .then((res) => res.status)
    .catch(() => 0); // refused once the server stopped accepting
const screenOnNewConnection = (url: string, text: string) =>
  new Promise<number>((resolve) => {
    const req = request(`${url}/api/screen`, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
    });
    req.once('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('error', () => resolve(0));
    req.end(text);
  });
const aio = async (url: string, token: string, region = 'GM0777') => {
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' })
    .format(new Date())
    .slice(0, 7);
  const res = await fetch(`${url}/api/stats?from=${month}&to=${month}&groupBy=region`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const { rows } = (await res.json()) as {
    rows: { regulation: string; region: string; screenings: number | null }[];
  };
  return rows.filter((r) => r.regulation === 'aio' && r.region === region);
};

describe.each(['1', '2'])('the local server process with WORKERS=%s', { timeout: 90_000 }, (workers) => {
  it('prints a generated token once, counts nothing at start, drains on SIGTERM, keeps counters', async () => {
    const first = await start({ WORKERS: workers, DATA_DIR: join(dataDir, workers) });
    const token = /the statistics token is: (\S+)/.exec(first.output())?.[1] as string;
    expect(token).toMatch(/^[\w-]{24,}$/);
    expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
    expect(await aio(first.url, token)).toEqual([]);

    const before = await Promise.all(Array.from({ length: 12 }, () => screen(first.url)));
    const inFlight = Array.from({ length: 30 }, () => screen(first.url));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const signalled = Date.now();
    first.child.kill('SIGTERM');
    const statuses = [...before, ...(await Promise.all(inFlight))];
    expect(await first.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(5_000);
    expect(statuses.every((s) => s === 200 || s === 0)).toBe(true);
    const answered = statuses.filter((s) => s === 200).length;
    expect(answered).toBeGreaterThanOrEqual(12);

    const second = await start({ STATS_TOKEN: token, WORKERS: workers, DATA_DIR: join(dataDir, workers) });
    expect(second.output()).not.toContain('statistics token is');
    expect(await aio(second.url, token)).toEqual([expect.objectContaining({ screenings: answered })]);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});

// Counters are readable within 5 s of the response (contract); a loaded CI machine needs the margin.
const SETTLED = { timeout: 10_000, interval: 100 };

describe('the local server with two HTTP workers', { timeout: 90_000 }, () => {
  it('counts exactly across workers, one visit per sessionId, and replaces a worker that dies', async () => {
    const token = 'cluster-test-token-0123456789';
    const server = await start({ WORKERS: '2', STATS_TOKEN: token, DATA_DIR: join(dataDir, 'cluster') });
    const region = 'GM0794';
    const text = (extra: object = {}) =>
      JSON.stringify({ channel: 'counter', region, answers: { age: 70 }, ...extra });
    const parallel = await Promise.all(Array.from({ length: 200 }, () => screen(server.url, text())));
    expect(parallel.every((status) => status === 200)).toBe(true);
    const sessionId = '33333333-3333-4333-8333-333333333333';
    const visit = await Promise.all(
      Array.from({ length: 50 }, () => screen(server.url, text({ sessionId }))),
    );
    expect(visit.every((status) => status === 200)).toBe(true);
    await expect.poll(async () => (await aio(server.url, token, region))[0]?.screenings, SETTLED).toBe(201);

    // Both workers answered (their log lines carry their own request-id prefixes).
    const prefixes = new Set([...server.output().matchAll(/"requestId":"([\w-]+)-\w+"/g)].map((m) => m[1]));
    expect(prefixes.size).toBe(2);
    // The primary's children are the HTTP workers and the store process.
    const workers = () =>
      descendants(server.child.pid as number).filter((pid) =>
        commandLine(pid).includes('functions/api/server.ts'),
      );
    const workerPids = workers();
    expect(workerPids).toHaveLength(2);
    process.kill(workerPids[0] as number, 'SIGKILL');
    await expect
      .poll(() => workers().filter((pid) => pid !== workerPids[0]), { timeout: 20_000 })
      .toHaveLength(2);
    // New connections (the ones kept alive to the dead worker are gone with it).
    const after = await Promise.all(
      Array.from({ length: 20 }, () => screenOnNewConnection(server.url, text())),
    );
    expect(after.every((status) => status === 200)).toBe(true);
    await expect.poll(async () => (await aio(server.url, token, region))[0]?.screenings, SETTLED).toBe(221);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
