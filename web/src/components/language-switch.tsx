import type { Content } from '../content';
import { LANGUAGES, type LangCode } from '../content';

/** The language switch, on every page: each language named in itself, marked with its own lang. */
export function LanguageSwitch({
  content,
  current,
  onChange,
}: {
  content: Content;
  current: LangCode;
  onChange: (lang: LangCode) => void;
}) {
  return (
    <nav class="sw-lang" aria-label={content.common.languageSwitch}>
      <ul class="sw-lang__list">
        {(Object.keys(LANGUAGES) as LangCode[]).map((code) => (
          <li key={code}>
            <button
              type="button"
              class="sw-link-button sw-lang__button"
              lang={code}
              aria-current={code === current ? 'true' : undefined}
              // Not disabled: a disabled button would drop keyboard focus right after the switch.
              onClick={() => code !== current && onChange(code)}
            >
              {LANGUAGES[code].name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
