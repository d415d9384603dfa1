import cluster, { type Worker } from 'node:cluster';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { DynamoStatsTable } from '../stats/dynamo';
import { embeddedClient } from '../stats/embedded';
import { ForwardedStats } from '../stats/forwarded-stats';
import { LOCAL_TABLE, openLocalStats } from '../stats/local-stats';
import type { Logger } from '../stats/log';
import type { ScreeningSignal } from '../stats/signal';
import { createApp } from './app';
import { listenHttp } from './http-server';

/**
 * `npm start` on a machine with more than one core: one primary process owns the statistics
 * (the embedded store, the one StatsRecorder with its write-behind queue and outbox) and HTTP
 * workers share the port, each with the web app, the API and the rules. A worker hands each
 * screening's signal to the primary over IPC, so every count still goes through one writer.
 */
export interface ClusterOptions {
  workers: number;
  port: number;
  host: string;
  dataDir: string;
  statsToken: string;
  webRoot: string;
  log: boolean;
  rateLimit?: number;
  retryMs?: number;
  /** The module whose `runWorker()` a forked worker runs (functions/api/server.ts). */
  entry: string;
  logger: Logger;
}

interface WorkerConfig {
  port: number;
  host: string;
  statsToken: string;
  webRoot: string;
  endpoint: string;
  log: boolean;
  rateLimit?: number;
}

type ToWorker =
  | { type: 'config'; config: WorkerConfig }
  | { type: 'drain'; budgetMs: number }
  /** The signals of message `seq` are on disk (the write-ahead log). */
  | { type: 'durable'; seq: number };
type ToPrimary =
  | { type: 'ready' }
  | { type: 'listening'; url: string; port: number }
  | { type: 'signals'; seq: number; signals: ScreeningSignal[] };

const WORKER_BUDGET_MS = 2_500;

export async function startCluster(options: ClusterOptions) {
  const stats = await openLocalStats({
    dataDir: options.dataDir,
    logger: options.logger,
    ...(options.retryMs ? { retryMs: options.retryMs } : {}),
  });
  const config: WorkerConfig = {
    port: options.port,
    host: options.host,
    statsToken: options.statsToken,
    webRoot: options.webRoot,
    endpoint: stats.embedded.endpoint,
    log: options.log,
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
  };
  // Workers run server.ts too; from TypeScript sources they need tsx's loader, as the primary had.
  const tsx = options.entry.endsWith('.ts')
    ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href]
    : [];
  cluster.setupPrimary({ exec: options.entry, execArgv: tsx, args: [] });

  let stopping = false;
  const fork = () =>
    new Promise<{ url: string; port: number }>((resolve, reject) => {
      const worker = cluster.fork();
      let listening = false;
      worker.on('message', (message: ToPrimary) => {
        if (message.type === 'signals') {
          const { seq, signals } = message;
          void Promise.all(signals.map((signal) => stats.recorder.record(signal))).then(() => {
            if (worker.isConnected()) worker.send({ type: 'durable', seq } satisfies ToWorker, () => {});
          });
        } else if (message.type === 'ready') worker.send({ type: 'config', config } satisfies ToWorker);
        else if (message.type === 'listening') {
          listening = true;
          resolve({ url: message.url, port: message.port });
        }
      });
      worker.once('exit', (code) => {
        if (!listening) return reject(new Error(`an HTTP worker exited with ${code} while starting`));
        if (stopping) return;
        // A crashed worker is replaced; the primary, its counters and the other workers go on.
        options.logger.error('worker exited, starting another', { code });
        fork().catch(() => {});
      });
    });
  let first: { url: string; port: number };
  try {
    [first] = (await Promise.all(Array.from({ length: options.workers }, fork))) as [
      { url: string; port: number },
    ];
  } catch (error) {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    await stats.close();
    throw error;
  }

  let closing: Promise<void> | null = null;
  const close = () => {
    // Workers finish their requests and hand over their last signals; then the primary writes
    // everything and stops the store: within the 5 s of SIGTERM.
    closing ??= (async () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
      await Promise.all(workers.map(drain));
      await Promise.race([stats.close(), new Promise((done) => setTimeout(done, WORKER_BUDGET_MS - 500))]);
    })();
    return closing;
  };
  return { url: first.url, port: first.port, statsToken: options.statsToken, close };
}

/**
 * Asks a worker to stop; resolves once it has exited (after handing over its last signals), so
 * that no worker outlives the primary when a supervisor waits for the primary alone.
 */
function drain(worker: Worker): Promise<void> {
  return new Promise<void>((resolve) => {
    const kill = setTimeout(() => worker.kill('SIGKILL'), WORKER_BUDGET_MS);
    worker.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    if (worker.isConnected())
      worker.send({ type: 'drain', budgetMs: WORKER_BUDGET_MS - 500 } satisfies ToWorker);
    else worker.kill();
  });
}

/** In a forked worker: waits for its configuration, then serves until the primary says drain. */
export function runWorker(makeLogger: (log: boolean) => { logger: Logger; stop(): void }): void {
  const send = (message: ToPrimary) =>
    new Promise<void>((resolve, reject) =>
      process.send?.(message, undefined, {}, (error) => (error ? reject(error) : resolve())),
    );
  // The primary orchestrates stopping; Ctrl-C reaches the whole process group, the workers included.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => {});
  process.once('disconnect', () => process.exit(0));
  process.once('message', async (message: ToWorker) => {
    if (message.type !== 'config') return;
    const { config } = message;
    const logs = makeLogger(config.log);
    const table = new DynamoStatsTable(embeddedClient(config.endpoint), LOCAL_TABLE);
    // A screening is answered once the primary says its signal is on disk.
    const durable = new Map<number, () => void>();
    let seq = 0;
    process.on('message', (next: ToWorker) => {
      if (next.type === 'durable') durable.get(next.seq)?.();
      if (next.type === 'durable') durable.delete(next.seq);
    });
    process.once('disconnect', () => {
      for (const done of durable.values()) done();
    });
    const handOver = async (signals: ScreeningSignal[]) => {
      const id = ++seq;
      const acked = new Promise<void>((resolve) => durable.set(id, resolve));
      await send({ type: 'signals', seq: id, signals });
      await acked;
    };
    const store = new ForwardedStats(table, handOver, logs.logger);
    const api = createApp({ store, statsToken: config.statsToken, logger: logs.logger });
    const http = await listenHttp({
      api,
      webRoot: config.webRoot,
      port: config.port,
      host: config.host,
      ...(config.rateLimit ? { rateLimit: config.rateLimit } : {}),
    });
    process.on('message', async (next: ToWorker) => {
      if (next.type !== 'drain') return;
      await http.close(next.budgetMs);
      await store.flush();
      logs.stop();
      process.disconnect();
    });
    await send({ type: 'listening', url: http.url, port: http.port });
  });
  // Messages sent before a listener exists are lost: the worker asks for its configuration.
  void send({ type: 'ready' });
}
