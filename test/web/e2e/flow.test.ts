import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renter } from '../../support/flow-people';
import { answerAll, answerOne, type Person, startCheck } from './drive';
import { axe, type Harness, settled, startHarness } from './harness';

/**
 * The flow's own controls in Chromium at 360×740: the in-page Back is the browser's Back
 * (no extra history entries); a submit with errors shows the GOV.UK error summary; "I don't know"
 * is one button, and for a self-contained home and extra costs it gives `possibly`, not `unlikely`.
 */
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, 120_000);
afterAll(async () => harness?.close());

const person: Person = { answers: { ...renter, specialCosts: false } };

const historyLength = (page: Page) => page.evaluate(() => window.history.length);
/** Waits until the app shows the page for `hash` (its form or heading rendered). */
async function shows(page: Page, hash: string): Promise<void> {
  await page.waitForFunction((wanted) => window.location.hash === wanted, hash);
  expect(await settled(page)).toBe(hash);
}
const inPageBack = (page: Page) => page.locator('main button.sw-back').click();

describe('Back', () => {
  it('the in-page Back is the browser’s Back: history does not grow, Back and Forward agree', async () => {
    const { page, problems, close } = await harness.open();
    await page.goto(harness.url);
    await startCheck(page, 'mouse');
    const pages: string[] = [];
    for (let step = 0; step < 3; step++) {
      const hash = await settled(page);
      pages.push(hash);
      await answerOne(page, person, hash.split('/')[2] ?? '', 'mouse');
      await page.waitForFunction((before) => window.location.hash !== before, hash);
    }
    pages.push(await settled(page));
    const [first, second, third, fourth] = pages;
    expect(new Set(pages).size).toBe(4);
    const length = await historyLength(page);

    await inPageBack(page);
    await shows(page, third ?? '');
    await inPageBack(page);
    await shows(page, second ?? '');
    expect(await historyLength(page)).toBe(length);
    // The answers stay: the page shows what was given.
    const filled = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('main form input')].some((input) =>
        input.type === 'radio' ? input.checked : input.value !== '',
      ),
    );
    expect(filled).toBe(true);

    await page.goBack();
    await shows(page, first ?? '');
    await page.goForward();
    await shows(page, second ?? '');
    await page.goForward();
    await shows(page, third ?? '');
    await page.goForward();
    await shows(page, fourth ?? '');
    expect(await historyLength(page)).toBe(length);

    // Back from the first question is the optional gemeente question, then the start page, again
    // without a new entry.
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await shows(page, first ?? '');
    await inPageBack(page);
    await shows(page, '#/municipality');
    await inPageBack(page);
    await page.getByRole('link', { name: /Start/ }).waitFor();
    expect(await page.evaluate(() => window.location.hash || '#/')).toBe('#/');
    expect(await historyLength(page)).toBe(length);
    expect(problems).toEqual([]);
    await close();
  });

  it('opened on a question with nothing of ours before it, Back replaces the page', async () => {
    const { page, problems, close } = await harness.open();
    await page.goto(`${harness.url}/#/question`);
    expect(await settled(page)).toMatch(/^#\/question\/\w+$/);
    const length = await historyLength(page);
    // Before the first question comes the optional gemeente question, then the start page.
    await inPageBack(page);
    await shows(page, '#/municipality');
    await inPageBack(page);
    await page.waitForFunction(() => window.location.hash === '#/');
    await page.getByRole('link', { name: /Start/ }).waitFor();
    expect(await historyLength(page)).toBe(length);
    expect(problems).toEqual([]);
    await close();
  });
});

/** Answers questions until the app asks `id`. */
async function reach(page: Page, id: string): Promise<void> {
  for (let step = 0; step < 30; step++) {
    const hash = await settled(page);
    if (hash === `#/question/${id}`) return;
    await answerOne(page, person, hash.split('/')[2] ?? '', 'mouse');
    await page.waitForFunction((before) => window.location.hash !== before, hash);
  }
  throw new Error(`never asked ${id}`);
}

const summaryFocused = (page: Page) =>
  page.waitForFunction(() => document.activeElement?.classList.contains('sw-error-summary') === true);

describe('error summary', () => {
  it('a failed submit shows "Er is een probleem" on top with a link per error, focused, "Fout: " in the title; axe clean', async () => {
    const { page, problems, close } = await harness.open();
    await page.goto(`${harness.url}/#/question`);
    const first = await settled(page);
    const title = await page.title();
    expect(title).not.toMatch(/^Fout: /);

    // A radio question left empty.
    await page.locator('main form button[type="submit"]').click();
    await summaryFocused(page);
    const summary = page.locator('.sw-error-summary');
    expect(await summary.locator('h2').textContent()).toBe('Er is een probleem');
    expect(await page.title()).toBe(`Fout: ${title}`);
    expect(await axe(page)).toEqual([]);
    const link = summary.locator('a');
    expect(await link.count()).toBe(1);
    await link.click();
    const target = (await link.getAttribute('href'))?.slice(1);
    await page.waitForFunction((id) => document.activeElement?.id === id, target);
    expect(await page.evaluate(() => window.location.hash)).toBe(first); // the route stays

    // A money question with an amount that is not one: the message gives an example.
    await reach(page, 'netIncomeMonthly');
    await page.locator('#q-netIncomeMonthly').fill('veel');
    await page.locator('main form button[type="submit"]').click();
    await summaryFocused(page);
    expect(await summary.locator('a').textContent()).toBe(
      'Vul een bedrag in euro in, zoals 1250 of 1.250,50.',
    );
    expect(await page.locator('#q-netIncomeMonthly-error').textContent()).toBe(
      'Vul een bedrag in euro in, zoals 1250 of 1.250,50.',
    );
    expect(await page.title()).toMatch(/^Fout: /);
    expect(await axe(page)).toEqual([]);
    await summary.locator('a').click();
    await page.waitForFunction(() => document.activeElement?.id === 'q-netIncomeMonthly');
    await page.locator('#q-netIncomeMonthly').fill('1.250,50');
    await page.locator('main form button[type="submit"]').click();
    await page.waitForFunction(() => window.location.hash !== '#/question/netIncomeMonthly');
    expect(await page.title()).not.toMatch(/^Fout: /);

    // In English: "There is a problem", "Error: ".
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Next' }).waitFor();
    await page.locator('main form button[type="submit"]').click();
    await summaryFocused(page);
    expect(await summary.locator('h2').textContent()).toBe('There is a problem');
    expect(await page.title()).toMatch(/^Error: /);
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('"I don\'t know"', () => {
  it('the same button on a yes/no and a money question; for the home and extra costs it gives possibly', async () => {
    const { page, problems, close } = await harness.open({ hasTouch: true, isMobile: true });
    await page.goto(`${harness.url}/#/question`);
    await reach(page, 'selfContainedHome');
    const button = page.locator('main form button.sw-dont-know');
    expect(await button.count()).toBe(1);
    expect(await page.locator('#q-selfContainedHome-dont-know').count()).toBe(0); // no radio variant
    // The pointer is moved off first: where the last tap landed may be over the button (hover).
    const looks = async (selector: string) => {
      await page.mouse.move(0, 0);
      return page.locator(selector).evaluate((element) => {
        const style = getComputedStyle(element);
        return [element.className, element.textContent, style.backgroundColor, style.borderColor].join('|');
      });
    };
    const onYesNo = await looks('main form button.sw-dont-know');
    expect(await axe(page)).toEqual([]);

    const unsure: Person = { ...person, dontKnow: ['selfContainedHome', 'specialCosts'] };
    const asked = await answerAll(page, unsure, 'touch');
    expect(asked).toEqual(expect.arrayContaining(['selfContainedHome', 'specialCosts']));

    // Back on a money question that allows it: the same button, looking the same.
    await page.goto(`${harness.url}/#/change/rent`);
    await settled(page);
    expect(await looks('main form button.sw-dont-know')).toBe(onYesNo);
    // Back on the home question: the earlier "I don't know" is said; axe clean.
    await page.goto(`${harness.url}/#/change/selfContainedHome`);
    await settled(page);
    await page.locator('.sw-dont-know__chosen').waitFor();
    expect(await axe(page)).toEqual([]);

    await page.goto(`${harness.url}/#/results`);
    await page.locator('.sw-card').first().waitFor();
    for (const [regulation, field] of [
      ['huurtoeslag', 'zelfstandige woning'],
      ['bijzondere-bijstand', 'extra kosten'],
    ] as const) {
      const card = page.locator(`.sw-card[data-regulation="${regulation}"]`);
      expect(await card.getAttribute('data-verdict'), regulation).toBe('possibly');
      expect(await card.textContent(), regulation).toMatch(new RegExp(`U wist niet alles \\(${field}\\)`));
    }
    expect(problems).toEqual([]);
    await close();
  });
});
