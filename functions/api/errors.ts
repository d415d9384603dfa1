import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface Issue {
  path: string;
  message: string;
}

/** The contract's error body. Messages are fixed texts: never a stack trace or internal detail. */
export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  issues: Issue[] = [],
  headers?: Record<string, string>,
) {
  return c.json({ error: { code, message, issues } }, status, headers);
}
