// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screeningRequestSchema } from '../../../functions/contract/request';
import type { Answers } from '../../../functions/rules/index';
import { en } from '../../../web/src/content/en';
import { nl } from '../../../web/src/content/nl';
import type { ScreenRequest } from '../../../web/src/lib/api';
import { formatMoney } from '../../../web/src/lib/money';
import { ReasonSources, ResultCard } from '../../../web/src/pages/results/card';
import ResultsPage from '../../../web/src/pages/results-page';
import { adult, pensioner, respond } from '../../support/screen';

const PEILDATUM = '2026-11-24';

/**
 * The network, not storage, is replaced: /api/screen answers with the real engine on the
 * validated request, as the API does; `fail` makes it answer 500 instead.
 */
let requests: ScreenRequest[] = [];
let fail = false;
beforeEach(() => {
  requests = [];
  fail = false;
  sessionStorage.clear();
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as ScreenRequest;
    requests.push(body);
    if (fail) return new Response('{"error":{"code":"unavailable"}}', { status: 503 });
    const request = screeningRequestSchema.parse(body);
    return Response.json(
      respond(request.answers, { peildatum: request.peildatum ?? PEILDATUM, lang: request.lang }),
    );
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const show = (answers: Answers, content = nl, peildatum = PEILDATUM) => {
  sessionStorage.setItem('sw.answers', JSON.stringify(answers));
  return render(<ResultsPage content={content} peildatum={peildatum} />);
};
/** Intl puts no-break spaces in amounts; the DOM queries compare whitespace-normalised text. */
const text = (value: string) => value.replace(/\s+/g, ' ');
const card = (regulation: string) =>
  document.querySelector(`[data-regulation="${regulation}"]`) as HTMLElement;

describe('results page', () => {
  it('shows a loading heading first, then one card per regulation with the engine’s verdicts', async () => {
    show(pensioner);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(nl.results.loadingTitle);
    await screen.findByRole('heading', { level: 1, name: nl.results.title });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const expected = respond(pensioner, { peildatum: PEILDATUM, lang: 'nl' }).results;
    for (const result of expected) {
      expect(card(result.regulation).dataset.verdict).toBe(result.verdict);
      expect(card(result.regulation).dataset.monthly).toBe(String(result.estimate?.monthly ?? ''));
    }
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      peildatum: PEILDATUM,
      channel: 'citizen',
      lang: 'nl',
      answers: pensioner,
    });
    expect(requests[0]?.sessionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('first a to-do list: one line per open regulation, highest yearly amount first, one action each', async () => {
    show(pensioner);
    await screen.findByRole('heading', { level: 1, name: nl.results.title });
    const results = respond(pensioner, { peildatum: PEILDATUM, lang: 'nl' }).results;
    const open = results
      .filter((r) => r.verdict === 'likely' || r.verdict === 'possibly')
      .sort((a, b) => (b.estimate?.yearly ?? -1) - (a.estimate?.yearly ?? -1));
    const todo = within(screen.getByRole('region', { name: nl.results.todoTitle }));
    const items = todo.getAllByRole('listitem');
    expect(items.map((item) => item.dataset.todo)).toEqual(open.map((r) => r.regulation));
    for (const [index, result] of open.entries()) {
      const item = within(items[index] as HTMLElement);
      expect(item.getByText(nl.results.regulations[result.regulation])).toBeTruthy();
      expect(item.getByText(nl.results.verdicts[result.verdict].label)).toBeTruthy();
      const { estimate } = result;
      if (estimate) {
        const upTo = estimate.atMost === true || estimate.range?.min !== estimate.range?.max;
        expect(
          item.getByText(text(nl.results.perYear(formatMoney(estimate.yearly, 'nl-NL'), upTo))),
        ).toBeTruthy();
      }
      const links = item.queryAllByRole('link');
      expect(links.length).toBeLessThanOrEqual(1);
      if (nl.results.todo[result.regulation].link) {
        expect(links[0]?.getAttribute('href')).toBe(result.apply.url);
        expect(links[0]?.getAttribute('target')).toBe('_blank');
        expect(links[0]?.textContent).toBe(`${nl.results.todo[result.regulation].text} ${nl.results.newTab}`);
      }
    }
  });

  it('an action without a link says whom to call (bijzondere bijstand: the municipality)', async () => {
    show(adult);
    await screen.findByRole('heading', { level: 1, name: nl.results.title });
    const item = document.querySelector('[data-todo="bijzondere-bijstand"]') as HTMLElement;
    expect(item).not.toBeNull();
    expect(within(item).queryByRole('link')).toBeNull();
    expect(within(item).getByText(nl.results.todo['bijzondere-bijstand'].text)).toBeTruthy();
  });

  it('likely: the detail (amounts, why, documents, help) is folded away, closed; the repayment explainer once', async () => {
    show(pensioner);
    await screen.findByRole('heading', { level: 1, name: nl.results.title });
    const aio = respond(pensioner, { peildatum: PEILDATUM, lang: 'nl' }).results.find(
      (r) => r.regulation === 'aio',
    );
    expect(aio?.verdict).toBe('likely');
    const box = within(card('aio'));
    expect(box.getByText(nl.results.verdicts.likely.label)).toBeTruthy();
    const more = card('aio').querySelector('details') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    expect(within(more).getByText(nl.results.more(nl.results.regulations.aio))).toBeTruthy();
    const inside = within(more);
    expect(
      inside.getByText(text(nl.results.monthly(formatMoney(aio?.estimate?.monthly ?? 0, 'nl-NL')))),
    ).toBeTruthy();
    expect(
      inside.getByText(text(nl.results.yearly(formatMoney(aio?.estimate?.yearly ?? 0, 'nl-NL'))), {
        exact: false,
      }),
    ).toBeTruthy();
    expect(inside.getByText(nl.results.documentsHeading)).toBeTruthy();
    expect(inside.getByText(nl.results.helpHeading)).toBeTruthy();
    for (const reason of aio?.reasons ?? [])
      expect(inside.getByText(text(reason.text), { exact: false })).toBeTruthy();
    for (const threshold of aio?.thresholds ?? [])
      expect(inside.getByText(text(threshold.text))).toBeTruthy();
    expect(document.querySelectorAll('main details[open], details[open]')).toHaveLength(0);
    expect(screen.getAllByText(nl.results.repaymentTitle)).toHaveLength(1);
    expect(box.queryByText(nl.results.repaymentTitle)).toBeNull();
    for (const link of document.querySelectorAll('a[target="_blank"]'))
      expect(link.textContent).toContain(nl.results.newTab);
  });

  it('for the fear of repaying: the option to apply afterwards, with its deadline and the Awir', async () => {
    show(pensioner);
    const summary = await screen.findByText(nl.results.repaymentTitle);
    const explainer = within(summary.closest('details') as HTMLElement);
    const afterwards = explainer.getByText(/achteraf aanvragen/).closest('li') as HTMLElement;
    // Awir art. 15 lid 1: a request about a year can be made up to and including 31 December of the next.
    expect(afterwards.textContent).toContain('31 december van het jaar erna');
    const source = within(afterwards).getByRole('link');
    expect(source.getAttribute('href')).toMatch(
      /^https:\/\/wetten\.overheid\.nl\/BWBR0018472\/[\d-]{10}#(.*_)?Artikel15$/,
    );
  });

  it('lists the answers it used, for the print-out to take to the counter', async () => {
    show(pensioner);
    await screen.findByRole('heading', { level: 1, name: nl.results.title });
    const answers = screen.getByText(nl.results.yourAnswers).closest('details') as HTMLElement;
    expect(within(answers).getByText(nl.questions.age.label)).toBeTruthy();
    expect(within(answers).getByText('72 jaar'.replace('72', String(pensioner.age)))).toBeTruthy();
  });

  it('possibly, with a range, after "I don\'t know"', async () => {
    const { assets: _assets, ...rest } = pensioner;
    const answers: Answers = { ...rest, dontKnow: ['assets'] };
    show(answers);
    await screen.findByRole('heading', { level: 1, name: nl.results.title });
    const results = respond(answers, { peildatum: PEILDATUM, lang: 'nl' }).results;
    const ranged = results.find(
      (r) => r.verdict === 'possibly' && r.estimate?.range && r.estimate.range.min !== r.estimate.range.max,
    );
    expect(ranged).toBeDefined();
    if (!ranged?.estimate?.range) return;
    const box = within(card(ranged.regulation));
    expect(box.getByText(nl.results.verdicts.possibly.label)).toBeTruthy();
    const { min, max } = ranged.estimate.range;
    expect(
      box.getByText(text(nl.results.range(formatMoney(min, 'nl-NL'), formatMoney(max, 'nl-NL'))), {
        exact: false,
      }),
    ).toBeTruthy();
  });

  it('unlikely: grouped under its own heading, its reasons folded away', async () => {
    show(pensioner);
    await screen.findByRole('heading', { level: 1, name: nl.results.title });
    const rest = screen.getByRole('region', { name: nl.results.otherResults });
    const bijstand = within(rest).getByRole('region', { name: nl.results.regulations['algemene-bijstand'] });
    expect(within(bijstand).getByText(nl.results.verdicts.unlikely.label)).toBeTruthy();
    expect(bijstand.querySelector('details')?.open).toBe(false);
    expect(within(bijstand).queryByText(nl.results.receivingQuestion)).toBeNull();
    expect(within(bijstand).getByRole('heading', { level: 3 })).toBeTruthy();
  });

  it('unknown: says what is still missing', () => {
    const result = respond({}, { peildatum: PEILDATUM, lang: 'nl' }).results[0];
    if (!result) throw new Error('no result');
    render(
      <ResultCard
        result={result}
        content={nl}
        receiving={undefined}
        reason={undefined}
        notice={null}
        onReceiving={() => {}}
        onReason={() => {}}
      />,
    );
    expect(screen.getByText(nl.results.verdicts.unknown.label)).toBeTruthy();
    expect(screen.getByText(new RegExp(nl.results.missing))).toBeTruthy();
  });

  it('stale parameters: a notice that the last known amounts are used', async () => {
    show(pensioner, nl, '2031-06-01');
    await screen.findByRole('heading', { level: 1, name: nl.results.title });
    expect(screen.getByText(nl.results.staleNotice)).toBeTruthy();
  });

  it('from 1 January the toeslagen of the year before are offered (Awir art. 15), worked out locally, bijstand not', async () => {
    show(pensioner, nl, '2027-01-04');
    await screen.findByRole('heading', { level: 1, name: nl.results.title });
    const section = within(screen.getByRole('region', { name: nl.results.earlierYear.title(2026) }));
    expect(section.getByText(/31 december 2027/)).toBeTruthy();
    fireEvent.click(section.getByRole('button', { name: nl.results.earlierYear.button(2026) }));
    const expected = respond(pensioner, { peildatum: '2026-12-31', lang: 'nl' }).results;
    // The reason texts of a result worked out in the browser come with the language's copy (a chunk).
    const found = () => [...document.querySelectorAll<HTMLElement>('.sw-earlier-year [data-regulation]')];
    await waitFor(() => expect(found().length).toBeGreaterThan(0));
    const cards = found();
    expect(cards.map((c) => c.dataset.regulation)).toEqual([
      'zorgtoeslag',
      'huurtoeslag',
      'kindgebonden-budget',
      'kinderopvangtoeslag',
    ]);
    for (const c of cards) {
      const result = expected.find((r) => r.regulation === c.dataset.regulation);
      expect(c.dataset.verdict).toBe(result?.verdict);
      expect(c.dataset.monthly).toBe(String(result?.estimate?.monthly ?? ''));
      expect(within(c).queryByLabelText(nl.common.no)).toBeNull(); // no non-use question for a past year
    }
    expect(
      section.getByRole('heading', { level: 3, name: `${nl.results.regulations.zorgtoeslag} 2026` }),
    ).toBeTruthy();
    expect(requests).toHaveLength(1); // nothing sent, nothing counted
  });

  it('in 2026 no earlier year is offered (the rules start in 2026)', async () => {
    show(pensioner);
    await screen.findByRole('heading', { level: 1, name: nl.results.title });
    expect(document.querySelector('.sw-earlier-year')).toBeNull();
  });

  it('error: a clear message and a retry that works', async () => {
    fail = true;
    show(pensioner);
    await screen.findByRole('heading', { level: 1, name: nl.results.errorTitle });
    expect(screen.getByRole('alert').textContent).toBe(nl.errors.screenFailed);
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: nl.common.retry }));
    await screen.findByRole('heading', { level: 1, name: nl.results.title });
  });

  it('"Do you already get this?" and "why not?" re-screen with the same sessionId', async () => {
    show(pensioner);
    await screen.findByRole('heading', { level: 1, name: nl.results.title });
    const box = within(card('aio'));
    fireEvent.click(box.getByLabelText(nl.common.no));
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1]?.answers.receiving).toEqual({ aio: false });
    fireEvent.click(box.getByLabelText(nl.results.nonUseReasons.shame));
    await waitFor(() => expect(requests).toHaveLength(3));
    expect(requests[2]?.answers.nonUseReasons).toEqual({ aio: 'shame' });
    expect(new Set(requests.map((r) => r.sessionId)).size).toBe(1);
    await waitFor(() => expect(box.getByText(nl.results.receivingSaved)).toBeTruthy());
    await waitFor(() => expect(card('aio').dataset.verdict).toBe('likely'));
    fireEvent.click(box.getByLabelText(nl.common.yes));
    await waitFor(() => expect(requests).toHaveLength(4));
    expect(requests[3]?.answers.receiving).toEqual({ aio: true });
    expect(requests[3]?.answers.nonUseReasons).toEqual({});
  });

  it('"Yes, I get this" moves it out of the to-do list to "check the amount", with one screening per answer', async () => {
    show(pensioner);
    await screen.findByRole('heading', { level: 1, name: nl.results.title });
    const todo = () => screen.getByRole('region', { name: nl.results.todoTitle });
    expect(todo().querySelector('[data-todo="huurtoeslag"]')).not.toBeNull();
    fireEvent.click(within(card('huurtoeslag')).getByLabelText(nl.common.yes));
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1]?.answers.receiving).toEqual({ huurtoeslag: true });
    expect(todo().querySelector('[data-todo="huurtoeslag"]')).toBeNull();
    const already = screen.getByRole('region', { name: nl.results.alreadyTitle });
    const moved = within(already).getByRole('region', { name: nl.results.regulations.huurtoeslag });
    expect(document.activeElement?.id).toBe('card-huurtoeslag');
    expect(document.activeElement?.closest('.sw-already')).not.toBeNull();
    const huurtoeslag = respond(pensioner, { peildatum: PEILDATUM, lang: 'nl' }).results.find(
      (r) => r.regulation === 'huurtoeslag',
    );
    expect(
      within(moved).getByText(
        text(nl.results.alreadyExpected(formatMoney(huurtoeslag?.estimate?.monthly ?? 0, 'nl-NL'))),
      ),
    ).toBeTruthy();
    const check = within(moved).getByRole('link', {
      name: new RegExp(nl.results.check.toeslagen.source?.title ?? ''),
    });
    expect(check.getAttribute('href')).toBe(nl.results.check.toeslagen.source?.url);
    await waitFor(() => expect(within(moved).getByText(nl.results.receivingSaved)).toBeTruthy());
    await new Promise((done) => setTimeout(done, 50));
    expect(requests).toHaveLength(2);

    // Changing it back to "no" puts it back in the to-do list, again with one screening.
    fireEvent.click(within(moved).getByLabelText(nl.common.no));
    await waitFor(() => expect(requests).toHaveLength(3));
    expect(todo().querySelector('[data-todo="huurtoeslag"]')).not.toBeNull();
    expect(screen.queryByRole('region', { name: nl.results.alreadyTitle })).toBeNull();
    await waitFor(() =>
      expect(within(card('huurtoeslag')).getByText(nl.results.receivingSaved)).toBeTruthy(),
    );
    await new Promise((done) => setTimeout(done, 50));
    expect(requests).toHaveLength(3);
  });

  it('in English: the request asks for English reason texts', async () => {
    show(pensioner, en);
    await screen.findByRole('heading', { level: 1, name: en.results.title });
    expect(requests[0]?.lang).toBe('en');
    expect(within(card('aio')).getByText(en.results.verdicts.likely.label)).toBeTruthy();
  });

  it('switching language re-screens in that language with the same sessionId', async () => {
    const { rerender } = show(pensioner);
    await screen.findByRole('heading', { level: 1, name: nl.results.title });
    rerender(<ResultsPage content={en} peildatum={PEILDATUM} />);
    await screen.findByRole('heading', { level: 1, name: en.results.title });
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1]?.lang).toBe('en');
    expect(requests[1]?.sessionId).toBe(requests[0]?.sessionId);
    const english = respond(pensioner, { peildatum: PEILDATUM, lang: 'en' }).results.find(
      (r) => r.regulation === 'aio',
    );
    await waitFor(() =>
      expect(
        within(card('aio')).getByText(text(english?.reasons[0]?.text ?? ''), { exact: false }),
      ).toBeTruthy(),
    );
  });

  it('a failed re-screening keeps the result and says the answer was not counted', async () => {
    show(pensioner);
    await screen.findByRole('heading', { level: 1, name: nl.results.title });
    fail = true;
    fireEvent.click(within(card('aio')).getByLabelText(nl.common.no));
    await waitFor(() => expect(within(card('aio')).getByText(nl.results.receivingFailed)).toBeTruthy());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(nl.results.title);
  });
});

describe('an amount that is an upper bound', () => {
  it('says "at most" when estimate.atMost is set (co-residents’ income for huurtoeslag)', async () => {
    show({ ...pensioner, coResidents27Plus: 1 });
    await screen.findByRole('heading', { level: 1, name: nl.results.title });
    const huurtoeslag = card('huurtoeslag');
    expect(huurtoeslag.dataset.verdict).toBe('possibly');
    expect(text(huurtoeslag.textContent ?? '')).toContain('Hoogstens');
    expect(text(card('zorgtoeslag').textContent ?? '')).not.toContain('Hoogstens');
  });
});

describe('a reason’s sources', () => {
  it('shows laws and official pages as "law or rule", and a news site only as "also reported by"', () => {
    render(
      <p>
        <ReasonSources
          content={nl}
          sources={[
            {
              title: 'Wet op de zorgtoeslag, artikel 2',
              url: 'https://wetten.overheid.nl/BWBR0018451',
              kind: 'law',
            },
            {
              title: 'Berekening zorgtoeslag 2026',
              url: 'https://download.belastingdienst.nl/x.pdf',
              kind: 'official',
            },
            { title: 'Standaardpremie 2026 vastgesteld', url: 'https://www.taxlive.nl/x', kind: 'secondary' },
          ]}
        />
      </p>,
    );
    const rule = document.querySelector('[data-source-kind="rule"]');
    const reported = document.querySelector('[data-source-kind="secondary"]');
    expect(rule?.textContent).toMatch(new RegExp(`^ \\(${nl.results.law}: Wet op de zorgtoeslag`));
    expect(rule?.textContent).toContain('Berekening zorgtoeslag 2026');
    expect(rule?.textContent).not.toContain('Standaardpremie');
    expect(reported?.textContent).toContain(`${nl.results.alsoReported}: Standaardpremie 2026 vastgesteld`);
  });

  it('shows no "law or rule" at all where only a news site reported it', () => {
    render(
      <p>
        <ReasonSources
          content={en}
          sources={[
            { title: 'AOW-leeftijd in 2028', url: 'https://www.blikopnieuws.nl/x', kind: 'secondary' },
          ]}
        />
      </p>,
    );
    expect(document.querySelector('[data-source-kind="rule"]')).toBeNull();
    expect(document.body.textContent).not.toContain(en.results.law);
    expect(document.body.textContent).toContain(en.results.alsoReported);
  });

  it('every source the engine gives a result card is shown under its kind', () => {
    const result = respond(adult, { peildatum: '2026-03-01' }).results.find(
      (r) => r.regulation === 'zorgtoeslag',
    );
    if (!result) throw new Error('no zorgtoeslag');
    render(
      <ResultCard
        result={result}
        content={nl}
        receiving={undefined}
        reason={undefined}
        notice={null}
        onReceiving={() => {}}
        onReason={() => {}}
      />,
    );
    const shownAsRule = [...document.querySelectorAll('[data-source-kind="rule"] a')].map((a) =>
      a.getAttribute('href'),
    );
    for (const source of result.reasons.flatMap((r) => r.sources))
      if (source.kind === 'secondary') expect(shownAsRule).not.toContain(source.url);
      else expect(shownAsRule).toContain(source.url);
  });
});

describe('read aloud on the results page', () => {
  it('reads the to-do list: each line’s name, verdict, amount and action, in the order on screen', async () => {
    const spoken: string[] = [];
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        lang = '';
        rate = 1;
        voice: unknown = null;
        onend: (() => void) | null = null;
        onerror: (() => void) | null = null;
        constructor(public text: string) {}
      },
    );
    vi.stubGlobal('speechSynthesis', {
      speak: (utterance: { text: string }) => spoken.push(utterance.text),
      cancel: () => undefined,
      getVoices: () => [{ lang: 'nl-NL', name: 'Dutch' }],
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    });
    show(pensioner);
    await screen.findByRole('heading', { level: 1, name: nl.results.title });
    const lines = [...document.querySelectorAll('.sw-todo__item')];
    expect(lines.length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: nl.common.readAloud }));
    expect(spoken).toHaveLength(1);
    const said = text(spoken[0] ?? '');
    let from = 0;
    for (const line of lines) {
      for (const part of line.querySelectorAll(
        '.sw-todo__name, .sw-badge, .sw-todo__amount, .sw-todo__action',
      )) {
        // The link's "opens in a new tab" is for screen readers, not part of the line.
        const shown = text(part.textContent ?? '')
          .replace(text(nl.results.newTab), '')
          .trim();
        const at = said.indexOf(shown, from);
        expect(at, part.textContent ?? '').toBeGreaterThanOrEqual(from);
      }
      const name = text(line.querySelector('.sw-todo__name')?.textContent ?? '');
      from = said.indexOf(name, from) + name.length;
    }
  });
});
