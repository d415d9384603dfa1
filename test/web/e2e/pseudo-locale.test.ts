import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES } from '../../../functions/rules/index';
import { nl } from '../../../web/src/content/nl';
import { pseudoLocalePlugin, pseudoText } from '../../support/pseudo-locale';
import { answerMunicipality, answerOne, type Person } from './drive';
import { type Harness, settled, startHarness } from './harness';
import { pensioner, selfEmployedCouple, singleParent, youthCareLeaver } from './households';
import { layoutProblems } from './layout';

/**
 * Every citizen page in a pseudo-locale built from the Dutch copy at test time (40 % longer,
 * accented, right-to-left marks, right-to-left document), in Chromium at 320 px wide: nothing
 * may scroll sideways, stick out of the screen or be cut off. The build swaps the English chunk
 * for the pseudo-locale (test/support/pseudo-locale.ts), so the app loads it like any language.
 */
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ plugins: [pseudoLocalePlugin()] });
}, 120_000);
afterAll(async () => harness?.close());

/** With the four of the citizen suite, the pages they skip: a homeowner couple, the partner self-employed. */
const homeownerCouple: Person = {
  answers: {
    age: 45,
    partner: true,
    partnerAge: 44,
    children: [],
    livesInNetherlands: true,
    residence: 'dutch',
    housing: 'own',
    homeEquity: 2_000_000,
    coResidents27Plus: 0,
    netIncomeMonthly: 120_000,
    assets: 50_000,
    grossIncomeYearly: 1_800_000,
    healthInsuranceNL: true,
    studentFinance: false,
    selfEmployed: false,
    partnerSelfEmployed: true,
    working: { applicant: false, partner: true },
    receivesKinderbijslag: false,
    specialCosts: true,
  },
};
const PEOPLE: Person[] = [pensioner, youthCareLeaver, singleParent, selfEmployedCouple, homeownerCouple];
const NARROW = { viewport: { width: 320, height: 640 } };

/** Opens every help and disclosure, so their text is laid out too, then checks the layout. */
async function check(page: Page, where: string, problems: Map<string, string[]>) {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  const found = await layoutProblems(page);
  if (found.length) problems.set(where, found);
}

async function inPseudoLocale(page: Page) {
  await page.goto(harness.url);
  await page.locator('nav.sw-lang').getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: pseudoText(nl.start.title) }).waitFor();
}

describe('the pseudo-locale at 320 px', () => {
  it('makes every text longer, accented and marked right to left', () => {
    const text = pseudoText('Kijk of u geld kunt krijgen');
    expect(text.length).toBeGreaterThanOrEqual(Math.ceil('Kijk of u geld kunt krijgen'.length * 1.4));
    expect(text).toMatch(/^\u200f.*\u200f$/);
    expect(text).toMatch(/[áëïôü]/);
  });

  it('start, every question page, check, results and privacy: nothing overflows or is cut off', async () => {
    const problems = new Map<string, string[]>();
    const visited = new Set<string>();
    for (const person of PEOPLE) {
      const { page, problems: errors, close } = await harness.open(NARROW);
      await inPseudoLocale(page);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await check(page, 'start', problems);
      await page.locator('a.sw-start').click();
      await page.waitForFunction(() => window.location.hash === '#/municipality');
      await check(page, 'municipality', problems);
      await answerMunicipality(page, 'mouse');
      for (let step = 0; step < 30; step++) {
        const hash = await settled(page);
        if (hash === '#/check') break;
        const id = hash.split('/')[2] ?? '';
        visited.add(id);
        await check(page, id, problems);
        await answerOne(page, person, id, 'mouse');
        await page.waitForFunction((before) => window.location.hash !== before, hash);
      }
      await check(page, 'check', problems);
      await page.locator('main a[href="#/results"]').click();
      await settled(page);
      await page.locator('.sw-card').first().waitFor();
      await check(page, 'results', problems);
      await page.locator('a[href="#/privacy"]').first().click();
      await page.getByRole('heading', { level: 1, name: pseudoText(nl.privacy.title) }).waitFor();
      await check(page, 'privacy', problems);
      expect(errors).toEqual([]);
      await close();
    }
    expect(Object.fromEntries(problems)).toEqual({});
    // Every page of the flow was seen by one of the four.
    expect(PAGES.map((page) => page.id).filter((id) => !visited.has(id))).toEqual([]);
  }, 240_000);
});
