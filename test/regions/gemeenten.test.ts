import { describe, expect, it } from 'vitest';
import { gemeenten, isGemeenteCode } from '../../functions/regions/gemeenten';
import indeling from '../../functions/regions/gemeenten-2026.json';

describe('the CBS gemeente list', () => {
  it('has the 342 gemeenten of 1 January 2026 (CBS count), each code once and well-formed', () => {
    const codes = indeling.gemeenten.map((g) => g.code);
    expect(codes).toHaveLength(342);
    expect(indeling.count).toBe(342);
    expect(new Set(codes).size).toBe(342);
    for (const code of codes) expect(code).toMatch(/^GM\d{4}$/);
  });

  it('knows the four largest by code and rejects codes that are no gemeente', () => {
    for (const [code, name] of [
      ['GM0363', 'Amsterdam'],
      ['GM0599', 'Rotterdam'],
      ['GM0518', "'s-Gravenhage"],
      ['GM0344', 'Utrecht'],
    ]) {
      expect(isGemeenteCode(code as string, '2026-06-01')).toBe(true);
      expect(gemeenten('2026-06-01').find((g) => g.code === code)?.name).toBe(name);
    }
    expect(isGemeenteCode('GM0001', '2026-06-01')).toBe(false);
    // Merged into Dijk en Waard on 1 January 2022 (Heerhugowaard, GM0398): no longer a gemeente.
    expect(isGemeenteCode('GM0398', '2026-06-01')).toBe(false);
  });

  it('carries the last list over past its knownUntil until the next one is added', () => {
    expect(isGemeenteCode('GM0363', '2027-01-15')).toBe(true);
  });
});
