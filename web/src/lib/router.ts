/**
 * Hash routes. The hash carries at most a question id, never an answer or an amount.
 * #/ start · #/municipality (the optional gemeente question, before the first question;
 * #/municipality/change from the check page) · #/question/<id> · #/change/<id> (from the check
 * page) · #/check · #/results · #/privacy
 */
export type Route =
  | { page: 'start' }
  | { page: 'municipality'; fromCheck: boolean }
  | { page: 'question'; id: string | null; fromCheck: boolean }
  | { page: 'check' }
  | { page: 'results' }
  | { page: 'privacy' };

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [page, id] = parts;
  if (page === 'question' || page === 'change') {
    return {
      page: 'question',
      id: id && /^[A-Za-z0-9.]+$/.test(id) ? id : null,
      fromCheck: page === 'change',
    };
  }
  if (page === 'municipality') return { page, fromCheck: id === 'change' };
  if (page === 'check' || page === 'results' || page === 'privacy') return { page };
  return { page: 'start' };
}

export function routeHash(route: Route): string {
  switch (route.page) {
    case 'start':
      return '#/';
    case 'municipality':
      return route.fromCheck ? '#/municipality/change' : '#/municipality';
    case 'question':
      return `#/${route.fromCheck ? 'change' : 'question'}${route.id ? `/${route.id}` : ''}`;
    default:
      return `#/${route.page}`;
  }
}

export function navigate(route: Route): void {
  const hash = routeHash(route);
  if (window.location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else window.location.hash = hash;
}

/**
 * Which history entries are ours: each one the app has seen carries, in history.state, the hash
 * of the entry before it when that one is ours too (null when there is none, e.g. the app was
 * opened on this entry). So an in-page Back can be the browser's Back (history.back()) and never
 * adds an entry; the mark survives a reload because history.state does.
 */
interface EntryState {
  swPrevious: string | null;
}

const hashNow = (): string => window.location.hash || '#/';
const marked = (state: unknown): state is EntryState =>
  typeof state === 'object' && state !== null && 'swPrevious' in state;
/** The hash of the entry the app last showed, and the mark a pending replace keeps. */
let shown = '';
let replacing: { previous: string | null } | undefined;

/** At start: the entry the app opened on has nothing of ours before it, unless a reload kept its mark. */
export function startHistory(): void {
  shown = hashNow();
  if (!marked(window.history.state)) {
    window.history.replaceState({ swPrevious: null } satisfies EntryState, '');
  }
}

/** On every hashchange: a new entry (a link, navigate, the address bar) is marked with the one before it. */
export function recordEntry(): void {
  if (!marked(window.history.state)) {
    const previous = replacing ? replacing.previous : shown;
    window.history.replaceState({ swPrevious: previous } satisfies EntryState, '');
  }
  replacing = undefined;
  shown = hashNow();
}

/** The hash of the entry before this one, when it is the app's; null otherwise. */
export function previousEntry(): string | null {
  const state: unknown = window.history.state;
  return marked(state) ? state.swPrevious : null;
}

/** Goes to a route in place of the current entry: history does not grow, what was before stays. */
export function replaceRoute(route: Route): void {
  const hash = routeHash(route);
  if (hashNow() === hash) return;
  replacing = { previous: previousEntry() };
  window.location.replace(hash);
}

/**
 * The in-page Back, the same as the browser's: when the entry before this one is ours and is the
 * page to go back to, history.back(); otherwise (opened from elsewhere, a bookmark) that page
 * replaces this one, so there is no extra entry either way.
 */
export function goBackTo(route: Route): void {
  const hash = routeHash(route);
  const previous = previousEntry();
  if (previous !== null && previous === hash) window.history.back();
  else replaceRoute(route);
}
