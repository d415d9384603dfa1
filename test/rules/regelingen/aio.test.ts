import { describe, expect, it } from 'vitest';
import { adult, codes, couple, screen } from '../../support/screen';

// Norms: Normenbrief 1 januari 2026 and the law text of 1 July 2026 (art. 22); AIO is bijstand at AOW age (art. 47a).
const aio = (answers: Parameters<typeof screen>[1], peildatum = '2026-01-15') =>
  screen('aio', answers, peildatum);
const pensioner = { ...adult, age: 70 };

describe('AIO', () => {
  it('AOW age from the peildatum: 66 is not yet, 67 is (2026)', () => {
    expect(aio({ ...adult, age: 66 }).verdict).toBe('unlikely');
    expect(codes(aio({ ...adult, age: 66 }))).toContain('below-aow-age');
    expect(aio({ ...adult, age: 67 }).verdict).toBe('likely');
  });

  it('in 2028 the AOW age is 67 and 3 months: someone aged exactly 67 may or may not have it', () => {
    const result = aio({ ...adult, age: 67 }, '2028-02-01');
    expect(result.verdict).toBe('possibly');
    expect(codes(result)).toContain('aow-age-uncertain');
  });

  it.each([
    ['single (art. 22a)', pensioner, 156469],
    ['couple both at AOW age (art. 22b)', couple(70, 68), 214416],
    ['couple, one at AOW age (art. 22c)', couple(68, 60), 214416],
    ['single with one kostendeler (A = 2): 50% of 2.144,16', { ...pensioner, coResidents27Plus: 1 }, 107208],
  ])('norm %s, January 2026', (_n, answers, norm) => {
    expect(aio(answers).estimate?.monthly).toBe(norm);
  });

  it('1 July 2026: 22a € 1.587,34 and 22b € 2.176,10; 22c not published, the 22b amount is used (derived)', () => {
    expect(aio(pensioner, '2026-07-01').estimate?.monthly).toBe(158734);
    expect(aio(couple(70, 70), '2026-07-01').estimate?.monthly).toBe(217610);
    expect(aio(couple(70, 60), '2026-07-01').estimate?.monthly).toBe(217610);
  });

  it('AOW itself counts as income: a small AOW leaves the gap as the estimate', () => {
    const result = aio({ ...pensioner, netIncomeMonthly: 120000 });
    expect(result.verdict).toBe('likely');
    expect(result.estimate?.monthly).toBe(156469 - 120000);
    expect(codes(result)).toContain('aow-counts-as-income');
  });

  it('says AIO is not paid retroactively, so apply now', () => {
    expect(codes(aio(pensioner))).toContain('aio-apply-now');
  });

  it('the same vermogensgrens as bijstand: € 8.000 single, € 16.000 couple', () => {
    expect(aio({ ...pensioner, assets: 800000 }).verdict).toBe('likely');
    expect(aio({ ...pensioner, assets: 800001 }).verdict).toBe('unlikely');
    expect(aio(couple(70, 70, { assets: 1600000 })).verdict).toBe('likely');
    expect(aio(couple(70, 70, { assets: 1600001 })).verdict).toBe('unlikely');
  });

  it('only for people living in the Netherlands', () => {
    expect(aio({ ...pensioner, livesInNetherlands: false }).verdict).toBe('unlikely');
  });

  it('income at the norm plus the art. 33 lid 5 pension disregard (€ 26,50) is unlikely; one cent under is likely', () => {
    // `pensioner` does not work, so only the private-pension disregard can apply.
    expect(aio({ ...pensioner, netIncomeMonthly: 156469 + 2650 }).verdict).toBe('unlikely');
    expect(aio({ ...pensioner, netIncomeMonthly: 156468 }).estimate?.monthly).toBe(1);
    expect(aio({ ...pensioner, netIncomeMonthly: 156468 }).verdict).toBe('likely');
  });

  it('applies at the SVB', () => {
    expect(aio(pensioner).apply.by).toBe('svb');
  });
});

describe('AIO — the SVB illustration (SVB-AIO-INK, rules-params-2026.md §9)', () => {
  it('couple with an illustrative norm of € 1.500 and incomes 400 + 100 + 500 + 100: AIO € 400, € 200 each', () => {
    // The SVB example uses an illustrative norm, not a real one; it checks the arithmetic the engine uses:
    // estimate = norm − all household income, split in half between the partners.
    const norm = 150000;
    const income = 40000 + 10000 + 50000 + 10000;
    const estimate = Math.max(0, norm - income);
    expect(estimate).toBe(40000);
    expect(estimate / 2).toBe(20000);
    const real = aio(couple(70, 70, { netIncomeMonthly: income }));
    expect(real.estimate?.monthly).toBe(214416 - income);
    expect(codes(real)).toContain('aio-split-between-partners');
  });
});
