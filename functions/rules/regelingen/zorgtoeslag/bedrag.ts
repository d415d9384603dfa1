import type { EvalContext } from '../../engine/context';
import { percentNumerator, wholeEuros } from '../../engine/money';
import * as p from '../../params/zorgtoeslag';

const SCALE = 100_000; // percentages as parts per 100 000, so all arithmetic stays in exact integers

function terms(partner: boolean, ctx: EvalContext) {
  const premium = ctx.param(p.standaardpremie) * (partner ? 2 : 1);
  const drempel = ctx.param(p.drempelinkomen);
  const pd = percentNumerator(ctx.param(partner ? p.normpremiePartnerPct : p.normpremieSinglePct));
  const pa = percentNumerator(ctx.param(p.normpremieAfbouwPct));
  return { base: premium * SCALE - pd * drempel, drempel, pa };
}

/**
 * Zorgtoeslag per year in whole euros (Wzt art. 2): the standaardpremie (doubled with a toeslagpartner)
 * minus the normpremie = p_d × drempelinkomen + 13,73% × the income above the drempel.
 * Rounded to whole euros (Awir art. 14 lid 4, text of 2026-01-01) before the € 24 minimum is applied, which is what
 * reproduces the published limits 40.857 and 51.142.
 */
export function zorgtoeslagYearEuros(incomeCents: number, partner: boolean, ctx: EvalContext): number {
  const { base, drempel, pa } = terms(partner, ctx);
  const amount = base - pa * Math.max(0, incomeCents - drempel);
  if (amount <= 0) return 0;
  // amount is in cents × SCALE; round half up to whole euros.
  return Math.floor((amount + 50 * SCALE) / (100 * SCALE));
}

/** The highest whole-euro income that still gives at least `minimumCents` a year (the formula solved for income). */
export function zorgtoeslagIncomeLimit(
  partner: boolean,
  minimumCents: number,
  ctx: EvalContext,
): number | undefined {
  const { base, drempel, pa } = terms(partner, ctx);
  // Rounded euros ≥ m/100 ⇔ unrounded amount ≥ (m/100 − ½) euros.
  const needed = (minimumCents - 50) * SCALE;
  if (base < needed) return undefined;
  return wholeEuros(drempel + Math.floor((base - needed) / pa));
}
