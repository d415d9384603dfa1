import { describe, expect, it } from 'vitest';
import { adult, codes, screen } from '../../support/screen';

const bb = (answers: Parameters<typeof screen>[1]) => screen('bijzondere-bijstand', answers, '2026-01-15');

describe('bijzondere bijstand', () => {
  it('is never more than possibly, has no estimate, and says municipalities differ', () => {
    const result = bb({ ...adult, specialCosts: true });
    expect(result.verdict).toBe('possibly');
    expect(result.estimate).toBeNull();
    expect(codes(result)).toContain('municipal-policy-decides');
    expect(result.apply.by).toBe('gemeente');
  });

  it('needs necessary extra costs', () => {
    expect(bb({ ...adult, specialCosts: false }).verdict).toBe('unlikely');
    const { specialCosts: _omit, ...rest } = adult;
    expect(bb(rest).missing).toContain('specialCosts');
  });

  it('mentions the € 176 drempel (art. 35 lid 2)', () => {
    const result = bb(adult);
    const drempel = result.reasons.find((r) => r.code === 'special-costs-threshold');
    expect(drempel?.text).toContain('€ 176,00');
  });

  // Art. 35 lid 1: income above the norm and the vermogen are draagkracht, not a bar. Only far above
  // them (the documented screening cut-offs: income > 2× the norm, vermogen > 3× the art. 34 limit) unlikely.
  it('income above the norm is draagkracht: possibly, with that explanation, up to twice the norm', () => {
    const above = bb({ ...adult, netIncomeMonthly: 140150 + 1 });
    expect(above.verdict).toBe('possibly');
    expect(codes(above)).toContain('income-above-norm-draagkracht');
    expect(bb({ ...adult, netIncomeMonthly: 2 * 140150 }).verdict).toBe('possibly');
    expect(bb({ ...adult, netIncomeMonthly: 2 * 140150 + 1 }).verdict).toBe('unlikely');
  });

  it('an 18-year-old without the parents answer is judged on the highest norm art. 20 lid 3 allows', () => {
    // The jongerennorm (art. 20 lid 1, about € 300) is raised up to the 21+ norm when the parents
    // cannot support (lid 3). € 900 is far above twice the jongerennorm but below twice the raised one.
    const young = { ...adult, age: 18, netIncomeMonthly: 90000 };
    expect(bb({ ...young, parentsCannotSupport: false }).verdict).toBe('unlikely');
    const { parentsCannotSupport: _unanswered, ...open } = young as typeof young & {
      parentsCannotSupport?: boolean;
    };
    expect(bb(open).verdict).toBe('possibly');
    expect(bb({ ...young, dontKnow: ['parentsCannotSupport'] }).verdict).toBe('possibly');
  });

  it('vermogen above the art. 34 limit is draagkracht: possibly up to three times the limit, then unlikely', () => {
    const above = bb({ ...adult, assets: 800001 });
    expect(above.verdict).toBe('possibly');
    expect(codes(above)).toContain('assets-draagkracht');
    expect(bb({ ...adult, assets: 3 * 800000 }).verdict).toBe('possibly');
    expect(bb({ ...adult, assets: 3 * 800000 + 1 }).verdict).toBe('unlikely');
    expect(codes(bb({ ...adult, assets: 3 * 800000 + 1 }))).toContain('assets-far-above-limit');
  });

  it('at AOW age the AOW norm is the reference', () => {
    expect(bb({ ...adult, age: 70, netIncomeMonthly: 2 * 156469 }).verdict).toBe('possibly');
    expect(bb({ ...adult, age: 70, netIncomeMonthly: 2 * 156469 + 1 }).verdict).toBe('unlikely');
  });

  it('bijzondere bijstand stays open to an 18–20 year old in an institution (art. 13 lid 2 bars only algemene bijstand)', () => {
    expect(bb({ ...adult, age: 19, housing: 'institution', parentsCannotSupport: false }).verdict).toBe(
      'possibly',
    );
  });
});

describe('bijzondere bijstand when the extra costs are not known', () => {
  it('"I don\'t know" about extra costs: possibly, with the don\'t-know reason, never unlikely', () => {
    const { specialCosts: _omit, ...rest } = adult;
    const result = bb({ ...rest, dontKnow: ['specialCosts'] });
    expect(result.verdict).toBe('possibly');
    expect(codes(result)[0]).toBe('dont-know-range');
    expect(result.reasons[0]?.text).toContain('extra kosten');
    expect(codes(result)).not.toContain('no-special-costs');
    expect(result.missing).toContain('specialCosts');
  });

  it('another answer that clearly fails still makes it unlikely', () => {
    const { specialCosts: _omit, ...rest } = adult;
    expect(bb({ ...rest, netIncomeMonthly: 2 * 140150 + 1, dontKnow: ['specialCosts'] }).verdict).toBe(
      'unlikely',
    );
  });
});
