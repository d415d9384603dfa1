import type { Lang } from '../../contract/request';

interface ThresholdWords {
  per: { month: string; year: string; stock: string };
  under: string;
  over: string;
}

/**
 * "€ 40,00 per maand onder de grens van € 1.401,50 (netto inkomen per maand)": the words around a
 * threshold's amounts. A language without its own words uses English (as before the move to the edge).
 */
export const THRESHOLD_WORDS: Partial<Record<Lang, ThresholdWords>> & { en: ThresholdWords } = {
  nl: {
    per: { month: ' per maand', year: ' per jaar', stock: '' },
    under: 'onder de grens van',
    over: 'boven de grens van',
  },
  en: {
    per: { month: ' a month', year: ' a year', stock: '' },
    under: 'under the limit of',
    over: 'over the limit of',
  },
};
