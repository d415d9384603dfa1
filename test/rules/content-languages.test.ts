import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Lang } from '../../functions/contract/request';
import { formatEuro } from '../../functions/rules/content/format';
import { REASON_COPY } from '../../functions/rules/content/index';
import type { ReasonCode } from '../../functions/rules/content/reasons.nl';
import { renderResult } from '../../functions/rules/content/render';

// Every registered language has exactly the Dutch keys: none missing, none extra (a renamed
// code in one file is both). Dutch is the authoritative text the others translate.
const ENGINE_COPY = REASON_COPY;
const dutch = ENGINE_COPY.nl;
const sorted = (o: object) => Object.keys(o).sort();

const format = (lang: Lang) => ({
  euro: (cents: number | string | undefined) => formatEuro(Number(cents ?? 0), lang),
  field: (path: string) => REASON_COPY[lang].fields[path] ?? path,
});
const reasonText = (lang: Lang, code: ReasonCode, values: Record<string, number | string>) =>
  REASON_COPY[lang].reasons[code](values, format(lang));
/** A threshold's sentence, as the renderer writes it on a result. */
const thresholdText = (lang: Lang, field: string, margin: number, limit: number, kind: 'below' | 'at-most') =>
  renderResult(
    {
      regulation: 'zorgtoeslag',
      verdict: 'likely',
      estimate: null,
      reasons: [],
      missing: [],
      receiving: null,
      nonUse: false,
      apply: { by: 'toeslagen', url: 'https://example.org' },
      thresholds: [{ field, limit, value: limit - margin, margin, kind }],
    },
    REASON_COPY[lang],
  ).thresholds[0]?.text ?? '';

/** Values every reason may read, so a text that reads a name it is not given shows "undefined". */
const VALUES = new Proxy({} as Record<string, number | string>, {
  get: (_t, key) => (key === 'fields' ? 'rent, assets' : key === 'peildatum' ? '2027-01-01' : 12_345),
});

describe('engine copy per language', () => {
  it.each(LANGUAGES)('%s has exactly the Dutch reason codes, field labels and apply texts', (lang) => {
    const copy = ENGINE_COPY[lang];
    expect(sorted(copy.reasons)).toEqual(sorted(dutch.reasons));
    expect(sorted(copy.fields)).toEqual(sorted(dutch.fields));
    expect(sorted(copy.apply)).toEqual(sorted(dutch.apply));
    expect(sorted(copy.threshold.per)).toEqual(sorted(dutch.threshold.per));
  });

  it.each(LANGUAGES)('%s fills every reason text and every threshold', (lang) => {
    for (const code of Object.keys(dutch.reasons) as ReasonCode[]) {
      const text = reasonText(lang, code, VALUES);
      expect(text, code).not.toMatch(/undefined|NaN|\[object|\$\{/);
      expect(text.length, code).toBeGreaterThan(10);
    }
    for (const field of ['netIncomeMonthly', 'grossIncomeYearly', 'assets', 'rent'])
      for (const margin of [4_000, -4_000])
        expect(thresholdText(lang, field, margin, 100_000, 'below')).not.toMatch(/undefined|NaN/);
  });

  it.each(LANGUAGES.filter((lang) => lang !== 'nl'))('%s is a translation, not the Dutch text', (lang) => {
    const codes = Object.keys(dutch.reasons) as ReasonCode[];
    const same = codes.filter((code) => reasonText(lang, code, VALUES) === reasonText('nl', code, VALUES));
    expect(same).toEqual([]);
  });

  it('keeps euro amounts left to right inside Arabic text (Unicode isolates)', () => {
    const text = reasonText('ar', 'assets-above-limit', { assets: 1_234_550, limit: 820_000 });
    expect(text).toContain('\u206612,345.50 €\u2069');
    expect(text).toContain('\u20668,200.00 €\u2069');
  });

  // Expected strings are Intl's own for the locale (amounts of 10 000 and more, which pl-PL groups
  // too); Intl writes "EUR" for uk-UA where the Ukrainian copy writes "€" (docs/glossary/uk.md).
  it.each([
    ['pl', 'pl-PL'],
    ['uk', 'uk-UA'],
  ] as const)('%s writes euro amounts as Intl does for %s', (lang, locale) => {
    const intl = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' })
      .format(12_345.5)
      .replace('EUR', '€');
    expect(intl).toBe('12\u00a0345,50\u00a0€');
    expect(reasonText(lang, 'assets-above-limit', { assets: 1_234_550, limit: 820_000 })).toContain(intl);
  });
});
