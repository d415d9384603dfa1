import { Hono } from 'hono';
import { rulesRegistry } from '../rules/index';
import { errorName, jsonLogger, type Logger } from '../stats/log';
import type { StatsStore } from '../stats/store';
import { limitBody } from './body';
import { envelope } from './envelope';
import { apiError } from './errors';
import { isJson, screen } from './screen';
import { API_SECURITY_HEADERS } from './security-headers';
import { readShares, readStats } from './stats';
import { hasValidToken } from './token';

export interface AppDeps {
  store: StatsStore;
  /** The ministry's token for GET /api/stats. */
  statsToken: string;
  now?: () => Date;
  logger?: Logger;
}

/**
 * The Hono app: routes only, no AWS imports (functions/api/lambda.ts and server.ts run it).
 * The contract is docs/screening-api.md.
 */
export function createApp(deps: AppDeps) {
  const now = deps.now ?? (() => new Date());
  const logger = deps.logger ?? jsonLogger();
  const { store, statsToken } = deps;
  let registry: string | undefined; // built on first request: nothing but routes at cold start

  const app = new Hono();
  app.use('*', envelope(API_SECURITY_HEADERS, logger));
  app.notFound((c) => {
    // A path that exists for other methods: 405 with Allow (the routes are fixed paths).
    const methods = allowedMethods(app.routes, c.req.path);
    if (!methods.length) return apiError(c, 404, 'not_found', 'There is nothing at this path');
    return apiError(c, 405, 'method_not_allowed', `Use ${methods.join(', ')}`, [], {
      Allow: methods.join(', '),
    });
  });
  app.onError((error, c) => {
    logger.error('unhandled error', { requestId: c.get('requestId'), error: errorName(error) });
    return apiError(c, 500, 'internal_error', 'Something went wrong on our side');
  });

  const routes = app
    .post(
      '/api/screen',
      async (c, next) => {
        if (!isJson(c.req.header('content-type'))) {
          return apiError(c, 415, 'unsupported_media_type', 'Send the request as application/json');
        }
        await next();
      },
      limitBody,
      (c) => screen(c, { store, now, logger }),
    )
    .get('/api/rules', (c) => {
      registry ??= JSON.stringify(rulesRegistry());
      return c.body(registry, 200, {
        'Content-Type': 'application/json',
        'Cache-Control': 'public, max-age=300',
      });
    })
    .get('/api/stats', (c) => {
      if (!hasValidToken(c.req.header('authorization'), statsToken)) {
        return apiError(c, 401, 'unauthorized', 'A valid statistics token is required', [], {
          'WWW-Authenticate': 'Bearer',
          'Cache-Control': 'no-store',
        });
      }
      return readStats(c, { store, logger });
    })
    .get('/api/stats/shares', (c) => {
      if (!hasValidToken(c.req.header('authorization'), statsToken)) {
        return apiError(c, 401, 'unauthorized', 'A valid statistics token is required', [], {
          'WWW-Authenticate': 'Bearer',
          'Cache-Control': 'no-store',
        });
      }
      return readShares(c, { store, logger });
    })
    .get('/api/health', async (c) => {
      c.header('Cache-Control', 'no-store');
      if (await store.healthy()) return c.json({ status: 'ok' }, 200);
      // Degraded, not down: screenings are still answered and their signals kept until the store
      // is back; only counting and reading the statistics wait.
      return c.json(
        {
          status: 'degraded',
          error: { code: 'unavailable', message: 'The statistics store is unreachable', issues: [] },
        },
        503,
      );
    });
  return routes;
}

export type AppType = ReturnType<typeof createApp>;

/** The methods routed for `path` (GET brings HEAD), for the Allow header of a 405. */
function allowedMethods(routes: readonly { method: string; path: string }[], path: string): string[] {
  const methods = new Set<string>();
  for (const route of routes) {
    if (route.path !== path || route.method === 'ALL') continue;
    methods.add(route.method);
    if (route.method === 'GET') methods.add('HEAD');
  }
  return [...methods];
}
