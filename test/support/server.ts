import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerOptions, startServer } from '../../functions/api/server';

export interface TestServer {
  /** Base URL, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  statsToken: string;
  dataDir: string;
  /** Shuts the server down and removes its data directory. */
  close(): Promise<void>;
}

/**
 * Starts the real local server (web + API + embedded store) on a free port with a fresh data
 * directory, for any suite that needs it over HTTP. Always `await server.close()` in afterAll.
 */
export async function startTestServer(
  options: Omit<ServerOptions, 'port' | 'dataDir'> = {},
): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sw-server-'));
  const statsToken = options.statsToken ?? randomBytes(18).toString('base64url');
  const server = await startServer({ log: false, retryMs: 100, ...options, statsToken, port: 0, dataDir });
  return {
    url: server.url,
    statsToken,
    dataDir,
    async close() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls GET /api/stats until `check` accepts the JSON body (counters land within seconds). */
export async function waitForStats<T>(
  server: Pick<TestServer, 'url' | 'statsToken'>,
  query: string,
  check: (body: T) => boolean,
  ms = 10_000,
): Promise<T> {
  const end = Date.now() + ms;
  while (true) {
    const res = await fetch(`${server.url}/api/stats?${query}`, {
      headers: { authorization: `Bearer ${server.statsToken}` },
    });
    const body = (await res.json()) as T;
    if (res.ok && check(body)) return body;
    if (Date.now() > end) throw new Error(`stats did not settle: ${JSON.stringify(body).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
