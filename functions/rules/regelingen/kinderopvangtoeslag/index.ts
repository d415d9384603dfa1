import type { Answers } from '../../../contract/answers';
import { Assessment, monthlyEstimate, type Outcome } from '../../engine/assessment';
import type { EvalContext } from '../../engine/context';
import * as p from '../../params/kinderopvangtoeslag';
import { awirSource, checkToeslagResidence, minimumYearly, noteRepaymentRisk } from '../toeslagen/common';
import { hoursCapped, kinderopvangtoeslagMonthly } from './bedrag';
import { monthlyHours } from './hours';

/**
 * Kinderopvangtoeslag 2026: registered childcare, and the applicant and any toeslagpartner both work
 * (or study or follow a qualifying trajectory). There is no vermogen test and no hard income limit.
 */
export function kinderopvangtoeslag(a: Answers, ctx: EvalContext): Outcome {
  const x = new Assessment(ctx);
  const sources = ctx.sourcesOf(p.percentageTable);
  // Without children in the home there is no childcare to ask about (entries given anyway still count).
  if (a.childcare === undefined && a.children?.length === 0) {
    x.fail('no-childcare', sources);
    return x.finish(null);
  }
  const childcare = x.need('childcare', a.childcare);
  if (childcare?.every((entry) => monthlyHours(entry) === 0)) {
    x.fail('no-childcare', sources);
    return x.finish(null);
  }
  const partner = x.need('partner', a.partner);
  const applicantWorks = x.need('working.applicant', a.working?.applicant);
  if (applicantWorks === false) x.fail('applicant-not-working', sources);
  if (partner) {
    const partnerWorks = x.need('working.partner', a.working?.partner);
    if (partnerWorks === false) x.fail('partner-not-working', sources);
  }
  checkToeslagResidence(x, a);
  const income = x.need('grossIncomeYearly', a.grossIncomeYearly);
  // The amount is worked out as soon as its own answers are in: too low decides, whatever is still missing.
  if (x.failed || childcare === undefined || income === undefined) return x.finish(null);

  const { low, high } = kinderopvangtoeslagMonthly(childcare, income, ctx, a.children?.length);
  const minimum = minimumYearly(x);
  if (low * 12 < minimum.cents) {
    x.fail('childcare-costs-too-low', [...sources, awirSource('14', ctx)]);
    return x.finish(null);
  }
  x.pass('kinderopvangtoeslag-calculated', sources, { children: childcare.length });
  if (high !== low) x.note('kot-first-child-tie', sources, { low, high });
  if (hoursCapped(childcare, ctx, a.children?.length)) {
    x.note('kot-hours-capped', ctx.sourcesOf(p.maxHours), { max: ctx.param(p.maxHours) });
  }
  x.note('kot-registered-childcare', sources);
  noteRepaymentRisk(x);
  return x.finish(monthlyEstimate(low));
}
