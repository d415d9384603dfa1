import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../web/src/content/en';
import { nl } from '../../../web/src/content/nl';
import { answerAll, type Person, startCheck } from './drive';
import { axe, type Harness, settled, startHarness } from './harness';
import { pensioner, singleParent } from './households';

/**
 * The results page on a 360×740 phone for two typical households: the to-do list fits the first
 * screen, the page says at most 500 words before any detail is opened, the print-out is at most
 * 2 A4 pages, axe finds nothing, and "do you already get this?" sends one screening per answer.
 */
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, 120_000);
afterAll(async () => harness?.close());

const A4 = { width: '210mm', height: '297mm' };

/** Words and links a person sees: rendered, outside any closed disclosure (its summary counts). */
const visible = (page: Page) =>
  page.evaluate(() => {
    const shown = (element: Element) => {
      if (!element.checkVisibility({ visibilityProperty: true })) return false;
      const closed = element.closest('details:not([open])');
      return !closed || element.closest('summary') !== null;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let words = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('script, style') || !shown(element)) continue;
      words += (node.textContent ?? '').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    }
    const links = [...document.querySelectorAll('a[href]')].filter(shown).length;
    return { words, links };
  });

/** Counts the pages of a PDF by its page objects (Chromium writes them uncompressed). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

async function toResults(page: Page, person: Person, lang: 'nl' | 'en') {
  await page.goto(harness.url);
  if (lang === 'en') {
    await page.getByRole('button', { name: 'English' }).tap();
    await page.getByRole('heading', { level: 1, name: en.start.title }).waitFor();
  }
  await startCheck(page, 'touch');
  await answerAll(page, person, 'touch');
  await page.locator('main a[href="#/results"]').tap();
  await settled(page);
  await page.locator('.sw-card').first().waitFor();
}

const measured: Record<string, { words: number; links: number; pages: number; todoBottom: number }> = {};

describe('the results page for a typical household, on a phone', () => {
  it.each([
    ['a single parent with 2 children who rents', singleParent, 'nl'],
    ['a single pensioner who rents', pensioner, 'nl'],
    ['a single pensioner who rents, in English', pensioner, 'en'],
  ] as const)('%s', async (name, person, lang) => {
    const content = lang === 'en' ? en : nl;
    const { page, problems, close } = await harness.open({ hasTouch: true, isMobile: true });
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/screen') && request.method() === 'POST') posts.push(request.url());
    });
    await toResults(page, person, lang);
    expect(posts).toHaveLength(1);

    // One screen first: the whole to-do list, highest yearly amount first, within 740 px.
    await page.evaluate(() => window.scrollTo(0, 0));
    const todo = await page.$$eval('.sw-todo__item', (items) =>
      items.map((item) => ({
        regulation: item.getAttribute('data-todo') ?? '',
        yearly: Number(item.getAttribute('data-yearly') || -1),
      })),
    );
    expect(todo.length).toBeGreaterThan(1);
    const amounts = todo.map((item) => item.yearly);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    for (const { regulation, yearly } of todo) {
      const monthly = await page
        .locator(`.sw-card[data-regulation="${regulation}"]`)
        .getAttribute('data-monthly');
      expect(yearly > 0, regulation).toBe(monthly !== '');
    }
    const todoBottom = await page.evaluate(
      () => document.querySelector('.sw-todo')?.getBoundingClientRect().bottom ?? Number.POSITIVE_INFINITY,
    );
    expect(todoBottom).toBeLessThanOrEqual(740);

    // Detail only on request; every new-tab link says so; the repayment explainer once.
    expect(await page.locator('main details[open]').count()).toBe(0);
    const blank = await page.$$eval('main a[target="_blank"]', (links) =>
      links.map((a) => a.textContent ?? ''),
    );
    expect(blank.length).toBeGreaterThan(0);
    for (const text of blank) expect(text).toContain(content.results.newTab);
    expect(await page.getByText(content.results.repaymentTitle).count()).toBe(1);

    const { words, links } = await visible(page);
    expect(words).toBeLessThanOrEqual(500);
    expect(links).toBeLessThanOrEqual(12);
    expect(await axe(page), 'results').toEqual([]);

    const pdf = await page.pdf({ ...A4, printBackground: true });
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
    measured[name] = { words, links, pages, todoBottom: Math.round(todoBottom) };

    // "Yes, I already get this": out of the to-do list, into "check the amount"; one screening.
    const first = todo[0]?.regulation ?? '';
    const card = page.locator(`.sw-card[data-regulation="${first}"]`);
    const yes = page.waitForResponse((response) => response.url().endsWith('/api/screen') && response.ok());
    await card.locator(`label[for="receiving-${first}-true"]`).tap();
    await yes;
    await page.locator(`.sw-already .sw-card[data-regulation="${first}"] .sw-saved:not(:empty)`).waitFor();
    expect(await page.locator(`.sw-todo__item[data-todo="${first}"]`).count()).toBe(0);
    const already = page.locator('.sw-already');
    expect(await already.getByRole('heading', { level: 2, name: content.results.alreadyTitle }).count()).toBe(
      1,
    );
    const check = await already.locator('a[target="_blank"]').first().getAttribute('href');
    expect(check).toMatch(/^https:\/\//);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`card-${first}`);
    await page.waitForTimeout(300);
    expect(posts).toHaveLength(2);
    expect(await axe(page), 'results with "you already get this"').toEqual([]);

    // "No" on the next one, then a reason: one screening each, and it stays in the to-do list.
    const second = todo[1]?.regulation ?? '';
    const next = page.locator(`.sw-card[data-regulation="${second}"]`);
    const no = page.waitForResponse((response) => response.url().endsWith('/api/screen') && response.ok());
    await next.locator(`label[for="receiving-${second}-false"]`).tap();
    await no;
    const why = page.waitForResponse((response) => response.url().endsWith('/api/screen') && response.ok());
    await next.locator(`label[for="reason-${second}-did-not-know"]`).tap();
    await why;
    await page.waitForTimeout(300);
    expect(posts).toHaveLength(4);
    expect(await page.locator(`.sw-todo__item[data-todo="${second}"]`).count()).toBe(1);

    expect(problems).toEqual([]);
    await close();
  });

  afterAll(() => {
    console.log(`results page, measured: ${JSON.stringify(measured)}`);
  });
});

describe('"what if I earn more?" on the results page', () => {
  it('is worked out in the browser on request: one part per raise, no screening sent, axe clean', {
    timeout: 120_000,
  }, async () => {
    const { page, problems, close } = await harness.open({ hasTouch: true, isMobile: true });
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/screen') && request.method() === 'POST') posts.push(request.url());
    });
    await toResults(page, singleParent, 'nl');
    const section = page.getByRole('region', { name: nl.results.workMore.title });
    await section.getByRole('button', { name: nl.results.workMore.button }).tap();
    await section.locator('.sw-work-more__step').nth(2).waitFor();
    expect(await section.locator('.sw-work-more__step').count()).toBe(3);
    expect(await axe(page), 'results with "what if I earn more?"').toEqual([]);
    expect(posts).toHaveLength(1);
    expect(problems).toEqual([]);
    await close();
  });
});
