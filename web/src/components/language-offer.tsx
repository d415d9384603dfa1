import { browserLanguage, LANGUAGES, type LangCode } from '../content';

/**
 * When the browser prefers a language we have and the person has not chosen one this visit: one
 * button, in that language, to switch. Offered, never forced: the page stays in Dutch until pressed.
 */
export function LanguageOffer({
  current,
  onChange,
}: {
  current: LangCode;
  onChange: (lang: LangCode) => void;
}) {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  const code = browserLanguage(preferred.filter(Boolean));
  if (!code || code === current) return null;
  return (
    <p class="utrecht-paragraph sw-lang-offer sw-no-print" lang={code} dir="auto">
      <button type="button" class="sw-link-button sw-lang-offer__button" onClick={() => onChange(code)}>
        {LANGUAGES[code].offer}
      </button>
    </p>
  );
}
