import type { Answers } from '../../../functions/contract/answers';
import { todayInAmsterdam } from './peildatum';

/**
 * "Save on this device": the one thing that ever goes to localStorage, and only when the person
 * chooses it. A copy of the answers with the day it was saved; after KEEP_DAYS it is wiped the
 * next time the app reads it. Nothing of it goes to the server.
 */
const KEY = 'sw.saved';
export const KEEP_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

export interface Saved {
  /** When it was last saved, an ISO timestamp. */
  savedAt: string;
  answers: Answers;
}

function local(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage blocked: there is nothing to offer or to delete
  }
}

const isAnswers = (value: unknown): value is Answers =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The saved answers, or null: none, unreadable, or past their last day (then wiped). */
export function loadSaved(now: Date = new Date()): Saved | null {
  let raw: string | null | undefined;
  try {
    raw = local()?.getItem(KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    const { savedAt, answers } = (parsed ?? {}) as Partial<Saved>;
    const time = typeof savedAt === 'string' ? Date.parse(savedAt) : Number.NaN;
    if (Number.isFinite(time) && isAnswers(answers)) {
      const saved = { savedAt: savedAt as string, answers };
      // Kept up to and including the last day the copy names, then wiped.
      if (todayInAmsterdam(now) <= savedDays(saved).until) return saved;
    }
  } catch {
    // unreadable: treat it as expired
  }
  deleteSaved();
  return null;
}

/** Saves a copy of the answers on this device; null when the browser does not allow it. */
export function storeSaved(answers: Answers, now: Date = new Date()): Saved | null {
  const saved: Saved = { savedAt: now.toISOString(), answers };
  try {
    const storage = local();
    if (!storage) return null;
    storage.setItem(KEY, JSON.stringify(saved));
    return saved;
  } catch {
    return null; // quota or privacy mode
  }
}

export function deleteSaved(): void {
  try {
    local()?.removeItem(KEY);
  } catch {
    // blocked storage holds nothing to delete
  }
}

/** The day it was saved and the last day it is kept (KEEP_DAYS later), YYYY-MM-DD in Europe/Amsterdam. */
export function savedDays(saved: Saved): { saved: string; until: string } {
  const at = new Date(saved.savedAt);
  return {
    saved: todayInAmsterdam(at),
    until: todayInAmsterdam(new Date(at.getTime() + KEEP_DAYS * DAY)),
  };
}
