/**
 * The Wilson score interval for a proportion (E. B. Wilson, "Probable inference, the law of
 * succession, and statistical inference", JASA 22 (1927) 209–212), without continuity correction:
 * method 3 of R. G. Newcombe, "Two-sided confidence intervals for the single proportion",
 * Statistics in Medicine 17 (1998) 857–872. Chosen because it stays inside [0, 1] and keeps its
 * coverage at the small n a municipality or a rare regulation gives, where the Wald interval fails.
 */

/** The standard normal quantile for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** The interval for `successes` out of `n` (0 ≤ successes ≤ n, n ≥ 1). */
export function wilsonInterval(successes: number, n: number, z = Z_95): Interval {
  if (!Number.isInteger(successes) || !Number.isInteger(n) || n < 1 || successes < 0 || successes > n) {
    throw new Error(`wilsonInterval: need integers 0 ≤ successes ≤ n, n ≥ 1 (got ${successes} of ${n})`);
  }
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  // At 0 and n the formula gives exactly 0 and 1; clamp the rounding around them.
  return {
    low: successes === 0 ? 0 : Math.max(0, (centre - spread) / denominator),
    high: successes === n ? 1 : Math.min(1, (centre + spread) / denominator),
  };
}

/**
 * The share who do not receive a regulation, among `no + yes + unanswered` results, when
 * `unanswered` people did not say: the union of the Wilson intervals with all of them counted as
 * receiving and all as not receiving. They widen the interval; they are never dropped.
 */
export function shareInterval(no: number, yes: number, unanswered: number, z = Z_95): Interval | null {
  const n = no + yes + unanswered;
  if (n < 1) return null;
  return {
    low: wilsonInterval(no, n, z).low,
    high: wilsonInterval(no + unanswered, n, z).high,
  };
}
