/**
 * Arabic-Indic (U+0660…) and Persian (U+06F0…) digits to 0-9, the Arabic decimal and thousands
 * separators (U+066B, U+066C) to "." and ",", and bidi marks a copied amount may carry dropped.
 */
function westernDigits(input: string): string {
  return input
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',')
    .replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '');
}

/**
 * Money as people type it, to integer cents: "1.401,50", "1401,50", "1401.50", "€ 1 401", "-500",
 * and in Arabic digits "١٤٠١٫٥٠". Each language's usual decimal separator works: the comma
 * (nl, tr, pl, uk) and the point (en, ar).
 * A single separator followed by exactly three digits is read as a thousands separator
 * ("1.401" is € 1.401); followed by one or two digits it is the decimal separator.
 * Returns null for anything that is not clearly an amount.
 */
export function parseMoney(input: string): number | null {
  let text = westernDigits(input)
    .trim()
    .replace(/^€\s*/, '')
    .replace(/\s*€$/, '')
    .replace(/[\s\u00a0\u202f']/g, '');
  let sign = 1;
  if (/^[-−]/.test(text)) {
    sign = -1;
    text = text.slice(1).replace(/^€/, '');
  }
  text = text.replace(/,-$|\.-$/, '');
  if (!/^\d[\d.,]*$/.test(text)) return null;

  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let integer = text;
  let fraction = '';
  if (lastDot !== -1 && lastComma !== -1) {
    // Both present: the last one is the decimal separator, the other groups thousands.
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const at = text.lastIndexOf(decimal);
    integer = text.slice(0, at);
    fraction = text.slice(at + 1);
    if (integer.includes(decimal) || !validGroups(integer, group)) return null;
  } else if (lastDot !== -1 || lastComma !== -1) {
    const separator = lastDot !== -1 ? '.' : ',';
    const parts = text.split(separator);
    const last = parts[parts.length - 1] ?? '';
    if (parts.length === 2 && last.length <= 2) {
      integer = parts[0] ?? '';
      fraction = last;
    } else if (!validGroups(text, separator)) {
      return null;
    } else {
      integer = text;
    }
    integer = integer.split(separator).join('');
  }
  integer = integer.replace(/[.,]/g, '');
  if (!/^\d+$/.test(integer) || !/^\d{0,2}$/.test(fraction)) return null;
  const cents = Number(integer) * 100 + Number(fraction.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(cents)) return null;
  return sign * cents;
}

/** "1.234.567" with groups of exactly three digits after the first. */
function validGroups(text: string, separator: string): boolean {
  const parts = text.split(separator);
  return parts.every((part, index) =>
    index === 0 ? /^\d{1,3}$/.test(part) || parts.length === 1 : /^\d{3}$/.test(part),
  );
}

/** Languages written right to left, by their primary subtag. */
const RTL = new Set(['ar', 'fa', 'he', 'ur']);
export const isRtlLocale = (locale: string): boolean => RTL.has(locale.split('-')[0]?.toLowerCase() ?? '');

/**
 * Cents as a euro amount in the language's style (Intl); whole euros without decimals. In a
 * right-to-left language the amount is a left-to-right isolate (U+2066 … U+2069), so the bidi
 * algorithm never splits "1,401.50 €" around the surrounding words.
 */
export function formatMoney(cents: number, locale: string): string {
  const whole = cents % 100 === 0;
  const text = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    // The € sign in every language, as the API's texts write it (uk-UA would otherwise write "EUR").
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
  return isRtlLocale(locale) ? `\u2066${text.replace(/[\u200e\u200f\u061c]/g, '')}\u2069` : text;
}

/** The locale's decimal separator, as Intl writes it ("," for nl, tr, pl and uk, "." for en and ar). */
function decimalSeparator(locale: string): string {
  return (
    new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.'
  );
}

/** Cents back to what a person would type, for prefilled inputs ("1401,50" / "1401.50"). */
export function moneyInputValue(cents: number, locale: string): string {
  const decimal = decimalSeparator(locale) === ',' ? ',' : '.';
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100);
  const rest = abs % 100;
  return `${sign}${euros}${rest ? `${decimal}${String(rest).padStart(2, '0')}` : ''}`;
}
