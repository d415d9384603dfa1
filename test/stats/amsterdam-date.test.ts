import { describe, expect, it } from 'vitest';
import { amsterdamDate, amsterdamOffsetHours } from '../../functions/stats/amsterdam-date';

const HOUR = 3_600_000;
// The oracle: ICU's time-zone database, as Node ships it.
const icu = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

describe('the date in Europe/Amsterdam', () => {
  it('agrees with the time-zone database every half hour from 2020 to 2035', () => {
    const wrong: string[] = [];
    for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2036, 0, 1); t += HOUR / 2) {
      const now = new Date(t);
      if (amsterdamDate(now) !== icu.format(now)) wrong.push(now.toISOString());
    }
    expect(wrong).toEqual([]);
  });

  it('switches at 01:00 UTC on the last Sundays of March and October (Directive 2000/84/EC)', () => {
    expect(amsterdamOffsetHours(new Date('2026-03-29T00:59:59Z'))).toBe(1);
    expect(amsterdamOffsetHours(new Date('2026-03-29T01:00:00Z'))).toBe(2);
    expect(amsterdamOffsetHours(new Date('2026-10-25T00:59:59Z'))).toBe(2);
    expect(amsterdamOffsetHours(new Date('2026-10-25T01:00:00Z'))).toBe(1);
  });

  it('turns the day at local midnight, also across the year', () => {
    expect(amsterdamDate(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(amsterdamDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    expect(amsterdamDate(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
    expect(amsterdamDate(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });
});
