import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/rules/index';
import { answerOne, type Person, startCheck } from './drive';
import { axe, type Harness, settled, startHarness } from './harness';

/**
 * Citizen app v2 on a small phone (360 × 740): a couple whose partner is self-employed, with two
 * children in childcare, one by days a week and one by hours a week, each linked to its child.
 * axe on every page (and on the childcare page in both of its states), and the answers sent.
 */
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, 120_000);
afterAll(async () => harness?.close());

const couple: Person = {
  answers: {
    age: 34,
    partner: true,
    partnerAge: 33,
    children: [{ age: 1 }, { age: 6 }],
    livesInNetherlands: true,
    residence: 'dutch',
    housing: 'rent',
    rent: 85_000,
    selfContainedHome: true,
    coResidents27Plus: 0,
    netIncomeMonthly: 180_000,
    assets: 200_000,
    grossIncomeYearly: 2_600_000,
    healthInsuranceNL: true,
    studentFinance: false,
    selfEmployed: false,
    partnerSelfEmployed: true,
    working: { applicant: true, partner: true },
    childcare: [
      { child: 0, type: 'dagopvang', daysPerWeek: 3, hoursPerDay: 10.5, hourlyRate: 1050 },
      { child: 1, type: 'bso', hoursPerWeek: 12.5, hourlyRate: 950 },
    ],
    receivesKinderbijslag: true,
    specialCosts: false,
  },
};

describe('a couple with childcare at 360 × 740', () => {
  it('asks the partner about self-employment and the childcare per child; axe finds nothing', async () => {
    const { page, problems, close } = await harness.open({
      viewport: { width: 360, height: 740 },
      hasTouch: true,
    });
    await page.goto(harness.url);
    await startCheck(page, 'mouse');
    const asked: string[] = [];
    for (let step = 0; step < 30; step++) {
      const hash = await settled(page);
      if (hash === '#/check') break;
      const id = hash.split('/')[2] ?? '';
      asked.push(id);
      expect(await axe(page), hash).toEqual([]);
      if (id === 'childcare') {
        // Both states of an entry: days a week (two fields) and hours a week (one), with errors shown.
        await page.locator('#q-childcare').fill('2');
        await page.locator('main form button[type="submit"]').click();
        await page.locator('.utrecht-form-field-error-message').first().waitFor();
        expect(await axe(page), 'childcare with errors').toEqual([]);
        await page.locator('label[for="q-care-0-unit-days"]').click();
        await page.locator('label[for="q-care-1-unit-hours"]').click();
        expect(await page.locator('#q-care-0-child').evaluate((element) => element.tagName)).toBe('SELECT');
        expect(await axe(page), 'childcare, days and hours').toEqual([]);
        expect(
          await page.evaluate(
            () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
          ),
          'no sideways scrolling at 360 px',
        ).toBe(true);
        await page.reload();
        await settled(page);
      }
      await answerOne(page, couple, id, 'touch');
      await page.waitForFunction((before) => window.location.hash !== before, hash);
    }
    expect(asked).toContain('partnerSelfEmployed');
    expect(asked).toContain('childcare');
    expect(await axe(page), 'check answers').toEqual([]);

    const sent = page.waitForRequest((request) => request.url().endsWith('/api/screen'));
    await page.locator('main a[href="#/results"]').click();
    const answers = ((await sent).postDataJSON() as { answers: Answers }).answers;
    expect(answers.partnerSelfEmployed).toBe(true);
    expect(answers.childcare).toEqual(couple.answers.childcare);
    await page.locator('.sw-card').first().waitFor();
    expect(await axe(page), 'results').toEqual([]);
    // 3 × 10,5 h and 12,5 h a week: 137 and 55 hours a month (× 52 ÷ 12, rounded up), 96%:
    // (137 × 10,50 + 55 × 9,50) × 96% = 1.961 × 96% = € 1.882,56 → € 1.882 a month.
    expect(
      await page.locator('.sw-card[data-regulation="kinderopvangtoeslag"]').getAttribute('data-monthly'),
    ).toBe('188200');
    expect(problems).toEqual([]);
    await close();
  }, 240_000);
});
