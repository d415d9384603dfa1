import type { Answers } from '../../answers';
import { Assessment, monthlyEstimate, type Outcome } from '../../engine/assessment';
import type { EvalContext } from '../../engine/context';
import * as p from '../../params/huurtoeslag';
import {
  awirSource,
  checkToeslagAssets,
  checkToeslagResidence,
  minimumYearly,
  noteRepaymentRisk,
} from '../toeslagen/common';
import { huurtoeslagExact, huurtoeslagIncomeLimit, monthlyFromExact, yearlyFromExact } from './bedrag';

/** Huurtoeslag 2026: renting a self-contained home, 18+, lawful residence, vermogen under the limit. */
export function huurtoeslag(a: Answers, ctx: EvalContext): Outcome {
  const x = new Assessment(ctx);
  const sources = ctx.sourcesOf(p.basishuurSingle);
  const housing = x.need('housing', a.housing);
  if (housing !== undefined && housing !== 'rent') x.fail('not-renting', sources, { housing });
  const age = x.need('age', a.age);
  if (age !== undefined && age < 18) x.fail('under-18-toeslag', sources, { age });
  checkToeslagResidence(x, a);
  if (x.failed) return x.finish(null);
  const selfContained = x.need('selfContainedHome', a.selfContainedHome);
  if (selfContained === false) x.fail('not-self-contained', sources);
  if (x.failed) return x.finish(null);

  const partner = x.need('partner', a.partner);
  const partnerAge = partner ? x.need('partnerAge', a.partnerAge) : undefined;
  const children = x.need('children', a.children);
  const coResidents = x.need('coResidents27Plus', a.coResidents27Plus);
  const rent = x.need('rent', a.rent);
  checkToeslagAssets(x, a, p.vermogenSingle, p.vermogenPartner);
  const income = x.need('grossIncomeYearly', a.grossIncomeYearly);
  if (
    x.blocked ||
    age === undefined ||
    partner === undefined ||
    (partner && partnerAge === undefined) ||
    children === undefined ||
    coResidents === undefined ||
    rent === undefined ||
    income === undefined
  ) {
    return x.finish(null);
  }

  const youthAge = ctx.param(p.youthAge);
  const youngOnly =
    age < youthAge &&
    (!partner || (partnerAge ?? 0) < youthAge) &&
    children.length === 0 &&
    coResidents === 0;
  const household = {
    rent,
    persons: 1 + (partner ? 1 : 0) + children.length + coResidents,
    youngOnly,
    income,
  };
  const minimum = minimumYearly(x);
  const limit = huurtoeslagIncomeLimit(household, minimum.cents, ctx);
  if (limit !== undefined) x.threshold('grossIncomeYearly', limit, income, 'at-most');

  const exact = huurtoeslagExact(household, ctx);
  const calc = [...sources, awirSource('14')];
  if (yearlyFromExact(exact) < minimum.cents) {
    x.fail(
      rent <= ctx.param(p.basishuurMulti) ? 'rent-below-basishuur' : 'income-above-toeslag-limit',
      calc,
      {
        income,
        limit: limit ?? 0,
      },
    );
    return x.finish(null);
  }
  const monthly = monthlyFromExact(exact);
  x.pass('huurtoeslag-calculated', calc, { rent, persons: household.persons });
  if (youngOnly)
    x.note('huurtoeslag-young-rent-limit', ctx.sourcesOf(p.youthRentCap), { cap: ctx.param(p.youthRentCap) });
  if (rent > ctx.param(p.maxRent))
    x.note('rent-above-max', ctx.sourcesOf(p.maxRent), { max: ctx.param(p.maxRent) });
  if (coResidents > 0) x.uncertain('co-resident-income-counts', [awirSource('15')], { coResidents });
  noteRepaymentRisk(x);
  return x.finish(monthlyEstimate(monthly));
}
