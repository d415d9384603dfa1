import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether the `Authorization: Bearer <token>` header carries the statistics token. Both sides are
 * hashed first, so the comparison is constant-time whatever the lengths. An empty expected token
 * never matches: the API does not run open.
 */
export function hasValidToken(header: string | undefined, expected: string): boolean {
  const match = /^Bearer +(\S+)\s*$/i.exec(header ?? '');
  const given = match?.[1] ?? '';
  const ok = timingSafeEqual(digest(given), digest(expected));
  return ok && expected.length > 0 && given.length > 0;
}
