import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyOps } from '../../functions/stats/apply';
import type { StatsOp } from '../../functions/stats/ops';
import { FileOutbox } from '../../functions/stats/outbox';
import { StatsRecorder } from '../../functions/stats/recorder';
import { visitHasher } from '../../functions/stats/visit-hash';
import { type BackendTable, storageBackends } from './backends';
import { embeddedTable, type TestTable } from './embedded-table';
import { signal, total } from './signals';

const hash = visitHasher('a test secret of some length');
const period = { from: '2026-11', to: '2026-11' };
const writeBehind = (t: BackendTable, outbox = new FileOutbox(join(t.dir, 'outbox.jsonl'))) =>
  new StatsRecorder({
    table: t.table,
    mode: 'write-behind',
    hashSession: hash,
    outbox,
    retryMs: 50,
    maxRetryMs: 200,
  });

/** Polls until `check` holds (counters are readable within seconds, not at once). */
async function eventually(check: () => Promise<boolean>, ms = 10_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Exact counting on both real servers: the embedded one (dynalite) and AWS's DynamoDB Local.
describe.each(storageBackends())('on $name', (backend) => {
  let t: BackendTable;
  beforeAll(() => backend.start());
  afterAll(() => backend.stop());
  beforeEach(async () => {
    t = await backend.table();
  });
  afterEach(() => t.close());

  describe.each(['direct', 'write-behind'] as const)('%s mode', (mode) => {
    // Direct mode (the Lambda) hands a write that still fails after retrying to the queue; here the
    // queue is an array and flush() applies it the way the queue consumer does, so nothing is dropped.
    const recorder = () => {
      if (mode !== 'direct') return writeBehind(t);
      const queue: StatsOp[] = [];
      const direct = new StatsRecorder({
        table: t.table,
        mode,
        hashSession: hash,
        fallback: async (ops) => {
          queue.push(...ops);
        },
      });
      const flush = direct.flush.bind(direct);
      direct.flush = async () => {
        await flush();
        for (let round = 0; queue.length && round < 5; round++) {
          const pending = queue.splice(0);
          queue.push(...(await applyOps(t.table, pending, { guarded: true })));
        }
        expect(queue, 'queued writes the consumer could not apply').toEqual([]);
      };
      return direct;
    };

    it('counts 200 screenings recorded in parallel exactly 200 times', async () => {
      const r = recorder();
      await Promise.all(Array.from({ length: 200 }, () => r.record(signal())));
      await r.flush();
      const cells = await r.read(period);
      expect(total(cells)).toBe(200);
      expect(cells.filter((c) => c.regulation === 'aio')).toEqual([
        expect.objectContaining({ verdict: 'likely', receiving: 'no', region: 'GM0363', screenings: 200 }),
      ]);
    });

    it('counts 50 screenings of one visit, in parallel, as one visit', async () => {
      const r = recorder();
      const sessionId = randomUUID();
      const base = Date.now();
      await Promise.all(Array.from({ length: 50 }, (_, i) => r.record(signal({ sessionId, at: base + i }))));
      await r.flush();
      expect(total(await r.read(period))).toBe(1);
    });

    it('lets a later screening of a visit replace the earlier one, also across items', async () => {
      const r = recorder();
      const sessionId = randomUUID();
      const base = Date.now();
      await r.record(signal({ sessionId, at: base, verdict: 'unknown' }));
      await r.flush();
      const later = signal({ sessionId, at: base + 1, verdict: 'likely' });
      later.dims.household = 'couple';
      await r.record(later);
      await r.record(signal({ sessionId: randomUUID(), at: base + 2, verdict: 'unlikely' }));
      await r.flush();
      const zt = (await r.read(period)).filter((c) => c.regulation === 'zorgtoeslag');
      expect(zt.map(({ verdict, household, screenings }) => ({ verdict, household, screenings }))).toEqual(
        expect.arrayContaining([
          { verdict: 'likely', household: 'couple', screenings: 1 },
          { verdict: 'unlikely', household: 'single', screenings: 1 },
        ]),
      );
      expect(zt).toHaveLength(2);
    });
  });
});

// Stopping the server mid-run is the embedded store's (the local server's outage path).
describe('store outage (write-behind, as the local server runs)', () => {
  let t: TestTable;
  beforeEach(async () => {
    t = await embeddedTable();
  });
  afterEach(() => t.close());

  it('keeps every screening while the store is down and counts each exactly once when it is back', async () => {
    const r = writeBehind(t);
    const sessions = Array.from({ length: 20 }, () => randomUUID());
    let n = 0;
    const base = Date.now();
    const run = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const k = n++;
        // Every fifth screening repeats one of 20 visits: those count once per visit.
        await r.record(signal(k % 5 === 0 ? { sessionId: sessions[k % 20] as string, at: base + k } : {}));
        if (k % 25 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      }
    };
    await run(100);
    await t.store.stop();
    await run(100);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(r.backlog).toBeGreaterThan(0);
    await t.store.start();
    // 200 screenings: 160 without a visit, 40 in visits; visits k%20 ∈ {0,5,10,15} → 4 distinct.
    await eventually(async () => total(await r.read(period).catch(() => [])) === 164);
    await r.flush();
    expect(r.backlog).toBe(0);
    expect(total(await r.read(period))).toBe(164);
  });

  it('keeps what it could not write on disk and applies it after a restart of the server', async () => {
    const outbox = new FileOutbox(join(t.dir, 'outbox.jsonl'));
    const first = writeBehind(t, outbox);
    await t.store.stop();
    await Promise.all(Array.from({ length: 30 }, () => first.record(signal())));
    await first.close();
    expect((await outbox.load()).length).toBeGreaterThan(0);
    await t.store.start();
    const second = writeBehind(t, outbox);
    await second.start();
    await eventually(async () => total(await second.read(period)) === 30);
    await second.close();
    expect(await outbox.load()).toEqual([]);
  });

  it('sends what it cannot write to the fallback (the SQS queue on AWS), before answering', async () => {
    const sent: StatsOp[] = [];
    const r = new StatsRecorder({
      table: t.table,
      mode: 'direct',
      hashSession: hash,
      fallback: async (ops) => {
        sent.push(...ops);
      },
    });
    await t.store.stop();
    const sessionId = randomUUID();
    await r.record(signal({ sessionId }));
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent)).not.toContain(sessionId); // only its keyed hash
    await t.store.start();
  });
});

describe('write-behind batching (batchMs, as the local server runs)', () => {
  let t: TestTable;
  beforeEach(async () => {
    t = await embeddedTable();
  });
  afterEach(() => t.close());

  it('merges what arrives within the interval into one write per item, one swap per visit, exactly', async () => {
    const writes = { cells: 0, swaps: 0 };
    const { table } = t;
    const addCells = table.addCells.bind(table);
    const swapVisit = table.swapVisit.bind(table);
    table.addCells = (...args) => {
      writes.cells++;
      return addCells(...args);
    };
    table.swapVisit = (...args) => {
      writes.swaps++;
      return swapVisit(...args);
    };
    const r = new StatsRecorder({ table, mode: 'write-behind', hashSession: hash, batchMs: 1_000 });
    await r.record(signal()); // written at once: the first write after a quiet spell does not wait
    await new Promise((resolve) => setTimeout(resolve, 50));
    const sessionId = randomUUID();
    const base = Date.now();
    for (let i = 0; i < 300; i++) await r.record(signal(i % 3 ? {} : { sessionId, at: base + i }));
    await r.flush(); // the second write waits out the interval: the 300 are one batch
    // 1 + 200 screenings without a visit, and one visit of 100 screenings.
    expect(total(await r.read(period))).toBe(202);
    expect(writes).toEqual({ cells: 2, swaps: 1 });
    await r.close();
  });
});
