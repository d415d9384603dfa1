import { SUPPORTED_FROM } from './params';
import { DECIDED_BY, REGULATION_IDS, type RegulationId } from './regulations';

/** The regulations Dienst Toeslagen decides: these can still be applied for after their year. */
export const TOESLAG_IDS: readonly RegulationId[] = REGULATION_IDS.filter(
  (id) => DECIDED_BY[id] === 'toeslagen',
);

export interface EarlierYear {
  year: number;
  /** The peildatum to screen that year with: its last day. */
  peildatum: string;
  /** The last day a request about that year can be made (without an extension). */
  deadline: string;
}

/**
 * Earlier years whose toeslagen can still be applied for on `today`. Awir art. 15 lid 1: "Een aanvraag
 * om een tegemoetkoming met betrekking tot een berekeningsjaar kan tot en met 31 december van het jaar
 * volgend op het berekeningsjaar worden ingediend" (later only when an aangifte invitation runs past
 * that day). So on any day of a year, the year before is open, if these rules cover it. Bijstand is
 * not offered: it starts from the day of reporting (Participatiewet art. 44 lid 1).
 */
export function earlierToeslagYears(today: string): EarlierYear[] {
  const year = Number(today.slice(0, 4)) - 1;
  const peildatum = `${year}-12-31`;
  if (peildatum < SUPPORTED_FROM) return [];
  return [{ year, peildatum, deadline: `${year + 1}-12-31` }];
}
