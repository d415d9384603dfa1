import type { Answers } from '../../answers';
import { Assessment, type Outcome } from '../../engine/assessment';
import type { EvalContext } from '../../engine/context';
import { aowStatus } from '../../engine/household';
import { mulDivRound } from '../../engine/money';
import { registrySource } from '../../engine/sources';
import * as m from '../../params/participatiewet-middelen';
import { participatiewetNorm } from '../participatiewet/norm';
import { checkBasicRight, pwSource } from '../participatiewet/recht';
import { checkVermogen } from '../participatiewet/vermogen';

/**
 * Bijzondere bijstand (art. 35): necessary extra costs that income and vermogen cannot cover.
 * The municipality's own policy decides how much of the income above the norm counts, so the
 * verdict is never more than `possibly` and there is no estimate.
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
  checkVermogen(x, a);
  const income = x.need('netIncomeMonthly', a.netIncomeMonthly);
  if (norm && income !== undefined) {
    const factor = ctx.param(m.specialAssistanceIncomeFactor);
    const limit = mulDivRound(norm.amount, factor, 100);
    x.threshold('netIncomeMonthly', limit, income, 'at-most');
    const sources = [pwSource(x, '35', '1'), ...ctx.sourcesOf(m.specialAssistanceIncomeFactor)];
    if (income > limit) x.fail('income-well-above-norm', sources, { income, limit, factor });
    else x.pass('income-low-for-special-costs', sources, { income, norm: norm.amount, factor });
  }
  x.uncertain('municipal-policy-decides', [pwSource(x, '35', '1'), registrySource('RO-BIJSTAND')]);
  x.note('special-costs-threshold', ctx.sourcesOf(m.specialCostsThreshold), {
    threshold: ctx.param(m.specialCostsThreshold),
  });
  return x.finish(null);
}
