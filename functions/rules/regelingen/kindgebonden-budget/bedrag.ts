import type { EvalContext } from '../../engine/context';
import { percentNumerator } from '../../engine/money';
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
  const young = childAges.filter((age) => age < ctx.param(p.maxChildAge));
  if (young.length === 0) return 0;
  const base =
    young.length * ctx.param(p.perChild) +
    young.filter((age) => age >= 12 && age <= 15).length * ctx.param(p.supplement12to15) +
    young.filter((age) => age >= 16).length * ctx.param(p.supplement16to17) +
    (partner ? 0 : ctx.param(p.singleParentSupplement));
  const drempel = ctx.param(partner ? p.drempelPartners : p.drempelSingle);
  const reduction = percentNumerator(ctx.param(p.afbouwPct)) * Math.max(0, incomeCents - drempel);
  const exact = base * 100_000 - reduction;
  if (exact <= 0) return 0;
  return Math.floor((exact + 50_000) / 100_000);
}
