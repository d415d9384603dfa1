import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { StatsOp } from './ops';

/**
 * Where the API Lambda hands statistics writes that the table did not take: one SQS message per
 * screening (`{ ops }`), applied by functions/stats/queue-consumer.ts.
 */
export function sqsFallback(queueUrl: string): (ops: StatsOp[]) => Promise<void> {
  let sqs: SQSClient | undefined; // made on the first failure, not in the cold start
  return async (ops) => {
    sqs ??= new SQSClient({ maxAttempts: 3 });
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify({ ops }) }));
  };
}
