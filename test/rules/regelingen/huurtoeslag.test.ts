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

describe('huurtoeslag 2026 at the edges of the law', () => {
  const text = (result: ReturnType<typeof ht>) => result.reasons.map((r) => r.text).join(' ');

  it('Wht art. 1 c and 9: a huurder has the rented home as hoofdverblijf, registered in the Netherlands', () => {
    const abroad = ht({ ...adult, livesInNetherlands: false });
    expect(abroad.verdict).toBe('unlikely');
    expect(codes(abroad)).toContain('huurtoeslag-not-main-residence');
    expect(ht({ ...adult, livesInNetherlands: true }).verdict).toBe('likely');
    const { livesInNetherlands: _omit, ...unasked } = adult;
    expect(ht(unasked).missing).toContain('livesInNetherlands');
  });

  it('Wht art. 8: only for an adult; Awir art. 10 lid 2: a minor with a child counts as one', () => {
    const minor = ht({ ...adult, age: 17 });
    expect(minor.verdict).toBe('unlikely');
    expect(codes(minor)).toContain('under-18-huurtoeslag');
    const parent = ht({ ...adult, age: 17, children: [{ age: 0 }], rent: 100000 });
    expect(parent.verdict).toBe('likely');
    expect(codes(parent)).toContain('minor-with-child-counts-as-adult');
    // Two persons and a child in the home: the 932,93 limit (art. 13 lid 1 a 1°), basishuur 200,71, 713,02:
    // (498,20 − 200,71) + 65% × (713,02 − 498,20) + 40% × (932,93 − 713,02) = 525,09 → € 525.
    expect(parent.estimate?.monthly).toBe(52500);
  });

  it("a single person's rent is compared with the one-person basishuur (€ 202,52), not the multi-person one", () => {
    // € 202,00 lies between the two basishuren; € 203,00 gives (203,00 − 202,52) × 12 = € 5,76 a year < € 24.
    for (const rent of [20200, 20300]) {
      const result = ht({ ...adult, rent });
      expect(result.verdict).toBe('unlikely');
      expect(codes(result)).toContain('rent-below-basishuur');
      expect(codes(result)).not.toContain('income-above-toeslag-limit');
      expect(result.reasons[0]?.values).toMatchObject({ rent, basishuur: 20252 });
    }
    // A couple at € 202,00: (202,00 − 200,71) × 12 = € 15,48 a year, still under € 24: the rent again.
    expect(codes(ht(couple(40, 40, { rent: 20200 })))).toContain('rent-below-basishuur');
    // € 205,00: (205,00 − 202,52) × 12 = € 29,76 a year: granted, € 2 a month.
    const above = ht({ ...adult, rent: 20500 });
    expect(above.verdict).toBe('likely');
    expect(above.estimate?.monthly).toBe(200);
  });

  it('a high income is still the income reason, not the rent', () => {
    expect(codes(ht({ ...adult, rent: 60000, grossIncomeYearly: 5000000 }))).toContain(
      'income-above-toeslag-limit',
    );
  });

  it('Wht art. 7 lid 1, Awir art. 7 lid 2: co-residents’ income counts, so the amount is at most', () => {
    const result = ht({ ...adult, coResidents27Plus: 1 });
    expect(result.verdict).toBe('possibly');
    expect(result.estimate?.atMost).toBe(true);
    expect(ht(adult).estimate?.atMost).toBeUndefined();
  });

  it('Awir art. 7 lid 6: a child of 23+ at home counts in full; 18–22 above € 6.218; a minor not', () => {
    const adultChild = ht({ ...adult, children: [{ age: 23 }] });
    expect(adultChild.verdict).toBe('possibly');
    expect(adultChild.estimate?.atMost).toBe(true);
    expect(codes(adultChild)).toContain('adult-child-income-counts');
    const student = ht({ ...adult, children: [{ age: 20 }] });
    expect(student.verdict).toBe('possibly');
    expect(codes(student)).toContain('young-adult-child-income-counts');
    expect(text(student)).toContain('€ 6.218,00');
    const minorChild = ht({ ...adult, children: [{ age: 17 }] });
    expect(minorChild.verdict).toBe('likely');
    expect(minorChild.estimate?.atMost).toBeUndefined();
  });

  it('"I don\'t know" the rent: the reason says what was assumed, never "your rent of € 1.000"', () => {
    const { rent: _omit, ...rest } = adult;
    const result = ht({ ...rest, dontKnow: ['rent'] });
    expect(result.verdict).toBe('possibly');
    expect(codes(result)).toContain('huurtoeslag-calculated-rent-assumed');
    expect(codes(result)).not.toContain('huurtoeslag-calculated');
    expect(text(result)).not.toContain('1.000');
    expect(result.thresholds.find((t) => t.field === 'grossIncomeYearly')).toBeUndefined();
  });

  it('"I don\'t know" the assets: no "your assets (€ 0,00)"', () => {
    const { assets: _omit, ...rest } = adult;
    const result = ht({ ...rest, dontKnow: ['assets'] });
    expect(result.verdict).toBe('possibly');
    expect(codes(result)).toContain('assets-unknown-toeslag');
    expect(codes(result)).not.toContain('assets-within-toeslag-limit');
  });
});

describe('huurtoeslag when the co-residents are not known', () => {
  it('"I don\'t know" who lives there: possibly, at most, and the assumption said', () => {
    const { coResidents27Plus: _omit, ...rest } = adult;
    const result = ht({ ...rest, dontKnow: ['coResidents27Plus'] });
    expect(result.verdict).toBe('possibly');
    expect(codes(result)).toContain('co-residents-unknown-huurtoeslag');
    expect(result.estimate?.atMost).toBe(true);
  });
});

describe('huurtoeslag when it is not known whether the home is self-contained', () => {
  it('"I don\'t know": possibly, with a range from nothing to the full amount and the reason', () => {
    const { selfContainedHome: _omit, ...rest } = adult;
    const result = ht({ ...rest, dontKnow: ['selfContainedHome'] });
    const full = ht(adult).estimate?.monthly;
    expect(full).toBeGreaterThan(0);
    expect(result.verdict).toBe('possibly');
    expect(codes(result)[0]).toBe('dont-know-range');
    expect(result.reasons[0]?.text).toContain('zelfstandige woning');
    expect(codes(result)).not.toContain('not-self-contained');
    expect(result.estimate).toMatchObject({ monthly: full, range: { min: 0, max: full } });
    expect(result.missing).toContain('selfContainedHome');
  });

  it('not renting stays unlikely whatever the home is', () => {
    const { selfContainedHome: _omit, ...rest } = adult;
    expect(ht({ ...rest, housing: 'own', dontKnow: ['selfContainedHome'] }).verdict).toBe('unlikely');
  });
});
