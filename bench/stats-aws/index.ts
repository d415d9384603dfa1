/**
 * The AWS statistics path (functions/stats/aws.ts) measured against dynalite, not DynamoDB: the
 * deadline behind a store that never answers, and what the exactly-once counter write costs.
 * Writes the "## Statistics, AWS path (dynalite figures)" section of docs/benchmarks.md. Run with
 * `npm run bench -- stats-aws`. The figures describe dynalite on this machine; DynamoDB's limits
 * (per-partition write units) are in docs/adr/0011-aws-statistics-deadline-and-idempotency.md.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import {
  awsDynamoClient,
  awsStatsRecorder,
  awsStatsTable,
  STATS_DEADLINE_MS,
} from '../../functions/stats/aws';
import { itemKey } from '../../functions/stats/cells';
import { counterKey, DynamoStatsTable } from '../../functions/stats/dynamo';
import { embeddedClient, startEmbeddedStore } from '../../functions/stats/embedded';
import { silentLogger } from '../../functions/stats/log';
import { readCounts } from '../../functions/stats/read-counts';
import { signal, total } from '../../test/stats/signals';
import { startTcpProxy } from '../../test/support/tcp-proxy';
import { writeSection } from '../write-section';

const period = { from: '2026-11', to: '2026-11' };
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;
const pct = (v: number[], p: number) => [...v].sort((a, b) => a - b)[Math.floor((v.length - 1) * p)] ?? 0;
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** DynamoDB's item size rule, approximately: name bytes + value bytes (a number: ~1 + digits/2). */
const itemBytes = (item: Record<string, AttributeValue>) =>
  Object.entries(item).reduce((sum, [name, value]) => {
    const size =
      value.S !== undefined ? value.S.length : value.N !== undefined ? 1 + Math.ceil(value.N.length / 2) : 8;
    return sum + name.length + size;
  }, 0);

const dir = await mkdtemp(join(tmpdir(), 'sw-bench-aws-'));
const store = await startEmbeddedStore({ path: join(dir, 'dynamo') });
const proxy = await startTcpProxy({ port: store.port });
const direct = embeddedClient(store.endpoint);
const client = awsDynamoClient({
  endpoint: proxy.endpoint,
  region: 'eu-west-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
const lines: string[] = [];
try {
  const newTable = async () => {
    const table = awsStatsTable(`bench-${randomUUID().slice(0, 8)}`, client);
    await table.ensureTable();
    return { table, reader: new DynamoStatsTable(direct, table.table) };
  };
  const recorderFor = (table: DynamoStatsTable, queue: string[]) =>
    awsStatsRecorder({
      table,
      visitSecret: 'bench secret of some length',
      logger: silentLogger,
      fallback: async (ops) => {
        queue.push(JSON.stringify({ ops }));
      },
    });

  // 1. The deadline: a store that accepts and never answers.
  {
    const { table } = await newTable();
    const queue: string[] = [];
    const r = recorderFor(table, queue);
    proxy.mode = 'hang';
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await r.record(signal());
      waits.push(performance.now() - start);
    }
    proxy.mode = 'forward';
    await r.close();
    lines.push(
      `- **Deadline** (${STATS_DEADLINE_MS} ms), store accepts and never answers: a screening's signal ` +
        `waited ${ms(median(waits))} median, ${ms(Math.max(...waits))} max (5 runs), then went to the queue ` +
        `(${queue.length}/5; the queue write itself is an in-memory stand-in here).`,
    );
  }

  // 2. One writer (one Lambda instance): sequential screenings, as a Lambda writes them.
  const N = 500;
  {
    const { table, reader } = await newTable();
    const queue: string[] = [];
    const r = recorderFor(table, queue);
    const lat: number[] = [];
    const start = performance.now();
    for (let i = 0; i < N; i++) {
      const t0 = performance.now();
      await r.record(signal());
      lat.push(performance.now() - t0);
    }
    const secs = (performance.now() - start) / 1000;
    await r.close();
    const counted = total(await readCounts(reader, period));
    lines.push(
      `- **One writer**, ${N} screenings one after the other (no visit: one conditional UpdateItem each): ` +
        `${(N / secs).toFixed(0)}/s, p50 ${ms(pct(lat, 0.5))}, p99 ${ms(pct(lat, 0.99))}; counted ${counted} of ${N}` +
        `${queue.length ? `, ${queue.length} queued` : ''}.`,
    );
  }

  // 3. The condition's cost: the same item, plain ADD vs ADD + writer number under the condition.
  {
    const { table } = await newTable();
    const deltas = Object.fromEntries(signal().cells.map((_c, i) => [`c${i}.l.n.x`, 1]));
    const plain: number[] = [];
    const seq: number[] = [];
    for (let i = 1; i <= N; i++) {
      let t0 = performance.now();
      await table.addCells('2026-11', 'bench', deltas, 0);
      plain.push(performance.now() - t0);
      t0 = performance.now();
      await table.addCellsSeq('2026-11', 'bench2', deltas, 0, `aaaaaaaaaaaa:${i}`);
      seq.push(performance.now() - t0);
    }
    lines.push(
      `- **The condition's cost**, ${N} writes to one item each: plain \`ADD\` ${ms(median(plain))} median, ` +
        `\`ADD\` + \`SET q_<writer>\` under \`#q < :n\` ${ms(median(seq))} median.`,
    );
  }

  // 4. Many writers (Lambda instances) at once, and what their numbers do to an item's size.
  {
    const { table, reader } = await newTable();
    const WRITERS = 10;
    const queue: string[] = [];
    const rs = Array.from({ length: WRITERS }, () => recorderFor(table, queue));
    const start = performance.now();
    await Promise.all(
      rs.map(async (r) => {
        for (let i = 0; i < N / WRITERS; i++) await r.record(signal()); // N is a multiple of WRITERS
      }),
    );
    const secs = (performance.now() - start) / 1000;
    await Promise.all(rs.map((r) => r.close()));
    const counted = total(await readCounts(reader, period));
    const items: Record<string, AttributeValue>[] = [];
    for (let shard = 0; shard < table.shards; shard++) {
      const { month, ...dims } = signal().dims;
      const key = counterKey(month, itemKey(dims), shard);
      const out = await direct.send(
        new QueryCommand({
          TableName: table.table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': key.pk },
        }),
      );
      items.push(...(out.Items ?? []));
    }
    const sizes = items.map(itemBytes);
    const writerBytes = items.map((item) =>
      Object.entries(item)
        .filter(([name]) => name.startsWith('q_'))
        .reduce((sum, [name, value]) => sum + itemBytes({ [name]: value }), 0),
    );
    const perWriter = writerBytes.reduce((a, b) => a + b, 0) / WRITERS;
    lines.push(
      `- **${WRITERS} writers at once**, ${N} screenings in all: ${(N / secs).toFixed(0)}/s (dynalite's own ceiling ` +
        `on this machine, one process); counted ${counted} of ${N}. They wrote ${items.length} item(s) (one shard per ` +
        `writer), ${Math.max(...sizes)} bytes the largest, of which each writer's number takes ~${perWriter.toFixed(0)} bytes.`,
    );
  }
} finally {
  await proxy.close();
  direct.destroy();
  client.destroy();
  await store.stop();
  await rm(dir, { recursive: true, force: true });
}

const body = `Measured against **dynalite** (the embedded store), not DynamoDB, through a loopback TCP proxy,
on ${cpus().length} shared cores (load ${loadavg()[0]?.toFixed(1)}), ${new Date().toISOString().slice(0, 10)}.
These are dynalite figures: they show the shape (the deadline holds, the condition costs little,
counts are exact), not DynamoDB's latency or limits. \`npm run bench -- stats-aws\`.

${lines.join('\n')}`;
writeSection('Statistics, AWS path (dynalite figures)', body);
process.stdout.write(`${body}\n`);
