import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { MAX_BODY_BYTES } from './body';
import { apiError } from './errors';
import { rateLimiter } from './rate-limit';
import { webSecurityHeaders } from './security-headers';

export interface HttpOptions {
  /** The API app (functions/api/app.ts), answering under /api. */
  api: { fetch: (request: Request, env?: unknown) => Response | Promise<Response> };
  webRoot: string;
  port: number;
  host: string;
  /** Requests per second per client; none when unset (the deployed stack throttles at the edge). */
  rateLimit?: number;
}

export interface HttpServer {
  url: string;
  port: number;
  /** Stops accepting, finishes the requests in flight; idle keep-alive sockets are closed at once. */
  close(budgetMs: number): Promise<void>;
}

/**
 * The HTTP side of the local server: the built web app and the API on one origin, as CloudFront
 * puts them together on AWS. One per process; `npm start` runs one per core (functions/api/cluster.ts).
 */
export async function listenHttp(options: HttpOptions): Promise<HttpServer> {
  const { api, webRoot } = options;
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
    server.listen(options.port, options.host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    async close(budgetMs) {
      const stopped = new Promise<void>((done) => server.close(() => done()));
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), budgetMs);
      await stopped;
      clearTimeout(force);
    },
  };
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Steunwijzer: web app not built</title></head>
<body><h1>The web app is not built yet</h1>
<p>The API runs at <a href="/api/health">/api/health</a>. To serve the web app too, run
<code>npm run build:web</code> and start the server again (<code>npm start</code> does both).</p></body></html>`;
