import type { Answers } from '../../../functions/contract/answers';
import { DEFAULT_LANG, isLangCode, type LangCode } from '../content';
import { deleteSaved, loadSaved, type Saved, storeSaved } from './device';
import { randomUuid } from './uuid';

/**
 * Everything the visit remembers, in sessionStorage only: gone when the tab closes or on
 * "Start again". Nothing goes to cookies or the URL, and nothing to localStorage unless the
 * person chooses "Save on this device" (lib/device.ts): then, for the rest of the visit, every
 * change of answer is saved there too (`keep`).
 */
const KEY = {
  answers: 'sw.answers',
  sessionId: 'sw.sessionId',
  lang: 'sw.lang',
  keep: 'sw.keep',
  region: 'sw.region',
} as const;

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
  if (keepsOnDevice()) storeSaved(answers);
}

/** Whether this visit chose "Save on this device" (and the copy is still there). */
export function keepsOnDevice(): boolean {
  if (read(KEY.keep) !== '1') return false;
  if (loadSaved()) return true;
  forget(KEY.keep); // deleted elsewhere (another tab, the browser's own settings)
  return false;
}

/** The person chose "Save on this device": save the answers now and on every change this visit. */
export function keepOnDevice(): Saved | null {
  const saved = storeSaved(loadAnswers());
  if (saved) write(KEY.keep, '1');
  return saved;
}

/** "Continue where you left off": the saved answers become this visit's, and stay kept. */
export function resumeFromDevice(): boolean {
  const saved = loadSaved();
  if (!saved) return false;
  write(KEY.answers, JSON.stringify(saved.answers));
  write(KEY.keep, '1');
  return true;
}

/** "Delete saved answers": gone from the device; this visit's own answers stay until it ends. */
export function forgetOnDevice(): void {
  deleteSaved();
  forget(KEY.keep);
}

function forget(key: string): void {
  memory.delete(key);
  try {
    storage()?.removeItem(key);
  } catch {
    // blocked storage holds nothing
  }
}

/**
 * The gemeente the person chose (a CBS code), or null when they skipped the question. Beside the
 * answers, not in them: it decides no verdict and goes to the API as the request's `region`.
 */
export function loadRegion(): string | null {
  const stored = read(KEY.region);
  return stored && /^GM\d{4}$/.test(stored) ? stored : null;
}

export function saveRegion(code: string | null): void {
  if (code) write(KEY.region, code);
  else forget(KEY.region);
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

/** Whether the person picked a language this visit (then the browser's is no longer offered). */
export function hasChosenLang(): boolean {
  return isLangCode(read(KEY.lang));
}

export function saveLang(lang: LangCode): void {
  write(KEY.lang, lang);
}

/**
 * "Start again": forget the answers and the visit id; keep only the chosen language. A copy saved
 * on this device stays (the start page offers it, with its delete), but is no longer updated.
 */
export function clearVisit(): void {
  forget(KEY.answers);
  forget(KEY.sessionId);
  forget(KEY.keep);
  forget(KEY.region);
}
