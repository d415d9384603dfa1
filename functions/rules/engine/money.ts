import type { Lang } from '../request';

/** Formats cents as euros the Dutch way ("€ 1.401,50") or the English way ("€1,401.50"). */
export function formatEuro(cents: number, lang: Lang, { whole = false } = {}): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100);
  const rest = abs % 100;
  const [group, decimal] = lang === 'nl' ? ['.', ','] : [',', '.'];
  const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const fraction = whole && rest === 0 ? '' : `${decimal}${String(rest).padStart(2, '0')}`;
  return `${negative ? '−' : ''}€${lang === 'nl' ? ' ' : ''}${grouped}${fraction}`;
}

/** a × num / den, rounded half up to an integer (amounts in cents). */
export function mulDivRound(a: number, num: number, den: number): number {
  return Math.floor((a * num * 2 + den) / (den * 2));
}

/** A percentage given with up to 3 decimals as an exact fraction num/100000. */
export function percentNumerator(percent: number): number {
  return Math.round(percent * 1000);
}
