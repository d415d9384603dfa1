import type { SourceId, Verification } from '../sources';

/**
 * The shapes of the legal parameters. The values themselves are data, in ./data/<concept>.json
 * (schema: ./schema.ts, bundled by ./bundled.ts); this file holds only the types and the undated
 * helpers that say where an article sits in a law.
 */

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

export const PW = (article: string, lid?: string): LawRef => ({
  bwb: 'BWBR0015703',
  law: 'Participatiewet',
  article,
  ...(lid ? { lid } : {}),
});

const lawRef =
  (bwb: string, law: string, paths: Record<string, string> = {}) =>
  (article: string, lid?: string): LawRef => {
    const path = paths[article];
    return { bwb, law, article, ...(lid ? { lid } : {}), ...(path ? { path } : {}) };
  };

/**
 * Where articles sit in laws divided into chapters, for wetten.overheid.nl's full element ids. Only
 * what the MinBZK regelrecht corpus states (the hoofdstuk/paragraaf of its cross-references in the
 * 2026-01-01 texts); other articles keep the short #Artikel<n> fragment.
 */
const AWIR_PATHS: Record<string, string> = {
  ...Object.fromEntries(['2', '3', '4'].map((a) => [a, 'Hoofdstuk1_Paragraaf2'])),
  ...Object.fromEntries(['7', '8'].map((a) => [a, 'Hoofdstuk1_Paragraaf3'])),
  ...Object.fromEntries(['15', '16', '18'].map((a) => [a, 'Hoofdstuk2_Paragraaf2'])),
  ...Object.fromEntries(['26b', '30'].map((a) => [a, 'Hoofdstuk2_Paragraaf3'])),
  '38': 'Hoofdstuk2_Paragraaf5',
};
const WHT_PATHS: Record<string, string> = {
  '1': 'Hoofdstuk1_Paragraaf1',
  ...Object.fromEntries(['2', '4', '5'].map((a) => [a, 'Hoofdstuk1_Paragraaf2'])),
  '7': 'Hoofdstuk2_Paragraaf1',
  '9': 'Hoofdstuk2_Paragraaf2',
  ...Object.fromEntries(['11', '13'].map((a) => [a, 'Hoofdstuk2_Paragraaf3'])),
  '14': 'Hoofdstuk2_Paragraaf4',
  ...Object.fromEntries(['16', '17', '19'].map((a) => [a, 'Hoofdstuk3_Paragraaf1'])),
  '20': 'Hoofdstuk3_Paragraaf2',
  '21': 'Hoofdstuk3_Paragraaf3',
  '26': 'Hoofdstuk4',
  '27': 'Hoofdstuk5',
};

/** Algemene wet inkomensafhankelijke regelingen. */
export const AWIR = lawRef('BWBR0018472', 'Awir', AWIR_PATHS);
/** Wet op de huurtoeslag. */
export const WHT = lawRef('BWBR0008659', 'Wet op de huurtoeslag', WHT_PATHS);
/** Wet op de zorgtoeslag. */
export const WZT = lawRef('BWBR0018451', 'Wet op de zorgtoeslag');
/** Wet op het kindgebonden budget. */
export const WKB = lawRef('BWBR0022751', 'Wet op het kindgebonden budget');
/** Algemene Kinderbijslagwet. */
export const AKW = lawRef('BWBR0002368', 'Algemene Kinderbijslagwet');
