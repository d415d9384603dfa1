// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screeningRequestSchema } from '../../../functions/contract/request';
import { en } from '../../../web/src/content/en';
import { nl } from '../../../web/src/content/nl';
import type { ScreenRequest } from '../../../web/src/lib/api';
import { clearVisit } from '../../../web/src/lib/session';
import { CheckPage } from '../../../web/src/pages/check-page';
import { MunicipalityPage } from '../../../web/src/pages/municipality-page';
import ResultsPage from '../../../web/src/pages/results-page';
import { adult, respond } from '../../support/screen';

const PEILDATUM = '2026-11-24';
const region = () => sessionStorage.getItem('sw.region');
const field = () => screen.getByLabelText(nl.municipality.title) as HTMLInputElement;
const type = (value: string) => fireEvent.input(field(), { target: { value } });
const next = () => fireEvent.click(screen.getByRole('button', { name: nl.common.next }));

beforeEach(() => {
  clearVisit(); // the session's in-memory copy too, not only sessionStorage
  sessionStorage.clear();
  window.location.hash = '#/municipality';
  Element.prototype.scrollIntoView = () => {};
});
afterEach(cleanup);

describe('the gemeente question', () => {
  const visit = (fromCheck = false, content = nl) =>
    render(<MunicipalityPage content={content} peildatum={PEILDATUM} fromCheck={fromCheck} />);

  it('is one labelled field in the h1, says it is optional, and offers the CBS list as a typeahead', () => {
    visit();
    const headings = screen.getAllByRole('heading', { level: 1 });
    expect(headings).toHaveLength(1);
    expect(headings[0]?.textContent).toBe(nl.municipality.title);
    const input = field();
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      nl.municipality.hint,
    );
    const list = document.getElementById(input.getAttribute('list') ?? '');
    expect(list?.tagName).toBe('DATALIST');
    const options = [...(list?.querySelectorAll('option') ?? [])].map((o) => o.value);
    // The 342 gemeenten of 2026, and "Den Haag" beside 's-Gravenhage.
    expect(options).toHaveLength(343);
    expect(options).toEqual(expect.arrayContaining(['Amsterdam', 'Rotterdam', "'s-Gravenhage", 'Den Haag']));
    expect(screen.getByRole('button', { name: nl.municipality.skip })).toBeTruthy();
  });

  it('stores the code of the gemeente typed, by its name or its everyday name, and goes on to the first question', () => {
    visit();
    type('rotterdam');
    next();
    expect(region()).toBe('GM0599');
    expect(window.location.hash).toBe('#/question');
    cleanup();
    window.location.hash = '#/municipality';
    visit();
    expect(field().value).toBe('Rotterdam'); // the stored answer, shown again
    type('Den Haag');
    next();
    expect(region()).toBe('GM0518');
  });

  it('a name that is no gemeente is an error at the field and in the summary; nothing is stored', () => {
    visit();
    type('Amsterdm');
    next();
    expect(field().getAttribute('aria-invalid')).toBe('true');
    const errorId = field().getAttribute('aria-describedby')?.split(' ').pop() ?? '';
    expect(document.getElementById(errorId)?.textContent).toBe(nl.municipality.notFound);
    expect(document.querySelector('.sw-error-summary a')?.textContent).toBe(nl.municipality.notFound);
    expect(document.title).toBe(nl.common.errorPageTitle(nl.municipality.title));
    expect(region()).toBeNull();
    expect(window.location.hash).toBe('#/municipality');
  });

  it('skipping, or going on with the field empty, stores no gemeente (and forgets an earlier one)', () => {
    sessionStorage.setItem('sw.region', 'GM0363');
    visit();
    fireEvent.click(screen.getByRole('button', { name: nl.municipality.skip }));
    expect(region()).toBeNull();
    expect(window.location.hash).toBe('#/question');
    cleanup();
    window.location.hash = '#/municipality';
    visit();
    next();
    expect(region()).toBeNull();
    expect(window.location.hash).toBe('#/question');
  });

  it('changed from the check page, it goes back to the check page', () => {
    visit(true);
    type('Utrecht');
    next();
    expect(region()).toBe('GM0344');
    expect(window.location.hash).toBe('#/check');
  });

  it('is in English too', () => {
    visit(false, en);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.municipality.title);
    expect(screen.getByRole('button', { name: en.municipality.skip })).toBeTruthy();
  });

  it('the check page shows the gemeente with a link to change it, or that it was not answered', () => {
    sessionStorage.setItem('sw.answers', JSON.stringify(adult));
    sessionStorage.setItem('sw.region', 'GM0344');
    render(<CheckPage content={nl} peildatum={PEILDATUM} />);
    const row = document.querySelector('[data-region]') as HTMLElement;
    expect(row.textContent).toContain('Utrecht');
    expect(within(row).getByRole('link').getAttribute('href')).toBe('#/municipality/change');
    cleanup();
    clearVisit();
    sessionStorage.setItem('sw.answers', JSON.stringify(adult));
    render(<CheckPage content={nl} peildatum={PEILDATUM} />);
    expect((document.querySelector('[data-region]') as HTMLElement).textContent).toContain(
      nl.municipality.skipped,
    );
  });
});

describe('the results page with a gemeente', () => {
  let requests: ScreenRequest[] = [];
  beforeEach(() => {
    requests = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as ScreenRequest;
      requests.push(body);
      const request = screeningRequestSchema.parse(body);
      return Response.json(respond(request.answers, { peildatum: PEILDATUM, lang: request.lang }));
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  const show = async (code: string | null) => {
    sessionStorage.setItem('sw.answers', JSON.stringify(adult));
    if (code) sessionStorage.setItem('sw.region', code);
    render(<ResultsPage content={nl} peildatum={PEILDATUM} />);
    await screen.findByRole('heading', { level: 1, name: nl.results.title });
  };
  const section = () => document.querySelector('.sw-local') as HTMLElement | null;

  it('sends the gemeente as the region, and shows its own route for bijstand and bijzondere bijstand, with sources', async () => {
    await show('GM0599');
    expect(requests[0]?.region).toBe('GM0599');
    const local = section();
    expect(local?.dataset.local).toBe('true');
    expect(within(local as HTMLElement).getByRole('heading', { level: 2 }).textContent).toBe(
      nl.localRoute.title('Rotterdam'),
    );
    const topics = [...(local?.querySelectorAll<HTMLElement>('[data-topic]') ?? [])];
    // This person is likely entitled to both regulations the gemeente decides.
    expect(topics.map((t) => t.dataset.topic)).toEqual([
      'bijstand',
      'bijzondereBijstand',
      'clientondersteuning',
      'schuldhulp',
      'formHelp',
    ]);
    const bijstand = topics[0] as HTMLElement;
    expect(bijstand.dataset.local).toBe('true');
    expect(bijstand.textContent).toContain('14 010');
    expect(bijstand.querySelector('a[href="https://www.rotterdam.nl/bijstandsuitkering"]')).toBeTruthy();
    expect(bijstand.querySelector('.sw-source')?.textContent).toContain(
      nl.localRoute.checked('6 december 2026'),
    );
    // Cliëntondersteuning is not in Rotterdam's data: the national route, said so.
    expect(topics[2]?.dataset.local).toBe('false');
    expect(topics[2]?.textContent).toContain(nl.localRoute.topicNational);
    // "You can bring someone, and this help is free", with the law behind it.
    for (const fact of nl.localRoute.bringSomeone) expect(local?.textContent).toContain(fact.text);
  });

  it('another gemeente gets the national route, named as such', async () => {
    await show('GM0014');
    expect(requests[0]?.region).toBe('GM0014');
    expect(section()?.dataset.local).toBe('false');
    expect(section()?.textContent).toContain(nl.localRoute.nationalNote('Groningen'));
    expect(section()?.textContent).toContain('0800-8115');
  });

  it('skipped: no region in the request and no local section, only the national results', async () => {
    await show(null);
    expect(requests[0]).not.toHaveProperty('region');
    expect(section()).toBeNull();
  });
});
