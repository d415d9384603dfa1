import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATS_DEADLINE_MS } from '../../functions/stats/aws';
import { QUEUE_DEADLINE_MS } from '../../functions/stats/sqs-fallback';
import { embeddedTable, type TestTable } from '../stats/embedded-table';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

// The Lambda entries as AWS runs them, with AWS replaced by local stand-ins through the SDK's own
// endpoint settings: Secrets Manager and SQS by small HTTP servers, DynamoDB by the embedded store
// behind a TCP proxy (forwarding, unless a test makes it hang).
let t: TestTable;
let proxy: TcpProxy;
let stub: Server;
const sent: string[] = [];
let api: typeof import('../../functions/api/lambda').handler;
let consumer: typeof import('../../functions/stats/queue-consumer').handler;
const TOKEN = 'lambda-test-token-0123456789';

beforeAll(async () => {
  t = await embeddedTable();
  proxy = await startTcpProxy({ port: t.store.port });
  stub = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const target = String(req.headers['x-amz-target']);
      const input = JSON.parse(body || '{}') as { SecretId?: string; MessageBody?: string };
      res.setHeader('content-type', 'application/x-amz-json-1.0');
      if (target.endsWith('GetSecretValue')) {
        const value = input.SecretId?.endsWith('token') ? TOKEN : 'visit-hash-secret-0123456789';
        res.end(JSON.stringify({ ARN: input.SecretId, SecretString: value }));
      } else if (target.endsWith('SendMessage')) {
        sent.push(input.MessageBody ?? '');
        const md5 = createHash('md5')
          .update(input.MessageBody ?? '')
          .digest('hex');
        res.end(JSON.stringify({ MessageId: `m${sent.length}`, MD5OfMessageBody: md5 }));
      } else {
        res.statusCode = 400;
        res.end('{}');
      }
    });
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', () => resolve()));
  const endpoint = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  Object.assign(process.env, {
    STATS_TABLE: t.table.table,
    STATS_QUEUE_URL: `${endpoint}/000000000000/stats`,
    STATS_TOKEN_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:000000000000:secret:token',
    VISIT_HASH_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:000000000000:secret:visit',
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_SECRETS_MANAGER: endpoint,
    AWS_ENDPOINT_URL_SQS: endpoint,
    AWS_ENDPOINT_URL_DYNAMODB: proxy.endpoint,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  const quiet = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write; // the JSON request logs
  ({ handler: api } = await import('../../functions/api/lambda'));
  ({ handler: consumer } = await import('../../functions/stats/queue-consumer'));
  process.stdout.write = quiet;
});
afterAll(async () => {
  await proxy.close();
  stub.close();
  await t.close();
});

const event = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
  const [rawPath = '', rawQueryString = ''] = path.split('?');
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers: { host: 'steunwijzer.example', 'content-type': 'application/json', ...headers },
    requestContext: {
      accountId: '000000000000',
      apiId: 'api',
      domainName: 'steunwijzer.example',
      domainPrefix: 'steunwijzer',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
      requestId: 'r',
      routeKey: '$default',
      stage: '$default',
      time: '01/Dec/2026:10:00:00 +0000',
      timeEpoch: 0,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    isBase64Encoded: false,
  };
};
// biome-ignore lint/suspicious/noExplicitAny: the Lambda's result shape is checked field by field
const call = async (e: ReturnType<typeof event>) => (await api(e as never, {} as never)) as any;
const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' })
  .format(new Date())
  .slice(0, 7);
const counted = async () => {
  const res = await call(
    event('GET', `/api/stats?from=${month}&to=${month}&groupBy=region`, undefined, {
      authorization: `Bearer ${TOKEN}`,
    }),
  );
  const rows = JSON.parse(res.body).rows as {
    regulation: string;
    region: string;
    screenings: number | null;
  }[];
  return rows
    .filter((r) => r.regulation === 'aio' && r.region === 'GM0402')
    .reduce((s, r) => s + (r.screenings ?? 0), 0);
};

describe('the API Lambda', () => {
  it('reads its token from Secrets Manager and answers the contract', async () => {
    const screened = await call(
      event('POST', '/api/screen', { channel: 'counter', region: 'GM0402', answers: { age: 70 } }),
    );
    expect(screened.statusCode).toBe(200);
    expect(JSON.parse(screened.body).results).toHaveLength(7);
    expect((await call(event('GET', '/api/stats?from=2026-11&to=2026-11'))).statusCode).toBe(401);
    expect((await call(event('GET', '/api/nothing'))).statusCode).toBe(404);
  });

  it('answers 200 while the table is down, queues the write, and the consumer applies it once', async () => {
    for (let i = 0; i < 9; i++) {
      await call(
        event('POST', '/api/screen', { channel: 'counter', region: 'GM0402', answers: { age: 70 } }),
      );
    }
    expect(await counted()).toBe(10);
    await t.store.stop();
    const down = await call(
      event('POST', '/api/screen', {
        channel: 'counter',
        region: 'GM0402',
        sessionId: '22222222-2222-4222-8222-222222222222',
        answers: { age: 70 },
      }),
    );
    expect(down.statusCode).toBe(200);
    expect(sent).toHaveLength(1);
    expect(sent[0]).not.toContain('22222222-2222');
    expect((await call(event('GET', '/api/health'))).statusCode).toBe(503);
    await t.store.start();
    const message = { Records: [{ messageId: 'q1', body: sent[0] as string }] };
    expect(await consumer(message)).toEqual({ batchItemFailures: [] });
    expect(await consumer(message)).toEqual({ batchItemFailures: [] }); // redelivered
    expect(await counted()).toBe(11);
  });

  it('answers 200 while DynamoDB accepts and never answers: past the deadline the signal is queued', async () => {
    const before = { sent: sent.length, hung: proxy.hung, counted: await counted() };
    proxy.mode = 'hang';
    // A watchdog, not a measurement: five times the most a screening may wait for statistics.
    const res = await Promise.race([
      call(event('POST', '/api/screen', { channel: 'counter', region: 'GM0402', answers: { age: 70 } })),
      new Promise<'late'>((resolve) =>
        setTimeout(() => resolve('late'), 5 * (STATS_DEADLINE_MS + QUEUE_DEADLINE_MS)).unref(),
      ),
    ]);
    proxy.mode = 'forward';
    expect(res).not.toBe('late');
    expect(res.statusCode).toBe(200);
    expect(proxy.hung).toBeGreaterThan(before.hung);
    expect(sent).toHaveLength(before.sent + 1);
    const message = { Records: [{ messageId: 'q2', body: sent[before.sent] as string }] };
    expect(await consumer(message)).toEqual({ batchItemFailures: [] });
    expect(await consumer(message)).toEqual({ batchItemFailures: [] }); // redelivered
    expect(await counted()).toBe(before.counted + 1);
  });
});
