import type { Lang } from '../../contract/request';
import type { ReasonCopy } from './types';

/**
 * Each language's engine copy behind a dynamic import, so a browser downloads only the language it
 * shows (web/vite.config.ts keeps reasons.<lang>.ts out of the engine chunk). A new language adds one
 * line here and one in content/index.ts (the server's static set).
 */
const LOADERS: Record<Lang, () => Promise<ReasonCopy>> = {
  nl: () =>
    import('./reasons.nl').then((m) => ({
      lang: 'nl',
      reasons: m.reasonsNl,
      fields: m.fieldsNl,
      apply: m.applyNl,
      threshold: m.thresholdNl,
    })),
  en: () =>
    import('./reasons.en').then((m) => ({
      lang: 'en',
      reasons: m.reasonsEn,
      fields: m.fieldsEn,
      apply: m.applyEn,
      threshold: m.thresholdEn,
    })),
  tr: () =>
    import('./reasons.tr').then((m) => ({
      lang: 'tr',
      reasons: m.reasonsTr,
      fields: m.fieldsTr,
      apply: m.applyTr,
      threshold: m.thresholdTr,
    })),
  ar: () =>
    import('./reasons.ar').then((m) => ({
      lang: 'ar',
      reasons: m.reasonsAr,
      fields: m.fieldsAr,
      apply: m.applyAr,
      threshold: m.thresholdAr,
    })),
  pl: () =>
    import('./reasons.pl').then((m) => ({
      lang: 'pl',
      reasons: m.reasonsPl,
      fields: m.fieldsPl,
      apply: m.applyPl,
      threshold: m.thresholdPl,
    })),
  uk: () =>
    import('./reasons.uk').then((m) => ({
      lang: 'uk',
      reasons: m.reasonsUk,
      fields: m.fieldsUk,
      apply: m.applyUk,
      threshold: m.thresholdUk,
    })),
};

const loaded = new Map<Lang, Promise<ReasonCopy>>();

/** The engine copy of `lang`, loaded once. */
export function loadReasonCopy(lang: Lang): Promise<ReasonCopy> {
  let copy = loaded.get(lang);
  if (!copy) {
    copy = LOADERS[lang]();
    loaded.set(lang, copy);
  }
  return copy;
}
