import type { Answers } from '../../../contract/answers';
import { Assessment, type Outcome } from '../../engine/assessment';
import type { EvalContext } from '../../engine/context';
import { lawSource } from '../../engine/sources';
import { WZT } from '../../params/define';
import * as p from '../../params/zorgtoeslag';
import {
  assumed,
  awirSource,
  checkToeslagAssets,
  checkToeslagResidence,
  minimumYearly,
  noteRepaymentRisk,
} from '../toeslagen/common';
import { zorgtoeslagIncomeLimit, zorgtoeslagYearEuros } from './bedrag';

/** Zorgtoeslag 2026: 18+, Dutch zorgverzekering, lawful residence, income and vermogen under the limits. */
export function zorgtoeslag(a: Answers, ctx: EvalContext): Outcome {
  const x = new Assessment(ctx);
  const wzt = ctx.sourcesOf(p.standaardpremie);
  const verzekerde = [lawSource(WZT('1'), ctx.peildatum)];
  const age = x.need('age', a.age);
  // Wzt art. 1 c: a verzekerde from the month after turning 18. Not "meerderjarig", so the Awir art. 10
  // lid 2 rule for a minor with a child does not reach the zorgtoeslag (minors pay no premium).
  if (age !== undefined && age < 18) {
    const withChild = (a.children?.length ?? 0) > 0;
    x.fail(withChild ? 'zorgtoeslag-minor-not-insured' : 'under-18-toeslag', withChild ? verzekerde : wzt, {
      age,
    });
  }
  const insured = x.need('healthInsuranceNL', a.healthInsuranceNL);
  if (insured === false) x.fail('no-dutch-health-insurance', wzt);
  checkToeslagResidence(x, a);
  const partner = x.need('partner', a.partner);
  checkToeslagAssets(x, a, p.vermogenSingle, p.vermogenPartner);
  const income = x.need('grossIncomeYearly', a.grossIncomeYearly);
  // The income test runs as soon as its own answers are in: above the limit decides, whatever is still missing.
  if (x.failed || partner === undefined || income === undefined) return x.finish(null);

  const minimum = minimumYearly(x);
  const limit = zorgtoeslagIncomeLimit(partner, minimum.cents, ctx);
  if (limit !== undefined) x.threshold('grossIncomeYearly', limit, income, 'at-most');
  const yearEuros = zorgtoeslagYearEuros(income, partner, ctx);
  const sources = [...ctx.sourcesOf(p.drempelinkomen), ...wzt, awirSource('14', ctx)];
  if (yearEuros * 100 < minimum.cents) {
    x.fail('income-above-toeslag-limit', sources, { income, limit: limit ?? 0 });
    return x.finish(null);
  }
  if (assumed(a, 'grossIncomeYearly')) {
    x.pass('zorgtoeslag-calculated-income-assumed', sources, { yearly: yearEuros * 100 });
  } else {
    x.pass('zorgtoeslag-calculated', sources, { income, yearly: yearEuros * 100 });
  }
  noteRepaymentRisk(x);
  // The toetsingsinkomen of a couple includes the partner's (Awir art. 8 lid 1): a self-employed
  // partner's profit is as much an estimate as the applicant's own.
  if (a.selfEmployed || (a.partner === true && a.partnerSelfEmployed === true)) {
    x.note('self-employed-income-estimate', [
      awirSource('16', ctx),
      ...(a.partner ? [awirSource('8', ctx)] : []),
    ]);
  }
  return x.finish({ monthly: Math.floor(yearEuros / 12) * 100, yearly: yearEuros * 100 });
}
