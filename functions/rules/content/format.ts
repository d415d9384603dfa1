import type { Lang } from '../../contract/request';

/** How each language writes an amount of euros. */
const STYLE: Record<Lang, { prefix: string; group: string; decimal: string }> = {
  nl: { prefix: '€ ', group: '.', decimal: ',' },
  en: { prefix: '€', group: ',', decimal: '.' },
};

/**
 * Formats cents as euros the Dutch way ("€ 1.401,50") or the English way ("€1,401.50"). Only the
 * edge formats (the reason texts are rendered there), so the engine carries no formatting.
 * Hot path: no Intl, no regex.
 */
export function formatEuro(cents: number, lang: Lang, { whole = false } = {}): string {
  const style = STYLE[lang];
  const abs = cents < 0 ? -cents : cents;
  const rest = abs % 100;
  let euros = (abs - rest) / 100;
  let grouped = '';
  while (euros >= 1000) {
    const part = euros % 1000;
    grouped = style.group + (part < 10 ? '00' : part < 100 ? '0' : '') + part + grouped;
    euros = (euros - part) / 1000;
  }
  const fraction = whole && rest === 0 ? '' : style.decimal + (rest < 10 ? '0' : '') + rest;
  return (cents < 0 ? '−' : '') + style.prefix + euros + grouped + fraction;
}
