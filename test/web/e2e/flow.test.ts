import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOne, type Person } from './drive';
import { type Harness, settled, startHarness } from './harness';

/**
 * The flow's own controls in Chromium at 360×740: the in-page Back is the browser's Back
 * (no extra history entries).
 */
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, 120_000);
afterAll(async () => harness?.close());

const person: Person = {
  answers: {
    age: 35,
    partner: false,
    children: [],
    livesInNetherlands: true,
    residence: 'dutch',
    housing: 'rent',
    coResidents27Plus: 0,
    netIncomeMonthly: 90_000,
    assets: 100_000,
    grossIncomeYearly: 1_200_000,
    rent: 60_000,
    selfContainedHome: true,
    healthInsuranceNL: true,
    studentFinance: false,
    selfEmployed: false,
    specialCosts: false,
  },
};

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
    await page.locator('a.sw-start').click();
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

    // Back from the first question is the start page, again without a new entry.
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await shows(page, first ?? '');
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
    await inPageBack(page);
    await page.waitForFunction(() => window.location.hash === '#/');
    await page.getByRole('link', { name: /Start/ }).waitFor();
    expect(await historyLength(page)).toBe(length);
    expect(problems).toEqual([]);
    await close();
  });
});
