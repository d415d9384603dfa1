// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screeningRequestSchema } from '../../../functions/contract/request';
import type { Answers } from '../../../functions/rules/index';
import { en } from '../../../web/src/content/en';
import { nl } from '../../../web/src/content/nl';
import type { ScreenRequest } from '../../../web/src/lib/api';
import { clearVisit } from '../../../web/src/lib/session';
import { obligationFacts } from '../../../web/src/pages/results/obligations';
import ResultsPage from '../../../web/src/pages/results-page';
import { adult, pensioner, respond } from '../../support/screen';

const PEILDATUM = '2026-11-24';
const PW = 'https://wetten.overheid.nl/BWBR0015703/';
const AWB = 'https://wetten.overheid.nl/BWBR0005537/';
const articles = (answers: Answers) =>
  obligationFacts(answers, nl).map((fact) => fact.source?.url.split('#')[1] ?? fact.source?.url);

describe('bijstand obligations, beside the right', () => {
  it('for everyone: the work duty and the tegenprestatie (Pw art. 9 lid 1 a, c) and the inlichtingenplicht (art. 17)', () => {
    const facts = obligationFacts(adult, nl);
    expect(facts).toEqual([nl.obligations.work, nl.obligations.tegenprestatie, nl.obligations.inlichtingen]);
    expect(facts.every((fact) => fact.source?.url.startsWith(PW))).toBe(true);
    expect(articles(adult)).toEqual(['Artikel9', 'Artikel9', 'Artikel17']);
  });

  it('a single parent with a child under 5 is told of the exemption on request (art. 9a lid 1); not at 5, not with a partner', () => {
    const single = (age: number, partner = false): Answers => ({
      ...adult,
      partner,
      children: [{ age: 7 }, { age }],
    });
    expect(obligationFacts(single(4), nl)).toContain(nl.obligations.singleParentUnder5);
    expect(articles(single(4))).toContain('Artikel9a');
    // "een tot zijn last komend kind tot vijf jaar": a child of 5 no longer counts.
    expect(obligationFacts(single(5), nl)).not.toContain(nl.obligations.singleParentUnder5);
    expect(obligationFacts({ ...single(2, true), partnerAge: 30 }, nl)).not.toContain(
      nl.obligations.singleParentUnder5,
    );
  });

  it('under 27: the four-week search period (art. 41 lid 4), and that a gemeente may not ask it; not from 27', () => {
    expect(obligationFacts({ ...adult, age: 22 }, nl)).toEqual(
      expect.arrayContaining(nl.obligations.under27),
    );
    expect(articles({ ...adult, age: 22 })).toContain('Artikel41');
    expect(obligationFacts({ ...adult, age: 27 }, nl)).not.toContain(nl.obligations.under27[0]);
  });

  it('is in English with the same sources', () => {
    const dutch = obligationFacts({ ...adult, age: 20 }, nl).map((f) => f.source?.url);
    expect(obligationFacts({ ...adult, age: 20 }, en).map((f) => f.source?.url)).toEqual(dutch);
  });
});

describe('on the results page', () => {
  beforeEach(() => {
    clearVisit();
    sessionStorage.clear();
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      const request = screeningRequestSchema.parse(JSON.parse(String(init.body)) as ScreenRequest);
      return Response.json(respond(request.answers, { peildatum: PEILDATUM, lang: request.lang }));
    });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
  const show = async (answers: Answers) => {
    sessionStorage.setItem('sw.answers', JSON.stringify(answers));
    render(<ResultsPage content={nl} peildatum={PEILDATUM} />);
    await screen.findByRole('heading', { level: 1, name: nl.results.title });
  };

  it('an open bijstand has its obligations beside it, folded; a pensioner (AIO, no bijstand) does not', async () => {
    await show(adult);
    const fold = document.querySelector('details.sw-obligations') as HTMLDetailsElement;
    expect(fold.open).toBe(false);
    expect(fold.querySelector('summary')?.textContent).toBe(nl.obligations.title);
    // Right after the bijstand card.
    expect(fold.previousElementSibling?.getAttribute('data-regulation')).toBe('algemene-bijstand');
    cleanup();
    clearVisit();
    await show(pensioner);
    expect(document.querySelector('details.sw-obligations')).toBeNull();
  });

  it('"I applied and was refused": apply again with what changed, object within 6 weeks (Awb 6:7), free help', async () => {
    await show({
      ...adult,
      receiving: { 'algemene-bijstand': false },
      nonUseReasons: { 'algemene-bijstand': 'applied-refused' },
    });
    const refused = document.querySelectorAll('.sw-refused');
    expect(refused).toHaveLength(1);
    const note = refused[0] as HTMLElement;
    expect(note.textContent).toContain(nl.refused.title(nl.results.regulations['algemene-bijstand']));
    for (const fact of nl.refused.facts) expect(note.textContent).toContain(fact.text);
    // Law links are for the day the person checks (content/sources.ts), so only the law and article are fixed.
    const links = [...note.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(links.some((href) => href.startsWith(AWB) && href.endsWith('#Artikel6:7'))).toBe(true);
    expect(links.some((href) => href.startsWith(AWB) && href.endsWith('#Artikel4:6'))).toBe(true);
  });

  it('any other reason, or none, shows no refusal help', async () => {
    await show({
      ...adult,
      receiving: { 'algemene-bijstand': false },
      nonUseReasons: { 'algemene-bijstand': 'shame' },
    });
    expect(document.querySelector('.sw-refused')).toBeNull();
  });
});
