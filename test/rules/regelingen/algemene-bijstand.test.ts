import { describe, expect, it } from 'vitest';
import { adult, codes, couple, screen } from '../../support/screen';

// Expected norms are the statutory amounts (Normenbrief 1 januari 2026, Participatiewet art. 20–23;
// docs/domain/rules-params-2026.md §1), never values computed by this code.
const bijstand = (answers: Parameters<typeof screen>[1], peildatum?: string) =>
  screen('algemene-bijstand', answers, peildatum);

describe('algemene bijstand — norms (January 2026)', () => {
  it.each([
    ['single 21+', { ...adult, age: 21 }, 140150],
    ['single parent 21+', { ...adult, children: [{ age: 4 }] }, 140150],
    ['couple both 21+', couple(30, 28), 200213],
    ['single 18–20 (art. 20 lid 1a)', { ...adult, age: 20, parentsCannotSupport: false }, 34599],
    [
      'single parent 18–20 (art. 20 lid 2a)',
      { ...adult, age: 18, children: [{ age: 1 }], parentsCannotSupport: false },
      34599,
    ],
    ['couple both 18–20 (art. 20 lid 1b)', couple(19, 20), 69198],
    ['couple both 18–20 with children (art. 20 lid 2b)', couple(19, 20, { children: [{ age: 0 }] }), 109241],
    ['couple one 18–20, one 21+ (art. 20 lid 1c)', couple(20, 21), 134706],
    [
      'couple one 21+, one 18–20, with children (art. 20 lid 2c)',
      couple(24, 19, { children: [{ age: 2 }] }),
      174749,
    ],
    [
      'single 19, parents cannot support (art. 20 lid 3: 345,99 + 746,45)',
      { ...adult, age: 19, parentsCannotSupport: true },
      109244,
    ],
    [
      'kostendelersnorm, single with 1 kostendeler (A = 2): 50% of 2.002,13',
      { ...adult, coResidents27Plus: 1 },
      100107,
    ],
    [
      'kostendelersnorm, single with 2 kostendelers (A = 3): 43⅓% of 2.002,13',
      { ...adult, coResidents27Plus: 2 },
      86759,
    ],
    [
      'kostendelersnorm, single with 3 kostendelers (A = 4): 40% of 2.002,13',
      { ...adult, coResidents27Plus: 3 },
      80085,
    ],
    [
      'kostendelersnorm, couple with 1 kostendeler (A = 3): 2 × 43⅓%',
      couple(30, 30, { coResidents27Plus: 1 }),
      173518,
    ],
  ])('%s', (_name, answers, norm) => {
    const result = bijstand(answers, '2026-01-15');
    expect(result.verdict).toBe('likely');
    expect(result.estimate?.monthly).toBe(norm);
  });

  it('uses the 1 July 2026 amounts from that date (art. 21a: € 1.419,46)', () => {
    expect(bijstand(adult, '2026-06-30').estimate?.monthly).toBe(140150);
    expect(bijstand(adult, '2026-07-01').estimate?.monthly).toBe(141946);
  });

  it('the estimate is the norm minus net income, with the yearly total beside it', () => {
    const result = bijstand({ ...adult, netIncomeMonthly: 100_000 }, '2026-01-15');
    expect(result.estimate).toEqual({ monthly: 40150, yearly: 481800 });
  });
});

describe('algemene bijstand — income and vermogen edges', () => {
  it('one cent under the norm is likely; at the norm it is unlikely', () => {
    expect(bijstand({ ...adult, netIncomeMonthly: 140149 }, '2026-01-15').estimate?.monthly).toBe(1);
    const at = bijstand({ ...adult, netIncomeMonthly: 140150 }, '2026-01-15');
    expect(at.verdict).toBe('unlikely');
    expect(codes(at)).toContain('income-not-below-norm');
  });

  it.each([
    ['single', adult, 800000],
    ['single parent', { ...adult, children: [{ age: 10 }] }, 1600000],
    ['couple', couple(40, 40), 1600000],
  ])(
    'vermogensgrens %s (art. 34 lid 3): at the limit likely, one cent over unlikely',
    (_n, answers, limit) => {
      expect(bijstand({ ...answers, assets: limit }).verdict).toBe('likely');
      const over = bijstand({ ...answers, assets: limit + 1 });
      expect(over.verdict).toBe('unlikely');
      expect(codes(over)).toContain('assets-above-limit');
    },
  );

  it('reports the distance to the limits as data', () => {
    const result = bijstand({ ...adult, netIncomeMonthly: 136150, assets: 500000 }, '2026-01-15');
    expect(result.thresholds).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'netIncomeMonthly', limit: 140150, value: 136150, margin: 4000 }),
        expect.objectContaining({ field: 'assets', limit: 800000, margin: 300000 }),
      ]),
    );
    expect(result.thresholds.find((t) => t.field === 'netIncomeMonthly')?.text).toContain(
      '€ 40,00 per maand onder',
    );
  });

  it('home equity below € 67.500 is free; above it the bijstand may be a loan (possibly)', () => {
    const own = { ...adult, housing: 'own' as const };
    expect(bijstand({ ...own, homeEquity: 6750000 }).verdict).toBe('likely');
    const above = bijstand({ ...own, homeEquity: 6750000 + 800001 });
    expect(above.verdict).toBe('possibly');
    expect(codes(above)).toContain('home-equity-above-exemption');
    expect(above.missing).toContain('homeEquity');
  });

  it('does not count toeslagen, kinderbijslag and small gifts, and says so', () => {
    expect(codes(bijstand(adult))).toContain('income-not-counted');
  });
});

describe('algemene bijstand — who is excluded', () => {
  it.each([
    ['under 18', { ...adult, age: 17 }, 'under-18'],
    ['no lawful residence', { ...adult, residence: 'none' as const }, 'no-lawful-residence'],
    ['living abroad', { ...adult, livesInNetherlands: false }, 'lives-abroad'],
    [
      'under 27 with studiefinanciering',
      { ...adult, age: 26, studentFinance: true },
      'student-finance-under-27',
    ],
    ['at AOW age (goes to AIO)', { ...adult, age: 67 }, 'aow-age-see-aio'],
    ['partner at AOW age (goes to AIO)', couple(60, 67), 'partner-aow-age-see-aio'],
  ])('%s → unlikely', (_n, answers, code) => {
    const result = bijstand(answers);
    expect(result.verdict).toBe('unlikely');
    expect(codes(result)).toContain(code);
    expect(result.estimate).toBeNull();
  });

  it('ages 17/18, 26/27 and 66/67 sit on the right side of each limit', () => {
    expect(bijstand({ ...adult, age: 17 }).verdict).toBe('unlikely');
    expect(bijstand({ ...adult, age: 18, parentsCannotSupport: false }).verdict).toBe('likely');
    // Art. 13 lid 2 c stops at 27; from 27 studiefinanciering is a voorliggende voorziening (art. 15 lid 1).
    expect(bijstand({ ...adult, age: 27, studentFinance: true }).verdict).toBe('possibly');
    expect(bijstand({ ...adult, age: 66 }).verdict).toBe('likely');
    expect(bijstand({ ...adult, age: 67 }).verdict).toBe('unlikely');
  });

  it('the 25% earnings vrijlating is mentioned from 27, not below (art. 31 lid 5), and not added', () => {
    const at27 = bijstand({ ...adult, age: 27 }, '2026-01-15');
    expect(codes(at27)).toContain('earnings-exemption');
    expect(at27.estimate?.monthly).toBe(140150);
    expect(codes(bijstand({ ...adult, age: 26 }))).not.toContain('earnings-exemption');
  });
});

describe('algemene bijstand — situations the municipality judges', () => {
  it.each([
    ['self-employed (Bbz)', { ...adult, selfEmployed: true }, 'self-employed-bbz'],
    ['homeless with a briefadres', { ...adult, housing: 'homeless' as const }, 'homeless-briefadres'],
    [
      'a couple in an institution: one or both? (art. 23 lid 3)',
      couple(40, 40, { housing: 'institution' as const }),
      'institution-one-spouse',
    ],
  ])('%s → possibly, with why', (_n, answers, code) => {
    const result = bijstand(answers);
    expect(result.verdict).toBe('possibly');
    expect(codes(result)).toContain(code);
  });

  it('in an institution the art. 23 norm applies, raised by lid 2 (€ 443,76 + € 47,00 single)', () => {
    const result = bijstand({ ...adult, housing: 'institution' }, '2026-01-15');
    expect(result.verdict).toBe('likely');
    expect(result.estimate?.monthly).toBe(44376 + 4700);
    expect(codes(result)).toContain('institution-norm');
  });

  it('a missing answer makes the verdict unknown and is listed', () => {
    const { netIncomeMonthly: _omit, ...rest } = adult;
    const result = bijstand(rest);
    expect(result.verdict).toBe('unknown');
    expect(result.missing).toEqual(['netIncomeMonthly']);
  });
});

describe('algemene bijstand — a self-employed partner (art. 11 lid 1, art. 31 lid 1; Bbz 2004 art. 1 b)', () => {
  // A couple's bijstand is one right of the gezin, measured against the gezin's middelen: the partner's
  // business makes it a Bbz question for the municipality, as the applicant's own business does.
  it('a couple whose partner is self-employed → possibly, with why', () => {
    const result = bijstand(couple(30, 28, { partnerSelfEmployed: true }));
    expect(result.verdict).toBe('possibly');
    expect(codes(result)).toContain('partner-self-employed-bbz');
  });
  it('not self-employed, or not answered (a v1.1 client): the norm as before', () => {
    for (const answers of [couple(30, 28, { partnerSelfEmployed: false }), couple(30, 28)]) {
      const result = bijstand(answers, '2026-01-15');
      expect(result.verdict).toBe('likely');
      expect(result.estimate?.monthly).toBe(200213);
      expect(codes(result)).not.toContain('partner-self-employed-bbz');
    }
  });
  it('an old client sending only selfEmployed: true keeps the v1.1 answer', () => {
    expect(codes(bijstand(couple(30, 28, { selfEmployed: true })))).toContain('self-employed-bbz');
  });
  it('without a partner the answer is ignored', () => {
    expect(bijstand({ ...adult, partnerSelfEmployed: true }).verdict).toBe('likely');
  });
});
