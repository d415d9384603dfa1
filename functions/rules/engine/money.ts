/** a × num / den, rounded half up to an integer (amounts in cents). */
export function mulDivRound(a: number, num: number, den: number): number {
  return Math.floor((a * num * 2 + den) / (den * 2));
}

/** A percentage given with up to 3 decimals as an exact fraction num/100000. */
export function percentNumerator(percent: number): number {
  return Math.round(percent * 1000);
}

/** Cents rounded down to whole euros. */
export const wholeEuros = (cents: number): number => Math.floor(cents / 100) * 100;
