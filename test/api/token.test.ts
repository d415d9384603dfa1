import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rateLimiter } from '../../functions/api/rate-limit';
import { hasValidToken } from '../../functions/api/token';

describe('the statistics token', () => {
  const token = 'the-ministry-token-0123456789';

  it('accepts only `Bearer <token>`', () => {
    expect(hasValidToken(`Bearer ${token}`, token)).toBe(true);
    expect(hasValidToken(`bearer ${token}`, token)).toBe(true);
    for (const header of [
      undefined,
      '',
      token,
      `Basic ${token}`,
      `Bearer ${token}x`,
      `Bearer ${token.slice(1)}`,
      'Bearer ',
      `Bearer ${token} extra`,
    ]) {
      expect(hasValidToken(header, token)).toBe(false);
    }
  });

  it('never matches when no token is configured', () => {
    expect(hasValidToken('Bearer ', '')).toBe(false);
    expect(hasValidToken('Bearer x', '')).toBe(false);
  });

  it('compares in constant time: fixed-length digests through crypto.timingSafeEqual', () => {
    // Timing itself is not measurable reliably in a unit test; the mechanism is what is checked.
    const source = readFileSync(new URL('../../functions/api/token.ts', import.meta.url), 'utf8');
    expect(source).toMatch(/timingSafeEqual\(digest\(given\), digest\(expected\)\)/);
    expect(source).not.toMatch(/given === expected|=== expected/);
  });
});

describe('RATE_LIMIT (local server only)', () => {
  it('lets a client burst to the limit, then refuses until tokens refill', () => {
    let now = 0;
    const allow = rateLimiter(5, () => now);
    expect(Array.from({ length: 7 }, () => allow('a'))).toEqual([true, true, true, true, true, false, false]);
    expect(allow('b')).toBe(true);
    now += 400;
    expect([allow('a'), allow('a'), allow('a')]).toEqual([true, true, false]);
  });
});
