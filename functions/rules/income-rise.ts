import type { Answers } from '../contract/answers';
import type { CodedResult, Evaluation } from '../contract/result';
import { type EvaluateOptions, evaluate } from './engine/evaluate';
import type { RegulationId } from './regulations';

/** The raises asked about: €100, €250 and €500 more net income a month, in cents. */
export const INCOME_RISE_STEPS = [10_000, 25_000, 50_000] as const;

export interface RegulationChange {
  regulation: RegulationId;
  /** Cents a month now and after the raise (0 where the verdict is `unlikely` or `unknown`). */
  before: number;
  after: number;
}

export interface IncomeRiseEffect {
  /** The raise in net income, cents a month. */
  step: number;
  /** Every regulation whose monthly amount changes, in the order of the results. */
  changes: RegulationChange[];
  /** The sum of the changes: negative when support falls. */
  combined: number;
  /** What is left of the raise after the support that falls away: step + combined. */
  kept: number;
}

/**
 * "What if I work more?" (issue 17): the same answers with net income a month higher by each step,
 * evaluated by the same engine. The toeslagen test a yearly gross income: it rises by 12 × the step,
 * which is the least it rises (tax comes off a raise, so the gross rise is larger; the copy says so).
 * Null when the answers give no net income to raise. Pure, computed in the browser: never sent.
 */
export function incomeRiseEffects(
  answers: Answers,
  options: EvaluateOptions,
  now: Evaluation = evaluate(answers, options),
): IncomeRiseEffect[] | null {
  if (answers.netIncomeMonthly === undefined) return null;
  const net = answers.netIncomeMonthly;
  return INCOME_RISE_STEPS.map((step) => {
    const raised: Answers = {
      ...answers,
      netIncomeMonthly: net + step,
      ...(answers.grossIncomeYearly !== undefined && {
        grossIncomeYearly: answers.grossIncomeYearly + 12 * step,
      }),
    };
    const after = new Map(evaluate(raised, options).results.map((r) => [r.regulation, monthly(r)]));
    const changes = now.results
      .map((r) => ({ regulation: r.regulation, before: monthly(r), after: after.get(r.regulation) ?? 0 }))
      .filter((change) => change.before !== change.after);
    const combined = changes.reduce((sum, change) => sum + change.after - change.before, 0);
    return { step, changes, combined, kept: step + combined };
  });
}

/** The monthly amount a result promises: the estimate when entitlement is likely or possible. */
function monthly(result: CodedResult): number {
  if (result.verdict !== 'likely' && result.verdict !== 'possibly') return 0;
  return result.estimate?.monthly ?? 0;
}
