import type { EvalContext } from '../../engine/context';
import { percentNumerator } from '../../engine/money';
import * as p from '../../params/zorgtoeslag';

/**
 * Zorgtoeslag per year in whole euros (Wzt art. 2): the standaardpremie (doubled with a toeslagpartner)
 * minus the normpremie = p_d × drempelinkomen + 13,73% × the income above the drempel.
 * Exact integer arithmetic in cents × 100 000; rounded to whole euros (Awir art. 14 lid 3) before the
 * € 24 minimum is applied, which is what reproduces the published limits 40.857 and 51.142.
 */
export function zorgtoeslagYearEuros(incomeCents: number, partner: boolean, ctx: EvalContext): number {
  const premium = ctx.param(p.standaardpremie) * (partner ? 2 : 1);
  const drempel = ctx.param(p.drempelinkomen);
  const pd = percentNumerator(ctx.param(partner ? p.normpremiePartnerPct : p.normpremieSinglePct));
  const pa = percentNumerator(ctx.param(p.normpremieAfbouwPct));
  const normpremie = pd * drempel + pa * Math.max(0, incomeCents - drempel);
  const amount = premium * 100_000 - normpremie;
  if (amount <= 0) return 0;
  return Math.floor((amount + 5_000_000) / 10_000_000);
}
