import type { ScreeningRequest, ScreeningResponse } from '../rules/index';
import { rulesVersionOf } from '../rules/rules-version';
import type { RegulationCell, ScreeningDims } from './cells';
import { ageBand, household, monthOf, type Receiving } from './dimensions';

/** The anonymous signal one screening leaves: dimensions and verdict cells, nothing of the answers. */
export interface ScreeningSignal {
  dims: ScreeningDims;
  cells: RegulationCell[];
  /** As sent by the browser; the store replaces it by a keyed hash at once and never keeps it. */
  sessionId?: string;
  /** When the screening was made (ms since epoch): a later screening of a visit replaces an earlier one. */
  at: number;
}

export function screeningSignal(
  request: ScreeningRequest,
  response: ScreeningResponse,
  now: Date,
): ScreeningSignal {
  const { answers } = request;
  const cells = response.results.map((result): RegulationCell => {
    const given = answers.receiving?.[result.regulation];
    const receiving: Receiving = given === undefined ? 'unanswered' : given ? 'yes' : 'no';
    // A reason why not is counted only for a regulation the household says it does not receive.
    const reason = receiving === 'no' ? (answers.nonUseReasons?.[result.regulation] ?? null) : null;
    return { regulation: result.regulation, verdict: result.verdict, receiving, reason };
  });
  return {
    dims: {
      month: monthOf(now),
      channel: request.channel,
      region: request.region ?? null,
      ageBand: ageBand(answers.age),
      household: household(answers),
      rulesVersion: rulesVersionOf(response.peildatum),
    },
    cells,
    ...(request.sessionId ? { sessionId: request.sessionId } : {}),
    at: now.getTime(),
  };
}
