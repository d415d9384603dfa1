import type { SourceId, Verification } from '../sources';

/** Where a parameter sits in the law, to link to the text in force on a date. */
export interface LawRef {
  bwb: string;
  /** Short name of the law as shown to people, e.g. "Participatiewet". */
  law: string;
  article: string;
  lid?: string;
  /**
   * The article's place in a law divided into chapters, as wetten.overheid.nl ids write it
   * (`Hoofdstuk2_Paragraaf2.1`); the link then uses the full fragment. Optional.
   */
  path?: string;
}

export type Unit =
  | 'cents-per-month'
  | 'cents-per-year'
  | 'cents'
  | 'cents-per-hour'
  | 'percent'
  | 'hours-per-month'
  | 'years'
  | 'months'
  | 'table';

export interface ParamValue<T> {
  /** First day this value is in force. */
  validFrom: string;
  /** Last day this value is known to hold; past it the engine reports `stale`. */
  knownUntil: string;
  value: T;
  source: SourceId;
  verification: Verification;
  quote?: string;
  note?: string;
  /**
   * The law fixes this value's change for its period but it is still to be indexed by a factor not yet
   * published (WKB art. 3 lid 7: "+ € 66 after the tabelcorrectiefactor"). It is used like a carried-over
   * value: `stale`, within the indexation margin.
   */
  indexationPending?: true;
}

export interface ParamDef<T = number> {
  id: string;
  description: string;
  unit: Unit;
  law?: LawRef;
  /** Ascending by validFrom, contiguous: each value's knownUntil is the day before the next validFrom. */
  values: ParamValue<T>[];
  note?: string;
}

export function defineParam<T = number>(def: ParamDef<T>): ParamDef<T> {
  return def;
}

/** Validity periods used by the 2026 parameters. */
export const H1_2026 = { validFrom: '2026-01-01', knownUntil: '2026-06-30' } as const;
export const H2_2026 = { validFrom: '2026-07-01', knownUntil: '2026-12-31' } as const;
export const YEAR_2026 = { validFrom: '2026-01-01', knownUntil: '2026-12-31' } as const;

export const PW = (article: string, lid?: string): LawRef => ({
  bwb: 'BWBR0015703',
  law: 'Participatiewet',
  article,
  ...(lid ? { lid } : {}),
});

const lawRef =
  (bwb: string, law: string) =>
  (article: string, lid?: string): LawRef => ({ bwb, law, article, ...(lid ? { lid } : {}) });

/** Algemene wet inkomensafhankelijke regelingen. */
export const AWIR = lawRef('BWBR0018472', 'Awir');
/** Wet op de huurtoeslag. */
export const WHT = lawRef('BWBR0008659', 'Wet op de huurtoeslag');
/** Wet op de zorgtoeslag. */
export const WZT = lawRef('BWBR0018451', 'Wet op de zorgtoeslag');
/** Wet op het kindgebonden budget. */
export const WKB = lawRef('BWBR0022751', 'Wet op het kindgebonden budget');
/** Algemene Kinderbijslagwet. */
export const AKW = lawRef('BWBR0002368', 'Algemene Kinderbijslagwet');
