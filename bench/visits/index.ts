/**
 * `npm run bench -- visits`: new visits at a sustained rate, and how long until they are counted.
 * The local server (`tsx functions/api/server.ts`, as `npm start` runs it) gets N screenings a second
 * for ~20 s, each with a fresh sessionId (so every one creates a visit record), from autocannon in an
 * open loop (`overallRate`). Meanwhile GET /api/stats is read every 250 ms: the lag at a reading is
 * how long ago the oldest screening not yet counted was sent (0 when all sent are counted). After the
 * last request, the time until every screening answered 200 is counted. Writes the "## Statistics,
 * new visits per second (local server)" section of docs/benchmarks.md.
 *
 * Env: VISITS_RATES (default "1000,3000"), VISITS_SECONDS (20), WORKERS (2), VISITS_LABEL (a note
 * for the table, e.g. "before"), VISITS_APPEND=1 keeps the rows already in the section.
 */

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { applyBatch, VISIT_TTL_SECONDS } from '../../functions/stats/apply';
import { cellName, itemKey } from '../../functions/stats/cells';
import { monthOf, REGULATION_IDS } from '../../functions/stats/dimensions';
import { DynamoStatsTable } from '../../functions/stats/dynamo';
import { embeddedClient, startEmbeddedStore } from '../../functions/stats/embedded';
import type { ScreeningOp } from '../../functions/stats/ops';
import { PROFILES, startBenchServer, TOKEN } from '../api/load';
import { writeSection } from '../write-section';

const TITLE = 'Statistics, new visits per second (local server)';
const TARGET_LAG_MS = 5_000;
const rates = (process.env.VISITS_RATES ?? '1000,3000').split(',').map(Number);
const seconds = Number(process.env.VISITS_SECONDS ?? 20);
const workers = Number(process.env.WORKERS ?? 2);
const label = process.env.VISITS_LABEL ?? '';
const month = monthOf(new Date());

interface Run {
  label: string;
  workers: number;
  rate: number;
  perSecond: number;
  sent: number;
  ok: number;
  errors: number;
  p50: number;
  p99: number;
  maxLagMs: number;
  /** The lag at the last reading before the load ended: what a sustained run settles to. */
  endLagMs: number;
  /** After the last request: until everything answered 200 is counted. */
  drainMs: number;
  counted: number;
  load: [string, string];
  cpuMicros: number | null;
}

async function counted(url: string, region: string): Promise<number> {
  const res = await fetch(`${url}/api/stats?from=${month}&to=${month}&groupBy=region`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  const { rows } = (await res.json()) as {
    rows: { regulation: string; region: string; screenings: number | null }[];
  };
  return rows
    .filter((r) => r.regulation === 'aio' && r.region === region)
    .reduce((sum, r) => sum + (r.screenings ?? 0), 0);
}

async function run(rate: number, region: string): Promise<Run> {
  const server = await startBenchServer(workers);
  try {
    // Warm-up: JIT, LevelDB files, keep-alive sockets (its own region).
    await drive(server.url, 'GM7001', Math.min(rate, 1_000), 3, []);
    const load1 = loadavg()[0]?.toFixed(1) ?? '';
    const cpuBefore = server.cpuSeconds();
    const sentAt: number[] = [];
    let maxLagMs = 0;
    let lastLag = 0;
    let polling = true;
    const lagOf = (n: number, now: number) => (n >= sentAt.length ? 0 : now - (sentAt[n] ?? now));
    const poller = (async () => {
      while (polling) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        const n = await counted(server.url, region).catch(() => -1);
        if (n < 0 || !polling) continue;
        lastLag = lagOf(n, Date.now());
        maxLagMs = Math.max(maxLagMs, lastLag);
      }
    })();
    const started = performance.now();
    const result = await drive(server.url, region, rate, seconds, sentAt);
    const elapsed = (performance.now() - started) / 1000;
    polling = false;
    await poller;
    const endLagMs = lastLag;
    const cpuAfter = server.cpuSeconds();
    const ended = Date.now();
    const ok = result['2xx'];
    let n = 0;
    while (Date.now() - ended < 120_000) {
      n = await counted(server.url, region);
      maxLagMs = Math.max(maxLagMs, lagOf(n, Date.now()));
      if (n >= ok) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const drainMs = Date.now() - ended;
    return {
      label,
      workers,
      rate,
      perSecond: Math.round(ok / elapsed),
      sent: sentAt.length,
      ok,
      errors: result.errors + result.timeouts + result.non2xx,
      p50: result.latency.p50,
      p99: result.latency.p99,
      maxLagMs,
      endLagMs,
      drainMs,
      counted: n,
      load: [load1, loadavg()[0]?.toFixed(1) ?? ''],
      cpuMicros:
        cpuBefore === null || cpuAfter === null ? null : Math.round(((cpuAfter - cpuBefore) * 1e6) / ok),
    };
  } finally {
    await server.stop();
  }
}

function drive(url: string, region: string, rate: number, duration: number, sentAt: number[]) {
  return autocannon({
    url,
    // Enough connections that the rate, not the answers, sets the pace (an open loop up to ~0.1 s).
    connections: Math.max(20, Math.ceil(rate / 10)),
    overallRate: rate,
    duration,
    timeout: 30,
    sampleInt: 50,
    requests: [
      {
        method: 'POST',
        path: '/api/screen',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          const n = sentAt.length;
          sentAt.push(Date.now());
          return {
            ...request,
            body: JSON.stringify({
              channel: 'citizen',
              region,
              sessionId: randomUUID(),
              answers: PROFILES[n % PROFILES.length],
            }),
          };
        },
      },
    ],
  });
}

/**
 * The writer alone against the embedded store (no HTTP, no log): batches of new visits applied as
 * applyBatch does now, and as it did before (one conditional UpdateItem per visit, 16 at a time,
 * then the counters), alternating, on one store.
 */
async function writerAlone(batchSize: number, batches: number) {
  const dir = await mkdtemp(join(tmpdir(), 'sw-bench-writer-'));
  const store = await startEmbeddedStore({ path: join(dir, 'dynamo') });
  const client = embeddedClient(store.endpoint);
  const table = new DynamoStatsTable(client, 'stats');
  await table.ensureTable();
  const k = itemKey({ channel: 'citizen', region: 'GM0363', ageBand: '27-66', household: 'single' });
  const c = REGULATION_IDS.map((regulation) =>
    cellName({ regulation, verdict: 'likely', receiving: 'no', reason: null }),
  );
  const newVisits = (): ScreeningOp[] =>
    Array.from({ length: batchSize }, () => ({
      t: 's',
      id: randomUUID(),
      month,
      k,
      c,
      at: Date.now(),
      v: randomUUID().replaceAll('-', ''),
    }));
  const perVisit = async (ops: ScreeningOp[], n: number) => {
    let next = 0;
    const worker = async () => {
      for (let op = ops[next++]; op; op = ops[next++]) {
        await table.swapVisit(op.v ?? '', op.month, {
          k,
          c,
          at: op.at,
          w: op.id,
          expiresAt: Math.floor(op.at / 1000) + VISIT_TTL_SECONDS,
        });
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    await table.addCellsForBatch(month, k, Object.fromEntries(c.map((cell) => [cell, ops.length])), 0, n);
  };
  const ms = { bulk: 0, perVisit: 0 };
  try {
    for (let i = 0; i < batches; i++) {
      let started = performance.now();
      await applyBatch(table, newVisits(), 2 * i + 1);
      ms.bulk += performance.now() - started;
      started = performance.now();
      await perVisit(newVisits(), 2 * i + 2);
      ms.perVisit += performance.now() - started;
    }
  } finally {
    client.destroy();
    await store.stop();
    await rm(dir, { recursive: true, force: true });
  }
  const rate = (total: number) => Math.round((batchSize * batches * 1000) / total);
  return {
    batchSize,
    batches,
    bulk: rate(ms.bulk),
    perVisit: rate(ms.perVisit),
    load: loadavg()[0]?.toFixed(1),
  };
}

const writer = await writerAlone(300, 10);
process.stdout.write(`${JSON.stringify(writer)}\n`);

const runs: Run[] = [];
for (const [i, rate] of rates.entries()) {
  const result = await run(rate, `GM80${String(i).padStart(2, '0')}`); // a fresh server each run
  process.stdout.write(`${JSON.stringify(result)}\n`);
  runs.push(result);
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rows = runs.map(
  (r) =>
    `| ${new Date().toISOString().slice(0, 16).replace('T', ' ')} | ${r.label} | ${r.workers} | ${r.rate.toLocaleString('en')} | ${r.perSecond.toLocaleString('en')} | ${r.p50} ms / ${r.p99} ms | ${r.errors} | ${s(r.endLagMs)} | ${s(r.maxLagMs)} | ${s(r.drainMs)} | ${r.counted.toLocaleString('en')} (200s ${r.ok.toLocaleString('en')}, sent ${r.sent.toLocaleString('en')}) | ${r.cpuMicros ?? '–'} µs | ${r.load[0]} → ${r.load[1]} | ${r.maxLagMs <= TARGET_LAG_MS && r.counted >= r.ok && r.counted <= r.sent && r.perSecond >= r.rate * 0.95 ? 'yes' : '**no**'} |`,
);
const header = [
  '| measured (UTC) | code | workers | asked/s | 200s/s | p50 / p99 | errors | lag at end of load | max lag | drain after load | counted | server CPU per screening | load average (1 min) before → after | ≤ 5 s, rate held |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
];
/** The rows of the section's two tables kept from earlier runs (VISITS_APPEND=1): by their column count. */
const existing = (() => {
  if (!process.env.VISITS_APPEND) return { load: [], writer: [] };
  const text = readFileSync(new URL('../../docs/benchmarks.md', import.meta.url), 'utf8');
  const start = text.indexOf(`## ${TITLE}`);
  if (start < 0) return { load: [], writer: [] };
  const end = text.indexOf('\n## ', start + 3);
  const lines = text
    .slice(start, end < 0 ? undefined : end)
    .split('\n')
    .filter((line) => /^\| \d{4}-/.test(line));
  const columns = (line: string) => line.split('|').length - 2;
  return {
    load: lines.filter((line) => columns(line) === 14),
    writer: lines.filter((line) => columns(line) === 5),
  };
})();
const writerRow = `| ${new Date().toISOString().slice(0, 16).replace('T', ' ')} | ${label} | ${writer.bulk.toLocaleString('en')} new visits/s | ${writer.perVisit.toLocaleString('en')}/s | ${writer.load} |`;
writeSection(
  TITLE,
  `
\`npm run bench -- visits\` (bench/visits/): the local server as \`npm start\` runs it (\`WORKERS\` HTTP workers
beside the one statistics writer, embedded dynalite in its own process, JSON request logs on), on this machine:
${cpus().length} shared cores, Node ${process.version}. autocannon in the benchmark process (same two cores) sends
the asked rate for ${seconds} s in an open loop (\`overallRate\`), every screening with a fresh sessionId, so each
one creates a visit record. GET /api/stats is read every 250 ms during the load: the lag at a reading is how
long ago the oldest screening not yet counted was sent. "Drain" is the time from the last request until every
screening answered 200 is counted; a screening still in flight when the load stopped may be counted too, so
the count is right when it lies between the 200s and the requests sent. Other agents' work shares the cores: the load average is given, and
figures move by tens of percent between runs. Target: counts readable within ${TARGET_LAG_MS / 1000} s at a sustained
3,000 new visits/s.

${header.join('\n')}
${[...existing.load, ...rows].join('\n')}

The writer alone (no HTTP, no log): ${writer.batches} batches of ${writer.batchSize} new visits each against the
embedded store, the two ways alternating on one store (\`writerAlone\`): the visit records read and written in bulk
(\`applyBatch\`; with the code before 308fbce that is the per-visit way too), and one conditional UpdateItem per visit,
16 at a time (the way before).

| measured (UTC) | code | \`applyBatch\` | one UpdateItem per visit | load average |
|---|---|---|---|---|
${[...existing.writer, writerRow].join('\n')}

What this says and what the limit is: docs/adr/0010-durable-local-statistics.md, "Throughput".
`,
);
