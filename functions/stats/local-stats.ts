import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyOps } from './apply';
import { DiskReserve } from './disk-reserve';
import { DurableRecorder } from './durable-recorder';
import { DynamoStatsTable } from './dynamo';
import { type EmbeddedStore, embeddedClient, startEmbeddedStore } from './embedded';
import { errorName, type Logger } from './log';
import { FileOutbox } from './outbox';
import { visitHasher } from './visit-hash';

export const LOCAL_TABLE = 'steunwijzer-stats';
const SWEEP_EVERY_MS = 10 * 60_000;
/**
 * Room kept for the log when the disk fills up: 8 MiB holds some 30,000 signals (a line is about
 * 250 bytes). `STATS_RESERVE_BYTES` sets it (the disk-full test uses a small one).
 */
const RESERVE_BYTES = Number(process.env.STATS_RESERVE_BYTES ?? 8 << 20);

export interface LocalStats {
  recorder: DurableRecorder;
  table: DynamoStatsTable;
  embedded: EmbeddedStore;
  close(): Promise<void>;
}

/**
 * The local server's statistics: dynalite on disk in `<dataDir>/dynamo`, the write-ahead log of
 * signals in `<dataDir>/stats-wal.jsonl` (docs/adr/0010-durable-local-statistics.md) with its
 * reserve of disk room `<dataDir>/stats-wal.reserve`, and the visit-hash secret in
 * `<dataDir>/visit-secret` (kept, so a visit that spans a restart still counts once).
 */
export async function openLocalStats(options: {
  dataDir: string;
  logger?: Logger;
  retryMs?: number;
}): Promise<LocalStats> {
  await mkdir(join(options.dataDir, 'dynamo'), { recursive: true });
  const embedded = await startEmbeddedStore({
    path: join(options.dataDir, 'dynamo'),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  const client = embeddedClient(embedded.endpoint);
  const table = new DynamoStatsTable(client, LOCAL_TABLE);
  // A store that fails (full disk, corrupt files) must not stop the server from starting: screenings
  // are answered from the log meanwhile. It may come back empty (its files replaced): make the table
  // again whenever it is back.
  const ensureTable = () =>
    table.ensureTable().catch((error) => {
      options.logger?.warn('stats table not ready, counting waits for the store', {
        error: errorName(error),
      });
    });
  embedded.onRestart(() => void ensureTable());
  await ensureTable();
  await applyLegacyOutbox(table, options.dataDir, options.logger);
  const recorder = await DurableRecorder.open({
    table,
    path: join(options.dataDir, 'stats-wal.jsonl'),
    // Counters land within a tenth of a second; under load that is one write per item per batch.
    batchMs: 100,
    hashSession: visitHasher(await visitSecret(options.dataDir)),
    reserve: new DiskReserve(join(options.dataDir, 'stats-wal.reserve'), RESERVE_BYTES),
    ...(options.retryMs ? { retryMs: options.retryMs } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  const sweep = () => table.sweepExpiredVisits(Math.floor(Date.now() / 1000)).catch(() => 0);
  await sweep();
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  timer.unref();
  return {
    recorder,
    table,
    embedded,
    async close() {
      clearInterval(timer);
      await recorder.close();
      client.destroy();
      await embedded.stop();
    },
  };
}

async function visitSecret(dataDir: string): Promise<string> {
  const path = join(dataDir, 'visit-secret');
  const existing = (await readFile(path, 'utf8').catch(() => '')).trim();
  if (existing.length >= 32) return existing;
  const secret = randomBytes(32).toString('hex');
  await writeFile(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * Writes kept by an earlier version in `<dataDir>/outbox.jsonl` (before the write-ahead log): applied
 * once, guarded, at start; what still fails stays in the file for the next start.
 */
async function applyLegacyOutbox(table: DynamoStatsTable, dataDir: string, logger?: Logger): Promise<void> {
  const outbox = new FileOutbox(join(dataDir, 'outbox.jsonl'));
  const ops = await outbox.load();
  if (!ops.length) return;
  try {
    const failed = await applyOps(table, ops, { guarded: true });
    if (failed.length) await outbox.replace(failed);
    else await rm(outbox.path, { force: true });
    logger?.info('stats legacy outbox applied', { ops: ops.length - failed.length, left: failed.length });
  } catch (error) {
    logger?.warn('stats legacy outbox not applied', { error: errorName(error) });
  }
}
