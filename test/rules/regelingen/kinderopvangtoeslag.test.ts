import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../../functions/contract/answers';
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

describe('kinderopvangtoeslag — hours a week, per child (Wet kinderopvang art. 1.7)', () => {
  // A week is 52/12 of a month (hours a week × 52 ÷ 12, as Dienst Toeslagen asks), rounded up to a
  // whole hour; at most 230 hours a month per child. 96% band (€ 40.000 together), € 10 an hour.
  const base = couple(35, 35, { working, grossIncomeYearly: 4000000, children: [{ age: 1 }, { age: 3 }] });
  const monthly = (childcare: NonNullable<Parameters<typeof screen>[1]['childcare']>) =>
    kot({ ...base, childcare }).estimate?.monthly;

  it('18 hours a week is 78 hours a month: 78 × € 10 × 96% = € 748,80 → € 748', () => {
    expect(monthly([{ type: 'dagopvang', hoursPerWeek: 18, hourlyRate: 1000, child: 0 }])).toBe(74800);
    expect(monthly([dagopvang(78)])).toBe(74800);
  });

  it('27,5 hours a week is 119,17 → 120 hours a month (rounded up): € 1.152', () => {
    expect(monthly([{ type: 'dagopvang', hoursPerWeek: 27.5, hourlyRate: 1000 }])).toBe(115200);
  });

  it('4 days of 10,5 hours a week is 42 hours, 182 a month: 182 × € 10 × 96% = € 1.747,20 → € 1.747', () => {
    expect(
      monthly([{ type: 'dagopvang', daysPerWeek: 4, hoursPerDay: 10.5, hourlyRate: 1000, child: 1 }]),
    ).toBe(174700);
  });

  it('5 days of 11 hours (239 hours a month) is capped at 230: € 2.208, with the reason', () => {
    const result = kot({
      ...base,
      childcare: [{ type: 'dagopvang', daysPerWeek: 5, hoursPerDay: 11, hourlyRate: 1000, child: 0 }],
    });
    expect(result.estimate?.monthly).toBe(220800);
    expect(codes(result)).toContain('kot-hours-capped');
  });

  it('the 230 hours are per child: two kinds of care for one child count together', () => {
    // Child 0: dagopvang 150 h at € 10, gastouder 150 h at € 8 → 230 h counted, the dearer hours first:
    // (150 × 10 + 80 × 8) × 96% = 2.140 × 96% = € 2.054,40 → € 2.054.
    const sameChild = kot({
      ...base,
      childcare: [
        { type: 'dagopvang', hoursPerMonth: 150, hourlyRate: 1000, child: 0 },
        { type: 'gastouder', hoursPerMonth: 150, hourlyRate: 800, child: 0 },
      ],
    });
    expect(sameChild.estimate?.monthly).toBe(205400);
    expect(codes(sameChild)).toContain('kot-hours-capped');
  });

  it('the first child is the CHILD with the most hours, over all its entries', () => {
    const high = couple(35, 35, { working, grossIncomeYearly: 12000000, children: [{ age: 6 }, { age: 2 }] });
    const childcare = [
      { type: 'bso' as const, hoursPerMonth: 40, hourlyRate: 900, child: 0 },
      { type: 'dagopvang' as const, hoursPerMonth: 40, hourlyRate: 1000, child: 0 },
      { type: 'dagopvang' as const, hoursPerMonth: 60, hourlyRate: 1000, child: 1 },
    ];
    // Child 0 (80 h) first: (40 × 9 + 40 × 10) × 60,6% + 60 × 10 × 87,9% = 460,56 + 527,40 = € 987,96 → € 987.
    expect(kot({ ...high, childcare }).estimate?.monthly).toBe(98700);
    // Without the links (contract v1.0) every entry is its own child: the 60 h entry is first:
    // 600 × 60,6% + 760 × 87,9% = 363,60 + 668,04 = € 1.031,64 → € 1.031.
    const unlinked = childcare.map(({ child: _child, ...entry }) => entry);
    expect(kot({ ...high, childcare: unlinked }).estimate?.monthly).toBe(103100);
  });

  it('a link to a child not in children is ignored (its own child, as in v1.0)', () => {
    expect(monthly([{ type: 'dagopvang', hoursPerMonth: 78, hourlyRate: 1000, child: 7 }])).toBe(74800);
  });

  it('0 days or 0 hours a week is no childcare', () => {
    expect(kot({ ...base, childcare: [{ type: 'bso', hoursPerWeek: 0, hourlyRate: 900 }] }).verdict).toBe(
      'unlikely',
    );
  });
});

describe('childcare entries in the contract', () => {
  const entry = { type: 'dagopvang' as const, hourlyRate: 1000 };
  const parse = (childcare: unknown[]) => answersSchema.safeParse({ childcare }).success;
  it('v1.0 entries (hoursPerMonth) still parse', () => {
    expect(parse([{ ...entry, hoursPerMonth: 80 }])).toBe(true);
  });
  it('hours a week, or days with hours a day, parse; half hours only', () => {
    expect(parse([{ ...entry, hoursPerWeek: 27.5, child: 0 }])).toBe(true);
    expect(parse([{ ...entry, daysPerWeek: 3, hoursPerDay: 10.5 }])).toBe(true);
    expect(parse([{ ...entry, hoursPerWeek: 27.3 }])).toBe(false);
  });
  it('exactly one way: not two, not none, not days without hours a day', () => {
    expect(parse([{ ...entry, hoursPerMonth: 80, hoursPerWeek: 18 }])).toBe(false);
    expect(parse([entry])).toBe(false);
    expect(parse([{ ...entry, daysPerWeek: 3 }])).toBe(false);
  });
});
