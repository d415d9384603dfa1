import type { Answers, NonUseReason } from '../../../../functions/contract/answers';
import type { RegulationId } from '../../../../functions/contract/regulations';
import type { RegulationResult } from '../../../../functions/contract/result';

/** What deciding needs of a result: its regulation and verdict (coded or rendered alike). */
type Decided = Pick<RegulationResult, 'regulation' | 'verdict'>;

/**
 * "Does the visitor already get this?" is asked where the contract's nonUse can be true: a likely or
 * possible entitlement. "Why not?" follows a no.
 */
export function asksReceiving(result: Decided): boolean {
  return result.verdict === 'likely' || result.verdict === 'possibly';
}

/** Adds the receiving answers (and reasons after a no) for the regulations that ask for them. */
export function withReceiving(
  answers: Answers,
  results: readonly Decided[],
  receiving: Partial<Record<RegulationId, boolean>>,
  reasons: Partial<Record<RegulationId, NonUseReason>>,
): Answers {
  const asked = results.filter(asksReceiving).map((result) => result.regulation);
  const given: Partial<Record<RegulationId, boolean>> = {};
  const why: Partial<Record<RegulationId, NonUseReason>> = {};
  for (const id of asked) {
    if (receiving[id] !== undefined) given[id] = receiving[id];
    const reason = reasons[id];
    if (receiving[id] === false && reason) why[id] = reason;
  }
  return {
    ...answers,
    ...(Object.keys(given).length > 0 && { receiving: given }),
    ...(Object.keys(why).length > 0 && { nonUseReasons: why }),
  };
}
