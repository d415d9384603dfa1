import { describe, expect, it } from 'vitest';
import { lookupParam, ParameterLookupError } from '../../../functions/rules/engine/param';
import { KNOWN_UNTIL, PARAMETERS } from '../../../functions/rules/params';
import { normSingle } from '../../../functions/rules/params/participatiewet-normen';
import { rulesRegistry } from '../../../functions/rules/registry';
import { SOURCES } from '../../../functions/rules/sources';

const dayAfter = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

describe('parameter registry', () => {
  it('has unique ids', () => {
    const ids = PARAMETERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(PARAMETERS.map((p) => [p.id, p] as const))('%s: dated, sourced, contiguous', (_id, def) => {
    expect(def.values.length).toBeGreaterThan(0);
    expect(def.description.length).toBeGreaterThan(10);
    def.values.forEach((value, index) => {
      expect(value.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(value.knownUntil >= value.validFrom).toBe(true);
      expect(SOURCES[value.source], `source ${value.source}`).toBeDefined();
      expect(['OFF', 'OFF-copy', 'SEC', 'DER']).toContain(value.verification);
      // Every value says where it was read: a quote, or a note explaining a derivation.
      expect(Boolean(value.quote || value.note), 'quote or note').toBe(true);
      const next = def.values[index + 1];
      if (next) expect(next.validFrom).toBe(dayAfter(value.knownUntil));
    });
  });

  it('derived values are marked DER and explain themselves', () => {
    for (const def of PARAMETERS) {
      for (const value of def.values.filter((v) => v.source === 'DERIVED')) {
        expect(value.verification).toBe('DER');
        expect(value.note).toMatch(/derived/i);
      }
    }
  });

  it('lookups fail loudly before the first value', () => {
    expect(() => lookupParam(normSingle, '2025-12-31')).toThrow(ParameterLookupError);
    expect(lookupParam(normSingle, '2026-01-01').value).toBe(140150);
  });

  it('past the known period the last value is used (the response says stale)', () => {
    expect(lookupParam(normSingle, '2027-03-01').value).toBe(141946);
    expect(KNOWN_UNTIL).toBe('2026-12-31');
  });

  it('publishes every parameter with value, unit, validity and source', () => {
    const { parameters, supportedFrom, knownUntil } = rulesRegistry();
    expect({ supportedFrom, knownUntil }).toEqual({ supportedFrom: '2026-01-01', knownUntil: '2026-12-31' });
    expect(parameters).toHaveLength(PARAMETERS.length);
    const norm = parameters.find((p) => p.id === normSingle.id);
    expect(norm?.unit).toBe('cents-per-month');
    expect(norm?.law?.url).toBe('https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel21');
    expect(norm?.values[1]).toMatchObject({
      value: 141946,
      validFrom: '2026-07-01',
      knownUntil: '2026-12-31',
      verification: 'OFF-copy',
      source: { id: 'PW-RR-2026-07' },
    });
  });
});
