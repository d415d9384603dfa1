import type { Answers } from '../../../contract/answers';
import { Assessment, type Outcome } from '../../engine/assessment';
import type { EvalContext } from '../../engine/context';
import { childIncomeAge, childIncomeExemption } from '../../params/awir';
import * as p from '../../params/huurtoeslag';
import {
  assumed,
  awirSource,
  checkToeslagAssets,
  checkToeslagResidence,
  minimumYearly,
  noteRepaymentRisk,
  whtSource,
} from '../toeslagen/common';
import { huurtoeslagExact, huurtoeslagIncomeLimit, monthlyFromExact, yearlyFromExact } from './bedrag';

/**
 * Huurtoeslag 2026 (Wet op de huurtoeslag): a huurder (hoofdverblijf in a rented home in the
 * Netherlands, Wht art. 1 c, art. 9), meerderjarig (Wht art. 8; Awir art. 10 lid 2: a minor with a
 * child counts as an adult), lawful residence, a self-contained home, vermogen under the limit.
 * Not modelled (no answer gives them): the handicap exception to the youth rent limit (Wht art. 13
 * lid 1 a 2°), onzelfstandige woonruimte in begeleid wonen (art. 11 lid 1 b), the minor whose
 * parents have both died (Awir art. 10 lid 2; named in the reason instead).
 */
export function huurtoeslag(a: Answers, ctx: EvalContext): Outcome {
  const x = new Assessment(ctx);
  const sources = ctx.sourcesOf(p.basishuurSingle);
  const housing = x.need('housing', a.housing);
  if (housing !== undefined && housing !== 'rent') x.fail('not-renting', sources, { housing });
  const livesHere = x.need('livesInNetherlands', a.livesInNetherlands);
  if (livesHere === false)
    x.fail('huurtoeslag-not-main-residence', [whtSource('1', ctx), whtSource('9', ctx)]);
  const age = x.need('age', a.age);
  if (age !== undefined && age < 18) {
    // Awir art. 10 lid 2: where only adults are entitled, a minor with a child counts as an adult.
    const children = x.need('children', a.children);
    if (children !== undefined && children.length === 0) {
      x.fail('under-18-huurtoeslag', [whtSource('8', ctx), awirSource('10', ctx)], { age });
    }
  }
  checkToeslagResidence(x, a);
  if (x.failed) return x.finish(null);
  const selfContained = x.need('selfContainedHome', a.selfContainedHome);
  if (selfContained === false) x.fail('not-self-contained', [whtSource('11', ctx)]);
  if (x.failed) return x.finish(null);

  const partner = x.need('partner', a.partner);
  const partnerAge = partner ? x.need('partnerAge', a.partnerAge) : undefined;
  const children = x.need('children', a.children);
  const coResidents = x.need('coResidents27Plus', a.coResidents27Plus);
  const rent = x.need('rent', a.rent);
  checkToeslagAssets(x, a, p.vermogenSingle, p.vermogenPartner);
  const income = x.need('grossIncomeYearly', a.grossIncomeYearly);
  // The income test runs as soon as its own answers are in: above the limit decides, whatever is still missing.
  if (
    x.failed ||
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

  if (age < 18) x.pass('minor-with-child-counts-as-adult', [awirSource('10', ctx)], { age });
  const youthAge = ctx.param(p.youthAge);
  // Wht art. 13 lid 1: the higher limit when anyone in the home is 21 or older, or there is a child.
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
  const rentAssumed = assumed(a, 'rent');
  const minimum = minimumYearly(x);
  const limit = huurtoeslagIncomeLimit(household, minimum.cents, ctx);
  // With an assumed rent the income limit is only the highest possible one: no threshold then.
  if (limit !== undefined && !rentAssumed) x.threshold('grossIncomeYearly', limit, income, 'at-most');

  const exact = huurtoeslagExact(household, ctx);
  const calc = [...sources, awirSource('14', ctx)];
  if (yearlyFromExact(exact) < minimum.cents) {
    // No income limit: even at the lowest income the rent above the household's basishuur gives under € 24.
    if (limit === undefined) {
      const basishuur = ctx.param(household.persons === 1 ? p.basishuurSingle : p.basishuurMulti);
      x.fail('rent-below-basishuur', calc, { rent, basishuur, persons: household.persons });
    } else {
      x.fail('income-above-toeslag-limit', calc, { income, limit });
    }
    return x.finish(null);
  }
  const monthly = monthlyFromExact(exact);
  if (rentAssumed) {
    x.pass('huurtoeslag-calculated-rent-assumed', calc, {
      max: ctx.param(youngOnly ? p.youthRentCap : p.maxRent),
      persons: household.persons,
    });
  } else {
    x.pass('huurtoeslag-calculated', calc, { rent, persons: household.persons });
  }
  if (youngOnly)
    x.note('huurtoeslag-young-rent-limit', ctx.sourcesOf(p.youthRentCap), { cap: ctx.param(p.youthRentCap) });
  if (rent > ctx.param(p.maxRent) && !rentAssumed)
    x.note('rent-above-max', ctx.sourcesOf(p.maxRent), { max: ctx.param(p.maxRent) });

  // Others' income in the home (Wht art. 7 lid 1, Awir art. 7 lid 2 and 6): the answers do not give it,
  // so the amount is an upper bound and the verdict only possibly.
  const otherIncome = [whtSource('7', ctx), awirSource('7', ctx)];
  const adultAge = ctx.param(childIncomeAge);
  const adultChildren = children.filter((child) => child.age >= adultAge).length;
  const youngAdultChildren = children.filter((child) => child.age >= 18 && child.age < adultAge).length;
  const coResidentsAssumed = assumed(a, 'coResidents27Plus');
  if (coResidents > 0) x.uncertain('co-resident-income-counts', otherIncome, { coResidents });
  // Not known who else lives there: the favourable end (nobody) was assumed; say so, as an upper bound.
  else if (coResidentsAssumed) x.uncertain('co-residents-unknown-huurtoeslag', otherIncome);
  if (adultChildren > 0) {
    x.uncertain('adult-child-income-counts', otherIncome, { children: adultChildren, age: adultAge });
  }
  if (youngAdultChildren > 0) {
    x.uncertain('young-adult-child-income-counts', otherIncome, {
      children: youngAdultChildren,
      age: adultAge,
      exemption: ctx.param(childIncomeExemption),
    });
  }
  const atMost = coResidents > 0 || coResidentsAssumed || adultChildren > 0 || youngAdultChildren > 0;
  noteRepaymentRisk(x);
  return x.finish({ monthly, yearly: monthly * 12, ...(atMost ? { atMost: true as const } : {}) });
}
