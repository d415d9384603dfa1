import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DynamoStatsTable } from '../../functions/stats/dynamo';
import { embeddedClient, startEmbeddedStore } from '../../functions/stats/embedded';
import { bundleLambda } from '../../infra/bundle';

/**
 * Lambda cold start, measured on the artefact CDK deploys (infra/bundle.ts builds both): the
 * bundled, minified functions/api/lambda.ts is imported in a fresh Node process, which then
 * answers one POST /api/screen event. Its top-level await reads both secrets over HTTP (a local
 * Secrets Manager stand-in) and the screening is written to the embedded DynamoDB store, so the
 * figure includes those round trips on loopback (on AWS they are a few ms each, in region).
 */
const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface ColdStart {
  /** The whole asset (entry and chunks), as deployed. */
  bytes: number;
  gzipBytes: number;
  /** Of which: what a cold start loads (the entry and its static imports). */
  startupBytes: number;
  runs: number[];
  /** Of which: importing the bundle (its top-level await reads the secrets). */
  importRuns: number[];
  processRuns: number[];
  status: number;
}

const HARNESS = `
const t0 = performance.now();
const { handler } = await import(process.env.BUNDLE);
const tImport = performance.now() - t0;
const event = {
  version: '2.0', routeKey: '$default', rawPath: '/api/screen', rawQueryString: '',
  headers: { 'content-type': 'application/json', host: 'steunwijzer.example' },
  requestContext: { accountId: '1', apiId: 'a', domainName: 'steunwijzer.example', domainPrefix: 'x',
    http: { method: 'POST', path: '/api/screen', protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'bench' },
    requestId: 'cold', routeKey: '$default', stage: '$default', time: '01/Dec/2026:10:00:00 +0000', timeEpoch: 0 },
  body: JSON.stringify({ channel: 'citizen', answers: { age: 35, partner: false, children: [], netIncomeMonthly: 0 } }),
  isBase64Encoded: false,
};
const res = await handler(event, { awsRequestId: 'cold', callbackWaitsForEmptyEventLoop: false });
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, importMs: tImport, status: res.statusCode }) + '\\n');
process.exit(0);
`;

function secretsStandIn(): Promise<Server> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const { SecretId } = JSON.parse(body || '{}') as { SecretId?: string };
      res.setHeader('content-type', 'application/x-amz-json-1.1');
      res.end(
        JSON.stringify({
          ARN: SecretId,
          Name: SecretId,
          SecretString: `bench-secret-for-${SecretId}-0123456789`,
        }),
      );
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function measureColdStart(runs = 10, nodeArgs: string[] = []): Promise<ColdStart> {
  const dir = await mkdtemp(join(tmpdir(), 'sw-cold-'));
  const { outfile, bytes, files, startupFiles } = bundleLambda(join(REPO, 'functions/api/lambda.ts'), dir);
  const sizes = async (names: string[], pack: (b: Buffer) => number) =>
    (await Promise.all(names.map(async (name) => pack(await readFile(join(dir, name)))))).reduce(
      (a, b) => a + b,
      0,
    );
  const gzipBytes = await sizes(files, (b) => gzipSync(b, { level: 9 }).length);
  const startupBytes = await sizes(startupFiles, (b) => b.length);
  const harness = join(dir, 'harness.mjs');
  await writeFile(harness, HARNESS);

  const store = await startEmbeddedStore({ path: join(dir, 'dynamo') });
  const client = embeddedClient(store.endpoint);
  await new DynamoStatsTable(client, 'bench-stats').ensureTable();
  const secrets = await secretsStandIn();
  const env = {
    ...process.env,
    BUNDLE: outfile,
    STATS_TABLE: 'bench-stats',
    STATS_QUEUE_URL: 'http://127.0.0.1:9/queue/unused',
    STATS_TOKEN_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:1:secret:token',
    VISIT_HASH_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:1:secret:visit',
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_ENDPOINT_URL_SECRETS_MANAGER: `http://127.0.0.1:${(secrets.address() as AddressInfo).port}`,
    AWS_ENDPOINT_URL_DYNAMODB: store.endpoint,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  const timings: number[] = [];
  const importTimings: number[] = [];
  const processTimings: number[] = [];
  let status = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    // Spawned asynchronously: this process's event loop serves the stand-ins meanwhile.
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [...nodeArgs, harness], {
        env,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk;
      });
      child.once('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`harness exit ${code}`))));
    });
    processTimings.push(performance.now() - started);
    // The bundle's own request log comes first; the harness's figure is the last line.
    const parsed = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as {
      ms: number;
      importMs: number;
      status: number;
    };
    timings.push(parsed.ms);
    importTimings.push(parsed.importMs);
    status = parsed.status;
  }
  secrets.close();
  client.destroy();
  await store.stop();
  await rm(dir, { recursive: true, force: true });
  return {
    bytes,
    gzipBytes,
    startupBytes,
    runs: timings,
    importRuns: importTimings,
    processRuns: processTimings,
    status,
  };
}
