import type { RegulationId } from '../regulations';
import { applyAr, fieldsAr, reasonsAr, thresholdAr } from './reasons.ar';
import { applyEn, fieldsEn, reasonsEn, thresholdEn } from './reasons.en';
import { applyNl, fieldsNl, type ReasonCode, reasonsNl, thresholdNl } from './reasons.nl';
import { applyTr, fieldsTr, reasonsTr, thresholdTr } from './reasons.tr';
import type { Format, ReasonValues, ThresholdWords } from './types';

/** One language's engine copy; the type makes a new language complete. */
export interface EngineCopy {
  reasons: Record<ReasonCode, (v: ReasonValues, f: Format) => string>;
  fields: Record<string, string>;
  apply: Record<RegulationId, string>;
  threshold: ThresholdWords;
}

/**
 * The languages the API speaks (ISO 639-1, the request's `lang`). This list is the only place a
 * language is registered: the request schema accepts exactly these codes, so a language without
 * its reasons.<lang>.ts file is a 400, never a half-translated answer. One line per language.
 */
export const ENGINE_COPY = {
  nl: { reasons: reasonsNl, fields: fieldsNl, apply: applyNl, threshold: thresholdNl },
  en: { reasons: reasonsEn, fields: fieldsEn, apply: applyEn, threshold: thresholdEn },
  tr: { reasons: reasonsTr, fields: fieldsTr, apply: applyTr, threshold: thresholdTr },
  ar: { reasons: reasonsAr, fields: fieldsAr, apply: applyAr, threshold: thresholdAr },
} satisfies Record<string, EngineCopy>;

export type Lang = keyof typeof ENGINE_COPY;

export const LANGUAGES = Object.keys(ENGINE_COPY) as [Lang, ...Lang[]];
