import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../../web/src/content/nl';
import { renter } from '../../support/flow-people';
import { answerAll, answerMunicipality, MUNICIPALITY, type Person } from './drive';
import { axe, type Harness, settled, startHarness } from './harness';

/**
 * The gemeente in the citizen flow, in Chromium at 360×740: the optional question after the start
 * page (typed by name, or skipped), sent as the screening's region, and the local route on the
 * results page: the gemeente's own for the four largest, the national route for any other, and
 * nothing local for someone who skips. axe on every new state.
 */
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, 120_000);
afterAll(async () => harness?.close());

/** Low income, renting alone, with extra costs: bijstand and bijzondere bijstand are both open. */
const person: Person = { answers: renter };

async function toResults(page: Page, gemeente: string | undefined): Promise<Record<string, unknown>[]> {
  const bodies: Record<string, unknown>[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/screen') && request.method() === 'POST')
      bodies.push(JSON.parse(request.postData() ?? '{}') as Record<string, unknown>);
  });
  await page.goto(harness.url);
  await page.locator('a.sw-start').click();
  await answerMunicipality(page, 'mouse', gemeente);
  await answerAll(page, person, 'mouse');
  await page.locator('main a[href="#/results"]').click();
  await settled(page);
  await page.locator('.sw-card').first().waitFor();
  return bodies;
}

describe('the gemeente question', () => {
  it('is one field in the h1 with the CBS list as suggestions; a wrong name is an error; axe is clean', async () => {
    const { page, problems, close } = await harness.open();
    await page.goto(harness.url);
    await page.locator('a.sw-start').click();
    expect(await settled(page)).toBe(MUNICIPALITY);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h1 label[for="q-municipality"]').textContent()).toBe(nl.municipality.title);
    expect(await page.locator('datalist#gemeente-list option').count()).toBe(343);
    expect(await axe(page), 'gemeente question').toEqual([]);

    await page.locator('#q-municipality').fill('Amsterdm');
    await page.keyboard.press('Escape');
    await page.locator('main form button[type="submit"]').click();
    await page.locator('.sw-error-summary').waitFor();
    expect(await page.locator('#q-municipality').getAttribute('aria-invalid')).toBe('true');
    expect(await axe(page), 'gemeente question with an error').toEqual([]);
    expect(await page.evaluate(() => window.location.hash)).toBe(MUNICIPALITY);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('the local route on the results page', () => {
  it.each([
    ['Amsterdam', 'GM0363', 'Amsterdam'],
    ['Rotterdam', 'GM0599', 'Rotterdam'],
    ['Den Haag', 'GM0518', "'s-Gravenhage"],
    ['Utrecht', 'GM0344', 'Utrecht'],
  ])('someone in %s sees the gemeente’s own route, each line with its source', async (typed, code, name) => {
    const { page, problems, close } = await harness.open();
    const bodies = await toResults(page, typed);
    expect(bodies.map((body) => body.region)).toEqual([code]);
    const section = page.locator(`section.sw-local[data-region="${code}"]`);
    await section.waitFor();
    expect(await section.getAttribute('data-local')).toBe('true');
    expect(await section.locator('h2').textContent()).toBe(nl.localRoute.title(name));
    expect(await section.locator('[data-topic][data-local="true"]').count()).toBeGreaterThan(0);
    // Bijstand and bijzondere bijstand are open for this person: the route for each is shown.
    for (const topic of ['bijstand', 'bijzondereBijstand'])
      expect(await section.locator(`[data-topic="${topic}"]`).count()).toBe(1);
    const lines = section.locator('[data-what]');
    for (const line of await lines.all()) {
      const href = await line.locator('a.sw-source').getAttribute('href');
      expect(href, (await line.textContent()) ?? '').toMatch(/^https?:\/\//);
    }
    for (const fact of nl.localRoute.bringSomeone) expect(await section.textContent()).toContain(fact.text);
    expect(await axe(page), `results in ${typed}`).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('someone in another gemeente sees the national route, named as such', async () => {
    const { page, problems, close } = await harness.open();
    const bodies = await toResults(page, 'Groningen');
    expect(bodies.map((body) => body.region)).toEqual(['GM0014']);
    const section = page.locator('section.sw-local[data-region="GM0014"]');
    expect(await section.getAttribute('data-local')).toBe('false');
    expect(await section.locator('.sw-local__national').textContent()).toBe(
      nl.localRoute.nationalNote('Groningen'),
    );
    expect(await section.locator('[data-topic][data-local="true"]').count()).toBe(0);
    expect(await section.textContent()).toContain('0800-8115');
    expect(await axe(page), 'results, national route').toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('someone who skips the question sees the national results only, and no region is sent', async () => {
    const { page, problems, close } = await harness.open();
    const bodies = await toResults(page, undefined);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).not.toHaveProperty('region');
    expect(await page.locator('section.sw-local').count()).toBe(0);
    expect(await page.locator('.sw-card').count()).toBe(7);
    expect(problems).toEqual([]);
    await close();
  });

  it('beside bijstand: what it asks in return, and after "applied and refused" what to do; axe is clean', async () => {
    const { page, problems, close } = await harness.open();
    await toResults(page, 'Rotterdam');
    const card = page.locator('.sw-card[data-regulation="algemene-bijstand"]');
    for (const details of await card.locator('details').all()) await details.locator('summary').click();
    const obligations = page.locator('details.sw-obligations');
    await obligations.locator('summary').click();
    expect(await obligations.textContent()).toContain(nl.obligations.inlichtingen.text);
    let rescreen = page.waitForResponse((response) => response.url().endsWith('/api/screen'));
    await card.locator('label[for="receiving-algemene-bijstand-false"]').click();
    await rescreen;
    rescreen = page.waitForResponse((response) => response.url().endsWith('/api/screen'));
    await card.locator('label[for="reason-algemene-bijstand-applied-refused"]').click();
    await rescreen;
    const refused = page.locator('.sw-refused');
    await refused.waitFor();
    for (const fact of nl.refused.facts) expect(await refused.textContent()).toContain(fact.text);
    expect(await axe(page), 'results with obligations and refusal help').toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });
});
