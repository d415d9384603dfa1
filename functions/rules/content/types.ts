import type { Lang } from '../../contract/request';
import type { RegulationId } from '../regulations';
import type { ReasonCode } from './reasons.nl';

export type ReasonValues = Record<string, number | string>;

/** Helpers a text gets: money in the language's style, and answer-field labels. */
export interface Format {
  euro(cents: number | string | undefined): string;
  field(path: string): string;
}

export type ReasonTexts = Record<string, (v: ReasonValues, f: Format) => string>;

/**
 * One language's engine copy, as its reasons.<lang>.ts exports it: the reason texts (every code, by
 * type), the answer-field labels and the apply lines. The renderer takes it as a parameter, so a
 * browser loads only the language it shows (content/load.ts).
 */
export interface ReasonCopy {
  lang: Lang;
  reasons: Record<ReasonCode, (v: ReasonValues, f: Format) => string>;
  fields: Record<string, string>;
  apply: Record<RegulationId, string>;
  threshold: ThresholdWords;
}

/** How far an answer is from a limit, in one language: the period words and the sentence order. */
export interface ThresholdWords {
  per: Record<'month' | 'year' | 'stock', string>;
  under: (amount: string, per: string, limit: string, field: string) => string;
  over: (amount: string, per: string, limit: string, field: string) => string;
}
