import type { ComponentChildren } from 'preact';

/** A link that opens a new tab and says so in its own text (WCAG 3.2.5, G201). */
export function ExternalLink({
  href,
  newTab,
  children,
  class: className = 'utrecht-link',
}: {
  href: string;
  newTab: string;
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <a class={className} href={href} rel="noopener noreferrer" target="_blank">
      {children}
      <span class="sw-new-tab"> {newTab}</span>
    </a>
  );
}
