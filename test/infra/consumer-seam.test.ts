import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoStatsTable } from '../../functions/stats/dynamo';
import { type EmbeddedStore, embeddedClient, startEmbeddedStore } from '../../functions/stats/embedded';
import { buildStack, type Cfn, logicalId, REAL_CONSUMER_ENTRY, SYNTH_TIMEOUT } from './fixture';
import { runHarness } from './harness-process';

// The seam between the queue and its consumer: the deployed consumer artefact, with exactly the
// environment the stack gives it, applies a queued counter write once however often SQS delivers it,
// and reports a write it cannot apply in the shape ReportBatchItemFailures expects (so it is retried
// and, after maxReceiveCount, lands in the dead-letter queue). The table is the real embedded store.
const built = existsSync(REAL_CONSUMER_ENTRY) ? buildStack({ web: false }) : undefined;
const TABLE = 'seam-consumer-stats';
let store: EmbeddedStore;

const HARNESS = `
const { handler } = await import(process.env.BUNDLE);
const out = await handler(JSON.parse(process.env.EVENT), { awsRequestId: 'seam' });
process.stdout.write('\\nRESULT ' + JSON.stringify(out) + '\\n');
process.exit(0);
`;

type Result = { batchItemFailures: { itemIdentifier: string }[] };

function deliver(
  bundle: string,
  env: Record<string, string>,
  bodies: Record<string, unknown>,
): Promise<Result> {
  const event = {
    Records: Object.entries(bodies).map(([messageId, body]) => ({
      messageId,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })),
  };
  return runHarness<Result>(
    join(built?.fixture.dir ?? '', 'consumer-harness.mjs'),
    { ...env, BUNDLE: bundle, EVENT: JSON.stringify(event) },
    'RESULT',
  );
}

beforeAll(async () => {
  if (!built) return;
  writeFileSync(join(built.fixture.dir, 'consumer-harness.mjs'), HARNESS);
  store = await startEmbeddedStore({ path: join(built.fixture.dir, 'dynamo') });
  const client = embeddedClient(store.endpoint);
  await new DynamoStatsTable(client, TABLE).ensureTable();
  client.destroy();
});
afterAll(async () => {
  await store?.stop();
  built?.fixture.cleanup();
});

describe.skipIf(!built)(
  'the deployed queue consumer with the stack’s environment',
  { timeout: SYNTH_TIMEOUT },
  () => {
    it('applies a redelivered counter write once, and reports one it cannot apply for retry', async () => {
      if (!built) return;
      const template: Cfn = built.template.toJSON();
      const fn = template.Resources[logicalId(built.stack.consumer.function)].Properties;
      const bundle = join(
        built.fixture.dir,
        'cdk.out',
        `asset.${String(fn.Code.S3Key).replace(/\.zip$/, '')}`,
        'index.mjs',
      );
      expect(Object.keys(fn.Environment.Variables)).toEqual(['STATS_TABLE']);
      const env = {
        STATS_TABLE: TABLE,
        AWS_REGION: 'eu-west-1',
        AWS_ACCESS_KEY_ID: 'seam',
        AWS_SECRET_ACCESS_KEY: 'seam',
        AWS_ENDPOINT_URL_DYNAMODB: store.endpoint,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      };
      const op = { t: 'd', id: 'seam-op-1', month: '2026-11', k: 'ch=c', d: { 'x.y.z': 3 }, shard: 5 };

      // SQS delivers at least once: the same message twice, and a body nobody can read.
      expect(await deliver(bundle, env, { m1: { ops: [op] }, m2: { ops: [op] }, m3: 'not json' })).toEqual({
        batchItemFailures: [],
      });
      expect(await deliver(bundle, env, { m4: { ops: [op] } })).toEqual({ batchItemFailures: [] });
      const client = embeddedClient(store.endpoint);
      const items = await new DynamoStatsTable(client, TABLE).readMonths('2026-11', '2026-11');
      client.destroy();
      expect(items).toEqual([{ month: '2026-11', dims: 'ch=c', cells: { 'x.y.z': 3 } }]);

      // The table down: the message is handed back to SQS, not dropped.
      await store.stop();
      const failed = await deliver(bundle, env, { m5: { ops: [{ ...op, id: 'seam-op-2' }] } });
      await store.start();
      expect(failed).toEqual({ batchItemFailures: [{ itemIdentifier: 'm5' }] });
    });
  },
);
