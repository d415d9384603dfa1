import { describe, expect, it } from 'vitest';
import { REASON_COPY } from '../../../functions/rules/content/index';
import { evaluate, loadReasonCopy, renderResult, renderScreening } from '../../../functions/rules/index';
import { adult } from '../../support/screen';

/** A single adult just under the bijstand norm, with savings: reasons with values and thresholds. */
const nearNorm = { ...adult, netIncomeMonthly: 140_000, assets: 50_000 };

describe('evaluate gives codes, the edge the texts', () => {
  it('evaluate writes no text and no euro amount', () => {
    const evaluation = evaluate(nearNorm, { peildatum: '2026-03-01' });
    const json = JSON.stringify(evaluation);
    expect(json).not.toContain('"text"');
    expect(json).not.toContain('€');
    const bijstand = evaluation.results[0];
    expect(bijstand?.reasons.find((r) => r.code === 'income-below-norm')?.values).toMatchObject({
      income: 140_000,
    });
    expect(bijstand?.thresholds.find((t) => t.field === 'netIncomeMonthly')).toMatchObject({
      limit: expect.any(Number),
      kind: 'below',
    });
  });

  it('renders every reason, threshold and apply line in the language of the copy', () => {
    const evaluation = evaluate(nearNorm, { peildatum: '2026-03-01' });
    const nl = renderScreening(evaluation, REASON_COPY.nl);
    const en = renderScreening(evaluation, REASON_COPY.en);
    const bijstandNl = nl.results[0];
    const bijstandEn = en.results[0];
    expect(bijstandNl?.reasons.find((r) => r.code === 'income-below-norm')?.text).toContain('€ 1.400,00');
    expect(bijstandEn?.reasons.find((r) => r.code === 'income-below-norm')?.text).toContain('€1,400.00');
    expect(bijstandNl?.thresholds.find((t) => t.field === 'netIncomeMonthly')?.text).toMatch(
      /^€ [\d.,]+ per maand onder de grens van € [\d.,]+ \(netto/,
    );
    expect(bijstandEn?.thresholds.find((t) => t.field === 'netIncomeMonthly')?.text).toMatch(
      /^€[\d.,]+ a month under the limit of €[\d.,]+ \(net/,
    );
    expect(bijstandNl?.apply.text).toBe(REASON_COPY.nl.apply['algemene-bijstand']);
    expect(bijstandEn?.apply.text).toBe(REASON_COPY.en.apply['algemene-bijstand']);
    // Same codes, values, sources and amounts in both languages: only the words differ.
    const strip = (r: typeof nl) => JSON.stringify(r).replace(/"text":"[^"]*"/g, '');
    expect(strip(nl)).toBe(strip(en));
    expect(renderResult(evaluation.results[0] as never, REASON_COPY.en)).toEqual(bijstandEn);
  });

  it('keeps the contract key order: code, text, sources, values', () => {
    const rendered = renderScreening(evaluate(nearNorm, { peildatum: '2026-03-01' }), REASON_COPY.nl);
    for (const result of rendered.results) {
      expect(Object.keys(result)).toEqual([
        'regulation',
        'verdict',
        'estimate',
        'reasons',
        'missing',
        'receiving',
        'nonUse',
        'apply',
        'thresholds',
      ]);
      for (const reason of result.reasons)
        expect(Object.keys(reason)).toEqual(
          reason.values ? ['code', 'text', 'sources', 'values'] : ['code', 'text', 'sources'],
        );
    }
  });

  it('loads one language at a time, the same copy the server uses', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const copy = await loadReasonCopy(lang);
      expect(copy.lang).toBe(lang);
      expect(copy.reasons).toBe(REASON_COPY[lang].reasons);
      expect(copy.fields).toBe(REASON_COPY[lang].fields);
      expect(copy.apply).toBe(REASON_COPY[lang].apply);
    }
  });
});
