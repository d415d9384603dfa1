import type { CodedApply } from '../../contract/result';
import { DECIDED_BY, type RegulationId } from '../regulations';
import { SOURCES } from '../sources';

/** Where each regulation is applied for (docs/domain/next-steps.md); the line that says so is copy, added at the edge. */
const APPLY_URL: Record<RegulationId, string> = {
  'algemene-bijstand': SOURCES['RO-BIJSTAND'].url,
  aio: SOURCES['SVB-AIO-CHECK'].url,
  'bijzondere-bijstand': SOURCES['RO-BIJSTAND'].url,
  zorgtoeslag: SOURCES['BD-TOESLAG-AANVRAGEN'].url,
  huurtoeslag: SOURCES['BD-TOESLAG-AANVRAGEN'].url,
  'kindgebonden-budget': SOURCES['BD-TOESLAG-AANVRAGEN'].url,
  kinderopvangtoeslag: SOURCES['BD-TOESLAG-AANVRAGEN'].url,
};

export function applyInfo(id: RegulationId): CodedApply {
  return { by: DECIDED_BY[id], url: APPLY_URL[id] };
}
