import { describe, expect, it } from 'vitest';
import { shareInterval, wilsonInterval } from '../../functions/stats/wilson';

describe('Wilson score interval', () => {
  // Newcombe (1998), Statistics in Medicine 17:857–872, Table II: the worked examples (a)–(d),
  // method 3 (score interval without continuity correction, Wilson 1927), to four decimals.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i is %f to %f (Newcombe 1998, Table II)', (x, n, low, high) => {
    const interval = wilsonInterval(x, n);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('is the reflection of the complement (x of n against n − x of n)', () => {
    const a = wilsonInterval(15, 148);
    const b = wilsonInterval(133, 148);
    expect(a.low).toBeCloseTo(1 - b.high, 12);
    expect(a.high).toBeCloseTo(1 - b.low, 12);
  });

  it('ends at exactly 1 when every result is a success', () => {
    expect(wilsonInterval(20, 20)).toMatchObject({ high: 1 });
    expect(wilsonInterval(20, 20).low).toBeCloseTo(1 - 0.1611, 4);
  });

  it.each([
    [-1, 10],
    [11, 10],
    [1, 0],
    [1.5, 10],
  ])('refuses %f of %f', (x, n) => {
    expect(() => wilsonInterval(x, n)).toThrow(/wilsonInterval/);
  });
});

describe('share interval with unanswered results', () => {
  it('without unanswered results is the Wilson interval itself', () => {
    expect(shareInterval(81, 182, 0)).toEqual(wilsonInterval(81, 263));
  });

  it('spans all unanswered counted as receiving to all counted as not receiving', () => {
    // 15 say no, 123 yes, 10 did not answer: from 15 of 148 up to 25 of 148.
    const interval = shareInterval(15, 123, 10) as NonNullable<ReturnType<typeof shareInterval>>;
    expect(interval.low).toBeCloseTo(0.0624, 4); // Newcombe's example (b)
    expect(interval.high).toBe(wilsonInterval(25, 148).high);
    expect(interval.high).toBeGreaterThan(wilsonInterval(15, 138).high);
  });

  it('is null without any result', () => {
    expect(shareInterval(0, 0, 0)).toBeNull();
  });
});
