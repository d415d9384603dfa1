import type { Content } from './types';

/**
 * The languages on offer. Each loads its own chunk, so a visitor downloads one language.
 * Adding one (right-to-left included) is a content file plus a line here.
 */
export const LANGUAGES = {
  nl: { name: 'Nederlands', load: () => import('./nl').then((m) => m.nl) },
  en: { name: 'English', load: () => import('./en').then((m) => m.en) },
} satisfies Record<string, { name: string; load: () => Promise<Content> }>;

export type LangCode = keyof typeof LANGUAGES;

export const DEFAULT_LANG: LangCode = 'nl';

export function isLangCode(value: unknown): value is LangCode {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

export type { Content } from './types';
