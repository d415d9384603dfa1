import type { Answers, DontKnowPath } from '../../contract/answers';
import type { CodedReason, ReasonCode } from '../../contract/result';
import type { Outcome } from './assessment';

/**
 * The plausible ends of each answer that may be "I don't know": the value most and least
 * favourable to entitlement. Every regulation's amount falls with income, vermogen, home equity
 * and kostendelers and rises with rent, so the same two ends bound every result. The yes/no
 * conditions (a self-contained home, necessary extra costs, ...) are favourable when true: a
 * regulation that needs them can then never be `unlikely` on that ground alone.
 */
const ENDS: Record<DontKnowPath, { favourable: number | boolean; unfavourable: number | boolean }> = {
  netIncomeMonthly: { favourable: 0, unfavourable: 10_000_000 },
  grossIncomeYearly: { favourable: 0, unfavourable: 100_000_000 },
  assets: { favourable: 0, unfavourable: 1_000_000_000 },
  homeEquity: { favourable: 0, unfavourable: 1_000_000_000 },
  rent: { favourable: 100_000, unfavourable: 0 },
  coResidents27Plus: { favourable: 0, unfavourable: 5 },
  parentsCannotSupport: { favourable: true, unfavourable: false },
  receivesKinderbijslag: { favourable: true, unfavourable: false },
  selfContainedHome: { favourable: true, unfavourable: false },
  specialCosts: { favourable: true, unfavourable: false },
};

const DONT_KNOW_REASON: ReasonCode = 'dont-know-range';

/**
 * Evaluates a regulation over the range of the don't-know answers (contract Precisions):
 * where the two ends disagree the verdict is `possibly`, never `unlikely` on that ground alone,
 * and the estimate carries `range: { min, max }` with `monthly` the most favourable end.
 */
export function withDontKnow(answers: Answers, run: (a: Answers) => Outcome): Outcome {
  const unknownPaths = (answers.dontKnow ?? []).filter((path) => answers[path] === undefined);
  if (unknownPaths.length === 0) return run(answers);
  const fill = (end: 'favourable' | 'unfavourable'): Answers => {
    const filled: Record<string, unknown> = { ...answers };
    for (const path of unknownPaths) filled[path] = ENDS[path][end];
    return filled as Answers;
  };
  const best = run(fill('favourable'));
  const worst = run(fill('unfavourable'));
  const sameVerdict = best.verdict === worst.verdict;
  const sameAmount = (best.estimate?.monthly ?? null) === (worst.estimate?.monthly ?? null);
  if (best.verdict === 'unlikely' || best.verdict === 'unknown' || (sameVerdict && sameAmount)) return best;

  const min = worst.verdict === 'unlikely' ? 0 : (worst.estimate?.monthly ?? 0);
  const estimate = best.estimate && { ...best.estimate, range: { min, max: best.estimate.monthly } };
  const mattered = unknownPaths.filter((path) => {
    const single = run({ ...fill('favourable'), [path]: ENDS[path].unfavourable } as Answers);
    return single.verdict !== best.verdict || single.estimate?.monthly !== best.estimate?.monthly;
  });
  const reason: CodedReason = {
    code: DONT_KNOW_REASON,
    sources: [],
    values: { fields: mattered.join(', ') },
  };
  return {
    verdict: 'possibly',
    estimate,
    reasons: [reason, ...best.reasons],
    missing: [...new Set([...mattered, ...best.missing])],
    thresholds: best.thresholds.filter((t) => !unknownPaths.includes(t.field as DontKnowPath)),
  };
}
