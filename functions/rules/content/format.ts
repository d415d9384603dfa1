import type { Lang } from '../../contract/request';

interface EuroStyle {
  prefix: string;
  group: string;
  decimal: string;
  suffix?: string;
  /** Around the whole amount, sign included: the Unicode isolate for right-to-left languages. */
  isolate?: readonly [string, string];
}

/**
 * Each language's usual way of writing an amount (as Intl writes it for that locale). Arabic keeps
 * Latin digits, as on every Dutch letter, and wraps the amount in a left-to-right isolate
 * (U+2066 … U+2069) so "1,401.50 €" is not reordered inside right-to-left text.
 */
const STYLE: Record<Lang, EuroStyle> = {
  nl: { prefix: '€ ', group: '.', decimal: ',' },
  en: { prefix: '€', group: ',', decimal: '.' },
  tr: { prefix: '€', group: '.', decimal: ',' },
  ar: { prefix: '', group: ',', decimal: '.', suffix: ' €', isolate: ['\u2066', '\u2069'] },
  // Intl groups with a no-break space and puts "€" after: "1 401,50 €" (pl-PL; Intl skips the group
  // below 10 000, we always group, as the Polish copy's examples do). Intl writes "EUR" for uk-UA; the
  // Ukrainian copy writes "€" (docs/glossary/uk.md), so the reasons do too.
  pl: { prefix: '', group: '\u00a0', decimal: ',', suffix: '\u00a0€' },
  uk: { prefix: '', group: '\u00a0', decimal: ',', suffix: '\u00a0€' },
};

/**
 * Formats cents as euros in the language's style: "€ 1.401,50" (nl), "€1,401.50" (en). Only the
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
  const amount = (cents < 0 ? '−' : '') + style.prefix + euros + grouped + fraction + (style.suffix ?? '');
  return style.isolate ? style.isolate[0] + amount + style.isolate[1] : amount;
}
