import type { Answers } from '../../../functions/rules/answers';
import { DEFAULT_LANG, isLangCode, type LangCode } from '../content';
import { randomUuid } from './uuid';

/**
 * Everything the visit remembers, in sessionStorage only: gone when the tab closes or on
 * "Start again". Nothing goes to localStorage, cookies or the URL.
 */
const KEY = { answers: 'sw.answers', sessionId: 'sw.sessionId', lang: 'sw.lang' } as const;

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage blocked: the visit still works, it just forgets on reload
  }
}

const memory = new Map<string, string>();

function read(key: string): string | null {
  return storage()?.getItem(key) ?? memory.get(key) ?? null;
}

function write(key: string, value: string): void {
  memory.set(key, value);
  try {
    storage()?.setItem(key, value);
  } catch {
    // quota or privacy mode: the in-memory copy carries the visit
  }
}

export function loadAnswers(): Answers {
  try {
    const parsed: unknown = JSON.parse(read(KEY.answers) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Answers) : {};
  } catch {
    return {};
  }
}

export function saveAnswers(answers: Answers): void {
  write(KEY.answers, JSON.stringify(answers));
}

/** The random id that lets the server count this visit once, however often it re-screens. */
export function sessionId(): string {
  const existing = read(KEY.sessionId);
  if (existing) return existing;
  const id = randomUuid();
  write(KEY.sessionId, id);
  return id;
}

export function loadLang(): LangCode {
  const stored = read(KEY.lang);
  return isLangCode(stored) ? stored : DEFAULT_LANG;
}

export function saveLang(lang: LangCode): void {
  write(KEY.lang, lang);
}

/** "Start again": forget the answers and the visit id; keep only the chosen language. */
export function clearVisit(): void {
  memory.delete(KEY.answers);
  memory.delete(KEY.sessionId);
  storage()?.removeItem(KEY.answers);
  storage()?.removeItem(KEY.sessionId);
}
