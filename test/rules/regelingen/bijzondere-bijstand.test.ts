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

  it('income up to 150% of the norm stays possible; above it unlikely (Rotterdam policy as the example)', () => {
    const limit = Math.floor((140150 * 150 + 50) / 100); // 150% of € 1.401,50, rounded to cents
    expect(bb({ ...adult, netIncomeMonthly: limit }).verdict).toBe('possibly');
    expect(bb({ ...adult, netIncomeMonthly: limit + 1 }).verdict).toBe('unlikely');
  });

  it('vermogen above the limit: unlikely', () => {
    expect(bb({ ...adult, assets: 800001 }).verdict).toBe('unlikely');
  });

  it('at AOW age the AOW norm is the reference', () => {
    expect(bb({ ...adult, age: 70, netIncomeMonthly: Math.floor(156469 * 1.5) }).verdict).toBe('possibly');
  });
});
