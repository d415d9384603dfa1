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

describe('parseMoney in each language', () => {
  // The usual ways to write € 1.401,50 in each registered language.
  it.each([
    ['tr', '1.401,50', 140150],
    ['tr', '1401,50', 140150],
    ['tr', '€1.401,50', 140150],
    ['ar', '1401.50', 140150],
    ['ar', '1,401.50', 140150],
    ['ar', '1,401.50 €', 140150],
    ['ar', '١٤٠١٫٥٠', 140150],
    ['ar', '١٬٤٠١٫٥٠', 140150],
    ['ar', '١٤٠١', 140100],
    ['ar', '\u20661,401.50 €\u2069', 140150],
    ['ar', '\u200f1,401.50 €', 140150],
    ['fa', '۱۴۰۱٫۵', 140150],
  ])('%s: reads %s as %i cents', (_lang, input, cents) => {
    expect(parseMoney(input)).toBe(cents);
  });

  it.each(['١٤٠١٫٥٠٥', '١٫٤٠٫١'])('rejects %j', (input) => expect(parseMoney(input)).toBeNull());
});

describe('formatMoney and moneyInputValue', () => {
  it('formats per locale with Intl; Arabic keeps Latin digits, isolated left to right', () => {
    expect(formatMoney(140150, 'tr-TR')).toBe('€1.401,50');
    expect(formatMoney(140150, 'ar-u-nu-latn')).toBe('\u20661,401.50\u00a0€\u2069');
    expect(formatMoney(140100, 'ar-u-nu-latn')).toBe('\u20661,401\u00a0€\u2069');
  });

  it('writes the € sign in every language, also where Intl would write EUR (uk-UA)', () => {
    for (const locale of ['nl-NL', 'en-GB', 'tr-TR', 'pl-PL', 'uk-UA'])
      expect(formatMoney(140150, locale), locale).toMatch(/€/);
    expect(formatMoney(140150, 'uk-UA')).not.toMatch(/EUR/);
  });

  it('prefills with the locale’s decimal separator, and that parses back', () => {
    expect(moneyInputValue(140150, 'tr-TR')).toBe('1401,50');
    expect(moneyInputValue(140150, 'ar-u-nu-latn')).toBe('1401.50');
    for (const cents of [0, 5, 140150, -50000])
      for (const locale of ['tr-TR', 'ar-u-nu-latn'])
        expect(parseMoney(moneyInputValue(cents, locale))).toBe(cents);
    for (const locale of ['tr-TR', 'ar-u-nu-latn'])
      expect(parseMoney(formatMoney(140150, locale))).toBe(140150);
  });

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
