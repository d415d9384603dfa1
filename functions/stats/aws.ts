import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoStatsTable } from './dynamo';
import type { Logger } from './log';
import { StatsRecorder } from './recorder';
import { sqsFallback } from './sqs-fallback';
import { visitHasher } from './visit-hash';

/** A short timeout: a slow store must not hold a screening; the write then goes to the queue. */
const dynamo = () =>
  new DynamoDBClient({ maxAttempts: 2, requestHandler: { connectionTimeout: 500, requestTimeout: 1_000 } });

export function awsStatsTable(tableName: string): DynamoStatsTable {
  return new DynamoStatsTable(dynamo(), tableName);
}

/**
 * The statistics store of the API Lambda: one request at a time, so each screening is written
 * before the response; what fails goes to SQS (STATS_QUEUE_URL), where
 * functions/stats/queue-consumer.ts applies it once the table takes writes again.
 */
export function awsStats(options: { table: string; queueUrl: string; visitSecret: string; logger: Logger }) {
  return new StatsRecorder({
    table: awsStatsTable(options.table),
    mode: 'direct',
    hashSession: visitHasher(options.visitSecret),
    fallback: sqsFallback(options.queueUrl),
    logger: options.logger,
  });
}
