import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../stats/log';

declare module 'hono' {
  interface ContextVariableMap {
    requestId: string;
  }
}

// Unique per process (a random prefix) and per request (a counter): enough to find a log line,
// without a random UUID per request.
const PROCESS_ID = randomBytes(6).toString('base64url');
let requests = 0;
export const nextRequestId = () => `${PROCESS_ID}-${(++requests).toString(36)}`;

/**
 * What every API response gets, in one middleware instead of four on the hot path: a request id
 * (`X-Request-Id`, also in the log line), the security headers, and one JSON log line with route,
 * status and time. Never the body, the query, an IP address or a sessionId.
 */
export function envelope(headers: readonly (readonly [string, string])[], logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    const requestId = nextRequestId();
    c.set('requestId', requestId);
    await next();
    const out = c.res.headers;
    for (const [name, value] of headers) out.set(name, value);
    out.set('X-Request-Id', requestId);
    logger.info('request', {
      requestId,
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 10) / 10,
    });
  };
}
