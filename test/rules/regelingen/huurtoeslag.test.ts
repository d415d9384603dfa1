import { describe, expect, it } from 'vitest';
import { adult, codes, couple, screen } from '../../support/screen';

const ht = (answers: Parameters<typeof screen>[1]) => screen('huurtoeslag', answers);

describe('huurtoeslag 2026', () => {
  it('under 21 (everyone in the home): rent counts up to € 498,20; from 21 up to € 932,93', () => {
    // At income ≤ ijkpunt: under 21 only part A = 498,20 − 202,52 = 295,68; 21+ single with rent ≥ 932,93
    // gets A + B + C = 295,68 + 139,63 + 87,96 = 523,28 (rules-params-2026.md §5, derived maximum).
    expect(ht({ ...adult, age: 20, rent: 100000 }).estimate?.monthly).toBe(29500);
    expect(ht({ ...adult, age: 21, rent: 100000 }).estimate?.monthly).toBe(52300);
  });

  it('rent above € 932,93 still gives huurtoeslag, but not over the part above it', () => {
    const result = ht({ ...adult, rent: 150000 });
    expect(result.estimate?.monthly).toBe(52300);
    expect(codes(result)).toContain('rent-above-max');
  });

  it('a young person with a child is not held to the youth limit', () => {
    expect(ht({ ...adult, age: 20, children: [{ age: 1 }], rent: 100000 }).estimate?.monthly).toBeGreaterThan(
      29500,
    );
  });

  it('only for people who rent a self-contained home', () => {
    expect(codes(ht({ ...adult, housing: 'own' }))).toContain('not-renting');
    expect(codes(ht({ ...adult, housing: 'lodging' }))).toContain('not-renting');
    expect(codes(ht({ ...adult, selfContainedHome: false }))).toContain('not-self-contained');
  });

  it('vermogensgrens € 38.479 single / € 76.958 with partner', () => {
    expect(ht({ ...adult, assets: 3847900 }).verdict).toBe('likely');
    expect(ht({ ...adult, assets: 3847901 }).verdict).toBe('unlikely');
    expect(ht(couple(40, 40, { assets: 7695800 })).verdict).toBe('likely');
    expect(ht(couple(40, 40, { assets: 7695801 })).verdict).toBe('unlikely');
  });

  it('co-residents: their income counts too, so only possibly', () => {
    const result = ht({ ...adult, coResidents27Plus: 1 });
    expect(result.verdict).toBe('possibly');
    expect(codes(result)).toContain('co-resident-income-counts');
  });

  it('the income threshold is where the yearly amount would drop under € 24', () => {
    const result = ht({ ...adult, rent: 60000, grossIncomeYearly: 3000000 });
    const limit = result.thresholds.find((t) => t.field === 'grossIncomeYearly')?.limit ?? 0;
    expect(ht({ ...adult, rent: 60000, grossIncomeYearly: limit }).verdict).toBe('likely');
    expect(ht({ ...adult, rent: 60000, grossIncomeYearly: limit + 100 }).verdict).toBe('unlikely');
  });
});
