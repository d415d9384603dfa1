import type { NonUseReason } from '../../../../functions/contract/answers';
import type { RegulationId } from '../../../../functions/contract/regulations';
import { randomUuid } from '../../../src/lib/uuid';
import { type Drafts, EMPTY_DRAFTS } from '../form/drafts';

/**
 * One visitor at the counter: what was typed, the "already receiving / why not" answers, the
 * visitor's language and the visit id. Kept in sessionStorage so a reload mid-visit loses nothing;
 * "new visitor" wipes the tab's sessionStorage and starts a new id.
 */
export interface Visit {
  sessionId: string;
  drafts: Drafts;
  receiving: Partial<Record<RegulationId, boolean>>;
  reasons: Partial<Record<RegulationId, NonUseReason>>;
  visitorLang: string;
}

const KEY = 'sw.balie.visit';

export function newVisit(): Visit {
  return { sessionId: randomUuid(), drafts: EMPTY_DRAFTS, receiving: {}, reasons: {}, visitorLang: 'en' };
}

export function loadVisit(): Visit {
  try {
    const parsed = JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null') as Partial<Visit> | null;
    if (parsed && typeof parsed.sessionId === 'string' && parsed.drafts) {
      return { ...newVisit(), ...parsed } as Visit;
    }
  } catch {
    // unreadable or blocked storage: start fresh
  }
  return newVisit();
}

export function saveVisit(visit: Visit): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(visit));
  } catch {
    // quota or privacy mode: the visit lives in memory only
  }
}

/** Forgets the visitor: everything in this tab's sessionStorage (the citizen app's too), and a new id. */
export function clearVisit(): Visit {
  try {
    window.sessionStorage.clear();
  } catch {
    // nothing stored
  }
  return newVisit();
}
