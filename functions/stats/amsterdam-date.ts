/**
 * Today's date in Europe/Amsterdam (YYYY-MM-DD), the calendar of the statistics months and the
 * default peildatum. Worked out from the EU summer-time rule instead of Intl: the first
 * Intl.DateTimeFormat in a process loads ICU's time-zone data, some 20 ms of every Lambda cold
 * start. test/stats/amsterdam-date.test.ts checks it against Intl, hour by hour over years.
 *
 * The Netherlands keeps CET (UTC+1), and summer time (UTC+2) from 01:00 UTC on the last Sunday of
 * March to 01:00 UTC on the last Sunday of October (Directive 2000/84/EC, arts. 2 and 3). Should
 * the EU end seasonal clock changes, this file changes with it.
 */
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** 01:00 UTC on the last Sunday of `month` (0-based) of `year`, in ms since the epoch. */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0, 1);
  return lastDay - new Date(lastDay).getUTCDay() * DAY_MS;
}

export function amsterdamOffsetHours(now: Date): 1 | 2 {
  const t = now.getTime();
  const year = now.getUTCFullYear();
  return t >= lastSundayOneUtc(year, 2) && t < lastSundayOneUtc(year, 9) ? 2 : 1;
}

let cached = { minute: Number.NaN, date: '' };

/** Worked out once a minute: every screening asks, twice. */
export function amsterdamDate(now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== cached.minute) {
    const local = new Date(now.getTime() + amsterdamOffsetHours(now) * HOUR_MS);
    cached = { minute, date: local.toISOString().slice(0, 10) };
  }
  return cached.date;
}
