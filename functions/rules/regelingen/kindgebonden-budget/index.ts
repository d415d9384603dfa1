import type { Answers } from '../../answers';
import { Assessment, type Outcome } from '../../engine/assessment';
import type { EvalContext } from '../../engine/context';
import { registrySource } from '../../engine/sources';
import * as p from '../../params/kindgebonden-budget';
import {
  awirSource,
  checkToeslagAssets,
  checkToeslagResidence,
  minimumYearly,
  noteRepaymentRisk,
} from '../toeslagen/common';
import { kindgebondenBudgetIncomeLimit, kindgebondenBudgetYear } from './bedrag';

/** Kindgebonden budget 2026: for parents with a child under 18 (kinderbijslag), by income and vermogen. */
export function kindgebondenBudget(a: Answers, ctx: EvalContext): Outcome {
  const x = new Assessment(ctx);
  const sources = ctx.sourcesOf(p.perChild);
  const children = x.need('children', a.children);
  const ages = children?.map((child) => child.age) ?? [];
  if (children !== undefined && !ages.some((age) => age < ctx.param(p.maxChildAge))) {
    x.fail('no-child-under-18', ctx.sourcesOf(p.maxChildAge));
    return x.finish(null);
  }
  checkToeslagResidence(x, a);
  const partner = x.need('partner', a.partner);
  checkToeslagAssets(x, a, p.vermogenSingle, p.vermogenPartners);
  const income = x.need('grossIncomeYearly', a.grossIncomeYearly);
  if (x.blocked || partner === undefined || income === undefined) return x.finish(null);

  const minimum = minimumYearly(x);
  const limit = kindgebondenBudgetIncomeLimit(ages, partner, minimum.cents, ctx);
  if (limit !== undefined) x.threshold('grossIncomeYearly', limit, income, 'at-most');
  const yearly = kindgebondenBudgetYear(ages, partner, income, ctx);
  const calc = [...sources, ...ctx.sourcesOf(p.afbouwPct), awirSource('14')];
  if (yearly < minimum.cents) {
    x.fail('income-above-toeslag-limit', calc, { income, limit: limit ?? 0 });
    return x.finish(null);
  }
  x.pass('kindgebonden-budget-calculated', calc, { yearly });
  x.note('kgb-usually-automatic', [registrySource('BD-TOESLAG-AANVRAGEN')]);
  noteRepaymentRisk(x);
  return x.finish({ monthly: Math.floor(yearly / 1200) * 100, yearly });
}
