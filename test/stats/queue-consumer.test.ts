import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsOp } from '../../functions/stats/ops';
import { StatsRecorder } from '../../functions/stats/recorder';
import { embeddedTable, type TestTable } from './embedded-table';
import { signal, total } from './signals';

// The SQS consumer Lambda's handler, run against the embedded store through the AWS SDK's own
// endpoint override, exactly as it runs on AWS against DynamoDB.
let t: TestTable;
let handler: typeof import('../../functions/stats/queue-consumer').handler;
const queued: StatsOp[] = [];
let reader: StatsRecorder;

beforeAll(async () => {
  t = await embeddedTable();
  Object.assign(process.env, {
    STATS_TABLE: t.table.table,
    AWS_ENDPOINT_URL_DYNAMODB: t.store.endpoint,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  ({ handler } = await import('../../functions/stats/queue-consumer'));
  // What the API Lambda sends when the table cannot take a write: produce it for real.
  reader = new StatsRecorder({
    table: t.table,
    mode: 'direct',
    hashSession: (id) => `h-${id.length}`,
    fallback: async (ops) => {
      queued.push(...ops);
    },
  });
  await t.store.stop();
  await reader.record(signal({ sessionId: '11111111-1111-4111-8111-111111111111' }));
  await reader.record(signal());
  await t.store.start();
});
afterAll(() => t.close());

const event = (ops: unknown, id = 'm1') => ({ Records: [{ messageId: id, body: JSON.stringify({ ops }) }] });
const period = { from: '2026-11', to: '2026-11' };

describe('stats queue consumer', () => {
  it('applies queued writes, and a redelivered message counts nothing twice', async () => {
    expect(queued).toHaveLength(2);
    for (const op of queued) {
      expect(await handler(event([op]))).toEqual({ batchItemFailures: [] });
      expect(await handler(event([op]))).toEqual({ batchItemFailures: [] });
    }
    expect(total(await reader.read(period))).toBe(2);
  });

  it('drops a message it can never read instead of retrying it forever', async () => {
    expect(await handler({ Records: [{ messageId: 'bad', body: 'not json' }] })).toEqual({
      batchItemFailures: [],
    });
    expect(await handler(event([{ t: 'x' }]))).toEqual({ batchItemFailures: [] });
  });

  it('reports the message as failed while the table is unreachable, so SQS retries it', async () => {
    await t.store.stop();
    const op = queued[1] as StatsOp;
    expect(await handler(event([op], 'm9'))).toEqual({ batchItemFailures: [{ itemIdentifier: 'm9' }] });
    await t.store.start();
    expect(await handler(event([op], 'm9'))).toEqual({ batchItemFailures: [] });
    expect(total(await reader.read(period))).toBe(2);
  });
});
