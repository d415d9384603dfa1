import { nl } from './nl';
import type { Content } from './types';

/**
 * The languages on offer. Dutch, the default, is part of the start page's own chunk, so the
 * first render waits for no second request; every other language loads its own chunk on
 * first use. Adding one (right-to-left included) is a content file plus a line here.
 */
export const LANGUAGES = {
  nl: { name: 'Nederlands', load: () => Promise.resolve(nl) },
  en: { name: 'English', load: () => import('./en').then((m) => m.en) },
} satisfies Record<string, { name: string; load: () => Promise<Content> }>;

export type LangCode = keyof typeof LANGUAGES;

export const DEFAULT_LANG: LangCode = 'nl';

export function isLangCode(value: unknown): value is LangCode {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

export type { Content } from './types';
