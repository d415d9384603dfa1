import { applyOps } from './apply';
import { awsStatsTable } from './aws';
import type { DynamoStatsTable } from './dynamo';
import { errorName, jsonLogger, type Logger } from './log';
import { isStatsOp } from './ops';

/** The parts of an SQS event this consumer reads (no @types/aws-lambda needed). */
interface SqsEvent {
  Records: { messageId: string; body: string }[];
}

/**
 * Applies counter writes that the API could not write (SQS, batch item failures reported, so only
 * failed messages return and after maxReceiveCount go to the dead-letter queue). Idempotent: each op
 * keeps the signal's id, so a redelivered message, or a signal the API's late request did write
 * after all, finds its visit write and its writer's number (or, for older messages, its guard)
 * already there and counts nothing twice.
 */
export const queueHandler = (table: DynamoStatsTable, logger: Logger) => async (event: SqsEvent) => {
  const batchItemFailures: { itemIdentifier: string }[] = [];
  for (const record of event.Records) {
    let ops: unknown[];
    try {
      const body = JSON.parse(record.body) as { ops?: unknown };
      ops = Array.isArray(body.ops) ? body.ops : [];
    } catch {
      logger.error('stats queue message unreadable', { messageId: record.messageId });
      continue; // retrying cannot make it readable
    }
    const valid = ops.filter(isStatsOp);
    try {
      const failed = await applyOps(table, valid, { guarded: true });
      if (failed.length) batchItemFailures.push({ itemIdentifier: record.messageId });
    } catch (error) {
      logger.error('stats queue apply failed', { messageId: record.messageId, error: errorName(error) });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
};

export const handler = queueHandler(awsStatsTable(process.env.STATS_TABLE ?? ''), jsonLogger());
