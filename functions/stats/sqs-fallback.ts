import type { StatsOp } from './ops';

type Send = (body: string) => Promise<unknown>;

/** The queue write's own deadline: a screening waits at most the store's deadline plus this. */
export const QUEUE_DEADLINE_MS = 2_000;

/**
 * Where the API Lambda hands statistics writes that the table did not take in time: one SQS
 * message per screening (`{ ops }`, each op under the signal's own id), applied by
 * functions/stats/queue-consumer.ts. Rejects after QUEUE_DEADLINE_MS (the signal is then lost, and
 * logged so by the recorder).
 */
export function sqsFallback(queueUrl: string): (ops: StatsOp[]) => Promise<void> {
  // The SQS client is loaded on the first failure, not in the cold start (its own bundle chunk).
  let send: Promise<Send> | undefined;
  const connect = async (): Promise<Send> => {
    const { SQSClient, SendMessageCommand } = await import('@aws-sdk/client-sqs');
    const client = new SQSClient({
      maxAttempts: 3,
      requestHandler: {
        connectionTimeout: 500,
        requestTimeout: QUEUE_DEADLINE_MS,
        throwOnRequestTimeout: true,
      },
    });
    return (body) =>
      client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body }), {
        abortSignal: AbortSignal.timeout(QUEUE_DEADLINE_MS),
      });
  };
  return async (ops) => {
    send ??= connect();
    await (await send)(JSON.stringify({ ops }));
  };
}
