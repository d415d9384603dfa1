import type { Verdict } from '../contract/result';
import {
  type Answers,
  NON_USE_REASONS,
  type NonUseReason,
  REGULATION_IDS,
  type RegulationId,
} from '../rules/index';
import { amsterdamDate } from './amsterdam-date';

/**
 * The statistics dimensions, defined once (documented in docs/screening-api.md, "Statistics dimensions").
 * Each value has a short code used in stored attribute names: items stay small, and a write costs
 * DynamoDB write units by item size.
 */

export const VERDICTS = ['likely', 'possibly', 'unlikely', 'unknown'] as const satisfies readonly Verdict[];
export const RECEIVING = ['yes', 'no', 'unanswered'] as const;
export type Receiving = (typeof RECEIVING)[number];
export const CHANNELS = ['citizen', 'counter'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Age bands of the applicant, fixed in whole years so months stay comparable. 67+ is AOW age in
 * 2026–2027; from 2028 AOW age is 67 and 3 months, which a whole-year band cannot express.
 */
export const AGE_BANDS = ['0-17', '18-20', '21-26', '27-66', '67-plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBand(age: number | undefined): AgeBand | null {
  if (age === undefined) return null;
  if (age < 18) return '0-17';
  if (age <= 20) return '18-20';
  if (age <= 26) return '21-26';
  if (age <= 66) return '27-66';
  return '67-plus';
}

export const HOUSEHOLDS = ['single', 'single-parent', 'couple', 'couple-with-children'] as const;
export type Household = (typeof HOUSEHOLDS)[number];

/** Household type from `partner` and `children`; null until both are answered. */
export function household(answers: Pick<Answers, 'partner' | 'children'>): Household | null {
  if (answers.partner === undefined || answers.children === undefined) return null;
  const kids = answers.children.length > 0;
  if (answers.partner) return kids ? 'couple-with-children' : 'couple';
  return kids ? 'single-parent' : 'single';
}

/** Statistics months are calendar months in Europe/Amsterdam (contract). */
export function monthOf(now: Date): string {
  return amsterdamDate(now).slice(0, 7);
}

/** The dimensions `groupBy` may name. `reason` is an extension (answers.nonUseReasons). */
export const GROUP_BY_DIMENSIONS = ['region', 'ageBand', 'household', 'reason'] as const;
export type GroupByDimension = (typeof GROUP_BY_DIMENSIONS)[number];

// --- short codes for stored names ---------------------------------------------------------------

const codes = <T extends string>(entries: Record<T, string>) => {
  const decode = new Map(Object.entries(entries).map(([k, v]) => [v as string, k as T]));
  return { encode: (value: T) => entries[value], decode: (code: string) => decode.get(code) };
};

export const regulationCode = codes<RegulationId>({
  'algemene-bijstand': 'ab',
  aio: 'aio',
  'bijzondere-bijstand': 'bb',
  zorgtoeslag: 'zt',
  huurtoeslag: 'ht',
  'kindgebonden-budget': 'kgb',
  kinderopvangtoeslag: 'kot',
});
export const verdictCode = codes<Verdict>({ likely: 'l', possibly: 'p', unlikely: 'u', unknown: 'k' });
export const receivingCode = codes<Receiving>({ yes: 'y', no: 'n', unanswered: 'u' });
export const reasonCode = codes<NonUseReason>({
  'did-not-know': 'dnk',
  'thought-not-entitled': 'tne',
  'fear-of-repayment': 'fr',
  'too-complicated': 'tc',
  shame: 'sh',
  'not-worth-it': 'nw',
  'applied-refused': 'ar',
  other: 'ot',
});

export { NON_USE_REASONS, REGULATION_IDS };
