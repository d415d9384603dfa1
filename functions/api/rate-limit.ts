/**
 * A token bucket per client for the local server's optional RATE_LIMIT (requests per second).
 * Buckets live in memory only and are dropped when full again.
 */
export function rateLimiter(perSecond: number, now: () => number = Date.now): (client: string) => boolean {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let lastSweep = now();
  return (client) => {
    const t = now();
    if (t - lastSweep > 10_000) {
      for (const [key, b] of buckets)
        if (b.tokens + ((t - b.at) / 1000) * perSecond >= perSecond) buckets.delete(key);
      lastSweep = t;
    }
    const bucket = buckets.get(client) ?? { tokens: perSecond, at: t };
    bucket.tokens = Math.min(perSecond, bucket.tokens + ((t - bucket.at) / 1000) * perSecond);
    bucket.at = t;
    buckets.set(client, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };
}
