import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

/**
 * Load test of the local server (`tsx functions/api/server.ts` in its own process, as `npm start`
 * runs it, logs and all) with autocannon on loopback, bounded by a request count. After each run
 * the counters in GET /api/stats must equal what was sent: exact, not approximately.
 */
const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const TOKEN = 'bench-token-0123456789abcdef';

export interface LoadScenario {
  name: string;
  /** A region code of its own, so each run's counters are read apart from the others'. */
  region: string;
  connections: number;
  requests: number;
  /** Screenings per visit (same sessionId); 0 = no sessionId, as a municipality's system sends. */
  perVisit: number;
}

export interface LoadResult extends LoadScenario {
  /** HTTP processes of the server (WORKERS). */
  workers: number;
  perSecond: number;
  /** CPU time the server process used per screening (user + system): what load elsewhere does not change much. */
  cpuMicros: number | null;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  expected: number;
  counted: number;
}

/** Eight households that end in different cells, so no counter is small enough to be suppressed. */
export const PROFILES = [
  { age: 35, partner: false, children: [], netIncomeMonthly: 0, assets: 0, housing: 'rent', rent: 60_000 },
  {
    age: 35,
    partner: true,
    partnerAge: 33,
    children: [{ age: 4 }],
    netIncomeMonthly: 180_000,
    grossIncomeYearly: 2_600_000,
  },
  { age: 70, partner: false, children: [], netIncomeMonthly: 110_000, assets: 500_000, residence: 'eu' },
  { age: 19, partner: false, children: [], studentFinance: false, netIncomeMonthly: 20_000 },
  {
    age: 45,
    partner: false,
    children: [{ age: 10 }, { age: 14 }],
    netIncomeMonthly: 150_000,
    housing: 'rent',
    rent: 80_000,
  },
  { age: 29, partner: false, children: [], netIncomeMonthly: 400_000, grossIncomeYearly: 6_000_000 },
  { age: 67, partner: true, partnerAge: 70, children: [], netIncomeMonthly: 250_000, housing: 'own' },
  {
    age: 52,
    partner: false,
    children: [],
    netIncomeMonthly: 95_000,
    receiving: { zorgtoeslag: false, huurtoeslag: false },
    nonUseReasons: { zorgtoeslag: 'too-complicated' },
  },
];

export interface BenchServer {
  url: string;
  /** CPU seconds the server process has used so far (Linux /proc), or null elsewhere. */
  cpuSeconds(): number | null;
  stop(): Promise<void>;
}

export async function startBenchServer(workers: number): Promise<BenchServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sw-bench-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'functions/api/server.ts'], {
    cwd: REPO,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, STATS_TOKEN: TOKEN, WORKERS: String(workers) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (out.length < 10_000) out += chunk;
      const match = /Steunwijzer on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', () => reject(new Error(`server exited: ${out}`)));
  });
  return {
    url,
    cpuSeconds() {
      // The server and its HTTP workers (functions/api/cluster.ts): the whole process tree.
      try {
        return processTree(child.pid ?? 0).reduce((sum, pid) => sum + cpuOf(pid), 0);
      } catch {
        return null;
      }
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** utime + stime of a process, in seconds (Linux /proc; clock ticks of 10 ms). */
function cpuOf(pid: number): number {
  const fields = statFields(pid);
  return fields ? (Number(fields[11]) + Number(fields[12])) / 100 : 0;
}

function statFields(pid: number | string): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? null;
  } catch {
    return null;
  }
}

function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const parent = Number(statFields(name)?.[1]);
    if (!parent) continue;
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const tree: number[] = [];
  const walk = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) walk(child);
  };
  walk(root);
  return tree;
}

export async function runLoad(
  server: BenchServer & { workers: number },
  scenario: LoadScenario,
  month: string,
): Promise<LoadResult> {
  const { url } = server;
  const cpuBefore = server.cpuSeconds();
  const started = performance.now();
  const { region } = scenario;
  let sent = 0;
  let visit = randomUUID();
  const result = await autocannon({
    url,
    connections: scenario.connections,
    amount: scenario.requests,
    timeout: 30,
    // autocannon notices the end at its next sample tick (1 s by default): tick often, time it here.
    sampleInt: 50,
    requests: [
      {
        method: 'POST',
        path: '/api/screen',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          const n = sent++;
          const body: Record<string, unknown> = {
            channel: 'counter',
            region,
            answers: PROFILES[n % PROFILES.length],
          };
          if (scenario.perVisit > 0) {
            if (n % scenario.perVisit === 0) visit = randomUUID();
            body.sessionId = visit;
          }
          return { ...request, body: JSON.stringify(body) };
        },
      },
    ],
  });
  // Every request sent reaches the server (loopback), also one the client gave up on; visits are
  // numbered in the order requests are sent: screenings n·k … n·k+k−1 are visit n.
  const seconds = (performance.now() - started) / 1000;
  const expected = scenario.perVisit > 0 ? Math.ceil(sent / scenario.perVisit) : sent;
  const cpuAfter = server.cpuSeconds();
  const counted = await settledCount(url, month, region, expected);
  return {
    ...scenario,
    workers: server.workers,
    perSecond: Math.round(result['2xx'] / seconds),
    cpuMicros:
      cpuBefore === null || cpuAfter === null ? null : Math.round(((cpuAfter - cpuBefore) * 1e6) / sent),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    expected,
    counted,
  };
}

/** Screenings counted for one regulation in the region, once the writer has caught up (≤ 30 s). */
async function settledCount(url: string, month: string, region: string, expected: number): Promise<number> {
  const end = Date.now() + 30_000;
  let counted = -1;
  while (Date.now() < end) {
    const res = await fetch(`${url}/api/stats?from=${month}&to=${month}&groupBy=region`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const { rows } = (await res.json()) as {
      rows: { regulation: string; region: string; screenings: number | null }[];
    };
    counted = rows
      .filter((r) => r.regulation === 'aio' && r.region === region)
      .reduce((sum, r) => sum + (r.screenings ?? 0), 0);
    if (counted === expected) return counted;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return counted;
}
