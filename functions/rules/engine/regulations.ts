import type { Answers } from '../answers';
import { reasonText } from '../content';
import { KNOWN_UNTIL } from '../params';
import { aio } from '../regelingen/aio';
import { algemeneBijstand } from '../regelingen/algemene-bijstand';
import { bijzondereBijstand } from '../regelingen/bijzondere-bijstand';
import { huurtoeslag } from '../regelingen/huurtoeslag';
import { kinderopvangtoeslag } from '../regelingen/kinderopvangtoeslag';
import { kindgebondenBudget } from '../regelingen/kindgebonden-budget';
import { zorgtoeslag } from '../regelingen/zorgtoeslag';
import { REGULATION_IDS, type RegulationId } from '../regulations';
import type { RegulationResult } from '../result';
import { applyInfo } from './apply';
import type { Outcome } from './assessment';
import type { EvalContext } from './context';
import { withDontKnow } from './dont-know';

const RULES: Record<RegulationId, (answers: Answers, ctx: EvalContext) => Outcome> = {
  'algemene-bijstand': algemeneBijstand,
  aio,
  'bijzondere-bijstand': bijzondereBijstand,
  zorgtoeslag,
  huurtoeslag,
  'kindgebonden-budget': kindgebondenBudget,
  kinderopvangtoeslag,
};

/** All seven results, in the contract's order. */
export function evaluateRegulations(answers: Answers, ctx: EvalContext): RegulationResult[] {
  const stale = ctx.peildatum > KNOWN_UNTIL;
  return REGULATION_IDS.map((id) => {
    const outcome = withDontKnow(answers, ctx, (a) => RULES[id](a, ctx));
    const receiving = answers.receiving?.[id] ?? null;
    const reasons = stale
      ? [
          {
            code: 'parameters-stale',
            text: reasonText(ctx.lang, 'parameters-stale', {
              peildatum: ctx.peildatum,
              knownUntil: KNOWN_UNTIL,
            }),
            sources: [],
          },
          ...outcome.reasons,
        ]
      : outcome.reasons;
    return {
      regulation: id,
      verdict: outcome.verdict,
      estimate: outcome.estimate,
      reasons,
      missing: outcome.missing,
      receiving,
      nonUse: (outcome.verdict === 'likely' || outcome.verdict === 'possibly') && receiving === false,
      apply: applyInfo(id, ctx),
      thresholds: outcome.thresholds,
    };
  });
}
