import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { StatsOp } from './ops';

/**
 * Where the API Lambda hands statistics writes that the table did not take: one SQS message per
 * screening (`{ ops }`), applied by functions/stats/queue-consumer.ts.
 */
export function sqsFallback(queueUrl: string): (ops: StatsOp[]) => Promise<void> {
  const sqs = new SQSClient({ maxAttempts: 3 });
  return async (ops) => {
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify({ ops }) }));
  };
}
