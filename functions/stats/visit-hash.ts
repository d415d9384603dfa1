import { createHmac } from 'node:crypto';

/**
 * The name of a visit: HMAC-SHA-256 of the browser's sessionId with a server-side secret, so the
 * stored key cannot be linked back to the sessionId without the secret. 128 bits are kept.
 */
export function visitHasher(secret: string): (sessionId: string) => string {
  if (secret.length < 16) throw new Error('the visit hash secret must be at least 16 characters');
  return (sessionId) =>
    createHmac('sha256', secret).update(sessionId.toLowerCase()).digest('hex').slice(0, 32);
}
