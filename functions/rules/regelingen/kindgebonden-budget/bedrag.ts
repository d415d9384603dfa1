import type { EvalContext } from '../../engine/context';
import { percentNumerator, wholeEuros } from '../../engine/money';
import * as p from '../../params/kindgebonden-budget';

/**
 * Kindgebonden budget per year in cents ("Berekening kindgebonden budget 2026", stap 1–5):
 * 2.580 per child, + 724 per child aged 12–15, + 964 per child aged 16–17, + the alleenstaande-ouderkop
 * without a toeslagpartner; minus 7,6% of the income above the drempel. Rounded to cents: the
 * official examples give € 4.714,72 and € 5.975,94 a year (not whole euros).
 */
export function kindgebondenBudgetYear(
  childAges: readonly number[],
  partner: boolean,
  incomeCents: number,
  ctx: EvalContext,
): number {
  const { base, drempel, afbouw } = terms(childAges, partner, ctx);
  if (base === 0) return 0;
  const exact = base * SCALE - afbouw * Math.max(0, incomeCents - drempel);
  if (exact <= 0) return 0;
  return Math.floor((exact + SCALE / 2) / SCALE);
}

/** The highest whole-euro income at which the budget still reaches `minimumCents` a year (solved for income). */
export function kindgebondenBudgetIncomeLimit(
  childAges: readonly number[],
  partner: boolean,
  minimumCents: number,
  ctx: EvalContext,
): number | undefined {
  const { base, drempel, afbouw } = terms(childAges, partner, ctx);
  // Rounded cents ≥ m ⇔ exact ≥ (m − ½) cents.
  const needed = minimumCents * SCALE - SCALE / 2;
  if (base * SCALE < needed) return undefined;
  return wholeEuros(drempel + Math.floor((base * SCALE - needed) / afbouw));
}

const SCALE = 100_000; // percentages as parts per 100 000

function terms(childAges: readonly number[], partner: boolean, ctx: EvalContext) {
  const young = childAges.filter((age) => age < ctx.param(p.maxChildAge));
  const drempel = ctx.param(partner ? p.drempelPartners : p.drempelSingle);
  const afbouw = percentNumerator(ctx.param(p.afbouwPct));
  if (young.length === 0) return { base: 0, drempel, afbouw };
  const base =
    young.length * ctx.param(p.perChild) +
    young.filter((age) => age >= 12 && age <= 15).length * ctx.param(p.supplement12to15) +
    young.filter((age) => age >= 16).length * ctx.param(p.supplement16to17) +
    (partner ? 0 : ctx.param(p.singleParentSupplement));
  return { base, drempel, afbouw };
}
