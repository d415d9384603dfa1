import { describe, expect, it } from 'vitest';
import { evaluate, REGULATION_IDS, UnsupportedPeildatumError } from '../../../functions/rules/index';
import { adult, codes, respond, screen } from '../../support/screen';

describe('evaluate', () => {
  it('answers for all seven regulations, in the contract order, with apply on every one', () => {
    const response = evaluate({}, { peildatum: '2026-11-24' });
    expect(response.results.map((r) => r.regulation)).toEqual([...REGULATION_IDS]);
    for (const result of response.results) {
      expect(['gemeente', 'svb', 'toeslagen']).toContain(result.apply.by);
      expect(result.apply.url).toMatch(/^https:\/\//);
    }
  });

  it('with no answers everything is unknown and lists what is missing', () => {
    for (const result of evaluate({}, { peildatum: '2026-11-24' }).results) {
      expect(result.verdict).toBe('unknown');
      expect(result.missing.length).toBeGreaterThan(0);
      expect(result.estimate).toBeNull();
    }
  });

  it('refuses a peildatum before 2026', () => {
    expect(() => evaluate({}, { peildatum: '2025-12-31' })).toThrow(UnsupportedPeildatumError);
  });

  it('reports which period the parameters come from', () => {
    expect(evaluate(adult, { peildatum: '2026-03-01' }).parameters).toEqual({
      validFrom: '2026-01-01',
      stale: false,
    });
    expect(evaluate(adult, { peildatum: '2026-12-31' }).parameters).toEqual({
      validFrom: '2026-07-01',
      stale: false,
    });
  });

  it('from 2027 results that use a carried-over value are stale and say so; the others use none', () => {
    const response = evaluate(adult, { peildatum: '2027-01-01' });
    expect(response.parameters.stale).toBe(true);
    // AIO below AOW age needs only the AOW age (known through 2027); no child means no KGB
    // amount, no childcare no KOT amount.
    expect(codes(screen('aio', adult, '2027-01-01'))).toEqual(['below-aow-age']);
    expect(codes(screen('kindgebonden-budget', adult, '2027-01-01'))).toEqual(['no-child-under-18']);
    const withStale = response.results.filter((r) => codes(r).includes('parameters-stale'));
    expect(withStale.map((r) => r.regulation)).toEqual([
      'algemene-bijstand',
      'bijzondere-bijstand',
      'zorgtoeslag',
      'huurtoeslag',
    ]);
    // The AOW age is known through 2027: only the norm rests on the 1 July 2026 value.
    expect(screen('algemene-bijstand', adult, '2027-01-01').estimate?.range).toEqual({
      min: 141946,
      max: 149043,
    });
  });

  it('receiving and nonUse follow the answer', () => {
    const answers = { ...adult, receiving: { 'algemene-bijstand': false, zorgtoeslag: true } };
    const bijstand = screen('algemene-bijstand', answers);
    expect(bijstand).toMatchObject({ verdict: 'likely', receiving: false, nonUse: true });
    expect(screen('zorgtoeslag', answers)).toMatchObject({ receiving: true, nonUse: false });
    expect(screen('aio', answers)).toMatchObject({ receiving: null, nonUse: false });
  });

  it('texts follow lang; codes do not', () => {
    const nl = respond(adult, { peildatum: '2026-03-01', lang: 'nl' }).results[0];
    const en = respond(adult, { peildatum: '2026-03-01', lang: 'en' }).results[0];
    expect(nl?.reasons.map((r) => r.code)).toEqual(en?.reasons.map((r) => r.code));
    expect(nl?.reasons[0]?.text).not.toBe(en?.reasons[0]?.text);
    expect(en?.reasons.find((r) => r.code === 'income-below-norm')?.text).toContain('€1,401.50');
  });

  it('every source link of a likely bijstand result points at the law in force on the peildatum', () => {
    const result = screen('algemene-bijstand', adult, '2026-11-24');
    const urls = result.reasons.flatMap((r) => r.sources.map((s) => s.url));
    expect(urls).toContain('https://wetten.overheid.nl/BWBR0015703/2026-11-24#Artikel21');
  });
});

describe("I don't know", () => {
  it('assets unknown: possibly, with a range, never unlikely on that ground alone', () => {
    const { assets: _omit, ...rest } = adult;
    const result = screen('algemene-bijstand', { ...rest, dontKnow: ['assets'] }, '2026-01-15');
    expect(result.verdict).toBe('possibly');
    expect(result.estimate).toMatchObject({ monthly: 140150, range: { min: 0, max: 140150 } });
    expect(result.missing).toContain('assets');
    expect(codes(result)[0]).toBe('dont-know-range');
  });

  it('income unknown for zorgtoeslag: possibly with the maximum as the favourable end', () => {
    const { grossIncomeYearly: _omit, ...rest } = adult;
    const result = screen('zorgtoeslag', { ...rest, dontKnow: ['grossIncomeYearly'] });
    expect(result.verdict).toBe('possibly');
    expect(result.estimate).toMatchObject({ monthly: 12900, range: { min: 0, max: 12900 } });
  });

  it('a don’t-know that does not matter changes nothing', () => {
    const { rent: _omit, ...rest } = adult;
    expect(screen('zorgtoeslag', { ...rest, dontKnow: ['rent'] })).toEqual(screen('zorgtoeslag', adult));
  });

  it('still unlikely when another answer clearly fails', () => {
    const { assets: _omit, ...rest } = adult;
    expect(screen('algemene-bijstand', { ...rest, age: 17, dontKnow: ['assets'] }).verdict).toBe('unlikely');
  });

  it('a given value wins over a don’t-know for the same field', () => {
    expect(screen('algemene-bijstand', { ...adult, dontKnow: ['assets'] }).verdict).toBe('likely');
  });
});
