import type { ChildcareEntry } from '../../answers';
import type { EvalContext } from '../../engine/context';
import * as p from '../../params/kinderopvangtoeslag';

const MAX_RATE = { dagopvang: p.maxRateDagopvang, bso: p.maxRateBso, gastouder: p.maxRateGastouder } as const;

/** The percentages (per mille) for the first and the next children at a yearly income in cents. */
export function kotPercentages(incomeCents: number, ctx: EvalContext): { first: number; next: number } {
  const euros = Math.floor(incomeCents / 100);
  const table = ctx.param(p.percentageTable);
  const band = table.find(([, to]) => to === null || euros <= to) ?? table[table.length - 1];
  if (!band) throw new Error('Kinderopvangtoeslag table is empty');
  return { first: band[2], next: band[3] };
}

/** Hours and hourly rate as far as they count: at most 230 hours and the maximum rate per type. */
export function countedCost(entry: ChildcareEntry, ctx: EvalContext): { hours: number; rate: number } {
  return {
    hours: Math.min(entry.hoursPerMonth, ctx.param(p.maxHours)),
    rate: Math.min(entry.hourlyRate, ctx.param(MAX_RATE[entry.type])),
  };
}

/**
 * Kinderopvangtoeslag per month in whole euros (cents): per child counted hours × counted rate ×
 * percentage, where the "first child" (higher table) is the one with the most hours, the others use
 * the next-child percentage; the monthly total is rounded down. With equal most hours the tie-break
 * is not officially documented, so both choices are computed: { low, high }.
 */
export function kinderopvangtoeslagMonthly(
  entries: readonly ChildcareEntry[],
  incomeCents: number,
  ctx: EvalContext,
): { low: number; high: number } {
  const { first, next } = kotPercentages(incomeCents, ctx);
  const costs = entries.map((entry) => countedCost(entry, ctx));
  const mostHours = Math.max(...costs.map((cost) => cost.hours));
  const totals = costs
    .map((candidate, index) => ({ candidate, index }))
    .filter(({ candidate }) => candidate.hours === mostHours)
    .map(({ index }) =>
      costs.reduce((sum, cost, i) => sum + cost.hours * cost.rate * (i === index ? first : next), 0),
    )
    .map((perMille) => Math.floor(perMille / 100_000) * 100);
  return { low: Math.min(...totals), high: Math.max(...totals) };
}
