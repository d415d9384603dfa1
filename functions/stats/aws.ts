import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoStatsTable, WRITE_SHARDS } from './dynamo';
import type { Logger } from './log';
import type { StatsOp } from './ops';
import { StatsRecorder } from './recorder';
import { sqsFallback } from './sqs-fallback';
import { visitHasher } from './visit-hash';

/**
 * The hard deadline of one screening's statistics writes on AWS (every DynamoDB call and SDK retry
 * of the signal together): past it the signal goes to SQS. A screening therefore waits at most this
 * plus the queue write (functions/stats/sqs-fallback.ts, its own deadline). docs/adr/0011.
 */
export const STATS_DEADLINE_MS = 1_000;

/**
 * The DynamoDB client of the Lambdas. Each attempt is cut off too (`throwOnRequestTimeout`: without
 * it `requestTimeout` only logs a warning); the recorder's per-signal AbortSignal bounds the whole.
 * `config` is for tests (endpoint, credentials), on top of the production settings.
 */
export function awsDynamoClient(config: DynamoDBClientConfig = {}): DynamoDBClient {
  return new DynamoDBClient({
    maxAttempts: 2,
    requestHandler: {
      connectionTimeout: 500,
      requestTimeout: STATS_DEADLINE_MS,
      throwOnRequestTimeout: true,
    },
    ...config,
  });
}

/** The table as the Lambdas use it: every call, reads and the health check too, ends within the deadline. */
export function awsStatsTable(tableName: string, client = awsDynamoClient()): DynamoStatsTable {
  return new DynamoStatsTable(client, tableName, WRITE_SHARDS, STATS_DEADLINE_MS);
}

/**
 * The statistics recorder of the API Lambda: one request at a time, so each screening is written
 * before the response, within STATS_DEADLINE_MS; what fails or is late goes to `fallback`, where
 * functions/stats/queue-consumer.ts applies it, exactly once, once the table takes writes again.
 */
export function awsStatsRecorder(options: {
  table: DynamoStatsTable;
  fallback: (ops: StatsOp[]) => Promise<void>;
  visitSecret: string;
  logger: Logger;
  deadlineMs?: number;
}): StatsRecorder {
  return new StatsRecorder({
    table: options.table,
    mode: 'direct',
    deadlineMs: options.deadlineMs ?? STATS_DEADLINE_MS,
    hashSession: visitHasher(options.visitSecret),
    fallback: options.fallback,
    logger: options.logger,
  });
}

/** The API Lambda's store: the table STATS_TABLE, the queue STATS_QUEUE_URL. */
export function awsStats(options: { table: string; queueUrl: string; visitSecret: string; logger: Logger }) {
  return awsStatsRecorder({
    table: awsStatsTable(options.table),
    fallback: sqsFallback(options.queueUrl),
    visitSecret: options.visitSecret,
    logger: options.logger,
  });
}
