import { describe, expect, it } from 'vitest';
import { adult, codes, couple, screen } from '../../support/screen';

const kgb = (answers: Parameters<typeof screen>[1]) => screen('kindgebonden-budget', answers);

describe('kindgebonden budget 2026', () => {
  // Amounts: "Berekening kindgebonden budget 2026" stap 1–2 (2.580 per child, +724 at 12–15, +964 at 16–17,
  // ouderkop 3.416), at an income under the drempel so there is no reduction.
  it.each([
    ['partners, one child aged 11', couple(40, 40, { children: [{ age: 11 }] }), 258000],
    ['partners, one child aged 12 (+724)', couple(40, 40, { children: [{ age: 12 }] }), 330400],
    ['partners, one child aged 15 (+724)', couple(40, 40, { children: [{ age: 15 }] }), 330400],
    ['partners, one child aged 16 (+964)', couple(40, 40, { children: [{ age: 16 }] }), 354400],
    ['partners, one child aged 17 (+964)', couple(40, 40, { children: [{ age: 17 }] }), 354400],
    ['single parent, one child aged 5 (+3.416)', { ...adult, children: [{ age: 5 }] }, 599600],
    ['single parent, two children (8.576)', { ...adult, children: [{ age: 5 }, { age: 7 }] }, 857600],
  ])('%s', (_n, answers, yearly) => {
    expect(kgb(answers).estimate?.yearly).toBe(yearly);
    expect(kgb(answers).estimate?.monthly).toBe(Math.floor(yearly / 1200) * 100);
  });

  it('a child of 18 no longer counts', () => {
    const result = kgb(couple(45, 45, { children: [{ age: 18 }] }));
    expect(result.verdict).toBe('unlikely');
    expect(codes(result)).toContain('no-child-under-18');
  });

  it('vermogensgrens € 146.011 single / € 184.633 partners', () => {
    expect(kgb({ ...adult, children: [{ age: 3 }], assets: 14601100 }).verdict).toBe('likely');
    expect(kgb({ ...adult, children: [{ age: 3 }], assets: 14601101 }).verdict).toBe('unlikely');
    expect(kgb(couple(40, 40, { children: [{ age: 3 }], assets: 18463301 })).verdict).toBe('unlikely');
  });

  it('the reduction is 7,6% of income above the drempel (€ 39.141 for partners)', () => {
    const at = kgb(couple(40, 40, { children: [{ age: 4 }], grossIncomeYearly: 3914100 }));
    expect(at.estimate?.yearly).toBe(258000);
    const above = kgb(couple(40, 40, { children: [{ age: 4 }], grossIncomeYearly: 4914100 }));
    expect(above.estimate?.yearly).toBe(258000 - 76000);
  });

  it('from 2027 the afbouw is 8,05% and € 66 is added per child (WKB art. 3 lid 5 b, lid 7 b); indexation pending', () => {
    const result = screen(
      'kindgebonden-budget',
      couple(40, 40, { children: [{ age: 4 }], grossIncomeYearly: 4914100 }),
      '2027-02-01',
    );
    // Before indexation: 2.580 + 66 = 2.646 − 8,05% × (49.141 − 39.141) = 1.841 a year, € 153 a month.
    // Indexed by 5%: 2.778,30 − 8,05% × (49.141 − 41.098,05) = 2.130,84 a year, € 177 a month.
    expect(result.estimate).toEqual({ monthly: 17700, yearly: 213084, range: { min: 15300, max: 17700 } });
    const stale = result.reasons.find((r) => r.code === 'parameters-stale');
    expect(String(stale?.values?.parameters).split(', ')).toContain('kindgebonden-budget.bedrag-per-kind');
    expect(stale?.values?.knownUntil).toBe('2026-12-31');
  });

  it('says it usually comes automatically', () => {
    expect(codes(kgb({ ...adult, children: [{ age: 3 }] }))).toContain('kgb-usually-automatic');
  });
});

describe('kindgebonden budget 2026 at the edges of the law', () => {
  const parent = { ...adult, children: [{ age: 8 }] };

  it('WKB art. 2 lid 1 and 10: only the parent to whom the kinderbijslag is paid', () => {
    const other = kgb({ ...parent, receivesKinderbijslag: false });
    expect(other.verdict).toBe('unlikely');
    expect(codes(other)).toContain('kgb-no-kinderbijslag');
    expect(kgb({ ...parent, receivesKinderbijslag: true }).verdict).toBe('likely');
    // Not answered (a v1.1 client): decided as before, with the condition said.
    const unasked = kgb(parent);
    expect(unasked.verdict).toBe('likely');
    expect(codes(unasked)).toContain('kgb-kinderbijslag-decides');
    // "I don't know": possibly, and the reason says what decides it.
    const unsure = kgb({ ...parent, dontKnow: ['receivesKinderbijslag'] });
    expect(unsure.verdict).toBe('possibly');
    expect(codes(unsure)).toContain('kgb-kinderbijslag-unknown');
  });

  it('living abroad: kinderbijslag follows the AKW insurance and EU priority rules, so possibly', () => {
    const abroad = kgb({
      ...parent,
      residence: 'eu',
      livesInNetherlands: false,
      working: { applicant: true },
    });
    expect(abroad.verdict).toBe('possibly');
    expect(codes(abroad)).toContain('kgb-lives-abroad');
    expect(kgb({ ...parent, residence: 'eu', livesInNetherlands: true }).verdict).toBe('likely');
  });

  it('a minor parent is not shut out (WKB sets no age for the parent)', () => {
    expect(kgb({ ...parent, age: 17 }).verdict).toBe('likely');
  });

  it('"I don\'t know" the income: no "€ 0" income stated, the amount is the most at a low income', () => {
    const { grossIncomeYearly: _omit, ...rest } = parent;
    const result = kgb({ ...rest, dontKnow: ['grossIncomeYearly'] });
    expect(result.verdict).toBe('possibly');
    expect(codes(result)).toContain('kindgebonden-budget-calculated-income-assumed');
    expect(codes(result)).not.toContain('kindgebonden-budget-calculated');
  });
});
