import { describe, expect, it } from 'vitest';
import { incomeWording } from '../../../functions/rules/index';

// The AOW age is 67 years in 2026 and 67 years and 3 months from 2028 (AOW art. 7a lid 1).
describe('incomeWording — "receive" at AOW age, "earn" below it', () => {
  it('below AOW age, and before the age is answered: earn', () => {
    expect(incomeWording({ age: 40 }, '2026-03-01')).toBe('earn');
    expect(incomeWording({}, '2026-03-01')).toBe('earn');
    expect(incomeWording({ age: 66 }, '2026-03-01')).toBe('earn');
  });
  it('at AOW age (67 in 2026): receive', () => {
    expect(incomeWording({ age: 67 }, '2026-03-01')).toBe('receive');
    expect(incomeWording({ age: 80 }, '2026-03-01')).toBe('receive');
  });
  it('a partner at AOW age: receive (the household income is partly AOW)', () => {
    expect(incomeWording({ age: 60, partner: true, partnerAge: 68 }, '2026-03-01')).toBe('receive');
  });
  it('a partner age left over after "no partner" is ignored', () => {
    expect(incomeWording({ age: 60, partner: false, partnerAge: 68 }, '2026-03-01')).toBe('earn');
  });
});
