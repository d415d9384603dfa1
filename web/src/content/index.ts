import { nl } from './nl';
import type { Content } from './types';

interface Language {
  /** The language's own name, for the switch. */
  name: string;
  /** The offer when the browser asks for this language, in the language itself (never forced). */
  offer: string;
  load: () => Promise<Content>;
}

/**
 * The languages on offer: registering one is its content file plus one line here. Dutch, the
 * default and the authoritative text, is part of the start page's own chunk, so the first render
 * waits for no second request; every other language loads its own chunk on first use (only the
 * chosen one is fetched). Right to left comes with the content's `dir`.
 */
export const LANGUAGES = {
  nl: { name: 'Nederlands', offer: 'Lees in het Nederlands', load: () => Promise.resolve(nl) },
  en: { name: 'English', offer: 'Read in English', load: () => import('./en').then((m) => m.en) },
  tr: { name: 'Türkçe', offer: 'Türkçe okuyun', load: () => import('./tr').then((m) => m.tr) },
  ar: { name: 'العربية', offer: 'اقرأ بالعربية', load: () => import('./ar').then((m) => m.ar) },
  pl: { name: 'Polski', offer: 'Czytaj po polsku', load: () => import('./pl').then((m) => m.pl) },
  uk: { name: 'Українська', offer: 'Читати українською', load: () => import('./uk').then((m) => m.uk) },
} satisfies Record<string, Language>;

export type LangCode = keyof typeof LANGUAGES;

export const DEFAULT_LANG: LangCode = 'nl';

export function isLangCode(value: unknown): value is LangCode {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

/**
 * The first of the browser's languages we have, other than Dutch: offered, never chosen for the
 * person. "tr-TR" matches tr; nothing when the browser prefers Dutch or none of ours.
 */
export function browserLanguage(preferred: readonly string[]): LangCode | null {
  for (const tag of preferred) {
    const code = tag.toLowerCase().split(/[-_]/)[0];
    if (code === DEFAULT_LANG) return null;
    if (isLangCode(code)) return code;
  }
  return null;
}

export type { Content } from './types';
