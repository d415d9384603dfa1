import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyBatch } from '../../functions/stats/apply';
import { cellName, itemKey } from '../../functions/stats/cells';
import { DurableRecorder } from '../../functions/stats/durable-recorder';
import type { ScreeningOp } from '../../functions/stats/ops';
import { readCounts } from '../../functions/stats/read-counts';
import { visitHasher } from '../../functions/stats/visit-hash';
import { type BackendTable, storageBackends } from './backends';
import { embeddedTable, type TestTable } from './embedded-table';
import { signal, total } from './signals';

const hash = visitHasher('a test secret of some length');
const period = { from: '2026-11', to: '2026-11' };
const open = (t: { table: BackendTable['table']; dir: string }) =>
  DurableRecorder.open({
    table: t.table,
    path: join(t.dir, 'stats-wal.jsonl'),
    hashSession: hash,
    retryMs: 50,
    maxRetryMs: 200,
  });

/** A screening as the log holds it. */
function op(overrides: Partial<ScreeningOp> = {}): ScreeningOp {
  const { month, ...dims } = signal().dims;
  return {
    t: 's',
    id: randomUUID(),
    month,
    k: itemKey(dims),
    c: signal().cells.map(cellName),
    at: Date.now(),
    ...overrides,
  };
}

describe.each(storageBackends())('the durable recorder on $name', (backend) => {
  let t: BackendTable;
  beforeAll(() => backend.start());
  afterAll(() => backend.stop());
  beforeEach(async () => {
    t = await backend.table();
  });
  afterEach(() => t.close());

  it('counts 200 parallel screenings and 50 of one visit exactly (201)', async () => {
    const r = await open(t);
    const sessionId = randomUUID();
    const base = Date.now();
    await Promise.all([
      ...Array.from({ length: 200 }, () => r.record(signal())),
      ...Array.from({ length: 50 }, (_, i) => r.record(signal({ sessionId, at: base + i }))),
    ]);
    await r.flush();
    expect(total(await r.read(period))).toBe(201);
    await r.close();
  });

  it('applies a batch once however often it is applied, whole or after a partial failure', async () => {
    const v = hash(randomUUID());
    const ops = [op(), op(), op({ v, at: 1 }), op({ v, at: 2 })];
    await applyBatch(t.table, ops, 10);
    await applyBatch(t.table, ops, 10);
    expect(total(await readAll(t))).toBe(3);
    // A later batch replaces the visit's screening; replaying the earlier one changes nothing.
    await applyBatch(t.table, [op({ v, at: 3, c: signal({ verdict: 'unlikely' }).cells.map(cellName) })], 11);
    await applyBatch(t.table, ops, 10);
    const cells = await readAll(t);
    expect(total(cells)).toBe(3);
    expect(total(cells.filter((c) => c.verdict === 'likely'))).toBe(2);
  });

  it('counts many new visits and repeats of some in one batch exactly, also when applied again', async () => {
    const unlikely = signal({ verdict: 'unlikely' }).cells.map(cellName);
    const base = Date.now();
    const visits = Array.from({ length: 300 }, () => hash(randomUUID()));
    // One batch: 300 new visits, 50 of them screened twice more (the last time "unlikely"), in an
    // interleaved order, and 40 screenings without a visit.
    const ops = [
      ...visits.slice(0, 50).map((v) => op({ v, at: base + 2, c: unlikely })),
      ...visits.map((v) => op({ v, at: base })),
      ...Array.from({ length: 40 }, () => op()),
      ...visits.slice(0, 50).map((v) => op({ v, at: base + 1 })),
    ];
    await applyBatch(t.table, ops, 20);
    await applyBatch(t.table, ops, 20);
    let cells = await readAll(t);
    expect(total(cells)).toBe(340);
    expect(total(cells.filter((c) => c.verdict === 'unlikely'))).toBe(50);
    // The next batch: 30 of those visits again ("likely" now), 100 new ones; then the same batch again.
    const next = [
      ...visits.slice(0, 30).map((v) => op({ v, at: base + 3 })),
      ...Array.from({ length: 100 }, () => op({ v: hash(randomUUID()), at: base + 3 })),
    ];
    await applyBatch(t.table, next, 21);
    await applyBatch(t.table, next, 21);
    cells = await readAll(t);
    expect(total(cells)).toBe(440);
    expect(total(cells.filter((c) => c.verdict === 'unlikely'))).toBe(20);
    // The visit records keep no exact time: the order value is a whole hour, the TTL too, within days.
    const { Items = [] } = await t.table.client.send(new ScanCommand({ TableName: t.table.table }));
    const records = Items.filter((item) => item.pk?.S?.startsWith('v#'));
    expect(records).toHaveLength(400);
    for (const record of records) {
      expect(Number(record.at?.N) % 3_600_000).toBe(0);
      expect(Number(record.ttl?.N) % 3_600).toBe(0);
      expect(Number(record.ttl?.N) - base / 1000).toBeLessThan(3 * 24 * 3600);
    }
  });

  it('orders a batch against a record written with the time in ms (swapVisit) exactly', async () => {
    const base = Date.now() - 60_000;
    const unlikely = signal({ verdict: 'unlikely' }).cells.map(cellName);
    const [earlier, later] = [hash(randomUUID()), hash(randomUUID())];
    for (const [i, v] of [earlier, later].entries()) {
      const first = op({ v, at: base });
      await t.table.swapVisit(v, first.month, {
        k: first.k,
        c: first.c,
        at: base,
        w: first.id,
        expiresAt: base / 1000 + 3600,
      });
      await applyBatch(t.table, [op()], 28 + i); // stands in for its counters: one screening, "likely"
    }
    // Within the same hour: a screening made before the recorded one is superseded, one after replaces it.
    await applyBatch(
      t.table,
      [op({ v: earlier, at: base - 1, c: unlikely }), op({ v: later, at: base + 1, c: unlikely })],
      30,
    );
    const cells = await readAll(t);
    expect(total(cells)).toBe(2);
    expect(total(cells.filter((c) => c.verdict === 'unlikely'))).toBe(1);
  });

  it('counts 600 new visits recorded at once, 100 of them screened three times, exactly', async () => {
    const r = await open(t);
    const sessions = Array.from({ length: 600 }, () => randomUUID());
    await Promise.all([
      ...sessions.map((sessionId) => r.record(signal({ sessionId }))),
      ...sessions
        .slice(0, 100)
        .flatMap((sessionId) => [
          r.record(signal({ sessionId, at: Date.now() + 1 })),
          r.record(signal({ sessionId, at: Date.now() + 2, verdict: 'unlikely' })),
        ]),
    ]);
    await r.flush();
    const cells = await r.read(period);
    expect(total(cells)).toBe(600);
    expect(total(cells.filter((c) => c.verdict === 'unlikely'))).toBe(100);
    await r.close();
  });

  it('does not replay a batch its log marks applied, and replays the one after it', async () => {
    const path = join(t.dir, 'stats-wal.jsonl');
    // b10 marked applied (here it never was, so a replay would show), b11 batched but not marked.
    const b10 = [op({ v: hash(randomUUID()) })];
    const b11 = [op({ v: hash(randomUUID()) }), op()];
    const lines = [
      ...b10,
      { t: 'b', n: 10, ids: b10.map((o) => o.id) },
      { t: 'a', n: 10 },
      ...b11,
      { t: 'b', n: 11, ids: b11.map((o) => o.id) },
    ];
    await writeFile(path, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
    const r = await open(t);
    await r.flush();
    expect(total(await r.read(period))).toBe(2);
    await r.close();
  });

  it('replays a log whose batches were applied before the crash without counting them twice', async () => {
    const path = join(t.dir, 'stats-wal.jsonl');
    const applied = [op(), op(), op({ v: hash(randomUUID()) })];
    const notYet = [op(), op({ v: hash(randomUUID()) })];
    await applyBatch(t.table, applied, 100);
    // As the kill left it: screenings, the applied batch's line, screenings not yet batched, a torn line.
    const lines = [...applied, { t: 'b', n: 100, ids: applied.map((o) => o.id) }, ...notYet];
    await writeFile(path, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n{"t":"s","id":"x`);
    const r = await open(t);
    await r.flush();
    expect(total(await r.read(period))).toBe(5);
    await r.close();
    const compacted = (await readFile(path, 'utf8')).trim().split('\n');
    expect(compacted).toHaveLength(1); // only the header: the batch number survives
    const again = await open(t);
    await again.close();
    expect(total(await again.read(period))).toBe(5);
  });
});

const readAll = (t: BackendTable) => readCounts(t.table, period);

describe('the durable recorder while the store is down', () => {
  let t: TestTable;
  beforeEach(async () => {
    t = await embeddedTable();
  });
  afterEach(() => t.close());

  it('acknowledges every signal from the log, and counts each once when the store is back', async () => {
    const r = await open(t);
    await Promise.all(Array.from({ length: 20 }, () => r.record(signal())));
    await t.store.stop();
    const sessionId = randomUUID();
    const base = Date.now();
    await Promise.all([
      ...Array.from({ length: 30 }, () => r.record(signal())),
      ...Array.from({ length: 10 }, (_, i) => r.record(signal({ sessionId, at: base + i }))),
    ]);
    await r.flush(); // tries once, fails: all stays in the log
    expect(r.backlog).toBeGreaterThan(0);
    await t.store.start();
    await expect.poll(async () => total(await r.read(period).catch(() => [])), { timeout: 20_000 }).toBe(51);
    await r.flush();
    expect(r.backlog).toBe(0);
    await r.close();
  });

  it('keeps what it could not apply on disk and applies it after a restart', async () => {
    await t.store.stop();
    const first = await open(t); // the log opens without the store
    await Promise.all(Array.from({ length: 30 }, () => first.record(signal())));
    await first.close();
    await t.store.start();
    const second = await open(t);
    await expect
      .poll(async () => total(await second.read(period).catch(() => [])), { timeout: 20_000 })
      .toBe(30);
    await second.close();
    expect((await readFile(join(t.dir, 'stats-wal.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(1);
  });
});
