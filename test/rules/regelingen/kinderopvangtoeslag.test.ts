import { describe, expect, it } from 'vitest';
import { adult, codes, couple, screen } from '../../support/screen';

const kot = (answers: Parameters<typeof screen>[1]) => screen('kinderopvangtoeslag', answers);
const working = { applicant: true, partner: true };
const dagopvang = (hoursPerMonth: number, hourlyRate = 1000) => ({
  type: 'dagopvang' as const,
  hoursPerMonth,
  hourlyRate,
});

describe('kinderopvangtoeslag 2026', () => {
  it('both parents must work', () => {
    const base = couple(35, 35, { working, childcare: [dagopvang(100)], grossIncomeYearly: 4000000 });
    expect(kot(base).verdict).toBe('likely');
    expect(codes(kot({ ...base, working: { applicant: true, partner: false } }))).toContain(
      'partner-not-working',
    );
    expect(codes(kot({ ...base, working: { applicant: false, partner: true } }))).toContain(
      'applicant-not-working',
    );
  });

  it('a single working parent qualifies', () => {
    expect(kot({ ...adult, working: { applicant: true }, childcare: [dagopvang(100)] }).verdict).toBe(
      'likely',
    );
  });

  it('hours are capped at 230 a month and the rate at the maximum per type (11,23 / 9,98 / 8,49)', () => {
    const base = couple(35, 35, { working, grossIncomeYearly: 4000000 });
    // 96% band: 230 × 11,23 × 96% = 2.479,58 → € 2.479
    expect(kot({ ...base, childcare: [dagopvang(300, 2000)] }).estimate?.monthly).toBe(247900);
    // 100 × 9,98 × 96% = 958,08 → € 958
    expect(
      kot({ ...base, childcare: [{ type: 'bso', hoursPerMonth: 100, hourlyRate: 1500 }] }).estimate?.monthly,
    ).toBe(95800);
  });

  it('the 96% band ends at € 56.412; from € 56.413 it is 95,5% for the first child', () => {
    const base = couple(35, 35, { working, childcare: [dagopvang(100)] });
    expect(kot({ ...base, grossIncomeYearly: 5641200 }).estimate?.monthly).toBe(96000);
    expect(kot({ ...base, grossIncomeYearly: 5641300 }).estimate?.monthly).toBe(95500);
  });

  it('the first child is the one with the most hours, not the oldest', () => {
    const base = couple(35, 35, { working, grossIncomeYearly: 12000000 });
    const a = kot({ ...base, childcare: [dagopvang(50), dagopvang(100)] });
    const b = kot({ ...base, childcare: [dagopvang(100), dagopvang(50)] });
    expect(a.estimate?.monthly).toBe(b.estimate?.monthly);
    // 100 h × € 10 × 60,6% + 50 h × € 10 × 87,9% = 606 + 439,50 = 1.045,50 → € 1.045
    expect(a.estimate?.monthly).toBe(104500);
  });

  it('equal hours at different prices: the lower amount, with a reason that it may be higher', () => {
    const base = couple(35, 35, { working, grossIncomeYearly: 12000000 });
    const result = kot({
      ...base,
      childcare: [dagopvang(100, 1000), { type: 'bso', hoursPerMonth: 100, hourlyRate: 900 }],
    });
    // first = dagopvang: 100×10×60,6% + 100×9×87,9% = 606 + 791,10 = 1.397,10; first = bso: 545,40 + 879 = 1.424,40
    expect(result.estimate?.monthly).toBe(139700);
    expect(codes(result)).toContain('kot-first-child-tie');
  });

  it('no childcare: unlikely', () => {
    expect(kot({ ...adult, childcare: [] }).verdict).toBe('unlikely');
  });
});
