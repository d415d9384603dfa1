import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES } from '../../../functions/rules/index';
import { answerByKeyboard, answerOne, MUNICIPALITY, type Person, startCheck, tabTo } from './drive';
import { axe, type Harness, settled, startHarness } from './harness';

/**
 * WCAG 2.1 AA in a real browser: axe-core on every page and state, the whole flow by keyboard
 * alone with visible focus moved to each new heading, and no sideways scrolling at 320 px or
 * at 200% zoom.
 */
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, 120_000);
afterAll(async () => harness?.close());

/** A couple with young children in childcare: the flow shows every question kind. */
const family: Person = {
  answers: {
    age: 38,
    partner: true,
    partnerAge: 36,
    children: [{ age: 2 }, { age: 4 }],
    livesInNetherlands: true,
    residence: 'dutch',
    housing: 'rent',
    rent: 90_000,
    selfContainedHome: true,
    coResidents27Plus: 0,
    netIncomeMonthly: 280_000,
    assets: 500_000,
    grossIncomeYearly: 4_200_000,
    healthInsuranceNL: true,
    studentFinance: false,
    selfEmployed: false,
    partnerSelfEmployed: false,
    working: { applicant: true, partner: true },
    childcare: [{ child: 0, type: 'dagopvang', daysPerWeek: 2, hoursPerDay: 10.5, hourlyRate: 1050 }],
    receivesKinderbijslag: true,
    specialCosts: false,
  },
};

const kindOf = (hash: string) => PAGES.find((question) => question.id === hash.split('/')[2])?.kind;
const h1Count = (page: Page) => page.locator('h1').count();
/** Focus is on the page's h1 (allowing the frame in which the page appears). */
const focusedIsH1 = (page: Page) =>
  page
    .waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 1_000 })
    .then(() => true)
    .catch(() => false);
const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

async function expectClean(page: Page, state: string) {
  expect(await axe(page), state).toEqual([]);
  expect(await h1Count(page), `${state}: one h1`).toBe(1);
}

describe('accessibility', () => {
  it('axe finds nothing on any page or state; focus moves to each new h1', async () => {
    const { page, problems, close } = await harness.open();
    await page.goto(harness.url);
    await page.locator('h1').waitFor();
    await expectClean(page, 'start');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find out if you can get money' }).waitFor();
    await expectClean(page, 'start (English)');
    await page.locator('nav.sw-lang').getByRole('button', { name: 'Nederlands' }).click();
    await startCheck(page, 'mouse');

    const kindsSeen = new Set<string>();
    for (let step = 0; step < 30; step++) {
      const hash = await settled(page);
      if (hash === '#/check') break;
      expect(await focusedIsH1(page), `${hash}: focus on the h1`).toBe(true);
      const kind = kindOf(hash) ?? 'unknown';
      if (!kindsSeen.has(kind)) {
        kindsSeen.add(kind);
        await expectClean(page, `${kind} question ${hash}`);
        // The error state: submit without an answer.
        await page.locator('main form button[type="submit"]').click();
        await page.locator('.utrecht-form-field-error-message').first().waitFor();
        await expectClean(page, `${kind} question with an error`);
        const help = page.locator('main details summary');
        if ((await help.count()) > 0) {
          await help.first().click();
          await expectClean(page, `${kind} question with help open`);
        }
      }
      await answerOne(page, family, hash.split('/')[2] ?? '', 'mouse');
      await page.waitForFunction((before) => window.location.hash !== before, hash);
    }
    expect([...kindsSeen].sort()).toEqual([
      'boolean',
      'childcare',
      'children',
      'choice',
      'integer',
      'money',
      'pair',
      'working',
    ]);

    await expectClean(page, 'check answers');
    await page.locator('main a[href="#/results"]').click();
    await page.locator('.sw-card').first().waitFor();
    expect(await focusedIsH1(page)).toBe(true);
    await expectClean(page, 'results');

    const open = page.locator('.sw-card--likely, .sw-card--possibly').first();
    const regulation = await open.getAttribute('data-regulation');
    for (const details of await open.locator('details').all()) await details.locator('summary').click();
    const rescreen = page.waitForResponse((response) => response.url().endsWith('/api/screen'));
    await open.locator(`label[for="receiving-${regulation}-false"]`).click();
    await rescreen;
    await open.locator('.sw-saved:not(:empty)').waitFor();
    await expectClean(page, 'results with "why not?" open');

    await page.emulateMedia({ media: 'print' });
    await expectClean(page, 'print view');
    expect(await page.locator('.sw-non-use').first().isVisible()).toBe(false);
    expect(await page.locator('.sw-your-answers dl').isVisible()).toBe(true); // folds print open
    expect(await page.locator('header .sw-lang').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    await page.locator('a[href="#/privacy"]').click();
    await settled(page);
    await page.getByRole('heading', { level: 1, name: /Privacy/ }).waitFor();
    await expectClean(page, 'privacy');

    // A result the server cannot give: the error state.
    await page.route('**/api/screen', (route) => route.fulfill({ status: 503, body: '{}' }));
    await page.goto(`${harness.url}/#/results`);
    await page.locator('.utrecht-alert--error').waitFor();
    await expectClean(page, 'results error');
    await page.unroute('**/api/screen');
    expect(problems.filter((problem) => !problem.includes('503'))).toEqual([]);
    await close();
    // The whole flow with axe on every state: longer than one page's default on a loaded machine.
  }, 90_000);

  it('the whole flow works by keyboard alone, with visible focus', async () => {
    const { page, problems, close } = await harness.open();
    await page.goto(harness.url);
    await page.locator('h1').waitFor();
    await tabTo(page, 'a.sw-start');
    await page.keyboard.press('Enter');
    // The optional gemeente question: focus on its h1, typed by name, Escape closes the suggestions, Enter goes on.
    expect(await settled(page)).toBe(MUNICIPALITY);
    expect(await focusedIsH1(page), 'gemeente question: focus on the h1').toBe(true);
    await tabTo(page, '#q-municipality');
    await page.keyboard.type('Utrecht');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.waitForFunction((before) => window.location.hash !== before, MUNICIPALITY);
    expect(await page.evaluate(() => sessionStorage.getItem('sw.region'))).toBe('GM0344');
    for (let step = 0; step < 30; step++) {
      const hash = await settled(page);
      if (hash === '#/check') break;
      expect(await focusedIsH1(page), `${hash}: focus on the h1`).toBe(true);
      await answerByKeyboard(page, family, hash.split('/')[2] ?? '');
      await page.waitForFunction((before) => window.location.hash !== before, hash);
    }
    await tabTo(page, 'a[href="#/results"]');
    await page.keyboard.press('Enter');
    await page.locator('.sw-card').first().waitFor();
    const regulation = await page
      .locator('.sw-card--likely, .sw-card--possibly')
      .first()
      .getAttribute('data-regulation');
    await tabTo(page, `input[name="receiving-${regulation}"]`);
    await page.keyboard.press('ArrowDown'); // Yes → No
    await page.locator(`#receiving-${regulation}-false:checked`).waitFor();
    expect(problems).toEqual([]);
    await close();
  });

  for (const [name, options] of [
    ['at 320 px wide', { viewport: { width: 320, height: 640 } }],
    ['at 200% zoom (1280 px screen)', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }],
  ] as const) {
    it(`nothing needs sideways scrolling ${name}`, async () => {
      const { page, problems, close } = await harness.open(options);
      await page.goto(harness.url);
      await page.locator('h1').waitFor();
      expect(await noSidewaysScroll(page), 'start').toBe(true);
      await startCheck(page, 'mouse');
      for (let step = 0; step < 30; step++) {
        const hash = await settled(page);
        expect(await noSidewaysScroll(page), hash).toBe(true);
        if (hash === '#/check') break;
        await answerOne(page, family, hash.split('/')[2] ?? '', 'mouse');
        await page.waitForFunction((before) => window.location.hash !== before, hash);
      }
      await page.locator('main a[href="#/results"]').click();
      await page.locator('.sw-card').first().waitFor();
      const closed = page.locator('details:not([open]) > summary');
      while ((await closed.count()) > 0) await closed.first().click();
      expect(await noSidewaysScroll(page), 'results, all open').toBe(true);
      expect(problems).toEqual([]);
      await close();
    });
  }
});
