import { describe, expect, it } from 'vitest';
import { earlierToeslagYears, TOESLAG_IDS } from '../../functions/rules/index';

describe('earlier toeslag years (Awir art. 15 lid 1: until 31 December of the next year)', () => {
  it('on any day of 2027, 2026 is open until 31 December 2027', () => {
    const open = [{ year: 2026, peildatum: '2026-12-31', deadline: '2027-12-31' }];
    expect(earlierToeslagYears('2027-01-01')).toEqual(open);
    expect(earlierToeslagYears('2027-12-31')).toEqual(open);
  });

  it('from 1 January 2028, 2026 is closed and 2027 open', () => {
    expect(earlierToeslagYears('2028-01-01').map((e) => e.year)).toEqual([2027]);
  });

  it('nothing before the first year the rules cover', () => {
    expect(earlierToeslagYears('2026-12-31')).toEqual([]);
  });

  it('only the four toeslagen; bijstand starts from the day of reporting', () => {
    expect(TOESLAG_IDS).toEqual(['zorgtoeslag', 'huurtoeslag', 'kindgebonden-budget', 'kinderopvangtoeslag']);
  });
});
