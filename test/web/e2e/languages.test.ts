import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screeningRequestSchema } from '../../../functions/contract/request';
import { PAGES } from '../../../functions/rules/index';
import { ar } from '../../../web/src/content/ar';
import { LANGUAGES } from '../../../web/src/content/index';
import { nl } from '../../../web/src/content/nl';
import { pl } from '../../../web/src/content/pl';
import { tr } from '../../../web/src/content/tr';
import type { Content } from '../../../web/src/content/types';
import { uk } from '../../../web/src/content/uk';
import { respond } from '../../support/screen';
import { answerAll, type Person, startCheck } from './drive';
import { axe, type Harness, settled, startHarness } from './harness';
import { pensioner, selfEmployedCouple, singleParent, youthCareLeaver } from './households';
import { inkCentroid, layoutProblems } from './layout';

/**
 * The four people of the citizen suite (personas.test.ts) finish the flow in Turkish, Arabic
 * (right to left), Polish and Ukrainian on a 360×740 touch screen, axe clean, against the real local server; then the
 * Arabic question and results pages are compared with the Dutch ones for mirrored layout.
 */
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, 120_000);
afterAll(async () => harness?.close());

const PEOPLE: [string, Person][] = [
  ['a pensioner with a small AOW', pensioner],
  ['a 19-year-old leaving youth care', youthCareLeaver],
  ['a single parent who rents', singleParent],
  ['a self-employed couple with children in childcare', selfEmployedCouple],
];
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const LOCALE = { tr: 'tr-TR', pl: 'pl-PL', uk: 'uk-UA' } as const;

/**
 * Money as a Turkish ("1.150,50"), Arabic ("١١٥٠٫٥٠", Arabic-Indic digits), Polish or Ukrainian
 * (decimal comma, a no-break space between thousands as Intl writes them) speaker types it.
 */
function typedIn(lang: 'tr' | 'ar' | 'pl' | 'uk', person: Person): Person {
  const money: Record<string, string> = {};
  for (const page of PAGES.filter((candidate) => candidate.kind === 'money')) {
    const cents = person.answers[page.id as keyof typeof person.answers];
    if (typeof cents !== 'number') continue;
    const euros = Math.floor(cents / 100);
    const rest = String(cents % 100).padStart(2, '0');
    money[page.id] =
      lang === 'ar'
        ? `${euros}٫${rest}`.replace(/\d/g, (d) => ARABIC_DIGITS[Number(d)] ?? d)
        : `${euros.toLocaleString(LOCALE[lang])},${rest}`;
  }
  return { ...person, money };
}

async function chooseLanguage(page: Page, content: Content) {
  await page
    .locator('nav.sw-lang')
    .getByRole('button', { name: LANGUAGES[content.lang as keyof typeof LANGUAGES].name })
    .tap();
  await page.getByRole('heading', { level: 1, name: content.start.title }).waitFor();
}

const documentLanguage = (page: Page) =>
  page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

describe.each([
  ['tr', tr],
  ['ar', ar],
  ['pl', pl],
  ['uk', uk],
] as const)('in %s', (lang, content) => {
  it.each(PEOPLE)(
    '%s finishes the flow on a phone, axe clean',
    async (_name, person) => {
      const { page, problems, close } = await harness.open({ hasTouch: true, isMobile: true });
      const sent: ReturnType<typeof screeningRequestSchema.parse>[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/api/screen'))
          sent.push(screeningRequestSchema.parse(request.postDataJSON()));
      });
      await page.goto(harness.url);
      await chooseLanguage(page, content);
      expect(await documentLanguage(page)).toEqual([lang, content.dir]);
      await page.getByText(content.common.dutchAuthoritative).waitFor();
      expect(await axe(page), 'start').toEqual([]);
      expect(await layoutProblems(page), 'start').toEqual([]);

      // The start link, then the optional gemeente question, skipped.
      await startCheck(page, 'touch');
      await settled(page);
      expect(await axe(page), 'first question').toEqual([]);
      const asked = await answerAll(page, typedIn(lang, person), 'touch');
      expect(asked.length).toBeGreaterThan(5);
      expect(await axe(page), 'check').toEqual([]);
      expect(await layoutProblems(page), 'check').toEqual([]);

      await page.locator('main a[href="#/results"]').tap();
      await settled(page);
      await page.locator('.sw-card').first().waitFor();
      const request = sent[0];
      if (!request) throw new Error('no screening sent');
      expect(request.lang).toBe(lang);
      // The amounts typed the language's way (Arabic-Indic digits in ar) arrived as the person's cents.
      const typed = typedIn(lang, person).money ?? {};
      for (const id of asked.filter((id) => id in typed))
        expect(request.answers[id as keyof typeof request.answers], id).toBe(
          person.answers[id as keyof typeof person.answers],
        );

      const expected = respond(request.answers, { peildatum: request.peildatum ?? '', lang });
      const cards = await page.$$eval('.sw-card', (elements) =>
        elements.map((element) => ({
          regulation: element.getAttribute('data-regulation'),
          verdict: element.getAttribute('data-verdict'),
          text: element.textContent ?? '',
        })),
      );
      expect(cards).toHaveLength(7);
      for (const result of expected.results) {
        const shown = cards.find((card) => card.regulation === result.regulation);
        expect(shown?.verdict, result.regulation).toBe(result.verdict);
        expect(shown?.text).toContain(content.results.regulations[result.regulation]);
        for (const reason of result.reasons)
          expect(shown?.text.replace(/\s+/g, ' ')).toContain(reason.text.replace(/\s+/g, ' '));
      }
      await page.getByText(content.common.dutchAuthoritative).waitFor();
      expect(await axe(page), 'results').toEqual([]);
      expect(await layoutProblems(page), 'results').toEqual([]);
      expect(problems).toEqual([]);
      await close();
    },
    120_000,
  );
});

describe('a Turkish browser', () => {
  it('is offered Turkish, in Turkish, and stays in Dutch until the person chooses', async () => {
    const { page, problems, close } = await harness.open({ locale: 'tr-TR' });
    await page.goto(harness.url);
    await page.getByRole('heading', { level: 1, name: nl.start.title }).waitFor();
    expect(await documentLanguage(page)).toEqual(['nl', 'ltr']);
    const offer = page.getByRole('button', { name: LANGUAGES.tr.offer, exact: true });
    expect(await offer.evaluate((button) => button.closest('[lang]')?.getAttribute('lang'))).toBe('tr');
    expect(await axe(page)).toEqual([]);
    await offer.click();
    await page.getByRole('heading', { level: 1, name: tr.start.title }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('sw.lang'))).toBe('tr');
    expect(await page.evaluate(() => localStorage.getItem('sw.lang'))).toBeNull();
    expect(await offer.count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('Arabic against Dutch: the same layout, mirrored', () => {
  /** A page opened straight in a language, with answers already given. */
  async function open(lang: 'nl' | 'ar', hash: string, answers: object) {
    const guarded = await harness.open();
    await guarded.page.addInitScript(
      ([code, saved]) => {
        sessionStorage.setItem('sw.lang', code);
        sessionStorage.setItem('sw.answers', saved);
      },
      [lang, JSON.stringify(answers)] as const,
    );
    await guarded.page.goto(`${harness.url}/${hash}`);
    await settled(guarded.page);
    return guarded;
  }

  const box = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => {
        const rect = element.getBoundingClientRect();
        return { left: rect.left, right: rect.right };
      });

  it('a question page: back arrow, progress, radios and text on the other side; nothing overflows', async () => {
    const centroids: Record<string, number> = {};
    for (const lang of ['nl', 'ar'] as const) {
      const { page, problems, close } = await open(lang, '#/question/housing', { age: 35, partner: false });
      expect(await layoutProblems(page), lang).toEqual([]);
      const back = await box(page, '.sw-back');
      const progress = await box(page, '.sw-progress');
      const radio = await box(page, 'main input[type=radio]');
      const label = await box(page, 'main input[type=radio] + label, main label.utrecht-form-label--radio');
      if (lang === 'nl') {
        expect(back.left).toBeLessThan(progress.left);
        expect(radio.left).toBeLessThan(label.left);
      } else {
        expect(back.left).toBeGreaterThan(progress.left);
        expect(radio.left).toBeGreaterThan(label.left);
        // The back arrow points the way back: to the right, at the start of the line.
        expect(await page.locator('.sw-back').textContent()).toContain('‹');
        expect(await page.locator('.sw-back').evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
      }
      centroids[lang] = await inkCentroid(page);
      expect(problems).toEqual([]);
      await close();
    }
    expect(centroids.ar).toBeGreaterThan(0.5);
    expect(centroids.nl).toBeLessThan(0.5);
  }, 60_000);

  it('a results page: cards, amounts and headings mirrored; amounts left to right inside', async () => {
    const centroids: Record<string, number> = {};
    for (const lang of ['nl', 'ar'] as const) {
      const { page, problems, close } = await open(lang, '#/results', singleParent.answers);
      await page.locator('.sw-card').first().waitFor();
      expect(await layoutProblems(page), lang).toEqual([]);
      const heading = await box(page, 'main h1');
      const main = await box(page, 'main');
      // The heading's text hugs the start edge: left in Dutch, right in Arabic.
      const text = await page.locator('main h1').evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const rect = range.getBoundingClientRect();
        return { left: rect.left, right: rect.right };
      });
      if (lang === 'nl') expect(text.left - heading.left).toBeLessThan(2);
      else {
        expect(heading.right - text.right).toBeLessThan(2);
        // Every euro amount on the page sits in a left-to-right isolate.
        const body = (await page.locator('main').textContent()) ?? '';
        for (const match of body.matchAll(/[\d.,]+\s?€/g))
          expect(body.slice(Math.max(0, (match.index ?? 0) - 12), match.index), match[0]).toContain('\u2066');
      }
      expect(main.right).toBeLessThanOrEqual(360);
      centroids[lang] = await inkCentroid(page);
      expect(problems).toEqual([]);
      await close();
    }
    expect(centroids.ar).toBeGreaterThan(centroids.nl ?? 1);
    expect(nl.results.title).not.toBe(ar.results.title);
  }, 60_000);
});
