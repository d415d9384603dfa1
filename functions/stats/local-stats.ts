import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DynamoStatsTable } from './dynamo';
import { type EmbeddedStore, embeddedClient, startEmbeddedStore } from './embedded';
import type { Logger } from './log';
import { FileOutbox } from './outbox';
import { StatsRecorder } from './recorder';
import { visitHasher } from './visit-hash';

export const LOCAL_TABLE = 'steunwijzer-stats';
const SWEEP_EVERY_MS = 10 * 60_000;

export interface LocalStats {
  recorder: StatsRecorder;
  table: DynamoStatsTable;
  embedded: EmbeddedStore;
  close(): Promise<void>;
}

/**
 * The local server's statistics: dynalite on disk in `<dataDir>/dynamo`, the outbox in
 * `<dataDir>/outbox.jsonl`, and the visit-hash secret in `<dataDir>/visit-secret` (kept, so a
 * visit that spans a restart still counts once).
 */
export async function openLocalStats(options: {
  dataDir: string;
  logger?: Logger;
  retryMs?: number;
}): Promise<LocalStats> {
  await mkdir(join(options.dataDir, 'dynamo'), { recursive: true });
  const embedded = await startEmbeddedStore({ path: join(options.dataDir, 'dynamo') });
  const client = embeddedClient(embedded.endpoint);
  const table = new DynamoStatsTable(client, LOCAL_TABLE);
  await table.ensureTable();
  const recorder = new StatsRecorder({
    table,
    mode: 'write-behind',
    // Counters land within a tenth of a second; under load that is one write per item per batch.
    batchMs: 100,
    hashSession: visitHasher(await visitSecret(options.dataDir)),
    outbox: new FileOutbox(join(options.dataDir, 'outbox.jsonl')),
    ...(options.retryMs ? { retryMs: options.retryMs } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  await recorder.start();
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
