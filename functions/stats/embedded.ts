import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';

/**
 * The embedded DynamoDB-compatible store of the local server and the tests: dynalite, in this
 * process, on LevelDB in `path`. It speaks the DynamoDB HTTP API, so the one adapter
 * (functions/stats/dynamo.ts) talks to it through @aws-sdk/client-dynamodb exactly as to AWS.
 */
export interface EmbeddedStore {
  endpoint: string;
  port: number;
  /** Stops answering (finishes requests in flight), like an outage; `start()` brings it back. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startEmbeddedStore(options: { path: string; port?: number }): Promise<EmbeddedStore> {
  const server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  let running = false;
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        running = true;
        resolve();
      });
    });
  await listen(options.port ?? 0);
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    async stop() {
      if (!running) return;
      running = false;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Requests in flight finish; kept-alive sockets are dropped as soon as they are idle.
      const sweep = setInterval(() => server.closeIdleConnections(), 10);
      server.closeIdleConnections();
      await closed;
      clearInterval(sweep);
    },
    async start() {
      if (!running) await listen(port);
    },
  };
}

/** A client for the embedded store: dummy credentials, short timeouts, no retries to wait on. */
export function embeddedClient(endpoint: string): DynamoDBClient {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  return new DynamoDBClient({
    endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 5_000 },
  });
}
