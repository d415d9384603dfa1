import type { StatsOp } from './ops';

type Send = (body: string) => Promise<unknown>;

/**
 * Where the API Lambda hands statistics writes that the table did not take: one SQS message per
 * screening (`{ ops }`), applied by functions/stats/queue-consumer.ts.
 */
export function sqsFallback(queueUrl: string): (ops: StatsOp[]) => Promise<void> {
  // The SQS client is loaded on the first failure, not in the cold start (its own bundle chunk).
  let send: Promise<Send> | undefined;
  const connect = async (): Promise<Send> => {
    const { SQSClient, SendMessageCommand } = await import('@aws-sdk/client-sqs');
    const client = new SQSClient({ maxAttempts: 3 });
    return (body) => client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body }));
  };
  return async (ops) => {
    send ??= connect();
    await (await send)(JSON.stringify({ ops }));
  };
}
