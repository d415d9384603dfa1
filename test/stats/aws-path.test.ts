import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  awsDynamoClient,
  awsStatsRecorder,
  awsStatsTable,
  STATS_DEADLINE_MS,
} from '../../functions/stats/aws';
import { parseCellName } from '../../functions/stats/cells';
import { DynamoStatsTable } from '../../functions/stats/dynamo';
import { silentLogger } from '../../functions/stats/log';
import type { StatsOp } from '../../functions/stats/ops';
import { queueHandler } from '../../functions/stats/queue-consumer';
import type { StatsRecorder } from '../../functions/stats/recorder';
import { QUEUE_DEADLINE_MS } from '../../functions/stats/sqs-fallback';
import { isUpdateItem, startTcpProxy, type TcpProxy } from '../support/tcp-proxy';
import { embeddedTable, type TestTable } from './embedded-table';
import { signal } from './signals';

// The API Lambda's statistics path exactly as awsStats() builds it (client settings, deadline,
// sequenced exactly-once writes), against real dynalite behind a TCP proxy that can hang or drop
// answers; the SQS queue is a list of message bodies in the format sqsFallback sends, applied by
// the queue consumer Lambda's handler.
const period = { from: '2026-11', to: '2026-11' };
let t: TestTable;
let proxy: TcpProxy;
let recorder: StatsRecorder;
let queue: string[];
let direct: DynamoStatsTable;
const consume = () => queueHandler(direct, silentLogger);
const message = (body: string, id: string = randomUUID()) => ({ Records: [{ messageId: id, body }] });

beforeAll(async () => {
  t = await embeddedTable();
  proxy = await startTcpProxy({ port: t.store.port });
});
afterAll(async () => {
  await proxy.close();
  await t.close();
});
beforeEach(async () => {
  proxy.mode = 'forward';
  proxy.dropIf = () => true;
  queue = [];
  const client = awsDynamoClient({
    endpoint: proxy.endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  // A fresh table per test: the same server, a new name.
  const table = awsStatsTable(`aws-${randomUUID().slice(0, 8)}`, client);
  await table.ensureTable();
  direct = new DynamoStatsTable(t.table.client, table.table); // to dynalite, not through the proxy
  recorder = awsStatsRecorder({
    table,
    visitSecret: 'a test secret of some length',
    logger: silentLogger,
    fallback: async (ops: StatsOp[]) => {
      queue.push(JSON.stringify({ ops }));
    },
  });
});
afterEach(() => recorder.close());

/**
 * Screenings counted for one regulation (optionally one verdict): the raw sum over all items and
 * shards, negative cells included (the published reader drops them, which would hide an undercount).
 */
const counts = async (verdict?: string) => {
  let sum = 0;
  for (const item of await direct.readMonths(period.from, period.to))
    for (const [name, value] of Object.entries(item.cells)) {
      const cell = parseCellName(name);
      if (cell?.regulation === 'zorgtoeslag' && (!verdict || cell.verdict === verdict)) sum += value;
    }
  return sum;
};

/** Resolves to 'done', or to 'late' if `work` has not settled within `ms` (a watchdog, not a measurement). */
const within = (work: Promise<unknown>, ms: number) =>
  Promise.race([
    work.then(() => 'done' as const),
    new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), ms).unref()),
  ]);
// Generous: five times what a screening may wait (the deadline plus the queue write's deadline).
const WATCHDOG_MS = 5 * (STATS_DEADLINE_MS + QUEUE_DEADLINE_MS);

describe('AWS path: hard deadline on every DynamoDB call', () => {
  it('a store that accepts and never answers does not hold the screening: the signal goes to the queue', async () => {
    proxy.mode = 'hang';
    const hungBefore = proxy.hung;
    expect(await within(recorder.record(signal()), WATCHDOG_MS)).toBe('done');
    expect(await within(recorder.record(signal({ sessionId: randomUUID() })), WATCHDOG_MS)).toBe('done');
    expect(proxy.hung).toBeGreaterThan(hungBefore);
    expect(queue).toHaveLength(2);
    expect(await counts()).toBe(0);

    // The store is back: the queue consumer applies both, once.
    proxy.mode = 'forward';
    for (const body of queue) expect(await consume()(message(body))).toEqual({ batchItemFailures: [] });
    expect(await counts()).toBe(2);
    // And the recorder writes directly again (under a new writer id: the old one is retired).
    await recorder.record(signal());
    expect(queue).toHaveLength(2);
    expect(await counts()).toBe(3);
  }, 60_000);
});

describe('AWS path: every other DynamoDB call ends at the deadline too', () => {
  it('while the store hangs, the health check says no and a read fails, both in bounded time', async () => {
    proxy.mode = 'hang';
    const hungBefore = proxy.hung;
    const health = recorder.healthy();
    const read = recorder.read(period).then(
      () => 'read',
      (error: Error) => error.name,
    );
    expect(await within(health, WATCHDOG_MS)).toBe('done');
    expect(await health).toBe(false);
    expect(await within(read, WATCHDOG_MS)).toBe('done');
    expect(await read).toBe('StatsDeadlineError');
    expect(proxy.hung).toBeGreaterThan(hungBefore);
  });
});

describe('AWS path: each signal counts exactly once, whatever answers are lost', () => {
  it('an answer dropped after dynalite applied the write: the SDK retry is a no-op', async () => {
    proxy.mode = 'drop-response';
    let drops = 1; // only the first UpdateItem's answer
    proxy.dropIf = (request) => isUpdateItem(request) && drops-- > 0;
    const droppedBefore = proxy.dropped;
    await recorder.record(signal());
    expect(proxy.dropped).toBe(droppedBefore + 1);
    expect(queue).toEqual([]); // the retry found the write applied, nothing went to the queue
    expect(await counts()).toBe(1);
  });

  it('every write answer dropped: the signals go to the queue, replayed twice each, counted once', async () => {
    const sessionId = randomUUID();
    proxy.mode = 'drop-response';
    proxy.dropIf = isUpdateItem;
    const droppedBefore = proxy.dropped;
    await recorder.record(signal({ sessionId }));
    await recorder.record(signal());
    // Both were applied by dynalite (the proxy dropped answers, not requests) and both are queued.
    expect(proxy.dropped).toBeGreaterThan(droppedBefore + 1);
    expect(queue).toHaveLength(2);
    expect(await counts()).toBeGreaterThan(0);

    proxy.mode = 'forward';
    for (const body of queue) {
      expect(await consume()(message(body, 'm1'))).toEqual({ batchItemFailures: [] });
      expect(await consume()(message(body, 'm1'))).toEqual({ batchItemFailures: [] }); // SQS redelivery
    }
    expect(await counts()).toBe(2);

    // The visit's record was written exactly once too: screening it again replaces, never adds.
    await recorder.record(signal({ sessionId, verdict: 'unlikely' }));
    expect(await counts()).toBe(2);
    expect(await counts('unlikely')).toBe(1);
    expect(await counts('likely')).toBe(1);
  });

  it('a queue message applied twice, also after the visit moved on, counts once', async () => {
    const sessionId = randomUUID();
    proxy.mode = 'hang';
    await recorder.record(signal({ sessionId }));
    expect(queue).toHaveLength(1);
    proxy.mode = 'forward';
    const [body = ''] = queue;
    expect(await consume()(message(body))).toEqual({ batchItemFailures: [] });
    expect(await consume()(message(body))).toEqual({ batchItemFailures: [] }); // SQS redelivery
    expect(await counts()).toBe(1);
    await recorder.record(signal({ sessionId, verdict: 'unlikely', at: Date.now() + 1 }));
    expect(await consume()(message(body))).toEqual({ batchItemFailures: [] }); // a late redelivery
    expect(await counts()).toBe(1);
    expect(await counts('unlikely')).toBe(1);
  });

  it('a visit write applied but unanswered, then a later screening of the visit before the replay: still one visit', async () => {
    const sessionId = randomUUID();
    proxy.mode = 'drop-response';
    proxy.dropIf = isUpdateItem;
    await recorder.record(signal({ sessionId })); // the swap is applied, its answer never arrives
    expect(queue).toHaveLength(1);
    proxy.mode = 'forward';
    // The next screening replaces the first one's contribution (−1 where nothing was added yet)…
    await recorder.record(signal({ sessionId, verdict: 'unlikely', at: Date.now() + 1 }));
    // …and the replay of the first then adds it, once, however often it is delivered.
    const [body = ''] = queue;
    expect(await consume()(message(body))).toEqual({ batchItemFailures: [] });
    expect(await consume()(message(body))).toEqual({ batchItemFailures: [] });
    expect(await counts('likely')).toBe(0);
    expect(await counts('unlikely')).toBe(1);
    expect(await counts()).toBe(1);
  });
});
