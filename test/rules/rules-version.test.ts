import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../functions/rules/index';
import { rulesVersion } from '../../functions/rules/rules-version';

describe('rules version of a peildatum', () => {
  // The Participatiewet norms are set per half-year (1 January and 1 July, art. 38 lid 1); the
  // toeslagen per calendar year. So a series breaks on 2026-07-01 and on 2027-01-01.
  it('is the same within a half-year and new when a norm changes', () => {
    expect(rulesVersion('2026-01-01')).toBe(rulesVersion('2026-06-30'));
    expect(rulesVersion('2026-06-30')).not.toBe(rulesVersion('2026-07-01'));
    expect(rulesVersion('2026-07-01')).toBe(rulesVersion('2026-12-31'));
    expect(rulesVersion('2026-12-31')).not.toBe(rulesVersion('2027-01-01'));
  });

  it('is named by the first day of the newest value in force, and a hash of all of them', () => {
    expect(rulesVersion('2026-03-15')).toMatch(/^2026-01-01\.[0-9a-f]{8}$/);
    expect(rulesVersion('2026-09-01')).toMatch(/^2026-07-01\.[0-9a-f]{8}$/);
  });

  it('changes with a corrected value of the same date', () => {
    const def = PARAMETERS.find((d) => d.values.some((v) => v.validFrom === '2026-07-01'));
    const value = def?.values.find((v) => v.validFrom === '2026-07-01');
    if (!value) throw new Error('no parameter value from 2026-07-01');
    const before = rulesVersion('2026-09-01');
    const original = value.value;
    try {
      (value as { value: unknown }).value = `${JSON.stringify(original)} corrected`;
      expect(rulesVersion('2026-09-01')).not.toBe(before);
      expect(rulesVersion('2026-09-01').slice(0, 10)).toBe('2026-07-01');
    } finally {
      (value as { value: unknown }).value = original;
    }
  });

  it('fails loudly before any parameter is in force', () => {
    expect(() => rulesVersion('1990-01-01')).toThrow(/no parameter/);
  });
});
