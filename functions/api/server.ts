import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openLocalStats } from '../stats/local-stats';
import { jsonLogger, type Logger, silentLogger } from '../stats/log';
import { createApp } from './app';
import { runWorker, startCluster } from './cluster';
import { listenHttp } from './http-server';

export interface ServerOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  statsToken?: string;
  webRoot?: string;
  log?: boolean;
  /** Requests per second per client and HTTP process; none when unset (AWS throttles at the edge). */
  rateLimit?: number;
  /** How soon the statistics writer retries after a store failure. */
  retryMs?: number;
  /** HTTP processes: 1 serves everything in this process; more fork workers (functions/api/cluster.ts). */
  workers?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  statsToken: string;
  close(): Promise<void>;
}

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CLOSE_BUDGET_MS = 4_000;

/**
 * The local server of `npm start`: the built web app and the API, with the embedded statistics
 * store on disk. The same app and adapter as on AWS; only the entry differs.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const logs = options.log ? bufferedStdout() : null;
  const logger = logs?.logger ?? silentLogger;
  const settings = {
    port: options.port ?? 8787,
    host: options.host ?? '127.0.0.1',
    dataDir: resolve(options.dataDir ?? '.data'),
    statsToken: options.statsToken || randomBytes(24).toString('base64url'),
    webRoot: resolve(options.webRoot ?? resolve(REPO, 'web/dist')),
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    ...(options.retryMs ? { retryMs: options.retryMs } : {}),
  };
  const workers = options.workers ?? 1;
  if (workers > 1) {
    const running = await startCluster({
      ...settings,
      workers,
      log: !!options.log,
      entry: fileURLToPath(import.meta.url),
      logger,
    });
    return { ...running, close: () => running.close().finally(() => logs?.stop()) };
  }

  const stats = await openLocalStats({
    dataDir: settings.dataDir,
    logger,
    ...(settings.retryMs ? { retryMs: settings.retryMs } : {}),
  });
  const api = createApp({ store: stats.recorder, statsToken: settings.statsToken, logger });
  const { port, host, webRoot, rateLimit } = settings;
  const http = await listenHttp({ api, port, host, webRoot, ...(rateLimit ? { rateLimit } : {}) });
  let closing: Promise<void> | null = null;
  const close = () => {
    // Finish requests in flight, write pending counters, stop the store: within the 5 s of SIGTERM.
    closing ??= (async () => {
      await http.close(CLOSE_BUDGET_MS / 2);
      await Promise.race([stats.close(), new Promise((done) => setTimeout(done, CLOSE_BUDGET_MS / 2))]);
      logs?.stop();
    })();
    return closing;
  };
  return { url: http.url, port: http.port, statsToken: settings.statsToken, close };
}

/**
 * Log lines gathered and written every 100 ms: stdout to a pipe or file is a synchronous write
 * per call on Linux, one per request otherwise. (The Lambda logs unbuffered: it may be frozen
 * right after a response.)
 */
function bufferedStdout(): { logger: Logger; stop(): void } {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length) process.stdout.write(`${pending.join('\n')}\n`);
    pending = [];
  };
  const timer = setInterval(flush, 100);
  timer.unref();
  process.once('exit', flush);
  return {
    logger: jsonLogger((line) => {
      pending.push(line);
      if (pending.length >= 1_000) flush();
    }),
    stop: () => {
      clearInterval(timer);
      process.off('exit', flush);
      flush();
    },
  };
}

/**
 * One process by default, as the contract has it (docs/screening-api.md, "Running it locally");
 * WORKERS=n (n ≤ the cores) runs n HTTP workers beside one statistics writer for more throughput.
 */
function workerCount(): number {
  const asked = Number(process.env.WORKERS ?? 1);
  if (!Number.isInteger(asked) || asked < 1) throw new Error('WORKERS must be a whole number, 1 or more');
  return Math.min(asked, availableParallelism());
}

async function main() {
  const fromEnv = process.env.STATS_TOKEN;
  const running = await startServer({
    port: Number(process.env.PORT ?? 8787),
    host: process.env.HOST ?? '127.0.0.1',
    dataDir: process.env.DATA_DIR ?? '.data',
    ...(fromEnv ? { statsToken: fromEnv } : {}),
    ...(process.env.RATE_LIMIT ? { rateLimit: Number(process.env.RATE_LIMIT) } : {}),
    workers: workerCount(),
    log: true,
  });
  process.stdout.write(`Steunwijzer on ${running.url}\n`);
  if (!fromEnv)
    process.stdout.write(`STATS_TOKEN was not set; the statistics token is: ${running.statsToken}\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), 4_800).unref();
    running.close().then(() => process.exit(0));
  };
  // Kept listening: a Ctrl-C reaches this process from the terminal and again from npm, and a
  // second signal without a listener would end it before the counters are written.
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

const isEntry = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry && cluster.isWorker) {
  runWorker((log) => (log ? bufferedStdout() : { logger: silentLogger, stop() {} }));
} else if (isEntry) {
  main().catch((error) => {
    process.stderr.write(`could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
