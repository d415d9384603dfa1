import { useEffect, useState } from 'preact/hooks';
import { DutchNotice } from './components/dutch-notice';
import { LanguageOffer } from './components/language-offer';
import { LanguageSwitch } from './components/language-switch';
import { lazyPage } from './components/lazy';
import { SaveOnDevice } from './components/save-device';
import { type Content, DEFAULT_LANG, LANGUAGES, type LangCode } from './content';
import { markNavigation } from './lib/focus';
import { todayInAmsterdam } from './lib/peildatum';
import { parseHash, type Route, recordEntry, startHistory } from './lib/router';
import { clearVisit, hasChosenLang, saveLang } from './lib/session';
import { stopSpeaking } from './lib/speech';
import { StartPage } from './pages/start-page';

// Everything past the start page loads on first use; the flow and results bring the rules engine.
const FlowPage = lazyPage(() => import('./pages/flow-page'));
const ResultsPage = lazyPage(() => import('./pages/results-page'));
const PrivacyPage = lazyPage(() => import('./pages/privacy-page'));

export function applyLanguage(content: Content): void {
  document.documentElement.lang = content.lang;
  document.documentElement.dir = content.dir;
}

export function App({ initialContent, initialLang }: { initialContent: Content; initialLang: LangCode }) {
  const [content, setContent] = useState(initialContent);
  const [lang, setLang] = useState(initialLang);
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  const [backHref, setBackHref] = useState('#/');
  // The browser's language is offered until the person picks any language this visit.
  const [chosen, setChosen] = useState(hasChosenLang);
  const peildatum = todayInAmsterdam();

  useEffect(() => {
    let previous = window.location.hash || '#/';
    startHistory();
    const onHash = () => {
      recordEntry();
      stopSpeaking();
      markNavigation();
      setBackHref(previous.startsWith('#/privacy') ? '#/' : previous);
      previous = window.location.hash || '#/';
      setRoute(parseHash(window.location.hash));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const changeLanguage = async (code: LangCode) => {
    const next = await LANGUAGES[code].load();
    saveLang(code);
    setChosen(true);
    stopSpeaking();
    applyLanguage(next);
    setLang(code);
    setContent(next);
  };

  const startAgain = () => {
    clearVisit();
    stopSpeaking();
    markNavigation();
    if (window.location.hash === '#/' || window.location.hash === '') setRoute({ page: 'start' });
    else window.location.hash = '#/';
  };

  const { common } = content;
  return (
    <div class="sw-shell">
      <header class="utrecht-page-header sw-header">
        <a
          class="utrecht-skip-link utrecht-skip-link--visible-on-focus sw-no-print"
          href={window.location.hash || '#/'}
          onClick={(event) => {
            event.preventDefault();
            document.getElementById('main')?.focus();
          }}
        >
          {common.skipLink}
        </a>
        <div class="sw-header__content">
          <a class="sw-brand" href="#/">
            <span class="sw-brand__name">{common.appName}</span>
            <span class="sw-brand__tagline">{common.tagline}</span>
          </a>
          <LanguageSwitch content={content} current={lang} onChange={changeLanguage} />
        </div>
      </header>
      <main id="main" class="sw-main" tabIndex={-1}>
        {route.page === 'start' && !chosen && <LanguageOffer current={lang} onChange={changeLanguage} />}
        {route.page === 'start' && lang !== DEFAULT_LANG && (
          <DutchNotice content={content} onChange={changeLanguage} />
        )}
        {route.page === 'start' && <StartPage content={content} />}
        {(route.page === 'municipality' || route.page === 'question' || route.page === 'check') && (
          <FlowPage content={content} route={route} peildatum={peildatum} />
        )}
        {route.page === 'results' && (
          <ResultsPage content={content} peildatum={peildatum} onLanguage={changeLanguage} />
        )}
        {route.page === 'privacy' && <PrivacyPage content={content} backHref={backHref} />}
      </main>
      <footer class="utrecht-page-footer sw-footer">
        <div class="sw-footer__content">
          <p class="utrecht-paragraph">{common.footer}</p>
          <p class="utrecht-paragraph sw-no-print">
            <a class="sw-footer__link" href="#/privacy">
              {common.privacyLink}
            </a>
          </p>
          {route.page === 'question' && <SaveOnDevice content={content} id="device-footer" folded />}
          {route.page !== 'start' && (
            <p class="utrecht-paragraph sw-no-print">
              <button type="button" class="sw-link-button sw-footer__link" onClick={startAgain}>
                {common.startAgain}
              </button>
            </p>
          )}
        </div>
      </footer>
    </div>
  );
}
