import { type CounterLang, isCounterLang } from '../content';

/** The screen language is a device preference of the staff member, kept like the region. */
const KEY = 'sw.balie.lang';

export function loadStaffLang(): CounterLang {
  try {
    const stored = window.localStorage.getItem(KEY);
    return isCounterLang(stored) ? stored : 'nl';
  } catch {
    return 'nl';
  }
}

export function saveStaffLang(lang: CounterLang): void {
  try {
    window.localStorage.setItem(KEY, lang);
  } catch {
    // blocked: holds for this page only
  }
}
