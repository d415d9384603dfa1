import type { Answers } from '../../../contract/answers';
import { Assessment, type Outcome } from '../../engine/assessment';
import type { EvalContext } from '../../engine/context';
import { aowAgeText, aowStatus } from '../../engine/household';
import { registrySource } from '../../engine/sources';
import * as m from '../../params/participatiewet-middelen';
import { participatiewetNorm } from '../participatiewet/norm';
import {
  checkBasicRight,
  checkIncomeAgainstNorm,
  incomeTestEstimate,
  pwSource,
} from '../participatiewet/recht';
import { checkVermogen } from '../participatiewet/vermogen';

/**
 * AIO: algemene bijstand by the SVB for people at AOW age, or couples of whom one has it
 * (Participatiewet art. 47a). AOW itself counts as income; the art. 22 norms apply.
 */
export function aio(a: Answers, ctx: EvalContext): Outcome {
  const x = new Assessment(ctx);
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
  // After the age: below AOW age the basic right's notes (weeks abroad) would only be noise.
  checkBasicRight(x, a);
  if (x.failed) return x.finish(null);

  const norm = participatiewetNorm(x, a, 'aow');
  checkVermogen(x, a);
  // Art. 33 lid 5 (private pension) and art. 34a lid 1 c (earnings, per person at AOW age) leave
  // part of the income out of account; the answers give one net income, so within that much above
  // the norm the verdict is `possibly`.
  const disregard = ctx.param(partner ? m.pensionDisregardCouple : m.pensionDisregardSingle);
  const atAow =
    (age !== undefined && aowStatus(age, ctx) !== 'no' ? 1 : 0) +
    (partner && partnerAge !== undefined && aowStatus(partnerAge, ctx) !== 'no' ? 1 : 0);
  const works = a.working === undefined || a.working.applicant === true || a.working.partner === true;
  const earningsMax = works ? ctx.param(m.earningsDisregardAowMax) * Math.max(1, atAow) : 0;
  const test = checkIncomeAgainstNorm(x, a, norm, { disregardMax: disregard + earningsMax });

  if (a.housing === 'institution') x.note('institution-norm', [pwSource(x, '23')]);
  if (partner) x.note('aio-split-between-partners', [registrySource('SVB-AIO-INK')]);
  x.note(
    'aow-counts-as-income',
    [...ctx.sourcesOf(m.pensionDisregardSingle), registrySource('SVB-AIO-INK')],
    {
      disregard,
    },
  );
  x.note('aio-earnings-disregard', ctx.sourcesOf(m.earningsDisregardAowMax), {
    pct: ctx.param(m.earningsDisregardAowPct),
    max: ctx.param(m.earningsDisregardAowMax),
  });
  x.note('aio-apply-now', [pwSource(x, '44', '1'), registrySource('SVB-AIO-CHECK')]);
  return x.finish(incomeTestEstimate(test));
}
