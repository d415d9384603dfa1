import type { Answers } from '../../../contract/answers';
import { Assessment, type Outcome } from '../../engine/assessment';
import type { EvalContext } from '../../engine/context';
import { aowStatus } from '../../engine/household';
import { mulDivRound } from '../../engine/money';
import { registrySource } from '../../engine/sources';
import * as m from '../../params/participatiewet-middelen';
import { participatiewetNorm } from '../participatiewet/norm';
import { checkBasicRight, pwSource } from '../participatiewet/recht';
import { vermogenLimitParam } from '../participatiewet/vermogen';

/**
 * Bijzondere bijstand (art. 35): necessary extra costs that income and vermogen cannot cover.
 * Income above the norm and vermogen are draagkracht (art. 35 lid 1: "het vermogen en het inkomen
 * voor zover dit meer bedraagt dan de bijstandsnorm", art. 34 lid 2 set aside), not a bar: only far
 * above them (screening cut-offs, documented in params/participatiewet-middelen.ts) is it `unlikely`.
 * The municipality's policy decides how much counts, so the verdict is never more than `possibly`
 * and there is no estimate.
 */
export function bijzondereBijstand(a: Answers, ctx: EvalContext): Outcome {
  const x = new Assessment(ctx);
  checkBasicRight(x, a);
  const costs = x.need('specialCosts', a.specialCosts);
  if (costs === false) x.fail('no-special-costs', [pwSource(x, '35', '1')]);
  if (x.failed) return x.finish(null);

  const atAow =
    a.age !== undefined &&
    (aowStatus(a.age, ctx) === 'yes' ||
      (a.partner === true && a.partnerAge !== undefined && aowStatus(a.partnerAge, ctx) === 'yes'));
  const norm = participatiewetNorm(x, a, atAow ? 'aow' : 'below-aow');
  checkDraagkrachtVermogen(x, a);
  const income = x.need('netIncomeMonthly', a.netIncomeMonthly);
  if (norm && income !== undefined) {
    const pct = ctx.param(m.specialAssistanceIncomeCutoff);
    // Where the law can only raise the norm (art. 20 lid 3 for 18–20 without the parents answer),
    // the cut-off is taken from the highest norm the answers leave open: never unlikely on a guess.
    const limit = mulDivRound(norm.max ?? norm.amount, pct, 100);
    x.threshold('netIncomeMonthly', limit, income, 'at-most');
    const sources = [pwSource(x, '35', '1'), ...ctx.sourcesOf(m.specialAssistanceIncomeCutoff)];
    const incomeUnknown = a.dontKnow?.includes('netIncomeMonthly') === true;
    if (income > limit) x.fail('income-well-above-norm', sources, { income, limit, factor: pct });
    else if (income > norm.amount) {
      x.uncertain('income-above-norm-draagkracht', sources, {
        income,
        norm: norm.amount,
        excess: income - norm.amount,
      });
    } else if (!incomeUnknown) x.pass('income-low-for-special-costs', sources, { income, norm: norm.amount });
  }
  x.uncertain('municipal-policy-decides', [pwSource(x, '35', '1'), registrySource('RO-BIJSTAND')]);
  x.note('special-costs-threshold', ctx.sourcesOf(m.specialCostsThreshold), {
    threshold: ctx.param(m.specialCostsThreshold),
  });
  return x.finish(null);
}

/**
 * Art. 35 lid 1 counts the vermogen as draagkracht with art. 34 lid 2 (the vrijlating) set aside:
 * above the art. 34 limit it is draagkracht, far above it (the screening cut-off) `unlikely`.
 */
function checkDraagkrachtVermogen(x: Assessment, a: Answers): void {
  const { ctx } = x;
  const assets = x.need('assets', a.assets);
  if (assets === undefined || a.partner === undefined) return;
  const def = vermogenLimitParam(x, a, a.partner, assets);
  if (!def) return;
  const limit = ctx.param(def);
  const pct = ctx.param(m.specialAssistanceAssetsCutoff);
  const cutoff = mulDivRound(limit, pct, 100);
  const sources = [
    pwSource(x, '35', '1'),
    ...ctx.sourcesOf(def),
    ...ctx.sourcesOf(m.specialAssistanceAssetsCutoff),
  ];
  x.threshold('assets', cutoff, assets, 'at-most');
  if (assets > cutoff) x.fail('assets-far-above-limit', sources, { assets, limit, cutoff });
  else if (assets > limit) x.uncertain('assets-draagkracht', sources, { assets, limit });
}
