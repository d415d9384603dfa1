/**
 * Hash routes. The hash carries at most a question id, never an answer or an amount.
 * #/ start · #/question/<id> · #/change/<id> (from the check page) · #/check · #/results · #/privacy
 */
export type Route =
  | { page: 'start' }
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
  if (page === 'check' || page === 'results' || page === 'privacy') return { page };
  return { page: 'start' };
}

export function routeHash(route: Route): string {
  switch (route.page) {
    case 'start':
      return '#/';
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
