import { applyText } from '../content';
import { DECIDED_BY, type RegulationId } from '../regulations';
import type { ApplyInfo } from '../result';
import { SOURCES } from '../sources';
import type { EvalContext } from './context';

/** Where each regulation is applied for (docs/domain/next-steps.md). */
const APPLY_URL: Record<RegulationId, string> = {
  'algemene-bijstand': SOURCES['RO-BIJSTAND'].url,
  aio: SOURCES['SVB-AIO-CHECK'].url,
  'bijzondere-bijstand': SOURCES['RO-BIJSTAND'].url,
  zorgtoeslag: SOURCES['BD-TOESLAG-AANVRAGEN'].url,
  huurtoeslag: SOURCES['BD-TOESLAG-AANVRAGEN'].url,
  'kindgebonden-budget': SOURCES['BD-TOESLAG-AANVRAGEN'].url,
  kinderopvangtoeslag: SOURCES['BD-TOESLAG-AANVRAGEN'].url,
};

export function applyInfo(id: RegulationId, ctx: EvalContext): ApplyInfo {
  return { by: DECIDED_BY[id], url: APPLY_URL[id], text: applyText(ctx.lang, id) };
}
