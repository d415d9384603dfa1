// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NON_USE_REASONS } from '../../functions/rules/non-use-reasons';
import { CounterApp } from '../../web/balie/src/app';
import { COUNTER_CONTENT } from '../../web/balie/src/content';
import { ar as counterAr } from '../../web/balie/src/content/ar';
import { en as counterEn } from '../../web/balie/src/content/en';
import { nl as counterNl } from '../../web/balie/src/content/nl';
import { pl as counterPl } from '../../web/balie/src/content/pl';
import { tr as counterTr } from '../../web/balie/src/content/tr';
import { uk as counterUk } from '../../web/balie/src/content/uk';
import { createSender, screeningBody } from '../../web/balie/src/lib/screening';
import { ar } from '../../web/src/content/ar';
import { nl } from '../../web/src/content/nl';
import { pl } from '../../web/src/content/pl';
import { tr } from '../../web/src/content/tr';
import { uk } from '../../web/src/content/uk';

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(cleanup);

// A long delay: nothing is sent while these component tests type (the sender has its own tests).
const app = () => render(<CounterApp peildatum="2026-11-24" sendDelayMs={60_000} />);
const type = (id: string, value: string) =>
  fireEvent.input(document.getElementById(id) as HTMLElement, { target: { value } });
const choose = (id: string, value: string) =>
  fireEvent.change(document.getElementById(id) as HTMLElement, { target: { value } });

/** The renter, with what bijstand needs besides: no studiefinanciering, not self-employed, not working. */
async function fillBijstand() {
  await fillRenter();
  choose('f-studentFinance', 'false');
  choose('f-selfEmployed', 'false');
  choose('f-working-applicant', 'false');
  choose('f-specialCosts', 'true');
}

async function fillRenter() {
  type('f-age', '35');
  choose('f-partner', 'false');
  type('f-children', '0');
  type('f-coResidents27Plus', '0');
  choose('f-housing', 'rent');
  type('f-rent', '600');
  choose('f-selfContainedHome', 'true');
  type('f-netIncomeMonthly', '0');
  type('f-grossIncomeYearly', '0');
  type('f-assets', '0');
  choose('f-residence', 'dutch');
  choose('f-livesInNetherlands', 'true');
  choose('f-healthInsuranceNL', 'true');
}

const card = (id: string) => document.querySelector(`.results [data-regulation="${id}"]`) as HTMLElement;

describe('counter screen', () => {
  it('shows every question group at once, one h1, and results that follow the answers', async () => {
    app();
    await screen.findByText(counterNl.results.title);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    for (const group of Object.values(counterNl.groups))
      expect(screen.getByRole('group', { name: group })).toBeTruthy();
    expect(within(card('huurtoeslag')).getByText(nl.results.verdicts.unknown.label)).toBeTruthy();
    await fillRenter();
    await waitFor(() =>
      expect(within(card('huurtoeslag')).getByText(nl.results.verdicts.likely.label)).toBeTruthy(),
    );
    expect(card('huurtoeslag').textContent).toMatch(/per maand/);
  });

  it('marks fields that undecided regulations still need, and shows a typing error beside the field', async () => {
    app();
    await screen.findByText(counterNl.results.title);
    expect(document.getElementById('f-rent-needed')?.textContent).toMatch(/Huurtoeslag/);
    type('f-age', '200');
    expect(document.getElementById('f-age-error')?.textContent).toBe(counterNl.errors.wholeNumber(0, 120));
    expect(document.getElementById('f-age')?.getAttribute('aria-describedby')).toContain('f-age-error');
  });

  it('asks "already receiving?" and, after a no, "why not?", with the citizen app\'s wording', async () => {
    app();
    await fillRenter();
    const receiving = await waitFor(() => {
      const select = document.getElementById('receiving-huurtoeslag');
      if (!select) throw new Error('not asked yet');
      return select;
    });
    expect(document.querySelector('label[for="receiving-huurtoeslag"]')?.textContent).toBe(
      nl.results.receivingQuestion,
    );
    expect(document.getElementById('reason-huurtoeslag')).toBeNull();
    fireEvent.change(receiving, { target: { value: 'false' } });
    const reason = document.getElementById('reason-huurtoeslag') as HTMLSelectElement;
    expect([...reason.options].map((o) => o.textContent)).toContain(nl.results.nonUseReasons['did-not-know']);
    // The engine's list of non-use reasons, in its order, after "not answered".
    expect([...reason.options].map((o) => o.value)).toEqual(['', ...NON_USE_REASONS]);
  });

  it('keeps the municipality as a device setting, set and shown by name, stored as its CBS code', async () => {
    app();
    fireEvent.click(screen.getByRole('button', { name: counterNl.region.change }));
    const field = document.getElementById('region-code') as HTMLInputElement;
    const list = document.getElementById(field.getAttribute('list') ?? '');
    expect(list?.tagName).toBe('DATALIST');
    expect(list?.querySelectorAll('option')).toHaveLength(343); // the 342 of 2026 and "Den Haag"
    type('region-code', 'den haag');
    fireEvent.submit(field.closest('form') as HTMLFormElement);
    expect(screen.getByText(counterNl.region.current("'s-Gravenhage"))).toBeTruthy();
    expect(localStorage.getItem('sw.balie.region')).toBe('GM0518');
  });

  it('a name that is no gemeente keeps the field open with the error; the code is accepted too', async () => {
    app();
    fireEvent.click(screen.getByRole('button', { name: counterNl.region.change }));
    type('region-code', 'Amsterdm');
    fireEvent.submit(document.getElementById('region-code')?.closest('form') as HTMLFormElement);
    expect(screen.getByText(counterNl.region.invalid)).toBeTruthy();
    expect(document.getElementById('region-code')?.getAttribute('aria-invalid')).toBe('true');
    expect(localStorage.getItem('sw.balie.region')).toBeNull();
    type('region-code', 'gm0363');
    fireEvent.submit(document.getElementById('region-code')?.closest('form') as HTMLFormElement);
    expect(screen.getByText(counterNl.region.current('Amsterdam'))).toBeTruthy();
  });

  it('the handover sheet names the gemeente and gives its local route for bijstand, with sources', async () => {
    localStorage.setItem('sw.balie.region', 'GM0599');
    app();
    await fillBijstand();
    const sheet = () => document.querySelector('.sheet') as HTMLElement;
    await waitFor(() => expect(sheet().querySelector('[data-regulation="algemene-bijstand"]')).toBeTruthy());
    expect(sheet().querySelector('.sheet__gemeente')?.textContent).toContain(
      counterNl.sheet.gemeente('Rotterdam'),
    );
    const local = sheet().querySelector('.sheet__local') as HTMLElement;
    expect(local.dataset.local).toBe('true');
    expect(local.textContent).toContain(nl.localRoute.title('Rotterdam'));
    const bijstand = local.querySelector('[data-topic="bijstand"]') as HTMLElement;
    expect(bijstand.dataset.local).toBe('true');
    expect(bijstand.textContent).toContain('https://www.rotterdam.nl/bijstandsuitkering');
    expect(bijstand.textContent).toContain('14 010');
    expect(bijstand.textContent).toContain(nl.localRoute.source);
    for (const fact of nl.localRoute.bringSomeone) expect(local.textContent).toContain(fact.text);
  });

  it('without a gemeente set, the sheet has no local route; a code no longer on the list counts as not set', async () => {
    localStorage.setItem('sw.balie.region', 'GM0398'); // Heerhugowaard, merged into Dijk en Waard in 2022
    app();
    await fillBijstand();
    const sheet = () => document.querySelector('.sheet') as HTMLElement;
    await waitFor(() => expect(sheet().querySelector('[data-regulation="algemene-bijstand"]')).toBeTruthy());
    expect(sheet().querySelector('.sheet__gemeente, .sheet__local')).toBeNull();
    expect(screen.getByText(counterNl.region.notSet)).toBeTruthy();
  });

  it('"new visitor" clears the form, the results, the sheet and sessionStorage, and starts a new visit id', async () => {
    app();
    await fillRenter();
    await waitFor(() => expect(document.getElementById('receiving-huurtoeslag')).toBeTruthy());
    const before = JSON.parse(sessionStorage.getItem('sw.balie.visit') ?? '{}');
    expect(before.drafts.values.rent).toBe('600');
    sessionStorage.setItem('sw.answers', '{"age":35}'); // the citizen app's key, in the same tab
    fireEvent.click(screen.getByRole('button', { name: counterNl.newVisitor }));
    await waitFor(() => expect((document.getElementById('f-rent') as HTMLInputElement).value).toBe(''));
    expect(sessionStorage.getItem('sw.answers')).toBeNull();
    const after = JSON.parse(sessionStorage.getItem('sw.balie.visit') ?? '{}');
    expect(after.sessionId).not.toBe(before.sessionId);
    expect(after.drafts).toEqual({ values: {}, dontKnow: [] });
    expect(document.getElementById('receiving-huurtoeslag')).toBeNull();
    expect(document.querySelectorAll('.sheet__item[data-regulation]')).toHaveLength(0);
    expect(screen.getByText(counterNl.newVisitorDone)).toBeTruthy();
  });

  it('"new visitor" can be undone: the same visit comes back (the same id, counted once), from memory only', async () => {
    app();
    await fillRenter();
    await waitFor(() => expect(document.getElementById('receiving-huurtoeslag')).toBeTruthy());
    const before = JSON.parse(sessionStorage.getItem('sw.balie.visit') ?? '{}');
    fireEvent.click(screen.getByRole('button', { name: counterNl.newVisitor }));
    await waitFor(() => expect((document.getElementById('f-rent') as HTMLInputElement).value).toBe(''));
    // While undo is offered, nothing of the previous visitor is in storage.
    expect(sessionStorage.getItem('sw.balie.visit') ?? '').not.toContain(before.sessionId);
    fireEvent.click(screen.getByRole('button', { name: counterNl.undoNewVisitor }));
    await waitFor(() => expect((document.getElementById('f-rent') as HTMLInputElement).value).toBe('600'));
    expect(JSON.parse(sessionStorage.getItem('sw.balie.visit') ?? '{}').sessionId).toBe(before.sessionId);
    expect(screen.getByText(counterNl.newVisitorUndone)).toBeTruthy();
    expect(screen.queryByRole('button', { name: counterNl.undoNewVisitor })).toBeNull();
  });

  it('the undo is offered for ten seconds, then the previous visitor is gone', async () => {
    app();
    await fillRenter();
    vi.useFakeTimers();
    try {
      fireEvent.click(screen.getByRole('button', { name: counterNl.newVisitor }));
      expect(screen.getByRole('button', { name: counterNl.undoNewVisitor })).toBeTruthy();
      await vi.advanceTimersByTimeAsync(10_000);
      expect(screen.queryByRole('button', { name: counterNl.undoNewVisitor })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('counter languages', () => {
  it('switches the screen language as a device setting', async () => {
    app();
    await screen.findByText(counterNl.results.title);
    fireEvent.change(screen.getByLabelText(counterNl.staffLanguage), { target: { value: 'en' } });
    expect(await screen.findByRole('heading', { level: 1, name: counterEn.title })).toBeTruthy();
    expect(localStorage.getItem('sw.balie.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it("prints Dutch beside the visitor's language, or Dutch alone for a Dutch visitor", async () => {
    app();
    await fillRenter();
    const sheet = () => document.querySelector('.sheet') as HTMLElement;
    await waitFor(() => expect(sheet().querySelector('[data-regulation="huurtoeslag"]')).toBeTruthy());
    expect(sheet().dataset.languages).toBe('nl en');
    expect(sheet().querySelector('h2 [lang="en"]')?.textContent).toBe(counterEn.sheet.title);
    choose('visitor-lang', 'nl');
    await waitFor(() => expect(sheet().dataset.languages).toBe('nl'));
    expect(sheet().querySelector('[lang="en"]')).toBeNull();
    expect(sheet().textContent).toContain(nl.nextSteps.huurtoeslag.apply[0]?.text);
  });
});

describe('handover sheet in Turkish, Arabic, Polish and Ukrainian', () => {
  it.each([
    ['tr', counterTr, tr, 'ltr'],
    ['ar', counterAr, ar, 'rtl'],
    ['pl', counterPl, pl, 'ltr'],
    ['uk', counterUk, uk, 'ltr'],
  ] as const)(
    '%s: Dutch beside the visitor’s language, that column in its own direction',
    async (code, counter, citizen, dir) => {
      app();
      await fillRenter();
      const sheet = () => document.querySelector('.sheet') as HTMLElement;
      await waitFor(() => expect(sheet().querySelector('[data-regulation="huurtoeslag"]')).toBeTruthy());
      choose('visitor-lang', code);
      await waitFor(() => expect(sheet().dataset.languages).toBe(`nl ${code}`));
      const title = sheet().querySelector(`h2 [lang="${code}"]`) as HTMLElement;
      expect(title.textContent).toBe(counter.sheet.title);
      expect(title.getAttribute('dir')).toBe(dir);
      expect(sheet().querySelector('h2 [lang="nl"]')?.getAttribute('dir')).toBe('ltr');
      const item = sheet().querySelector('[data-regulation="huurtoeslag"]') as HTMLElement;
      expect(item.querySelector(`[lang="${code}"]`)?.textContent).toBe(
        citizen.results.regulations.huurtoeslag,
      );
      expect(item.textContent).toContain(citizen.nextSteps.huurtoeslag.apply[0]?.text);
      expect(item.textContent).toContain(nl.nextSteps.huurtoeslag.apply[0]?.text);
      // The address to apply at reads left to right in either column.
      for (const url of item.querySelectorAll('.url')) expect(url.getAttribute('dir')).toBe('ltr');
    },
  );

  it('switches the staff screen to Arabic right to left', async () => {
    app();
    await screen.findByText(counterNl.results.title);
    fireEvent.change(screen.getByLabelText(counterNl.staffLanguage), { target: { value: 'ar' } });
    expect(await screen.findByRole('heading', { level: 1, name: counterAr.title })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    fireEvent.change(screen.getByLabelText(counterAr.staffLanguage), { target: { value: 'nl' } });
    await screen.findByRole('heading', { level: 1, name: counterNl.title });
    expect(document.documentElement.dir).toBe('ltr');
  });
});

/** The shape of a value: keys of objects, lengths of arrays, kinds of leaves. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, shape((value as Record<string, unknown>)[key])]),
    );
  return typeof value;
}

describe('counter content', () => {
  // A key missing or extra in any registered language fails here.
  it.each(Object.keys(COUNTER_CONTENT) as (keyof typeof COUNTER_CONTENT)[])(
    '%s has exactly the Dutch keys',
    (code) => {
      expect(shape(COUNTER_CONTENT[code])).toEqual(shape(counterNl));
      expect(COUNTER_CONTENT[code].lang).toBe(code);
    },
  );
});

describe('counter screening sender', () => {
  const body = (age: number) =>
    screeningBody({
      peildatum: '2026-11-24',
      region: 'GM0363',
      lang: 'nl',
      sessionId: 's-1',
      answers: { age },
    });

  it('sends only the latest screening once answers rest, with the counter channel and region', async () => {
    vi.useFakeTimers();
    const calls: { url: string; body: unknown }[] = [];
    const states: string[] = [];
    const sender = createSender({
      delayMs: 500,
      onState: (state) => states.push(state),
      fetchImpl: async (url, init) => {
        calls.push({ url: String(url), body: JSON.parse(String(init?.body)) });
        return new Response('{}', { status: 200 });
      },
    });
    sender.schedule(body(30));
    await vi.advanceTimersByTimeAsync(200);
    sender.schedule(body(34));
    await vi.advanceTimersByTimeAsync(499);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([
      {
        url: '/api/screen',
        body: {
          peildatum: '2026-11-24',
          channel: 'counter',
          region: 'GM0363',
          lang: 'nl',
          sessionId: 's-1',
          answers: { age: 34 },
        },
      },
    ]);
    sender.schedule(body(34));
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(1); // unchanged answers are not sent again
    expect(states).toEqual(['sending', 'sent']);
    vi.useRealTimers();
  });

  it('flush sends at once (before a new visitor); a failure is reported, not thrown', async () => {
    const states: string[] = [];
    const sender = createSender({
      delayMs: 60_000,
      onState: (state) => states.push(state),
      fetchImpl: async () => {
        throw new TypeError('offline');
      },
    });
    sender.schedule(body(40));
    await sender.flush();
    expect(states).toEqual(['sending', 'failed']);
  });

  it('leaves region out when the device has none', () => {
    expect(
      screeningBody({ peildatum: '2026-11-24', region: null, lang: 'en', sessionId: 's', answers: {} }),
    ).not.toHaveProperty('region');
  });
});
