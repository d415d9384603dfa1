import './styles/index';
import { render } from 'preact';
import { App, applyLanguage } from './app';
import { LANGUAGES } from './content';
import { loadLang } from './lib/session';

const lang = loadLang();
LANGUAGES[lang].load().then((content) => {
  applyLanguage(content);
  const root = document.getElementById('app');
  if (root) render(<App initialContent={content} initialLang={lang} />, root);
});
