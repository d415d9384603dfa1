// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App, applyLanguage } from '../../../web/src/app';
import { ar } from '../../../web/src/content/ar';
import { browserLanguage, LANGUAGES } from '../../../web/src/content/index';
import { nl } from '../../../web/src/content/nl';
import { tr } from '../../../web/src/content/tr';
import { parseHash, routeHash } from '../../../web/src/lib/router';
import { clearVisit, loadAnswers, saveAnswers, sessionId } from '../../../web/src/lib/session';

beforeEach(() => {
  sessionStorage.clear();
  window.location.hash = '';
});
afterEach(cleanup);

const app = () => render(<App initialContent={nl} initialLang="nl" />);
const languageSwitch = () => document.querySelector<HTMLElement>('nav.sw-lang') as HTMLElement;

describe('app shell', () => {
  // First: the visit's language choice is kept in memory too, and later tests choose one.
  it('offers the browser’s language without switching to it; the choice is kept for the visit only', async () => {
    const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages');
    Object.defineProperty(navigator, 'languages', { value: ['tr-TR', 'nl'], configurable: true });
    try {
      app();
      // Still Dutch: offered, not forced.
      expect(document.documentElement.lang).not.toBe('tr');
      expect(screen.getByRole('heading', { level: 1, name: nl.start.title })).toBeTruthy();
      const offer = screen.getByRole('button', { name: LANGUAGES.tr.offer });
      expect(offer.closest('[lang]')?.getAttribute('lang')).toBe('tr');
      fireEvent.click(offer);
      await screen.findByRole('heading', { level: 1, name: tr.start.title });
      expect(sessionStorage.getItem('sw.lang')).toBe('tr');
      expect(localStorage.getItem('sw.lang')).toBeNull();
      expect(screen.queryByRole('button', { name: LANGUAGES.tr.offer })).toBeNull();
      expect(screen.getByText(tr.common.dutchAuthoritative, { exact: false })).toBeTruthy();
    } finally {
      delete (navigator as unknown as Record<string, unknown>).languages;
      if (languages) Object.defineProperty(Navigator.prototype, 'languages', languages);
    }
  });

  it('start page: one h1, anonymous and indication stated, a start link (to the optional gemeente question) without answers in it', () => {
    app();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText(nl.start.safety[0] ?? '')).toBeTruthy();
    expect(screen.getByText(nl.start.indication)).toBeTruthy();
    expect(screen.getByRole('link', { name: new RegExp(nl.start.startButton) }).getAttribute('href')).toBe(
      '#/municipality',
    );
  });

  it('start page: says truthfully that the answers go to the server for the result and are not kept', () => {
    app();
    const safety = screen.getByRole('heading', { level: 2, name: nl.start.safetyTitle }).nextElementSibling;
    const text = safety?.textContent ?? '';
    expect(text).toMatch(/naar onze server/);
    expect(text).toMatch(/bewaart uw antwoorden niet/);
    expect(text).not.toMatch(/blijven op uw eigen telefoon/);
  });

  it('start page: a "before you start" list names the papers that answer the money questions', () => {
    app();
    const list = screen.getByRole('heading', { level: 2, name: nl.start.beforeTitle }).nextElementSibling;
    const items = [...(list?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? '');
    expect(items.some((item) => /loonstrook/.test(item))).toBe(true);
    expect(items.some((item) => /jaaropgaaf/.test(item))).toBe(true);
    expect(items.some((item) => /huurcontract/.test(item))).toBe(true);
    expect(items.some((item) => /bankrekening/.test(item))).toBe(true);
  });

  it('switches language on every page, setting lang and dir on the document', async () => {
    app();
    fireEvent.click(within(languageSwitch()).getByRole('button', { name: 'English' }));
    await screen.findByRole('heading', { level: 1, name: 'Find out if you can get money' });
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(sessionStorage.getItem('sw.lang')).toBe('en');
    expect(within(languageSwitch()).getByRole('button', { name: 'Nederlands' }).getAttribute('lang')).toBe(
      'nl',
    );
    const english = within(languageSwitch()).getByRole('button', { name: 'English' });
    expect(english.getAttribute('aria-current')).toBe('true');
    expect((english as HTMLButtonElement).disabled).toBe(false); // keeps keyboard focus
  });

  it('offers every registered language in the switch, each named in itself', () => {
    app();
    const names = within(languageSwitch())
      .getAllByRole('button')
      .map((button) => [button.getAttribute('lang'), button.textContent]);
    expect(names).toEqual(Object.entries(LANGUAGES).map(([code, language]) => [code, language.name]));
  });

  it('Arabic: right to left on the document; start page says Dutch is authoritative, one tap back', async () => {
    app();
    fireEvent.click(within(languageSwitch()).getByRole('button', { name: 'العربية' }));
    await screen.findByRole('heading', { level: 1, name: ar.start.title });
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    const notice = screen.getByText(ar.common.dutchAuthoritative, { exact: false });
    fireEvent.click(within(notice).getByRole('button', { name: 'Nederlands' }));
    await screen.findByRole('heading', { level: 1, name: nl.start.title });
    expect(document.documentElement.dir).toBe('ltr');
    expect(screen.queryByText(ar.common.dutchAuthoritative, { exact: false })).toBeNull();
    expect(sessionStorage.getItem('sw.lang')).toBe('nl');
  });

  it('offers nothing when the browser prefers Dutch, or a language we do not have', () => {
    expect(browserLanguage(['nl-NL', 'tr'])).toBeNull();
    expect(browserLanguage(['de-DE', 'ar-MA', 'en'])).toBe('ar');
    expect(browserLanguage(['de-DE', 'fr'])).toBeNull();
  });

  it('is ready for right-to-left: a language’s dir goes on the document', () => {
    applyLanguage({ ...nl, lang: 'ar', dir: 'rtl' });
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    applyLanguage(nl);
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('privacy page lists exactly what is counted and what is never kept', async () => {
    window.location.hash = '#/privacy';
    app();
    await screen.findByRole('heading', { level: 1, name: nl.privacy.title });
    for (const item of [...nl.privacy.counted, ...nl.privacy.notCounted])
      expect(screen.getByText(item)).toBeTruthy();
  });

  it('"Start again" forgets the answers and the visit id', async () => {
    saveAnswers({ age: 40 });
    const first = sessionId();
    window.location.hash = '#/privacy';
    app();
    fireEvent.click(screen.getByRole('button', { name: nl.common.startAgain }));
    await waitFor(() => expect(loadAnswers()).toEqual({}));
    expect(sessionStorage.getItem('sw.sessionId')).toBeNull();
    expect(sessionId()).not.toBe(first);
  });
});

describe('router and session', () => {
  it('hashes carry at most a question id', () => {
    expect(parseHash('#/question/netIncomeMonthly')).toEqual({
      page: 'question',
      id: 'netIncomeMonthly',
      fromCheck: false,
    });
    expect(parseHash('#/change/age')).toEqual({ page: 'question', id: 'age', fromCheck: true });
    expect(parseHash('#/question/<script>')).toEqual({ page: 'question', id: null, fromCheck: false });
    expect(parseHash('#/results')).toEqual({ page: 'results' });
    expect(parseHash('#nonsense')).toEqual({ page: 'start' });
    expect(routeHash({ page: 'question', id: 'rent', fromCheck: false })).toBe('#/question/rent');
  });

  it('keeps the sessionId for the visit, and a new one after clearVisit', () => {
    const id = sessionId();
    expect(sessionId()).toBe(id);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    clearVisit();
    expect(sessionId()).not.toBe(id);
  });
});
