import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoStatsTable } from '../../functions/stats/dynamo';
import { type EmbeddedStore, embeddedClient, startEmbeddedStore } from '../../functions/stats/embedded';

export interface TestTable {
  table: DynamoStatsTable;
  store: EmbeddedStore;
  dir: string;
  close(): Promise<void>;
}

/** A real embedded DynamoDB-compatible server (dynalite on disk in a temp dir), on a free port. */
export async function embeddedTable(): Promise<TestTable> {
  const dir = await mkdtemp(join(tmpdir(), 'sw-stats-'));
  const store = await startEmbeddedStore({ path: join(dir, 'dynamo') });
  const client = embeddedClient(store.endpoint);
  const table = new DynamoStatsTable(client, `stats-${randomUUID().slice(0, 8)}`);
  await table.ensureTable();
  return {
    table,
    store,
    dir,
    async close() {
      client.destroy();
      await store.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
