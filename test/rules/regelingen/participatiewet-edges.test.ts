import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/contract/answers';
import { adult, codes, couple, screen } from '../../support/screen';

// Every expectation below is read from the text of the Participatiewet in force on 1 January 2026
// (MinBZK regelrecht corpus, regulation/nl/wet/participatiewet/2026-01-01.yaml) and 1 July 2026,
// never from this code's output. Amounts: art. 20–23 of those texts.
const bijstand = (answers: Answers, peildatum = '2026-01-15') =>
  screen('algemene-bijstand', answers, peildatum);
const aio = (answers: Answers, peildatum = '2026-01-15') => screen('aio', answers, peildatum);
const bb = (answers: Answers, peildatum = '2026-01-15') => screen('bijzondere-bijstand', answers, peildatum);
const pensioner: Answers = { ...adult, age: 70 };

// 1 January 2026
const NORM_21 = 140150; // art. 21 a
const NORM_COUPLE = 200213; // art. 21 b
const NORM_AOW = 156469; // art. 22 a
const YOUTH = 34599; // art. 20 lid 1 a
const YOUTH_SUPPLEMENT = 74645; // art. 20 lid 3
const INSTITUTION = 44376; // art. 23 lid 1 a
const INSTITUTION_COUPLE = 69027; // art. 23 lid 1 b
const INSTITUTION_UP = 4700; // art. 23 lid 2 a
const INSTITUTION_UP_COUPLE = 10600; // art. 23 lid 2 b
// Art. 22a lid 1: (40 + 30·A) / (100·A) × B, with B the art. 21 b norm.
const kdn = (A: number, B = NORM_COUPLE) => Math.floor((B * (40 + 30 * A) * 2 + 100 * A) / (200 * A));

describe('students — art. 13 lid 2 c and art. 15 lid 1', () => {
  it('shuts out someone under 27 who can get studiefinanciering', () => {
    for (const age of [18, 22, 26]) {
      const result = bijstand({ ...adult, age, studentFinance: true, parentsCannotSupport: false });
      expect(result.verdict).toBe('unlikely');
      expect(codes(result)).toContain('student-finance-under-27');
    }
  });
  it('lets in someone under 27 without studiefinanciering', () => {
    expect(bijstand({ ...adult, age: 26, studentFinance: false }).verdict).toBe('likely');
  });
  it('from 27, studiefinanciering is a voorliggende voorziening: never a firm likely', () => {
    const result = bijstand({ ...adult, age: 27, studentFinance: true });
    expect(result.verdict).toBe('possibly');
    expect(codes(result)).toContain('student-finance-27-plus');
    expect(bijstand({ ...adult, age: 40, studentFinance: true }).verdict).toBe('possibly');
    expect(bijstand({ ...adult, age: 40, studentFinance: false }).verdict).toBe('likely');
  });
});

describe('institutions — art. 13 lid 2 a and art. 23', () => {
  it('no algemene bijstand at 18, 19 or 20 in an inrichting', () => {
    for (const age of [18, 19, 20]) {
      const result = bijstand({ ...adult, age, housing: 'institution', parentsCannotSupport: true });
      expect(result.verdict).toBe('unlikely');
      expect(codes(result)).toContain('institution-under-21');
    }
  });
  it('from 21 it applies, with the art. 23 lid 1 norm raised by lid 2', () => {
    const result = bijstand({ ...adult, age: 21, housing: 'institution' });
    expect(result.verdict).toBe('likely');
    expect(result.estimate?.monthly).toBe(INSTITUTION + INSTITUTION_UP);
  });
  it('the same 18–20 year old living at home is not shut out', () => {
    expect(bijstand({ ...adult, age: 19, parentsCannotSupport: false }).verdict).toBe('likely');
  });
  it('a couple: the couple norm is sure; if only one is in the institution, lid 3 sums two single norms', () => {
    const result = bijstand(couple(40, 40, { housing: 'institution' }));
    expect(result.verdict).toBe('possibly');
    expect(codes(result)).toContain('institution-one-spouse');
    expect(result.estimate?.monthly).toBe(INSTITUTION_COUPLE + INSTITUTION_UP_COUPLE);
    expect(result.estimate?.range?.max).toBe(INSTITUTION + INSTITUTION_UP + NORM_21);
  });
  it('AIO follows the same norms (art. 23 is in hoofdstuk 3, which art. 47a applies)', () => {
    expect(aio({ ...pensioner, housing: 'institution' }).estimate?.monthly).toBe(
      INSTITUTION + INSTITUTION_UP,
    );
    const two = aio(couple(70, 70, { housing: 'institution' }));
    expect(two.verdict).toBe('possibly');
    // … plus the couple's art. 33 lid 5 pension disregard (€ 53,00), which the one net income cannot separate.
    expect(two.estimate?.range?.max).toBe(INSTITUTION + INSTITUTION_UP + NORM_AOW + 5300);
  });
  it('1 July 2026: € 449,44 + € 47,00', () => {
    expect(bijstand({ ...adult, housing: 'institution' }, '2026-07-01').estimate?.monthly).toBe(44944 + 4700);
  });
});

describe('living abroad — art. 11 lid 1, art. 13 lid 1 e and lid 4', () => {
  it('someone who does not live in the Netherlands is shut out of all three', () => {
    expect(bijstand({ ...adult, livesInNetherlands: false }).verdict).toBe('unlikely');
    expect(aio({ ...pensioner, livesInNetherlands: false }).verdict).toBe('unlikely');
    expect(bb({ ...adult, livesInNetherlands: false }).verdict).toBe('unlikely');
  });
  it('someone living here is told the four-week limit, thirteen weeks at AOW age', () => {
    const below = bijstand(adult).reasons.find((r) => r.code === 'abroad-weeks-limit');
    expect(below?.values?.weeks).toBe(4);
    const at = aio(pensioner).reasons.find((r) => r.code === 'abroad-weeks-limit');
    expect(at?.values?.weeks).toBe(13);
  });
});

describe('EU citizens — art. 11 lid 2 and Directive 2004/38 art. 24(2)', () => {
  it('bijstand, AIO and bijzondere bijstand carry the caveat and are never a firm likely', () => {
    for (const result of [
      bijstand({ ...adult, residence: 'eu' }),
      aio({ ...pensioner, residence: 'eu' }),
      bb({ ...adult, residence: 'eu' }),
    ]) {
      expect(result.verdict).toBe('possibly');
      expect(codes(result)).toContain('eu-citizen-residence-right');
    }
  });
  it('a Dutch national or a permit holder does not get it', () => {
    expect(bijstand({ ...adult, residence: 'dutch' }).verdict).toBe('likely');
    expect(codes(bijstand({ ...adult, residence: 'permit' }))).not.toContain('eu-citizen-residence-right');
  });
});

describe('18–20 without the parents answer — art. 20 lid 1 and lid 3–4', () => {
  const young: Answers = { ...adult, age: 19 };
  it('is decided: the jongerennorm is sure, the raised norm the most', () => {
    const result = bijstand(young);
    expect(result.verdict).toBe('possibly');
    expect(result.estimate?.monthly).toBe(YOUTH);
    expect(result.estimate?.range).toEqual({ min: YOUTH, max: YOUTH + YOUTH_SUPPLEMENT });
    expect(result.missing).toContain('parentsCannotSupport');
    expect(codes(result)).toContain('youth-parents-unanswered');
  });
  it('with income between the two norms: possibly, nothing sure, up to the raised norm', () => {
    const result = bijstand({ ...young, netIncomeMonthly: 50000 });
    expect(result.verdict).toBe('possibly');
    expect(result.estimate?.monthly).toBe(0);
    expect(result.estimate?.range?.max).toBe(YOUTH + YOUTH_SUPPLEMENT - 50000);
  });
  it('with income at or above even the highest norm: unlikely', () => {
    expect(bijstand({ ...young, netIncomeMonthly: YOUTH + YOUTH_SUPPLEMENT }).verdict).toBe('unlikely');
  });
});

describe('young people with kostendelers — art. 20 lid 4 ("in een vergelijkbare situatie")', () => {
  it('a 19-year-old with two co-residents of 27+: capped at the kostendelersnorm of a 21-year-old (A = 3)', () => {
    const result = bijstand({ ...adult, age: 19, coResidents27Plus: 2, parentsCannotSupport: true });
    expect(result.estimate?.monthly).toBe(kdn(3));
    expect(codes(result)).toContain('youth-supplement-capped');
  });
  it('1 July 2026: € 878,71, not € 350,42 + € 762,24 (the ~€ 234 a month too much)', () => {
    const result = bijstand(
      { ...adult, age: 19, coResidents27Plus: 2, parentsCannotSupport: true },
      '2026-07-01',
    );
    expect(result.estimate?.monthly).toBe(kdn(3, 202779));
    expect(35042 + 76224 - kdn(3, 202779)).toBeGreaterThan(23300);
  });
  it('one co-resident: A = 2, 50% of the couple norm', () => {
    expect(
      bijstand({ ...adult, age: 20, coResidents27Plus: 1, parentsCannotSupport: true }).estimate?.monthly,
    ).toBe(kdn(2));
  });
  it('without kostendelers the raise is not capped below the art. 21 a norm', () => {
    expect(bijstand({ ...adult, age: 19, parentsCannotSupport: true }).estimate?.monthly).toBe(
      Math.min(YOUTH + YOUTH_SUPPLEMENT, NORM_21),
    );
  });
  it('parents who can support: the jongerennorm, kostendelers or not (art. 22a is for 21+)', () => {
    expect(
      bijstand({ ...adult, age: 19, coResidents27Plus: 2, parentsCannotSupport: false }).estimate?.monthly,
    ).toBe(YOUTH);
  });
});

describe('a child of 27 or older at home is a kostendeler — art. 19a lid 1', () => {
  it('counts, and is never counted twice with coResidents27Plus', () => {
    expect(bijstand({ ...adult, age: 55, children: [{ age: 28 }] }).estimate?.monthly).toBe(kdn(2));
    expect(
      bijstand({ ...adult, age: 55, children: [{ age: 28 }], coResidents27Plus: 1 }).estimate?.monthly,
    ).toBe(kdn(3));
  });
  it('a child of 26 is not one', () => {
    expect(bijstand({ ...adult, age: 55, children: [{ age: 26 }] }).estimate?.monthly).toBe(NORM_21);
  });
});

describe('AIO disregards at AOW age — art. 33 lid 5 and art. 34a lid 1 c', () => {
  it('private pension: up to € 26,50 (single) above the norm is possibly, beyond it unlikely', () => {
    const result = aio({ ...pensioner, netIncomeMonthly: NORM_AOW + 2000 });
    expect(result.verdict).toBe('possibly');
    expect(codes(result)).toContain('aio-disregards-may-apply');
    expect(aio({ ...pensioner, netIncomeMonthly: NORM_AOW + 2650 }).verdict).toBe('unlikely');
  });
  it('earnings from work: 25% up to € 226,00 per month more for someone who works', () => {
    const working: Answers = { ...pensioner, working: { applicant: true } };
    expect(aio({ ...working, netIncomeMonthly: NORM_AOW + 2650 + 22600 - 1 }).verdict).toBe('possibly');
    expect(aio({ ...working, netIncomeMonthly: NORM_AOW + 2650 + 22600 }).verdict).toBe('unlikely');
  });
  it('a couple both at AOW age: € 53,00 together, € 226,00 each', () => {
    const both = couple(70, 68, { working: { applicant: true, partner: true } });
    const norm = 214416; // art. 22 b
    expect(aio({ ...both, netIncomeMonthly: norm + 5300 + 2 * 22600 - 1 }).verdict).toBe('possibly');
    expect(aio({ ...both, netIncomeMonthly: norm + 5300 + 2 * 22600 }).verdict).toBe('unlikely');
  });
});

describe('holiday pay — art. 19 lid 3: the norm includes vakantietoeslag, net pay usually not', () => {
  const parent: Answers = { ...adult, children: [{ age: 4 }], working: { applicant: true } };
  it('a single parent € 19 below the norm with pay from work: possibly, not likely', () => {
    const result = bijstand({ ...parent, netIncomeMonthly: NORM_21 - 1900 });
    expect(result.verdict).toBe('possibly');
    expect(codes(result)).toContain('holiday-pay-margin');
    expect(result.estimate?.monthly).toBe(1900);
  });
  it('beyond 8 % of the net pay below the norm: likely', () => {
    expect(bijstand({ ...parent, netIncomeMonthly: 120000 }).verdict).toBe('likely');
  });
  it('income that is not from work (a benefit) keeps likely', () => {
    expect(
      bijstand({ ...parent, working: { applicant: false }, netIncomeMonthly: NORM_21 - 1900 }).verdict,
    ).toBe('likely');
  });
});

describe('"I don\'t know" is never a fact', () => {
  it('an unknown income is not shown as € 0,00; it says what was assumed', () => {
    const { netIncomeMonthly: _i, ...known } = adult;
    const rest = { ...known, assets: 50000 }; // answers that are known are no zero
    for (const result of [
      bijstand({ ...rest, dontKnow: ['netIncomeMonthly'] }),
      aio({ ...rest, age: 70, dontKnow: ['netIncomeMonthly'] }),
      bb({ ...rest, dontKnow: ['netIncomeMonthly'] }),
    ]) {
      for (const reason of result.reasons) expect(reason.text).not.toContain('€ 0,00');
    }
    expect(codes(bijstand({ ...rest, dontKnow: ['netIncomeMonthly'] }))).toContain('income-unknown-assumed');
  });
  it('unknown assets are not shown as € 0,00', () => {
    const { assets: _a, ...known } = adult;
    const rest = { ...known, netIncomeMonthly: 20000 };
    const result = bijstand({ ...rest, dontKnow: ['assets'] });
    for (const reason of result.reasons) expect(reason.text).not.toContain('€ 0,00');
    expect(codes(result)).toContain('assets-unknown-assumed');
  });
});

describe('weeks abroad, when given — art. 13 lid 1 e and lid 4', () => {
  it('more than 4 weeks shuts out below AOW age; 4 does not', () => {
    expect(bijstand({ ...adult, weeksAbroadThisYear: 5 }).verdict).toBe('unlikely');
    expect(bijstand({ ...adult, weeksAbroadThisYear: 4 }).verdict).toBe('likely');
  });
  it('at AOW age the limit is 13 weeks', () => {
    expect(aio({ ...pensioner, weeksAbroadThisYear: 13 }).verdict).not.toBe('unlikely');
    expect(aio({ ...pensioner, weeksAbroadThisYear: 14 }).verdict).toBe('unlikely');
  });
});
