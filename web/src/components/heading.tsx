import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { takeFocus } from '../lib/focus';

interface Props {
  children: ComponentChildren;
  /** The page title for the tab, "… - Steunwijzer". */
  title: string;
  /** A loading heading takes focus but leaves it to the real page's heading after it. */
  transient?: boolean;
}

/** The page's one h1: sets the document title and takes focus after a navigation. */
export function Heading({ children, title, transient = false }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  // Layout effect: focus moves in the same frame the page appears, before anyone can type.
  useLayoutEffect(() => {
    document.title = title;
    takeFocus(ref.current, !transient);
  }, [title, transient]);
  return (
    <h1 ref={ref} class="utrecht-heading-1 sw-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
