import { describe, expect, it } from 'vitest';
import { formatMoney, moneyInputValue, parseMoney } from '../../../web/src/lib/money';

describe('parseMoney', () => {
  it.each([
    ['1.401,50', 140150],
    ['1401,50', 140150],
    ['1401.50', 140150],
    ['1,401.50', 140150],
    ['1401', 140100],
    ['1.401', 140100],
    ['1,401', 140100],
    ['1.234.567', 123456700],
    ['€ 1.401,50', 140150],
    ['€1401', 140100],
    ['1 401,50', 140150],
    ['1401,5', 140150],
    ['0,99', 99],
    ['650,-', 65000],
    ['-500', -50000],
    ['− 1.000,25', -100025],
    ['0', 0],
  ])('reads %s as %i cents', (input, cents) => {
    expect(parseMoney(input)).toBe(cents);
  });

  it.each(['', 'abc', '12,345,67', '1.40.1', '1,2,3', '12..5', '1401,505', ',50', '1e5', '--5', '5-'])(
    'rejects %j',
    (input) => {
      expect(parseMoney(input)).toBeNull();
    },
  );
});

describe('formatMoney and moneyInputValue', () => {
  it('formats whole euros without decimals and other amounts with two', () => {
    expect(formatMoney(140100, 'nl-NL')).toMatch(/^€\s1\.401$/);
    expect(formatMoney(140150, 'nl-NL')).toMatch(/^€\s1\.401,50$/);
    expect(formatMoney(140150, 'en-GB')).toBe('€1,401.50');
  });

  it('gives back what a person would type, and that parses to the same cents', () => {
    for (const cents of [0, 5, 140150, 140100, -50000]) {
      for (const locale of ['nl-NL', 'en-GB']) {
        expect(parseMoney(moneyInputValue(cents, locale))).toBe(cents);
      }
    }
    expect(moneyInputValue(140150, 'nl-NL')).toBe('1401,50');
  });
});
