import type { ChildcareEntry } from '../../../contract/answers';
import type { EvalContext } from '../../engine/context';
import * as p from '../../params/kinderopvangtoeslag';
import { childKeys, monthlyHours } from './hours';

const MAX_RATE = { dagopvang: p.maxRateDagopvang, bso: p.maxRateBso, gastouder: p.maxRateGastouder } as const;

/** The percentages (per mille) for the first and the next children at a yearly income in cents. */
export function kotPercentages(incomeCents: number, ctx: EvalContext): { first: number; next: number } {
  const euros = Math.floor(incomeCents / 100);
  const table = ctx.param(p.percentageTable);
  const band = table.find(([, to]) => to === null || euros <= to) ?? table[table.length - 1];
  if (!band) throw new Error('Kinderopvangtoeslag table is empty');
  return { first: band[2], next: band[3] };
}

export interface CountedCost {
  /** The child the entry is for (hours.ts childKeys). */
  child: string;
  hours: number;
  rate: number;
}

/**
 * Hours and hourly rate as far as they count: the rate up to the maximum per type, and at most 230
 * hours a month per CHILD (Wet kinderopvang art. 1.7), over all that child's entries together. Where a
 * child's entries pass the cap, the hours go first to the entry with the highest counted rate (the
 * favourable reading; the law caps the hours per child, not which ones).
 */
export function countedCosts(
  entries: readonly ChildcareEntry[],
  ctx: EvalContext,
  childCount?: number,
): CountedCost[] {
  const max = ctx.param(p.maxHours);
  const keys = childKeys(entries, childCount);
  const costs = entries.map((entry, index) => ({
    child: keys[index] as string,
    hours: monthlyHours(entry),
    rate: Math.min(entry.hourlyRate, ctx.param(MAX_RATE[entry.type])),
  }));
  const left = new Map<string, number>();
  const order = costs.map((_, index) => index).sort((a, b) => (costs[b]?.rate ?? 0) - (costs[a]?.rate ?? 0));
  const capped = costs.map((cost) => ({ ...cost }));
  for (const index of order) {
    const cost = capped[index] as CountedCost;
    const remaining = left.get(cost.child) ?? max;
    cost.hours = Math.min(cost.hours, remaining);
    left.set(cost.child, remaining - cost.hours);
  }
  return capped;
}

/** Whether some child has more hours a month than count (art. 1.7: 230 per child). */
export function hoursCapped(
  entries: readonly ChildcareEntry[],
  ctx: EvalContext,
  childCount?: number,
): boolean {
  const keys = childKeys(entries, childCount);
  const perChild = new Map<string, number>();
  entries.forEach((entry, index) => {
    const key = keys[index] as string;
    perChild.set(key, (perChild.get(key) ?? 0) + monthlyHours(entry));
  });
  return [...perChild.values()].some((hours) => hours > ctx.param(p.maxHours));
}

/**
 * Kinderopvangtoeslag per month in whole euros (cents): per child counted hours × counted rate ×
 * percentage, where the "first child" (higher table) is the child with the most hours, the others use
 * the next-child percentage; the monthly total is rounded down. With equal most hours the tie-break
 * is not officially documented, so both choices are computed: { low, high }.
 */
export function kinderopvangtoeslagMonthly(
  entries: readonly ChildcareEntry[],
  incomeCents: number,
  ctx: EvalContext,
  childCount?: number,
): { low: number; high: number } {
  const { first, next } = kotPercentages(incomeCents, ctx);
  const costs = countedCosts(entries, ctx, childCount);
  const perChild = new Map<string, number>();
  for (const cost of costs) perChild.set(cost.child, (perChild.get(cost.child) ?? 0) + cost.hours);
  const mostHours = Math.max(...perChild.values());
  const totals = [...perChild]
    .filter(([, hours]) => hours === mostHours)
    .map(([firstChild]) =>
      costs.reduce(
        (sum, cost) => sum + cost.hours * cost.rate * (cost.child === firstChild ? first : next),
        0,
      ),
    )
    .map((perMille) => Math.floor(perMille / 100_000) * 100);
  return { low: Math.min(...totals), high: Math.max(...totals) };
}
