import { describe, expect, it } from 'vitest';
import { evaluate, MissingParameterError, PARAMETERS } from '../../../functions/rules/index';
import { adult, codes, couple } from '../../support/screen';
import { loadParamFolder, SYNTHETIC_YEAR_DIR } from '../../support/synthetic-year';

/**
 * A next year's data set goes in as data: a complete synthetic 2027, a folder of JSON data files
 * (test/fixtures/params-next-year: every 2026 amount + 10%, percentages, ages and tables unchanged),
 * checked by the same schema as the bundled data and given to `evaluate`, with no code change. The
 * expected amounts are worked out by hand from the formulas below, not by running the engine.
 */
const synthetic = loadParamFolder(SYNTHETIC_YEAR_DIR);
const run = (answers: Parameters<typeof evaluate>[0], id: string) => {
  const response = evaluate(answers, { peildatum: '2027-03-01', parameters: synthetic });
  const result = response.results.find((r) => r.regulation === id);
  if (!result) throw new Error(id);
  return { response, result };
};

describe('an explicit parameter set (a complete synthetic next year)', () => {
  it('is complete: every bundled parameter, each with a value for 2027', () => {
    expect(synthetic.map((d) => d.id).sort()).toEqual(PARAMETERS.map((d) => d.id).sort());
    for (const def of synthetic) expect(def.values.at(-1)?.validFrom).toBe('2027-01-01');
  });

  it('is not stale, reports the 2027 period, and carries no stale reason', () => {
    const { response } = run(adult, 'algemene-bijstand');
    expect(response.parameters).toEqual({ validFrom: '2027-01-01', stale: false });
    for (const result of response.results) {
      expect(codes(result)).not.toContain('parameters-stale');
      expect(result.estimate?.range).toBeUndefined();
    }
  });

  it('bijstand: the single norm moves from € 1.419,46 to € 1.561,41 (1.419,46 × 1,10 = 1.561,406)', () => {
    const { result } = run(adult, 'algemene-bijstand');
    expect(result.verdict).toBe('likely');
    expect(result.estimate).toEqual({ monthly: 156141, yearly: 156141 * 12 });
  });

  it('zorgtoeslag, single, € 30.000: 2.330,90 − 1,912% × 32.709,60 = 1.705,49 → € 1.705 a year, € 142 a month', () => {
    // 2026: 2.119 − 1,912% × 29.736 = 1.550,45 → € 129 a month (official table); the income is below the drempel.
    const { result } = run({ ...adult, grossIncomeYearly: 3_000_000 }, 'zorgtoeslag');
    expect(result.verdict).toBe('likely');
    expect(result.estimate).toEqual({ monthly: 14200, yearly: 170500 });
  });

  it('kindgebonden budget, partners, one child of 4, € 49.141: 2.838 − 7,6% × (49.141 − 43.055,10) = € 2.375,47', () => {
    // The synthetic year keeps the percentage in force on 2026-12-31 (7,60%), and indexes the drempel 39.141.
    const { result } = run(
      couple(40, 40, { children: [{ age: 4 }], grossIncomeYearly: 4_914_100 }),
      'kindgebonden-budget',
    );
    expect(result.verdict).toBe('likely');
    expect(result.estimate).toEqual({ monthly: 19700, yearly: 237547 });
  });

  it('the bundled set stays the default', () => {
    const bundled = evaluate(adult, { peildatum: '2027-03-01' });
    expect(bundled.parameters.stale).toBe(true);
  });

  it('a set without a parameter the rules use fails loudly', () => {
    const without = synthetic.filter((d) => d.id !== 'participatiewet.norm.alleenstaande');
    expect(() => evaluate(adult, { peildatum: '2027-03-01', parameters: without })).toThrow(
      MissingParameterError,
    );
  });
});
