import { formatEuro } from '../engine/money';
import type { RegulationId } from '../regulations';
import type { Lang } from '../request';
import { applyEn, fieldsEn, reasonsEn } from './reasons.en';
import { applyNl, fieldsNl, type ReasonCode, reasonsNl } from './reasons.nl';
import type { Format, ReasonValues } from './types';

export type { ReasonCode } from './reasons.nl';
export type { ReasonValues } from './types';

/** All engine copy per language; a new language adds one entry here (and is complete by type). */
const CONTENT: Record<
  Lang,
  {
    reasons: Record<ReasonCode, (v: ReasonValues, f: Format) => string>;
    fields: Record<string, string>;
    apply: Record<RegulationId, string>;
  }
> = {
  nl: { reasons: reasonsNl, fields: fieldsNl, apply: applyNl },
  en: { reasons: reasonsEn, fields: fieldsEn, apply: applyEn },
};

const FORMATS: Record<Lang, Format> = {
  nl: formatFor('nl'),
  en: formatFor('en'),
};

function formatFor(lang: Lang): Format {
  return {
    euro: (cents) => formatEuro(Number(cents ?? 0), lang),
    field: (path) => CONTENT[lang].fields[path] ?? path,
  };
}

const format = (lang: Lang): Format => FORMATS[lang];

export function reasonText(lang: Lang, code: ReasonCode, values: ReasonValues): string {
  return CONTENT[lang].reasons[code](values, format(lang));
}

export function applyText(lang: Lang, id: RegulationId): string {
  return CONTENT[lang].apply[id];
}

/** "€ 40,00 per maand onder de grens" — how far an answer is from the limit that decides. */
export function thresholdText(
  lang: Lang,
  field: string,
  margin: number,
  limit: number,
  kind: 'below' | 'at-most',
): string {
  const f = format(lang);
  const period = field === 'grossIncomeYearly' ? 'year' : field === 'assets' ? 'stock' : 'month';
  const per = {
    nl: { month: ' per maand', year: ' per jaar', stock: '' },
    en: { month: ' a month', year: ' a year', stock: '' },
  }[lang][period];
  const under = kind === 'below' ? margin > 0 : margin >= 0;
  if (lang === 'nl') {
    return under
      ? `${f.euro(Math.abs(margin))}${per} onder de grens van ${f.euro(limit)} (${f.field(field)})`
      : `${f.euro(Math.abs(margin))}${per} boven de grens van ${f.euro(limit)} (${f.field(field)})`;
  }
  return under
    ? `${f.euro(Math.abs(margin))}${per} under the limit of ${f.euro(limit)} (${f.field(field)})`
    : `${f.euro(Math.abs(margin))}${per} over the limit of ${f.euro(limit)} (${f.field(field)})`;
}
