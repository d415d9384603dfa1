import { type Content, LANGUAGES, type LangCode } from '../content';

/**
 * "The Dutch text is authoritative", in the page's own language, with a one-tap switch back to
 * Dutch. Shown on the start and results pages of every language but Dutch.
 */
export function DutchNotice({ content, onChange }: { content: Content; onChange: (lang: LangCode) => void }) {
  return (
    <p class="utrecht-paragraph sw-dutch-notice sw-no-print">
      {content.common.dutchAuthoritative}{' '}
      <button
        type="button"
        class="sw-link-button sw-dutch-notice__button"
        lang="nl"
        onClick={() => onChange('nl')}
      >
        {LANGUAGES.nl.name}
      </button>
    </p>
  );
}
