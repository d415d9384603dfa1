import type { Answers } from '../../../contract/answers';
import { Assessment, type Outcome } from '../../engine/assessment';
import type { EvalContext } from '../../engine/context';
import { aowStatus } from '../../engine/household';
import * as m from '../../params/participatiewet-middelen';
import { kostendelersCount, participatiewetNorm } from '../participatiewet/norm';
import {
  checkBasicRight,
  checkIncomeAgainstNorm,
  incomeTestEstimate,
  pwSource,
} from '../participatiewet/recht';
import { checkVermogen } from '../participatiewet/vermogen';

/** Algemene bijstand (Participatiewet), below AOW age: art. 11, 13, 19–23, 31, 34. */
export function algemeneBijstand(a: Answers, ctx: EvalContext): Outcome {
  const x = new Assessment(ctx);
  checkBasicRight(x, a);

  if (a.age !== undefined) {
    const status = aowStatus(a.age, ctx);
    if (status === 'yes') x.fail('aow-age-see-aio', [pwSource(x, '47a')]);
    if (status === 'uncertain') x.uncertain('aow-age-uncertain', [pwSource(x, '47a')]);
    if (a.age >= 18 && a.age < 27) {
      const studies = x.need('studentFinance', a.studentFinance);
      if (studies) x.fail('student-finance-under-27', [pwSource(x, '13', '2')]);
    } else if (a.age >= 27 && a.studentFinance === true) {
      // Art. 13 lid 2 c stops at 27; case law treats studiefinanciering as an adequate
      // voorliggende voorziening (art. 15 lid 1), so never a firm `likely`. Only when answered (not
      // required: the flow asks it at any age on one page with self-employment).
      x.uncertain('student-finance-27-plus', [pwSource(x, '15', '1')]);
    }
    if (a.age >= 18 && a.age <= 20 && a.housing === 'institution') {
      x.fail('institution-under-21', [pwSource(x, '13', '2')], { age: a.age });
    }
  }
  const partner = x.need('partner', a.partner);
  if (partner && a.partnerAge !== undefined && aowStatus(a.partnerAge, ctx) === 'yes') {
    x.fail('partner-aow-age-see-aio', [pwSource(x, '47a')]);
  }
  if (x.failed) return x.finish(null);

  const selfEmployed = x.need('selfEmployed', a.selfEmployed);
  if (selfEmployed) x.uncertain('self-employed-bbz', [pwSource(x, '6')]);
  // Bijstand for a couple is one right of the gezin (art. 11 lid 1, art. 4 lid 1 c) and counts the
  // gezin's middelen (art. 31 lid 1): a self-employed partner brings in business income and the
  // Bbz 2004 (art. 1 b: the "belanghebbende", which for a couple is both) rather than the plain norm.
  // Not required (a client of v1.1 never sends it, and keeps its verdict): the flow asks it by probe.
  if (partner && a.partnerSelfEmployed === true) {
    x.uncertain('partner-self-employed-bbz', [pwSource(x, '6'), pwSource(x, '31', '1')]);
  }

  const norm = participatiewetNorm(x, a, 'below-aow');
  checkVermogen(x, a);
  const test = checkIncomeAgainstNorm(x, a, norm);

  if (a.housing === 'homeless') x.uncertain('homeless-briefadres', [pwSource(x, '27')]);
  if (a.housing === 'institution') x.note('institution-norm', [pwSource(x, '23')]);
  if (norm?.kind === 'kostendelers') {
    x.note('kostendelersnorm-applied', norm.sources, { kostendelers: kostendelersCount(a) ?? 0 });
  }
  x.note('income-not-counted', [pwSource(x, '31', '2')], { gifts: ctx.param(m.giftsExemption) });
  if (a.age !== undefined && a.age >= ctx.param(m.earningsExemptionMinAge)) {
    x.note('earnings-exemption', ctx.sourcesOf(m.earningsExemptionMax), {
      max: ctx.param(m.earningsExemptionMax),
    });
  } else if (a.age !== undefined && a.age >= 18) {
    x.note('under-27-rules', [pwSource(x, '41', '4'), pwSource(x, '31', '5')]);
  }
  return x.finish(incomeTestEstimate(test));
}
