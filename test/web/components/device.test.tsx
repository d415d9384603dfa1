// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screeningRequestSchema } from '../../../functions/contract/request';
import type { Answers } from '../../../functions/rules/index';
import { App } from '../../../web/src/app';
import { en } from '../../../web/src/content/en';
import { nl } from '../../../web/src/content/nl';
import { KEEP_DAYS, loadSaved, savedDays, storeSaved } from '../../../web/src/lib/device';
import { formatDate } from '../../../web/src/lib/peildatum';
import { clearVisit, keepsOnDevice, loadAnswers, saveAnswers } from '../../../web/src/lib/session';
import { CheckPage } from '../../../web/src/pages/check-page';
import ResultsPage from '../../../web/src/pages/results-page';
import { pensioner, respond } from '../../support/screen';

const PEILDATUM = '2026-11-24';
const DAY = 24 * 60 * 60 * 1000;

/** "Save on this device": nothing in localStorage until chosen; then kept, updated and deletable. */
beforeEach(() => {
  clearVisit();
  sessionStorage.clear();
  localStorage.clear();
  window.location.hash = '';
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const request = screeningRequestSchema.parse(JSON.parse(String(init.body)));
    return Response.json(respond(request.answers, { peildatum: PEILDATUM, lang: request.lang }));
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const storedAnswers = (): Answers | undefined =>
  JSON.parse(localStorage.getItem('sw.saved') ?? 'null')?.answers;
const today = (content = nl) =>
  formatDate(savedDays({ savedAt: new Date().toISOString(), answers: {} }).saved, content.locale);

describe('save on this device', () => {
  it('explains who can see it, that nothing goes to a server and how long, and writes nothing until chosen', () => {
    saveAnswers(pensioner);
    render(<CheckPage content={nl} peildatum={PEILDATUM} />);
    const section = screen.getByRole('region', { name: nl.device.title });
    const text = section.textContent ?? '';
    expect(text).toMatch(/Iedereen die dit apparaat/);
    expect(text).toMatch(/niets naar een server/);
    expect(text).toMatch(/30 dagen/);
    expect(KEEP_DAYS).toBe(30);
    expect(within(section).queryByRole('button', { name: nl.device.remove })).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('saves the answers when chosen, keeps the copy up to date this visit, and deletes it', async () => {
    saveAnswers(pensioner);
    render(<CheckPage content={nl} peildatum={PEILDATUM} />);
    fireEvent.click(screen.getByRole('button', { name: nl.device.save }));
    expect(storedAnswers()).toEqual(pensioner);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain(today());
    expect(status.textContent).toMatch(/tot en met/);
    await waitFor(() => expect(document.activeElement).toBe(status));

    saveAnswers({ ...pensioner, rent: 70_000 });
    expect(storedAnswers()?.rent).toBe(70_000);

    fireEvent.click(screen.getByRole('button', { name: nl.device.remove }));
    expect(localStorage.getItem('sw.saved')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe(nl.device.removed);
    expect(screen.getByRole('button', { name: nl.device.save })).toBeTruthy();
    // Deleted means deleted: later changes do not bring it back.
    saveAnswers(pensioner);
    expect(localStorage.length).toBe(0);
    expect(loadAnswers()).toEqual(pensioner); // this visit's own answers stay
  });

  it('a copy from an earlier visit is not overwritten unless the person saves again', () => {
    storeSaved({ age: 50 });
    saveAnswers(pensioner);
    expect(storedAnswers()).toEqual({ age: 50 });
    render(<CheckPage content={nl} peildatum={PEILDATUM} />);
    expect(screen.getByText(nl.device.replaces)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: nl.device.save }));
    expect(storedAnswers()).toEqual(pensioner);
  });

  it('is kept up to and including the day it names, then wiped', () => {
    const savedAt = new Date('2026-12-04T10:00:00Z');
    const saved = storeSaved({ age: 40 }, savedAt);
    expect(saved && savedDays(saved)).toEqual({ saved: '2026-12-04', until: '2027-01-03' });
    expect(loadSaved(new Date(savedAt.getTime() + KEEP_DAYS * DAY))).not.toBeNull();
    expect(loadSaved(new Date('2027-01-04T00:30:00+01:00'))).toBeNull();
    expect(localStorage.getItem('sw.saved')).toBeNull();
  });

  it('ignores and removes an unreadable copy', () => {
    localStorage.setItem('sw.saved', '{"savedAt":"nonsense","answers":[]}');
    expect(loadSaved()).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('the results page offers it too, in English as well', async () => {
    saveAnswers(pensioner);
    render(<ResultsPage content={en} peildatum={PEILDATUM} />);
    await screen.findByRole('heading', { level: 1, name: en.results.title });
    // Folded there, under the to-do list and the answers; opened, the explanation comes first.
    const section = screen.getByText(en.device.footerSummary).closest('details') as HTMLElement;
    expect(section.hasAttribute('open')).toBe(false);
    expect(section.textContent).toContain(en.device.explain[1]);
    fireEvent.click(within(section).getByRole('button', { name: en.device.save }));
    expect(storedAnswers()).toEqual(pensioner);
    expect(within(section).getByRole('status').textContent).toContain(today(en));
    expect(within(section).getByRole('button', { name: en.device.remove })).toBeTruthy();
    cleanup();
    // Already kept: it starts open, so the delete is in sight.
    render(<ResultsPage content={en} peildatum={PEILDATUM} />);
    await screen.findByRole('heading', { level: 1, name: en.results.title });
    const again = screen.getByText(en.device.footerSummary).closest('details') as HTMLElement;
    expect(again.hasAttribute('open')).toBe(true);
  });
});

describe('continue where you left off', () => {
  it('the start page offers nothing without a saved copy', () => {
    render(<App initialContent={nl} initialLang="nl" />);
    expect(screen.queryByRole('heading', { name: nl.device.resumeTitle })).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('offers the saved answers with the date, and continuing restores them', async () => {
    storeSaved(pensioner);
    render(<App initialContent={nl} initialLang="nl" />);
    const section = screen.getByRole('region', { name: nl.device.resumeTitle });
    expect(section.textContent).toContain(today());
    fireEvent.click(within(section).getByRole('button', { name: nl.device.resume }));
    expect(loadAnswers()).toEqual(pensioner);
    expect(keepsOnDevice()).toBe(true);
    await waitFor(() => expect(window.location.hash).toBe('#/check'));
  });

  it('delete removes the copy and the offer', async () => {
    storeSaved(pensioner);
    render(<App initialContent={nl} initialLang="nl" />);
    fireEvent.click(screen.getByRole('button', { name: nl.device.remove }));
    expect(localStorage.length).toBe(0);
    expect(screen.queryByRole('region', { name: nl.device.resumeTitle })).toBeNull();
    const status = screen.getByRole('status');
    expect(status.textContent).toBe(nl.device.removed);
    await waitFor(() => expect(document.activeElement).toBe(status));
  });

  it('"Start again" stops updating the copy, and the start page still offers it', async () => {
    storeSaved({ age: 50 });
    render(<App initialContent={nl} initialLang="nl" />);
    fireEvent.click(screen.getByRole('button', { name: nl.device.resume }));
    await waitFor(() => expect(window.location.hash).not.toBe(''));
    fireEvent.click(await screen.findByRole('button', { name: nl.common.startAgain }));
    await screen.findByRole('region', { name: nl.device.resumeTitle });
    saveAnswers({ age: 30 });
    expect(storedAnswers()).toEqual({ age: 50 });
  });

  it('the footer of a question page holds the same choice, folded', async () => {
    saveAnswers({ age: 40 });
    window.location.hash = '#/question/age';
    render(<App initialContent={nl} initialLang="nl" />);
    const summary = await screen.findByText(nl.device.footerSummary);
    expect(summary.closest('details')?.open).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: nl.device.save }));
    expect(storedAnswers()).toEqual({ age: 40 });
  });
});

describe('print or save as PDF', () => {
  it('one labelled button opens the print dialog, described by how to choose "Save as PDF"', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    saveAnswers(pensioner);
    render(<ResultsPage content={nl} peildatum={PEILDATUM} />);
    const button = await screen.findByRole('button', { name: nl.results.print });
    expect(button.getAttribute('aria-describedby')).toBe('print-hint');
    expect(document.getElementById('print-hint')?.textContent).toMatch(/Opslaan als pdf/);
    expect(en.results.printHint).toMatch(/Save as PDF/);
    fireEvent.click(button);
    expect(print).toHaveBeenCalledTimes(1);
  });
});

describe('privacy page', () => {
  it('says localStorage is used only when chosen, who can see it, how long and how to delete it', async () => {
    window.location.hash = '#/privacy';
    render(<App initialContent={nl} initialLang="nl" />);
    await screen.findByRole('heading', { level: 2, name: nl.privacy.deviceTitle });
    for (const item of nl.privacy.device) expect(screen.getByText(item)).toBeTruthy();
    const text = nl.privacy.device.join(' ');
    expect(text).toMatch(/Alleen als u daar zelf voor kiest/);
    expect(text).toMatch(/30 dagen/);
    expect(text).toMatch(new RegExp(nl.device.remove));
    expect(nl.privacy.browser.join(' ')).not.toMatch(/alleen in dit venster/);
  });
});
