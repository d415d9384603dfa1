import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { apiError } from './errors';

export const MAX_BODY_BYTES = 16 * 1024;

/**
 * A body the local server already read in one piece (server.ts sets it on the Node request, as
 * node-server's own `rawBody` convention): reading it from there skips building a web Request and
 * stream per screening. Elsewhere (Lambda, app.request) there is none and the request is read.
 */
const preRead = (c: Context): Buffer | undefined => {
  const raw = (c.env as { incoming?: { rawBody?: unknown } } | undefined)?.incoming?.rawBody;
  return Buffer.isBuffer(raw) ? raw : undefined;
};

const streamed = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => apiError(c, 413, 'payload_too_large', 'The body is over 16 KiB'),
});

/** 413 over 16 KiB, checked before anything is parsed: from Content-Length, else while reading. */
export const limitBody: MiddlewareHandler = async (c, next) => {
  const raw = preRead(c);
  if (!raw) return streamed(c, next);
  if (raw.length > MAX_BODY_BYTES) return apiError(c, 413, 'payload_too_large', 'The body is over 16 KiB');
  await next();
};

export async function bodyText(c: Context): Promise<string> {
  return preRead(c)?.toString('utf8') ?? c.req.text();
}
