import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../../web/src/content/nl';
import { formatDate, todayInAmsterdam } from '../../../web/src/lib/peildatum';
import { guardedPage } from '../../support/browser';
import { answerAll, answerOne, startCheck } from './drive';
import { axe, type Harness, settled, startHarness } from './harness';
import { pensioner } from './households';

/**
 * "Continue later" in Chromium at 360×740: nothing reaches localStorage unless the person chooses
 * "Save on this device"; once chosen, a fresh page of the same browser (a new tab: a new
 * sessionStorage, the same localStorage) offers to continue and restores the answers; delete
 * empties localStorage and the offer goes.
 */
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, 120_000);
afterAll(async () => harness?.close());

const local = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.entries(window.localStorage)) as Record<string, string>);
const sessionAnswers = (page: Page) => page.evaluate(() => window.sessionStorage.getItem('sw.answers'));
const savedAnswers = async (page: Page) => {
  const saved = (await local(page))['sw.saved'];
  return saved ? JSON.stringify(JSON.parse(saved).answers) : null;
};
const today = () => formatDate(todayInAmsterdam(), nl.locale);

async function clean(page: Page, state: string) {
  expect(await axe(page), state).toEqual([]);
  expect(await page.locator('h1').count(), `${state}: one h1`).toBe(1);
}

/** A later visit: a new tab in the same browser, on the start page. */
async function laterVisit(context: BrowserContext) {
  const later = await guardedPage(context, harness.url);
  await later.page.goto(harness.url);
  await later.page.locator('h1').waitFor();
  return later;
}

describe('continue later, on a phone', () => {
  it('opt in on the check page; a fresh page offers to continue and restores; delete removes it', async () => {
    const { page, problems, close } = await harness.open({ hasTouch: true, isMobile: true });
    const context = page.context();
    await page.goto(harness.url);
    await startCheck(page, 'touch');
    await answerAll(page, pensioner, 'touch');
    expect(await local(page)).toEqual({});

    const section = page.locator('section.sw-device');
    await section.getByRole('heading', { level: 2, name: nl.device.title }).waitFor();
    await clean(page, 'check page, save offered');
    await section.getByRole('button', { name: nl.device.save }).tap();
    await section.getByRole('button', { name: nl.device.remove }).waitFor();
    expect(await section.getByRole('status').textContent()).toContain(today());
    const answers = await sessionAnswers(page);
    expect(answers).not.toBeNull();
    expect(await savedAnswers(page)).toBe(answers);
    expect(Object.keys(await local(page))).toEqual(['sw.saved']);
    await clean(page, 'check page, saved');

    // The result can be printed or saved as a PDF through the print dialog; the saved copy shows open.
    await page.locator('main a[href="#/results"]').tap();
    await settled(page);
    await page.locator('.sw-card').first().waitFor();
    expect(await page.getByRole('button', { name: nl.results.print }).getAttribute('aria-describedby')).toBe(
      'print-hint',
    );
    expect(await page.locator('#print-hint').textContent()).toContain('Opslaan als pdf');
    const folded = page.locator('details.sw-device');
    expect(await folded.getAttribute('open')).not.toBeNull();
    expect(await folded.getByRole('button', { name: nl.device.remove }).isVisible()).toBe(true);
    await clean(page, 'results, saved');
    await page.close();

    // Later: a fresh page offers to continue, with the date, and restores the answers.
    const later = await laterVisit(context);
    const resume = later.page.locator('section.sw-resume');
    await resume.getByRole('heading', { level: 2, name: nl.device.resumeTitle }).waitFor();
    expect(await resume.textContent()).toContain(today());
    expect(await sessionAnswers(later.page)).toBeNull();
    await clean(later.page, 'start page, continue offered');
    await resume.getByRole('button', { name: nl.device.resume }).tap();
    await later.page.waitForFunction(() => window.location.hash === '#/check');
    expect(await settled(later.page)).toBe('#/check');
    expect(await sessionAnswers(later.page)).toBe(answers);
    const rows = await later.page.locator('.sw-summary__row').count();
    expect(rows).toBeGreaterThan(5);
    expect(later.problems).toEqual([]);
    await later.page.close();

    // Delete on the start page: gone from localStorage, the offer goes, and stays gone on reload.
    const last = await laterVisit(context);
    const offer = last.page.locator('section.sw-resume');
    await offer.waitFor();
    await offer.getByRole('button', { name: nl.device.remove }).tap();
    await last.page.getByRole('status').filter({ hasText: nl.device.removed }).waitFor();
    expect(await offer.count()).toBe(0);
    expect(await local(last.page)).toEqual({});
    await clean(last.page, 'start page, deleted');
    await last.page.reload();
    await last.page.locator('h1').waitFor();
    expect(await last.page.locator('section.sw-resume').count()).toBe(0);
    expect(last.problems).toEqual([]);

    expect(problems).toEqual([]);
    await close();
  });

  it('opt in from the footer mid-flow; continuing goes back to the question where they left off', async () => {
    const { page, problems, close } = await harness.open({ hasTouch: true, isMobile: true });
    const context = page.context();
    await page.goto(harness.url);
    await startCheck(page, 'touch');
    for (let step = 0; step < 2; step++) {
      const hash = await settled(page);
      await answerOne(page, pensioner, hash.split('/')[2] ?? '', 'touch');
      await page.waitForFunction((before) => window.location.hash !== before, hash);
    }
    const where = await settled(page);
    const footer = page.locator('footer details.sw-device');
    await footer.locator('summary').tap();
    await footer.getByRole('button', { name: nl.device.save }).waitFor();
    await clean(page, 'question page, footer open');
    expect(await local(page)).toEqual({});
    await footer.getByRole('button', { name: nl.device.save }).tap();
    await footer.getByRole('button', { name: nl.device.remove }).waitFor();
    expect(await savedAnswers(page)).toBe(await sessionAnswers(page));
    await page.close();

    const later = await laterVisit(context);
    await later.page.getByRole('button', { name: nl.device.resume }).tap();
    await later.page.waitForFunction((wanted) => window.location.hash === wanted, where);
    expect(await settled(later.page)).toBe(where);
    expect(later.problems).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('without opting in, localStorage stays empty through a full flow and the result', async () => {
    const { page, problems, close } = await harness.open({ hasTouch: true, isMobile: true });
    await page.goto(harness.url);
    await startCheck(page, 'touch');
    await answerAll(page, pensioner, 'touch');
    expect(await local(page)).toEqual({});
    await page.locator('main a[href="#/results"]').tap();
    await settled(page);
    const card = page.locator('.sw-card').first();
    await card.waitFor();
    // An answer on the results page (saved for the visit, re-screened) still writes nothing there.
    const regulation = await page.locator('.sw-todo__item').first().getAttribute('data-todo');
    const screened = page.waitForResponse(
      (response) => response.url().endsWith('/api/screen') && response.ok(),
    );
    await page.locator(`label[for="receiving-${regulation}-false"]`).tap();
    await screened;
    await page.locator(`.sw-card[data-regulation="${regulation}"] .sw-saved:not(:empty)`).waitFor();
    expect(await local(page)).toEqual({});
    await page.reload();
    await settled(page);
    expect(await local(page)).toEqual({});
    await page.goto(`${harness.url}/#/`);
    await page.locator('h1').waitFor();
    expect(await page.locator('section.sw-resume').count()).toBe(0);
    expect(await local(page)).toEqual({});
    expect(problems).toEqual([]);
    await close();
  });
});
