import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoStatsTable } from '../../functions/stats/dynamo';
import { embeddedClient } from '../../functions/stats/embedded';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local';
import { embeddedTable } from './embedded-table';

/** A fresh statistics table on a real server, with a temp dir (for an outbox) of its own. */
export interface BackendTable {
  table: DynamoStatsTable;
  dir: string;
  close(): Promise<void>;
}

/** A real DynamoDB-compatible server the storage tests run against: start once, many tables. */
export interface StorageBackend {
  name: string;
  start(): Promise<void>;
  table(): Promise<BackendTable>;
  stop(): Promise<void>;
}

/** The embedded store (dynalite), one server per table, exactly as the local server runs it. */
function dynalite(): StorageBackend {
  return {
    name: 'dynalite',
    async start() {},
    table: embeddedTable,
    async stop() {},
  };
}

/** AWS's DynamoDB Local, one in-memory JVM for the file, a new table per test. */
function dynamoDbLocal(): StorageBackend {
  let server: DynamoDbLocal | undefined;
  return {
    name: 'DynamoDB Local',
    async start() {
      server = await startDynamoDbLocal();
    },
    async table() {
      if (!server) throw new Error('DynamoDB Local is not started');
      const dir = await mkdtemp(join(tmpdir(), 'sw-ddbl-'));
      const client = embeddedClient(server.endpoint);
      const table = new DynamoStatsTable(client, `stats-${randomUUID().slice(0, 8)}`);
      await table.ensureTable();
      return {
        table,
        dir,
        async close() {
          client.destroy();
          await rm(dir, { recursive: true, force: true });
        },
      };
    },
    async stop() {
      await server?.stop();
      server = undefined;
    },
  };
}

export const storageBackends = (): StorageBackend[] => [dynalite(), dynamoDbLocal()];
