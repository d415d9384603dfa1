import type { Lang } from '../request';

const STYLE = {
  nl: { prefix: '€ ', group: '.', decimal: ',' },
  en: { prefix: '€', group: ',', decimal: '.' },
} as const;

/** Formats cents as euros the Dutch way ("€ 1.401,50") or the English way ("€1,401.50"). Hot path: no Intl, no regex. */
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

/** a × num / den, rounded half up to an integer (amounts in cents). */
export function mulDivRound(a: number, num: number, den: number): number {
  return Math.floor((a * num * 2 + den) / (den * 2));
}

/** A percentage given with up to 3 decimals as an exact fraction num/100000. */
export function percentNumerator(percent: number): number {
  return Math.round(percent * 1000);
}

/** Cents rounded down to whole euros. */
export const wholeEuros = (cents: number): number => Math.floor(cents / 100) * 100;
