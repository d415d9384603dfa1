import type { Answers } from '../../answers';
import { Assessment, monthlyEstimate, type Outcome } from '../../engine/assessment';
import type { EvalContext } from '../../engine/context';
import { aowAgeText, aowStatus } from '../../engine/household';
import { registrySource } from '../../engine/sources';
import * as m from '../../params/participatiewet-middelen';
import { participatiewetNorm } from '../participatiewet/norm';
import { checkBasicRight, checkIncomeAgainstNorm, pwSource } from '../participatiewet/recht';
import { checkVermogen } from '../participatiewet/vermogen';

/**
 * AIO: algemene bijstand by the SVB for people at AOW age, or couples of whom one has it
 * (Participatiewet art. 47a). AOW itself counts as income; the art. 22 norms apply.
 */
export function aio(a: Answers, ctx: EvalContext): Outcome {
  const x = new Assessment(ctx);
  checkBasicRight(x, a);
  const age = x.need('age', a.age);
  const partner = x.need('partner', a.partner);
  const partnerAge = partner ? x.need('partnerAge', a.partnerAge) : undefined;
  if (age !== undefined && partner !== undefined && (!partner || partnerAge !== undefined)) {
    const own = aowStatus(age, ctx);
    const spouse = partner && partnerAge !== undefined ? aowStatus(partnerAge, ctx) : 'no';
    const { years, months } = aowAgeText(ctx);
    if (own === 'no' && spouse === 'no') {
      x.fail('below-aow-age', [pwSource(x, '47a')], { years, months });
    } else if (own !== 'yes' && spouse !== 'yes') {
      x.uncertain('aow-age-uncertain', [pwSource(x, '47a')], { years, months });
    }
  }
  if (x.failed) return x.finish(null);

  const norm = participatiewetNorm(x, a, 'aow');
  checkVermogen(x, a);
  const amount = checkIncomeAgainstNorm(x, a, norm);

  if (a.housing === 'institution') x.uncertain('institution-norm', [pwSource(x, '23')]);
  if (partner) x.note('aio-split-between-partners', [registrySource('SVB-AIO-INK')]);
  const disregard = ctx.param(partner ? m.pensionDisregardCouple : m.pensionDisregardSingle);
  x.note(
    'aow-counts-as-income',
    [...ctx.sourcesOf(m.pensionDisregardSingle), registrySource('SVB-AIO-INK')],
    {
      disregard,
    },
  );
  x.note('aio-apply-now', [pwSource(x, '44', '1'), registrySource('SVB-AIO-CHECK')]);
  return x.finish(amount === undefined ? null : monthlyEstimate(amount));
}
