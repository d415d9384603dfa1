import { useEffect, useState } from 'preact/hooks';
import { type Lang, loadReasonCopy, type ReasonCopy } from '../../../functions/rules/index';

/**
 * The engine's copy (reason texts, apply lines) for `lang`, loaded on first use: results the browser
 * works out itself are rendered with it, and only the language on screen is downloaded.
 * Undefined until it has loaded.
 */
export function useReasonCopy(lang: Lang): ReasonCopy | undefined {
  const [loaded, setLoaded] = useState<ReasonCopy | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadReasonCopy(lang).then((copy) => live && setLoaded(copy));
    return () => {
      live = false;
    };
  }, [lang]);
  return loaded?.lang === lang ? loaded : undefined;
}
