import { describe, expect, it } from 'vitest';
import { indexationFactor } from '../../../functions/rules/engine/indexation';
import { evaluate } from '../../../functions/rules/index';
import { adult, codes, respond, screen } from '../../support/screen';

/**
 * A 2027 peildatum before the 2027 values are published: the carried-over values are last year's,
 * the margin is 5% a year (engine/indexation.ts). The single norm of 1 July 2026 is € 1.419,46
 * (Pw art. 21 a); indexed by 5% it is € 1.490,43 (1.419,46 × 1,05 = 1.490,433, to whole cents).
 */
const NORM = 141946;
const NORM_INDEXED = 149043;
const bijstand = (netIncomeMonthly: number) =>
  screen('algemene-bijstand', { ...adult, netIncomeMonthly }, '2027-01-01');

describe('carried-over values (peildatum past knownUntil)', () => {
  it('a 2026 peildatum is not stale and lists nothing', () => {
    expect(evaluate(adult, { peildatum: '2026-12-31' }).parameters).toEqual({
      validFrom: '2026-07-01',
      stale: false,
    });
  });

  it('lists every carried-over value used, with the day it was known until, and only those', () => {
    const { parameters } = evaluate(adult, { peildatum: '2027-01-01' });
    expect(parameters.stale).toBe(true);
    const ids = parameters.carriedOver?.map((c) => c.id) ?? [];
    expect(parameters.carriedOver).toContainEqual({
      id: 'participatiewet.norm.alleenstaande',
      knownUntil: '2026-12-31',
    });
    expect(parameters.carriedOver).toContainEqual({
      id: 'zorgtoeslag.standaardpremie',
      knownUntil: '2026-12-31',
    });
    // Known for 2027 already: the AOW age (through 2027).
    expect(ids).not.toContain('aow.pensioengerechtigde-leeftijd');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the reason on a result names its carried-over values and the margin', () => {
    const stale = bijstand(0).reasons.find((r) => r.code === 'parameters-stale');
    expect(stale?.values).toMatchObject({ knownUntil: '2026-12-31', margin: 5, peildatum: '2027-01-01' });
    expect(String(stale?.values?.parameters).split(', ')).toContain('participatiewet.norm.alleenstaande');
  });

  it('an amount becomes a range from last year’s value to the indexed one; monthly is the favourable end', () => {
    expect(bijstand(100_000).estimate).toEqual({
      monthly: NORM_INDEXED - 100_000,
      yearly: (NORM_INDEXED - 100_000) * 12,
      range: { min: NORM - 100_000, max: NORM_INDEXED - 100_000 },
    });
    expect(bijstand(100_000).verdict).toBe('likely');
  });

  it('a verdict within the margin above a limit is possibly, with a reason; beyond it stays unlikely', () => {
    const near = bijstand(145_000); // above last year's norm, below the indexed one
    expect(near.verdict).toBe('possibly');
    expect(codes(near)).toContain('parameters-indexation-margin');
    expect(near.estimate?.range).toEqual({ min: 0, max: NORM_INDEXED - 145_000 });
    expect(near.reasons.find((r) => r.code === 'parameters-indexation-margin')?.values).toMatchObject({
      knownUntil: '2026-12-31',
      margin: 5,
    });
    // The threshold stays the known limit: last year's.
    expect(near.thresholds.find((t) => t.field === 'netIncomeMonthly')?.limit).toBe(NORM);
    expect(bijstand(NORM_INDEXED).verdict).toBe('unlikely');
    expect(codes(bijstand(NORM_INDEXED))).not.toContain('parameters-indexation-margin');
  });

  it('the margin compounds per calendar year carried over', () => {
    expect(indexationFactor('2027-01-01', '2026-12-31')).toBe(105_000);
    expect(indexationFactor('2027-12-31', '2026-12-31')).toBe(105_000);
    expect(indexationFactor('2028-01-01', '2026-12-31')).toBe(110_250);
  });

  it('texts exist in every language', () => {
    const en = respond({ ...adult, netIncomeMonthly: 145_000 }, { peildatum: '2027-01-01', lang: 'en' });
    const result = en.results.find((r) => r.regulation === 'algemene-bijstand');
    expect(result?.reasons.find((r) => r.code === 'parameters-indexation-margin')?.text).toContain('5%');
  });
});
