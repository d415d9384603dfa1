/**
 * After a navigation the new page's h1 takes focus, so keyboard and screen-reader users
 * start at the new question. The first page load leaves focus where the browser puts it.
 */
let pending = false;

export function markNavigation(): void {
  pending = true;
}

export function takeFocus(element: HTMLElement | null, final: boolean): void {
  if (!pending || !element) return;
  element.focus({ preventScroll: false });
  if (final) pending = false;
}
