/**
 * A sum over published cells, some of which may be suppressed (fewer than 10, value unknown).
 * Keeping the two apart means a derived figure is never shown as more exact than its cells.
 */
export interface Count {
  known: number;
  /** How many of the summed cells were suppressed: each holds 1 to minCellSize − 1 screenings. */
  suppressed: number;
}

export const ZERO: Count = { known: 0, suppressed: 0 };

export function add(count: Count, screenings: number | null): Count {
  return screenings === null
    ? { known: count.known, suppressed: count.suppressed + 1 }
    : { known: count.known + screenings, suppressed: count.suppressed };
}

export function plus(a: Count, b: Count): Count {
  return { known: a.known + b.known, suppressed: a.suppressed + b.suppressed };
}

export const isExact = (count: Count) => count.suppressed === 0;

/** The range a count lies in: each suppressed cell adds 1 to minCellSize − 1. */
export function bounds(count: Count, minCellSize: number): { min: number; max: number } {
  return { min: count.known + count.suppressed, max: count.known + count.suppressed * (minCellSize - 1) };
}

/**
 * Share of `part` in `whole` (both exact), or null when it cannot be known: a suppressed cell in
 * either, or nothing to divide by.
 */
export function share(part: Count, whole: Count): number | null {
  if (!isExact(part) || !isExact(whole) || whole.known === 0) return null;
  return part.known / whole.known;
}
