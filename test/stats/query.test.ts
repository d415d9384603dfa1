import { describe, expect, it } from 'vitest';
import type { CellCount } from '../../functions/stats/cells';
import { GROUP_BY_DIMENSIONS } from '../../functions/stats/dimensions';
import { type DeclaredPeriod, declaredPeriod } from '../../functions/stats/disclosure/periods';
import { statsCsv, statsRows, statsTable } from '../../functions/stats/query';
import { nationalShares } from '../../functions/stats/shares';

const cell = (screenings: number, over: Partial<CellCount> = {}): CellCount => ({
  month: '2026-11',
  channel: 'citizen',
  region: 'GM0363',
  ageBand: '27-66',
  household: 'single',
  regulation: 'zorgtoeslag',
  verdict: 'likely',
  receiving: 'no',
  reason: null,
  screenings,
  ...over,
});
const period = (from: string, to = from) => declaredPeriod(from, to) as DeclaredPeriod;
const NOVEMBER = period('2026-11');

describe('declared periods', () => {
  it.each([
    ['2026-11', '2026-11', 'month', '2026-11'],
    ['2026-04', '2026-06', 'quarter', '2026-Q2'],
    ['2026-07', '2026-12', 'half', '2026-H2'],
    ['2026-01', '2026-12', 'year', '2026'],
  ])('%s to %s is a %s (%s)', (from, to, kind, id) => {
    expect(declaredPeriod(from, to)).toMatchObject({ kind, id });
  });

  it.each([
    ['2026-01', '2026-02'], // two months
    ['2026-02', '2026-04'], // three months, not a calendar quarter
    ['2026-04', '2026-09'], // six months, not a half-year
    ['2026-12', '2027-01'], // across a year
    ['2025-01', '2026-12'], // two years
  ])('%s to %s is not a declared period', (from, to) => {
    expect(declaredPeriod(from, to)).toBeNull();
  });
});

describe('rows', () => {
  it('sums the grain away that is not asked for; a cell below 10 is never shown', () => {
    // Verdicts the national shares table does not count (unlikely, unknown) beside a small one it
    // does: the shares table is protected first, and the tables by channel beside it.
    const rows = statsRows(
      [
        cell(6, { verdict: 'unlikely' }),
        cell(5, { verdict: 'unlikely', region: 'GM0599' }),
        cell(12, { verdict: 'unknown' }),
        cell(3, { verdict: 'possibly' }),
      ],
      [],
      NOVEMBER,
    );
    expect(rows.map((r) => r.verdict)).toEqual(['possibly', 'unlikely', 'unknown']);
    expect(rows[0]).toMatchObject({ month: '2026-11', screenings: null, suppressed: true });
    // One hidden cell beside shown ones would follow from the group's size in another table.
    expect(rows.filter((r) => r.suppressed).length).toBeGreaterThanOrEqual(2);
    for (const row of rows.filter((r) => !r.suppressed)) expect([11, 12]).toContain(row.screenings);
    expect(rows[0]).not.toHaveProperty('region');
  });

  it('withholds the tables by channel when publishing them would hide a national share', () => {
    // The 3 unknown can only be hidden by moving one screening between likely and unknown, which
    // would change the national count of 27 likely-or-possibly: the national share wins.
    const cells = [cell(15), cell(12, { verdict: 'possibly' }), cell(3, { verdict: 'unknown' })];
    expect(statsTable(cells, [], NOVEMBER)).toEqual({ rows: [], withheld: true });
    const zt = nationalShares(cells, NOVEMBER).shares[0];
    expect(zt).toMatchObject({ regulation: 'zorgtoeslag', notReceiving: 27, receiving: 0, n: 27, share: 1 });
  });

  it('carries every requested dimension, null for screenings without it', () => {
    const rows = statsRows([cell(20, { region: null }), cell(10)], ['region'], NOVEMBER);
    expect(rows.map((r) => [r.region, r.screenings])).toEqual([
      ['GM0363', 10],
      [null, 20],
    ]);
  });

  it('hides a small municipality together with another, so that neither follows from the total', () => {
    const cells = [
      cell(30, { region: 'GM0014' }),
      cell(20, { region: 'GM0599' }),
      cell(4, { region: 'GM0363' }),
    ];
    expect(statsRows(cells, [], NOVEMBER).map((r) => r.screenings)).toEqual([54]);
    const byRegion = statsRows(cells, ['region'], NOVEMBER);
    expect(byRegion.filter((r) => r.suppressed).map((r) => r.region)).toEqual(['GM0363', 'GM0599']);
  });

  it('publishes a quarter from the counters, not from its protected months', () => {
    // December alone is small and hidden; the quarter's 10 + 11 + 3 = 24 is a count in its own right.
    const cells = [
      cell(10, { month: '2026-10', verdict: 'unknown' }),
      cell(11, { month: '2026-11', verdict: 'unknown' }),
      cell(3, { month: '2026-12', verdict: 'unknown' }),
      cell(40, { month: '2026-10', verdict: 'unlikely' }),
      cell(40, { month: '2026-12', verdict: 'unlikely' }),
    ];
    const quarter = statsRows(cells, [], period('2026-10', '2026-12'));
    expect(quarter.map((r) => [r.period, r.verdict, r.screenings])).toEqual([
      ['2026-Q4', 'unlikely', 80],
      ['2026-Q4', 'unknown', 24],
    ]);
    expect(quarter[0]).not.toHaveProperty('month');
    // December's 3 may not follow as the quarter minus October and November.
    const months = ['2026-10', '2026-11', '2026-12'].map((m) => statsRows(cells, [], period(m)));
    const likely = months.map((rows) => rows.find((r) => r.verdict === 'unknown'));
    expect(likely.filter((r) => r?.suppressed).length).toBeGreaterThanOrEqual(2);
  });

  it('groups by the reason people give for not claiming', () => {
    const rows = statsRows(
      [cell(12, { reason: 'shame' }), cell(30, { reason: 'did-not-know' }), cell(11, { receiving: 'yes' })],
      ['reason'],
      NOVEMBER,
    );
    expect(rows.map((r) => [r.receiving, r.reason, r.screenings])).toEqual([
      ['yes', null, 11],
      ['no', 'did-not-know', 30],
      ['no', 'shame', 12],
    ]);
  });
});

describe('CSV', () => {
  it('has the JSON field names as header and an empty screenings for a suppressed cell', () => {
    const cells = [
      cell(3, { verdict: 'possibly' }),
      cell(15, { verdict: 'unlikely' }),
      cell(12, { verdict: 'unknown' }),
    ];
    const rows = statsRows(cells, ['region'], NOVEMBER);
    expect(statsCsv(rows, ['region'], NOVEMBER)).toBe(
      'month,regulation,channel,verdict,receiving,region,screenings,suppressed\n' +
        '2026-11,zorgtoeslag,citizen,possibly,no,GM0363,,true\n' +
        '2026-11,zorgtoeslag,citizen,unlikely,no,GM0363,15,false\n' +
        '2026-11,zorgtoeslag,citizen,unknown,no,GM0363,,true\n',
    );
  });

  it('lists groupBy columns in one fixed order, after the period', () => {
    const header = statsCsv([], [...GROUP_BY_DIMENSIONS].reverse(), period('2026-01', '2026-06')).split(
      '\n',
    )[0];
    expect(header).toBe(
      'period,regulation,channel,verdict,receiving,region,ageBand,household,reason,screenings,suppressed',
    );
  });
});
