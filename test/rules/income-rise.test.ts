import { describe, expect, it } from 'vitest';
import { type Answers, evaluate, incomeRiseEffects } from '../../functions/rules/index';

// "What if I work more?" checked against the statute's own rates, never against our output:
// - Participatiewet art. 31 lid 1 and art. 32 lid 1: the net income is deducted from the norm in
//   full (the engine does not model the temporary vrijlating of art. 31 lid 2, and the copy says so);
// - Wet op de zorgtoeslag art. 2 lid 3: the normpremie rises by 13,730% of the toetsingsinkomen
//   above the drempelinkomen;
// - Wet op de huurtoeslag (2026 text): the huurtoeslag falls by 27% of the income above the
//   inkomensijkpunt for a one-person household;
// - Wet op het kindgebonden budget art. 2 lid 7 with art. 3 lid 6 a (2026): 7,60% above the drempel.
// The monthly amounts are whole euros (the engine rounds each), so a rate is met within €1.
const PEILDATUM = { peildatum: '2026-09-01' };
const base: Answers = {
  partner: false,
  children: [],
  assets: 0,
  residence: 'dutch',
  livesInNetherlands: true,
  healthInsuranceNL: true,
  studentFinance: false,
  selfEmployed: false,
  coResidents27Plus: 0,
};
const renter: Answers = { ...base, age: 30, housing: 'rent', rent: 60_000, selfContainedHome: true };

const change = (effects: ReturnType<typeof incomeRiseEffects>, step: number, regulation: string) => {
  const effect = effects?.find((e) => e.step === step);
  const found = effect?.changes.find((c) => c.regulation === regulation);
  return found ? found.after - found.before : 0;
};

describe('incomeRiseEffects', () => {
  it('bijstand falls by every euro of the raise (Pw art. 31 lid 1, 32 lid 1): nothing is kept', () => {
    const answers: Answers = { ...renter, netIncomeMonthly: 20_000, grossIncomeYearly: 300_000 };
    expect(evaluate(answers, PEILDATUM).results[0]?.verdict).toBe('likely');
    const effects = incomeRiseEffects(answers, PEILDATUM);
    for (const step of [10_000, 25_000, 50_000]) {
      expect(change(effects, step, 'algemene-bijstand')).toBe(-step);
      expect(effects?.find((e) => e.step === step)?.kept).toBe(0);
    }
  });

  it('a single renter in work loses 13,73% (zorgtoeslag) and 27% (huurtoeslag) of the yearly raise', () => {
    const answers: Answers = { ...renter, netIncomeMonthly: 220_000, grossIncomeYearly: 3_200_000 };
    const effects = incomeRiseEffects(answers, PEILDATUM);
    for (const step of [10_000, 25_000]) {
      expect(Math.abs(change(effects, step, 'zorgtoeslag') + 0.1373 * step)).toBeLessThanOrEqual(100);
      expect(Math.abs(change(effects, step, 'huurtoeslag') + 0.27 * step)).toBeLessThanOrEqual(100);
      const effect = effects?.find((e) => e.step === step);
      expect(effect?.combined).toBe(
        change(effects, step, 'zorgtoeslag') + change(effects, step, 'huurtoeslag'),
      );
      expect(effect?.kept).toBe(step + (effect?.combined ?? 0));
    }
  });

  it('a single parent loses 7,60% of the yearly raise in kindgebonden budget', () => {
    const answers: Answers = {
      ...base,
      age: 35,
      children: [{ age: 5 }],
      receivesKinderbijslag: true,
      housing: 'own',
      homeEquity: 0,
      netIncomeMonthly: 240_000,
      grossIncomeYearly: 3_500_000,
    };
    const effects = incomeRiseEffects(answers, PEILDATUM);
    expect(Math.abs(change(effects, 10_000, 'kindgebonden-budget') + 0.076 * 10_000)).toBeLessThanOrEqual(
      100,
    );
  });

  it('a regulation that stops is shown falling to nothing, not left out', () => {
    // Zorgtoeslag ends where the normpremie reaches the standaardpremie: well below +€500 here.
    const answers: Answers = { ...renter, netIncomeMonthly: 240_000, grossIncomeYearly: 3_900_000 };
    const before = evaluate(answers, PEILDATUM).results.find((r) => r.regulation === 'zorgtoeslag');
    expect(before?.verdict).toBe('likely');
    const stop = incomeRiseEffects(answers, PEILDATUM)
      ?.find((e) => e.step === 50_000)
      ?.changes.find((c) => c.regulation === 'zorgtoeslag');
    expect(stop).toEqual({ regulation: 'zorgtoeslag', before: before?.estimate?.monthly, after: 0 });
  });

  it('without a net income there is nothing to raise; without a yearly income the toeslagen stay', () => {
    expect(incomeRiseEffects({ ...renter }, PEILDATUM)).toBeNull();
    const effects = incomeRiseEffects({ ...renter, netIncomeMonthly: 20_000 }, PEILDATUM);
    expect(effects?.flatMap((e) => e.changes.map((c) => c.regulation))).not.toContain('zorgtoeslag');
  });
});
