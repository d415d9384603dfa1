import type { Answers } from '../../contract/answers';
import type { CodedReason, CodedResult } from '../../contract/result';
import { aio } from '../regelingen/aio';
import { algemeneBijstand } from '../regelingen/algemene-bijstand';
import { bijzondereBijstand } from '../regelingen/bijzondere-bijstand';
import { huurtoeslag } from '../regelingen/huurtoeslag';
import { kinderopvangtoeslag } from '../regelingen/kinderopvangtoeslag';
import { kindgebondenBudget } from '../regelingen/kindgebonden-budget';
import { zorgtoeslag } from '../regelingen/zorgtoeslag';
import { REGULATION_IDS, type RegulationId } from '../regulations';
import { applyInfo } from './apply';
import type { Outcome } from './assessment';
import type { EvalContext } from './context';
import { withDontKnow } from './dont-know';
import { INDEXATION_MARGIN_PERCENT, withIndexationMargin } from './indexation';

const RULES: Record<RegulationId, (answers: Answers, ctx: EvalContext) => Outcome> = {
  'algemene-bijstand': algemeneBijstand,
  aio,
  'bijzondere-bijstand': bijzondereBijstand,
  zorgtoeslag,
  huurtoeslag,
  'kindgebonden-budget': kindgebondenBudget,
  kinderopvangtoeslag,
};

/**
 * All seven results, in the contract's order. A result that used a value past its knownUntil
 * (carried over from an earlier period) says so, and is evaluated within the indexation margin.
 */
export function evaluateRegulations(answers: Answers, ctx: EvalContext): CodedResult[] {
  return REGULATION_IDS.map((id) => {
    const outcome = withIndexationMargin(ctx, () => withDontKnow(answers, (a) => RULES[id](a, ctx)));
    const receiving = answers.receiving?.[id] ?? null;
    const reasons = ctx.carriedHere.size ? [staleReason(ctx), ...outcome.reasons] : outcome.reasons;
    return {
      regulation: id,
      verdict: outcome.verdict,
      estimate: outcome.estimate,
      reasons,
      missing: outcome.missing,
      receiving,
      nonUse: (outcome.verdict === 'likely' || outcome.verdict === 'possibly') && receiving === false,
      apply: applyInfo(id),
      thresholds: outcome.thresholds,
    };
  });
}

/** Which of this regulation's values are carried over, and until when they were known. */
function staleReason(ctx: EvalContext): CodedReason {
  const knownUntil = [...ctx.carriedHere.values()].sort()[0] as string;
  const values = {
    peildatum: ctx.peildatum,
    knownUntil,
    margin: INDEXATION_MARGIN_PERCENT,
    parameters: [...ctx.carriedHere.keys()].join(', '),
  };
  return { code: 'parameters-stale', sources: [], values };
}
