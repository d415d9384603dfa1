import type { ChildcareEntry } from '../../../contract/answers';

/**
 * Hours of childcare a month, as kinderopvangtoeslag counts them (Wet kinderopvang art. 1.7: a price
 * and a number of hours per month, at most 230 per child). An entry gives them a month as in contract
 * v1.0, or a week (`hoursPerWeek`, or `daysPerWeek` × `hoursPerDay`): a week is 52/12 of a month, the
 * conversion Dienst Toeslagen asks for (hours a week × 52 ÷ 12), rounded up to a whole hour, as the
 * hours a month are whole hours. Rounding up may count up to one hour a month more than the contract;
 * the cap of 230 still applies after it.
 */
export function monthlyHours(entry: ChildcareEntry): number {
  if (entry.hoursPerMonth !== undefined) return entry.hoursPerMonth;
  const weekly = entry.hoursPerWeek ?? (entry.daysPerWeek ?? 0) * (entry.hoursPerDay ?? 0);
  // Half hours a week (the contract allows no finer): 2 × weekly is whole, so this is exact.
  return Math.ceil((Math.round(weekly * 2) * 52) / (2 * 12));
}

/**
 * Which child each entry is for: its `child` (an index into `children`) where that child exists,
 * otherwise a child of its own (every entry a different child, as in contract v1.0).
 */
export function childKeys(entries: readonly ChildcareEntry[], childCount: number | undefined): string[] {
  return entries.map((entry, index) =>
    entry.child !== undefined && (childCount === undefined || entry.child < childCount)
      ? `child-${entry.child}`
      : `entry-${index}`,
  );
}
