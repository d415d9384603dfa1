import type { Answers } from '../../../contract/answers';
import { Assessment, type Outcome } from '../../engine/assessment';
import type { EvalContext } from '../../engine/context';
import { lawSource, registrySource } from '../../engine/sources';
import { AKW, WKB } from '../../params/define';
import * as p from '../../params/kindgebonden-budget';
import {
  assumed,
  awirSource,
  checkToeslagAssets,
  checkToeslagResidence,
  minimumYearly,
  noteRepaymentRisk,
} from '../toeslagen/common';
import { kindgebondenBudgetIncomeLimit, kindgebondenBudgetYear } from './bedrag';

/**
 * Kindgebonden budget 2026: for the parent to whom kinderbijslag is paid (WKB art. 2 lid 1; with two
 * parents, only the one whose kinderbijslag is paid, lid 10), by income and vermogen. Living abroad,
 * kinderbijslag follows the AKW (insured as a resident, or for work in the Netherlands, art. 6) and
 * the EU rules on which country pays first; the answers cannot settle that, so it is `possibly`.
 * Not modelled: the lower amount for a child whose woonland is outside the EU/EEA/Switzerland
 * (art. 2 lid 12–14), the monthly determination (lid 11).
 */
export function kindgebondenBudget(a: Answers, ctx: EvalContext): Outcome {
  const x = new Assessment(ctx);
  const sources = ctx.sourcesOf(p.perChild);
  const children = x.need('children', a.children);
  const ages = children?.map((child) => child.age) ?? [];
  if (children !== undefined && !ages.some((age) => age < ctx.param(p.maxChildAge))) {
    x.fail('no-child-under-18', ctx.sourcesOf(p.maxChildAge));
    return x.finish(null);
  }
  const kinderbijslag = [lawSource(WKB('2', '1'), ctx.peildatum), lawSource(WKB('2', '10'), ctx.peildatum)];
  if (a.receivesKinderbijslag === false) {
    x.fail('kgb-no-kinderbijslag', kinderbijslag);
    return x.finish(null);
  }
  checkToeslagResidence(x, a);
  const livesHere = x.need('livesInNetherlands', a.livesInNetherlands);
  const partner = x.need('partner', a.partner);
  checkToeslagAssets(x, a, p.vermogenSingle, p.vermogenPartners);
  const income = x.need('grossIncomeYearly', a.grossIncomeYearly);
  // The income test runs as soon as its own answers are in: above the limit decides, whatever is still missing.
  if (x.failed || partner === undefined || income === undefined) return x.finish(null);

  if (livesHere === false) {
    x.uncertain('kgb-lives-abroad', [lawSource(AKW('6'), ctx.peildatum), ...kinderbijslag]);
  }
  if (a.receivesKinderbijslag === undefined) x.note('kgb-kinderbijslag-decides', kinderbijslag);
  else if (assumed(a, 'receivesKinderbijslag')) x.uncertain('kgb-kinderbijslag-unknown', kinderbijslag);

  const minimum = minimumYearly(x);
  const limit = kindgebondenBudgetIncomeLimit(ages, partner, minimum.cents, ctx);
  const incomeAssumed = assumed(a, 'grossIncomeYearly');
  if (limit !== undefined && !incomeAssumed) x.threshold('grossIncomeYearly', limit, income, 'at-most');
  const yearly = kindgebondenBudgetYear(ages, partner, income, ctx);
  const calc = [...sources, ...ctx.sourcesOf(p.afbouwPct), awirSource('14', ctx)];
  if (yearly < minimum.cents) {
    x.fail('income-above-toeslag-limit', calc, { income, limit: limit ?? 0 });
    return x.finish(null);
  }
  if (incomeAssumed) {
    const drempel = ctx.param(partner ? p.drempelPartners : p.drempelSingle);
    x.pass('kindgebonden-budget-calculated-income-assumed', calc, { yearly, drempel });
  } else {
    x.pass('kindgebonden-budget-calculated', calc, { yearly });
  }
  x.note('kgb-usually-automatic', [registrySource('BD-TOESLAG-AANVRAGEN')]);
  noteRepaymentRisk(x);
  return x.finish({ monthly: Math.floor(yearly / 1200) * 100, yearly });
}
