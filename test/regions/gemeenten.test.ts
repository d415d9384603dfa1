import { describe, expect, it } from 'vitest';
import {
  findGemeente,
  gemeenteName,
  gemeenteNames,
  gemeenten,
  isGemeenteCode,
} from '../../functions/regions/gemeenten';
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

describe('findGemeente', () => {
  it('finds a gemeente by its CBS name, its everyday name or its code, in any case and without accents', () => {
    expect(findGemeente('Amsterdam', '2026-06-01')?.code).toBe('GM0363');
    expect(findGemeente('  amsterdam ', '2026-06-01')?.code).toBe('GM0363');
    expect(findGemeente('Den Haag', '2026-06-01')?.code).toBe('GM0518');
    expect(findGemeente("'s-Gravenhage", '2026-06-01')?.code).toBe('GM0518');
    expect(findGemeente('s gravenhage', '2026-06-01')?.code).toBe('GM0518');
    expect(findGemeente('gm0344', '2026-06-01')?.name).toBe('Utrecht');
  });

  it('finds nothing for a name that is no gemeente, a part of a name or an empty answer', () => {
    expect(findGemeente('Amsterdm', '2026-06-01')).toBeNull();
    expect(findGemeente('Amster', '2026-06-01')).toBeNull();
    expect(findGemeente('', '2026-06-01')).toBeNull();
    // Merged into Dijk en Waard on 1 January 2022.
    expect(findGemeente('Heerhugowaard', '2026-06-01')).toBeNull();
  });

  it('gives the names a person may type: the CBS name first', () => {
    expect(gemeenteNames('GM0518', '2026-06-01')).toEqual(["'s-Gravenhage", 'Den Haag']);
    expect(gemeenteName('GM0001', '2026-06-01')).toBeNull();
  });
});
