import { describe, expect, it } from 'vitest';
import { adult, codes, couple, screen } from '../../support/screen';

const zt = (answers: Parameters<typeof screen>[1]) => screen('zorgtoeslag', answers);

describe('zorgtoeslag 2026', () => {
  // Published income limits (belastingdienst.nl, BD-ZT-INKOMEN, OFF): € 40.857 single, € 51.142 together.
  it('single: € 40.857 still gives zorgtoeslag, € 40.858 does not', () => {
    expect(zt({ ...adult, grossIncomeYearly: 4085700 }).verdict).toBe('likely');
    expect(zt({ ...adult, grossIncomeYearly: 4085800 }).verdict).toBe('unlikely');
  });

  it('partners: € 51.142 together still gives zorgtoeslag, € 51.143 does not', () => {
    expect(zt(couple(40, 40, { grossIncomeYearly: 5114200 })).verdict).toBe('likely');
    expect(zt(couple(40, 40, { grossIncomeYearly: 5114300 })).verdict).toBe('unlikely');
  });

  it('the income threshold shown equals the published limit', () => {
    const single = zt({ ...adult, grossIncomeYearly: 3000000 });
    expect(single.thresholds.find((t) => t.field === 'grossIncomeYearly')?.limit).toBe(4085700);
    const partners = zt(couple(40, 40, { grossIncomeYearly: 3000000 }));
    expect(partners.thresholds.find((t) => t.field === 'grossIncomeYearly')?.limit).toBe(5114200);
  });

  it('maximum: € 129 a month single, € 246 partners (Rijksoverheid table)', () => {
    expect(zt({ ...adult, grossIncomeYearly: 0 }).estimate?.monthly).toBe(12900);
    expect(zt(couple(40, 40, { grossIncomeYearly: 0 })).estimate?.monthly).toBe(24600);
  });

  it('vermogensgrens € 146.011 single / € 184.633 partners', () => {
    expect(zt({ ...adult, assets: 14601100 }).verdict).toBe('likely');
    expect(zt({ ...adult, assets: 14601101 }).verdict).toBe('unlikely');
    expect(zt(couple(40, 40, { assets: 18463300 })).verdict).toBe('likely');
    expect(zt(couple(40, 40, { assets: 18463301 })).verdict).toBe('unlikely');
  });

  it('18 and older, with Dutch health insurance and lawful residence', () => {
    expect(zt({ ...adult, age: 17 }).verdict).toBe('unlikely');
    expect(zt({ ...adult, age: 18 }).verdict).toBe('likely');
    expect(codes(zt({ ...adult, healthInsuranceNL: false }))).toContain('no-dutch-health-insurance');
    expect(zt({ ...adult, residence: 'none' }).verdict).toBe('unlikely');
  });

  it('explains the repayment risk and how to keep it low', () => {
    expect(codes(zt(adult))).toContain('toeslag-repayment-risk');
  });

  it('gives the yearly amount beside the monthly advance', () => {
    expect(zt({ ...adult, grossIncomeYearly: 2950000 }).estimate).toEqual({ monthly: 12900, yearly: 155000 });
  });
});

describe('zorgtoeslag 2026 at the edges of the law', () => {
  const zt = (answers: Parameters<typeof screen>[1]) => screen('zorgtoeslag', answers);

  it('Wzt art. 1 c: a verzekerde from the month after turning 18, also a minor with a child', () => {
    // Awir art. 10 lid 2 reaches rules that require "meerderjarig"; the Wzt sets the age itself.
    const minorParent = zt({ ...adult, age: 17, children: [{ age: 0 }] });
    expect(minorParent.verdict).toBe('unlikely');
    expect(codes(minorParent)).toContain('zorgtoeslag-minor-not-insured');
    expect(zt({ ...adult, age: 18, children: [{ age: 0 }] }).verdict).toBe('likely');
  });

  it('"I don\'t know" the income: no "an income of € 0,00"', () => {
    const { grossIncomeYearly: _omit, ...rest } = adult;
    const result = zt({ ...rest, dontKnow: ['grossIncomeYearly'] });
    expect(result.verdict).toBe('possibly');
    expect(codes(result)).toContain('zorgtoeslag-calculated-income-assumed');
    expect(result.reasons.map((r) => r.text).join(' ')).not.toContain('inkomen van € 0,00');
  });
});

describe('zorgtoeslag — a self-employed partner (Awir art. 8 lid 1, art. 16)', () => {
  // The partners' toetsingsinkomens together make the draagkracht (art. 8 lid 1); a self-employed
  // partner's profit is only known afterwards, as the applicant's own would be (art. 16: an estimate).
  it('the partner being self-employed carries the estimate warning, citing art. 8', () => {
    const result = zt(couple(40, 40, { grossIncomeYearly: 3000000, partnerSelfEmployed: true }));
    expect(result.verdict).toBe('likely');
    expect(codes(result)).toContain('self-employed-income-estimate');
    const reason = result.reasons.find((r) => r.code === 'self-employed-income-estimate');
    expect(reason?.sources.map((source) => source.title)).toContain('Awir, artikel 8');
  });
  it('not for a single person (no toeslagpartner), nor for a partner who is not', () => {
    expect(codes(zt({ ...adult, partnerSelfEmployed: true }))).not.toContain('self-employed-income-estimate');
    expect(codes(zt(couple(40, 40, { partnerSelfEmployed: false })))).not.toContain(
      'self-employed-income-estimate',
    );
  });
});
