import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { openLocalStats } from '../stats/local-stats';
import { jsonLogger, silentLogger } from '../stats/log';
import { createApp } from './app';
import { MAX_BODY_BYTES } from './body';
import { apiError } from './errors';
import { rateLimiter } from './rate-limit';
import { webSecurityHeaders } from './security-headers';

export interface ServerOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  statsToken?: string;
  webRoot?: string;
  log?: boolean;
  /** Requests per second per client; none when unset (the deployed stack throttles at the edge). */
  rateLimit?: number;
  /** How soon the statistics writer retries after a store failure. */
  retryMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  statsToken: string;
  close(): Promise<void>;
}

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CLOSE_BUDGET_MS = 4_000;

/**
 * The local server of `npm start`: the built web app and the API in one process, with the embedded
 * statistics store on disk. The same app and adapter as on AWS; only the entry differs.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const logs = options.log ? bufferedStdout() : null;
  const logger = logs ? jsonLogger(logs.write) : silentLogger;
  const statsToken = options.statsToken || randomBytes(24).toString('base64url');
  const dataDir = resolve(options.dataDir ?? '.data');
  const webRoot = resolve(options.webRoot ?? resolve(REPO, 'web/dist'));
  const stats = await openLocalStats({
    dataDir,
    logger,
    ...(options.retryMs ? { retryMs: options.retryMs } : {}),
  });
  const api = createApp({ store: stats.recorder, statsToken, logger });

  const root = new Hono();
  if (options.rateLimit) {
    const allow = rateLimiter(options.rateLimit);
    // The address is used for this in-memory count only: never logged, never stored.
    root.use('*', async (c, next) => {
      if (!allow(getConnInfo(c).remote.address ?? '')) {
        return apiError(c, 429, 'rate_limited', 'Too many requests; try again in a second', [], {
          'Retry-After': '1',
        });
      }
      await next();
    });
  }
  // The Node bindings go along: the app reads a pre-read body from them (functions/api/body.ts).
  root.all('/api', (c) => api.fetch(c.req.raw, c.env));
  root.all('/api/*', (c) => api.fetch(c.req.raw, c.env));
  root.use('*', webSecurityHeaders());
  if (existsSync(resolve(webRoot, 'index.html'))) {
    root.use('*', async (c, next) => {
      await next();
      // Hashed assets forever; index.html (every app route) always revalidated.
      const html = c.res.headers.get('Content-Type')?.startsWith('text/html');
      const hashed = c.req.path.startsWith('/assets/');
      if (c.res.ok)
        c.header('Cache-Control', hashed && !html ? 'public, max-age=31536000, immutable' : 'no-cache');
    });
    root.get('*', serveStatic({ root: webRoot }));
    // Paths outside /api/ that are no file are routes of the web app: its index.html.
    root.get('*', serveStatic({ root: webRoot, path: 'index.html' }));
  } else {
    root.get('*', (c) => c.html(NOT_BUILT, 200));
  }

  const listener = getRequestListener(root.fetch);
  const server: Server = createServer((req, res) => {
    // A small body with a declared length is read here in one piece: node-server then hands it to
    // the app without a stream per request. Anything else takes the normal path (the app answers 413).
    const length = Number(req.headers['content-length']);
    if (
      req.method !== 'POST' ||
      !(length > 0 && length <= MAX_BODY_BYTES) ||
      req.headers['transfer-encoding']
    ) {
      return void listener(req, res);
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => {
      (req as IncomingMessage & { rawBody?: Buffer }).rawBody = Buffer.concat(chunks);
      void listener(req, res);
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  let closing: Promise<void> | null = null;
  const close = () => {
    // Finish requests in flight, write pending counters, stop the store: within the 5 s of SIGTERM.
    closing ??= (async () => {
      const stopped = new Promise<void>((done) => server.close(() => done()));
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), CLOSE_BUDGET_MS / 2);
      await stopped;
      clearTimeout(force);
      await Promise.race([stats.close(), new Promise((done) => setTimeout(done, CLOSE_BUDGET_MS / 2))]);
      logs?.stop();
    })();
    return closing;
  };
  return { url, port, statsToken, close };
}

/**
 * Log lines gathered and written every 100 ms: stdout to a pipe or file is a synchronous write
 * per call on Linux, one per request otherwise. (The Lambda logs unbuffered: it may be frozen
 * right after a response.)
 */
function bufferedStdout() {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length) process.stdout.write(`${pending.join('\n')}\n`);
    pending = [];
  };
  const timer = setInterval(flush, 100);
  timer.unref();
  process.once('exit', flush);
  return {
    write: (line: string) => {
      pending.push(line);
      if (pending.length >= 1_000) flush();
    },
    stop: () => {
      clearInterval(timer);
      process.off('exit', flush);
      flush();
    },
  };
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Steunwijzer: web app not built</title></head>
<body><h1>The web app is not built yet</h1>
<p>The API runs at <a href="/api/health">/api/health</a>. To serve the web app too, run
<code>npm run build:web</code> and start the server again (<code>npm start</code> does both).</p></body></html>`;

async function main() {
  const fromEnv = process.env.STATS_TOKEN;
  const running = await startServer({
    port: Number(process.env.PORT ?? 8787),
    host: process.env.HOST ?? '127.0.0.1',
    dataDir: process.env.DATA_DIR ?? '.data',
    ...(fromEnv ? { statsToken: fromEnv } : {}),
    ...(process.env.RATE_LIMIT ? { rateLimit: Number(process.env.RATE_LIMIT) } : {}),
    log: true,
  });
  process.stdout.write(`Steunwijzer on ${running.url}\n`);
  if (!fromEnv)
    process.stdout.write(`STATS_TOKEN was not set; the statistics token is: ${running.statsToken}\n`);
  const stop = () => {
    setTimeout(() => process.exit(1), 4_800).unref();
    running.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
