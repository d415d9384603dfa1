import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/app';
import { silentLogger } from '../../functions/stats/log';
import { FileOutbox } from '../../functions/stats/outbox';
import { StatsRecorder } from '../../functions/stats/recorder';
import { visitHasher } from '../../functions/stats/visit-hash';
import { embeddedTable, type TestTable } from '../stats/embedded-table';

// The local server's wiring (write-behind recorder with a file outbox) behind the real app; the
// embedded store is stopped in the middle of a run of screenings and started again.
let t: TestTable;
let app: ReturnType<typeof createApp>;
let recorder: StatsRecorder;
const TOKEN = 'outage-test-token-0123456789';

beforeAll(async () => {
  t = await embeddedTable();
  recorder = new StatsRecorder({
    table: t.table,
    mode: 'write-behind',
    hashSession: visitHasher('outage test secret, long enough'),
    outbox: new FileOutbox(join(t.dir, 'outbox.jsonl')),
    retryMs: 100,
    maxRetryMs: 500,
  });
  await recorder.start();
  app = createApp({
    store: recorder,
    statsToken: TOKEN,
    now: () => new Date('2026-11-24T10:00:00Z'),
    logger: silentLogger,
  });
});
afterAll(async () => {
  await recorder.close();
  await t.close();
});

const screen = (body: unknown) =>
  app.request('/api/screen', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const health = async () => (await app.request('/api/health')).status;
const counted = async () => {
  const res = await app.request('/api/stats?from=2026-11&to=2026-11', {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  if (res.status !== 200) return -1;
  const { rows } = (await res.json()) as { rows: { regulation: string; screenings: number | null }[] };
  return rows.filter((r) => r.regulation === 'aio').reduce((s, r) => s + (r.screenings ?? 0), 0);
};

describe('a store outage in the middle of a run', () => {
  it('answers every screening 200, and counts each exactly once when the store is back', async () => {
    const sessions = Array.from({ length: 10 }, () => randomUUID());
    const statuses: number[] = [];
    const run = async (from: number, to: number) => {
      await Promise.all(
        Array.from({ length: to - from }, async (_, i) => {
          const n = from + i;
          // Every fourth screening belongs to a visit; n % 10 then takes 5 distinct values.
          const body =
            n % 4 === 0 ? { sessionId: sessions[n % 10], answers: { age: 70 } } : { answers: { age: 70 } };
          statuses.push((await screen(body)).status);
        }),
      );
    };
    await run(0, 100);
    await t.store.stop();
    const stopping = run(100, 200);
    const degraded = await app.request('/api/health');
    expect(degraded.status).toBe(503);
    expect(await degraded.json()).toEqual({
      status: 'degraded',
      error: { code: 'unavailable', message: expect.any(String), issues: [] },
    });
    await stopping;
    expect(
      await app.request('/api/stats?from=2026-11&to=2026-11', {
        headers: { authorization: `Bearer ${TOKEN}` },
      }),
    ).toHaveProperty('status', 503);
    await t.store.start();
    expect(statuses).toHaveLength(200);
    expect(statuses.every((s) => s === 200)).toBe(true);
    // 150 screenings without a visit, and 50 in 5 visits that count once each.
    const expected = 150 + 5;
    const end = Date.now() + 30_000;
    while ((await counted()) !== expected && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    expect(await counted()).toBe(expected);
    await recorder.flush();
    expect(recorder.backlog).toBe(0);
    expect(await counted()).toBe(expected);
    expect(await health()).toBe(200);
  });
});
