/**
 * The municipality this counter device belongs to: a device setting in localStorage, never
 * anything about a visitor, so "new visitor" leaves it in place.
 */
const KEY = 'sw.balie.region';
export const REGION_PATTERN = /^GM\d{4}$/;

export function loadRegion(): string | null {
  try {
    const stored = window.localStorage.getItem(KEY);
    return stored && REGION_PATTERN.test(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function saveRegion(code: string): void {
  try {
    window.localStorage.setItem(KEY, code);
  } catch {
    // storage blocked: the setting holds for this page only
  }
}
