import type { Lang } from '../../contract/request';
import type { Evaluation, ScreeningResponse } from '../../contract/result';
import { applyAr, fieldsAr, reasonsAr, thresholdAr } from './reasons.ar';
import { applyEn, fieldsEn, reasonsEn, thresholdEn } from './reasons.en';
import { applyNl, fieldsNl, reasonsNl, thresholdNl } from './reasons.nl';
import { applyPl, fieldsPl, reasonsPl, thresholdPl } from './reasons.pl';
import { applyTr, fieldsTr, reasonsTr, thresholdTr } from './reasons.tr';
import { applyUk, fieldsUk, reasonsUk, thresholdUk } from './reasons.uk';
import { renderScreening } from './render';
import type { ReasonCopy } from './types';

export type { ReasonCode } from './reasons.nl';
export type { ReasonCopy, ReasonValues } from './types';

/**
 * Every language's engine copy at once, for the server (the API renders the request's `lang`) and the
 * tests. The browser loads one language at a time instead (content/load.ts). A new language adds one
 * entry here (and is complete by type), one loader there, and its code in functions/contract/request.ts.
 */
export const REASON_COPY: Record<Lang, ReasonCopy> = {
  nl: { lang: 'nl', reasons: reasonsNl, fields: fieldsNl, apply: applyNl, threshold: thresholdNl },
  en: { lang: 'en', reasons: reasonsEn, fields: fieldsEn, apply: applyEn, threshold: thresholdEn },
  tr: { lang: 'tr', reasons: reasonsTr, fields: fieldsTr, apply: applyTr, threshold: thresholdTr },
  ar: { lang: 'ar', reasons: reasonsAr, fields: fieldsAr, apply: applyAr, threshold: thresholdAr },
  pl: { lang: 'pl', reasons: reasonsPl, fields: fieldsPl, apply: applyPl, threshold: thresholdPl },
  uk: { lang: 'uk', reasons: reasonsUk, fields: fieldsUk, apply: applyUk, threshold: thresholdUk },
};

/** The contract's response for `evaluation` in `lang`: what POST /api/screen answers. */
export function renderIn(lang: Lang, evaluation: Evaluation): ScreeningResponse {
  return renderScreening(evaluation, REASON_COPY[lang]);
}
