import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Content } from '../content';
import { Heading } from './heading';

/**
 * A page loaded on first use, so the start page stays small. Shows a loading heading meanwhile
 * (every state has one h1) and a retry when the chunk cannot be fetched.
 */
export function lazyPage<P extends { content: Content }>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | null = null;
  return function LazyPage(props: P) {
    const [Page, setPage] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (Page) return;
      let live = true;
      load()
        .then((module) => {
          loaded = module.default;
          if (live) setPage(() => module.default);
        })
        .catch(() => live && setFailed(true));
      return () => {
        live = false;
      };
    }, [Page, attempt]);
    const { common } = props.content;
    if (Page) return <Page {...props} />;
    if (failed) {
      return (
        <div class="sw-page">
          <Heading title={common.pageTitle(common.loadError)}>{common.loadError}</Heading>
          <button
            type="button"
            class="utrecht-button utrecht-button--primary-action"
            onClick={() => {
              setFailed(false);
              setAttempt((n) => n + 1);
            }}
          >
            {common.retry}
          </button>
        </div>
      );
    }
    return (
      <div class="sw-page" aria-busy="true">
        <Heading title={common.pageTitle(common.loading)} transient>
          {common.loading}
        </Heading>
      </div>
    );
  };
}
