import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStack, type Cfn, logicalId, REAL_API_ENTRY, SYNTH_TIMEOUT } from './fixture';
import { runHarness } from './harness-process';

// The seam between the stack and the API: the deployed artefact, started with exactly the
// environment variable names the template gives the function, must find its secrets and answer.
// Secrets Manager is a local stand-in (it only hands out values); DynamoDB is unreachable on purpose.
const built = existsSync(REAL_API_ENTRY) ? buildStack({ web: false }) : undefined;

const TOKEN = 'seam-token-0123456789abcdef0123456789';
const VALUES: Record<string, string> = {
  STATS_TABLE: 'seam-stats',
  STATS_QUEUE_URL: 'http://127.0.0.1:9/000000000000/seam',
  STATS_TOKEN_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:000000000000:secret:token-AbCdEf',
  VISIT_HASH_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:000000000000:secret:visit-AbCdEf',
};
const requested: string[] = [];
const secrets = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => {
    body += chunk;
  });
  req.on('end', () => {
    const { SecretId = '' } = JSON.parse(body || '{}') as { SecretId?: string };
    requested.push(SecretId);
    const value =
      SecretId === VALUES.STATS_TOKEN_SECRET_ARN ? TOKEN : 'seam-visit-key-0123456789abcdef0123456789';
    res.setHeader('content-type', 'application/x-amz-json-1.1');
    res.end(JSON.stringify({ ARN: SecretId, Name: SecretId, SecretString: value }));
  });
});

const HARNESS = `
const { handler } = await import(process.env.BUNDLE);
const event = (method, path, query, headers) => ({
  version: '2.0', routeKey: '$default', rawPath: path, rawQueryString: query,
  headers: { host: 'steunwijzer.example', ...headers },
  requestContext: { accountId: '0', apiId: 'seam', domainName: 'steunwijzer.example', domainPrefix: 'seam',
    http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'seam' },
    requestId: 'seam', routeKey: '$default', stage: '$default', time: '01/Dec/2026:10:00:00 +0000', timeEpoch: 0 },
  isBase64Encoded: false,
});
const ctx = { awsRequestId: 'seam', callbackWaitsForEmptyEventLoop: false };
const out = [];
for (const [method, path, query, headers] of JSON.parse(process.env.CALLS)) {
  const res = await handler(event(method, path, query, headers), ctx);
  out.push(res.statusCode);
}
process.stdout.write('\\nSTATUS ' + JSON.stringify(out) + '\\n');
process.exit(0);
`;

function run(env: Record<string, string>, calls: [string, string, string, Record<string, string>][]) {
  return runHarness<number[]>(
    join(built?.fixture.dir ?? '', 'harness.mjs'),
    { ...env, CALLS: JSON.stringify(calls) },
    'STATUS',
  );
}

beforeAll(async () => {
  await new Promise<void>((resolve) => secrets.listen(0, '127.0.0.1', resolve));
  if (built) writeFileSync(join(built.fixture.dir, 'harness.mjs'), HARNESS);
});
afterAll(() => {
  secrets.close();
  built?.fixture.cleanup();
});

describe.skipIf(!built)(
  'the deployed API bundle with the stack’s environment',
  { timeout: SYNTH_TIMEOUT },
  () => {
    it('reads both secrets by the ARNs the stack passes and answers HTTP API (payload 2.0) events', async () => {
      if (!built) return;
      const template: Cfn = built.template.toJSON();
      const fn = template.Resources[logicalId(built.stack.api.function)].Properties;
      const hash = String(fn.Code.S3Key).replace(/\.zip$/, '');
      const bundle = join(built.fixture.dir, 'cdk.out', `asset.${hash}`, 'index.mjs');
      expect(existsSync(bundle)).toBe(true);

      const names = Object.keys(fn.Environment.Variables);
      const env: Record<string, string> = {
        BUNDLE: bundle,
        AWS_REGION: 'eu-west-1',
        AWS_ACCESS_KEY_ID: 'seam',
        AWS_SECRET_ACCESS_KEY: 'seam',
        AWS_ENDPOINT_URL_SECRETS_MANAGER: `http://127.0.0.1:${(secrets.address() as AddressInfo).port}`,
        AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:9',
        AWS_ENDPOINT_URL_SQS: 'http://127.0.0.1:9',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      };
      for (const name of names) {
        const value = VALUES[name];
        if (!value) throw new Error(`the stack sets ${name}; this test has no stand-in value for it`);
        env[name] = value;
      }

      const month = '2026-11';
      const statuses = await run(env, [
        ['GET', '/api/rules', '', {}],
        [
          'GET',
          '/api/stats',
          `from=${month}&to=${month}`,
          { authorization: 'Bearer wrong-token-0123456789' },
        ],
        ['GET', '/api/stats', `from=${month}&to=${month}`, { authorization: `Bearer ${TOKEN}` }],
      ]);
      expect(requested.sort()).toEqual([VALUES.STATS_TOKEN_SECRET_ARN, VALUES.VISIT_HASH_SECRET_ARN].sort());
      expect(statuses[0]).toBe(200);
      // The token that authorises is the one behind STATS_TOKEN_SECRET_ARN (the table is unreachable,
      // so the right token gets past 401 and then fails to read, or reads nothing).
      expect(statuses[1]).toBe(401);
      expect(statuses[2]).not.toBe(401);
    });
  },
);
