import { formatEuro } from '../engine/money';
import type { RegulationId } from '../regulations';
import { ENGINE_COPY, type EngineCopy, LANGUAGES, type Lang } from './languages';
import type { ReasonCode } from './reasons.nl';
import type { Format, ReasonValues } from './types';

export type { ReasonCode } from './reasons.nl';
export type { ReasonValues } from './types';

/** All engine copy per language: registered in languages.ts, complete by type. */
const CONTENT: Record<Lang, EngineCopy> = ENGINE_COPY;

const FORMATS = Object.fromEntries(LANGUAGES.map((lang) => [lang, formatFor(lang)])) as Record<Lang, Format>;

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
  const words = CONTENT[lang].threshold;
  const under = kind === 'below' ? margin > 0 : margin >= 0;
  return (under ? words.under : words.over)(
    f.euro(Math.abs(margin)),
    words.per[period],
    f.euro(limit),
    f.field(field),
  );
}
