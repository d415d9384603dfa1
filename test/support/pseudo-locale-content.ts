import type { Content } from '../../web/src/content/types';

/**
 * A pseudo-locale built from the Dutch copy at test time: every text 40 % longer (in word-sized
 * pieces, as a real translation grows), accented, and wrapped in right-to-left marks, on a
 * right-to-left document. A page that survives it at 320 px survives Turkish, Arabic, Polish…
 * Links (`url`) stay as they are; functions return pseudo text.
 */
const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'ë',
  i: 'ï',
  o: 'ô',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  z: 'ž',
  y: 'ý',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ø',
  U: 'Û',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Z: 'Ž',
};
const FILLER = ['ļōŕëm', 'ïpšūm', 'đōļōŕ', 'šïţ', 'āmëţ', 'çōñšëçţëţūŕ'];
const RLM = '\u200f';

export function pseudoText(text: string): string {
  if (text === '') return text;
  const accented = text.replace(/[A-Za-z]/g, (letter) => ACCENTS[letter] ?? letter);
  const extra: string[] = [];
  let added = 0;
  for (let i = 0; added < Math.ceil(text.length * 0.4); i++) {
    const word = FILLER[i % FILLER.length] ?? '';
    extra.push(word);
    added += word.length + 1;
  }
  return `${RLM}${accented} ${extra.join(' ')}${RLM}`;
}

function pseudo(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return key === 'url' ? value : pseudoText(value);
  if (typeof value === 'function')
    return (...args: unknown[]) => pseudo((value as (...a: unknown[]) => unknown)(...args));
  if (Array.isArray(value)) return value.map((item) => pseudo(item));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudo(v, k)]));
  return value;
}

export function pseudoLocale(nl: Content): Content {
  return {
    ...(pseudo(nl) as Content),
    // Right to left, and the API's English texts for reasons (the API has no pseudo-locale).
    lang: 'en',
    dir: 'rtl',
    name: 'English',
    speechLang: 'en-XA',
    apiLang: 'en',
    locale: 'en-GB',
  };
}
