import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellCount } from '../../functions/stats/cells';
import { GROUP_BY_DIMENSIONS, type GroupByDimension } from '../../functions/stats/dimensions';
import { statsCsv, statsRows } from '../../functions/stats/query';

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

describe('rows', () => {
  it('sums the grain away that is not asked for and suppresses cells below 10', () => {
    const rows = statsRows(
      [
        cell(6),
        cell(5, { region: 'GM0599' }),
        cell(3, { verdict: 'possibly' }),
        cell(12, { channel: 'counter' }),
      ],
      [],
    );
    expect(rows).toEqual([
      expect.objectContaining({ channel: 'citizen', verdict: 'likely', screenings: 11, suppressed: false }),
      expect.objectContaining({
        channel: 'citizen',
        verdict: 'possibly',
        screenings: null,
        suppressed: true,
      }),
      expect.objectContaining({ channel: 'counter', verdict: 'likely', screenings: 12, suppressed: false }),
    ]);
    expect(rows[0]).not.toHaveProperty('region');
  });

  it('carries every requested dimension, null for screenings without it', () => {
    const rows = statsRows([cell(20, { region: null }), cell(10)], ['region']);
    expect(rows.map((r) => [r.region, r.screenings])).toEqual([
      ['GM0363', 10],
      [null, 20],
    ]);
  });

  it('suppresses the next smallest cell of a breakdown when only one is small (complementary)', () => {
    // Ungrouped: 10 + 20 + 4 = 34 is published; with only GM3 hidden, 34 − 30 would reveal its 4.
    const cells = [
      cell(10, { region: 'GM0001' }),
      cell(20, { region: 'GM0002' }),
      cell(4, { region: 'GM0003' }),
    ];
    expect(statsRows(cells, []).map((r) => r.screenings)).toEqual([34]);
    expect(statsRows(cells, ['region']).map((r) => [r.region, r.screenings])).toEqual([
      ['GM0001', null],
      ['GM0002', 20],
      ['GM0003', null],
    ]);
  });

  it('leaves a breakdown alone when two cells are already small', () => {
    const cells = [
      cell(3, { region: 'GM0001' }),
      cell(4, { region: 'GM0002' }),
      cell(30, { region: 'GM0003' }),
    ];
    expect(statsRows(cells, ['region']).map((r) => r.screenings)).toEqual([null, null, 30]);
  });

  it('protects every margin of a two-dimension view', () => {
    // By region × household; the margins a reader can also ask for are by region, by household and ungrouped.
    const cells = [
      cell(15, { region: 'GM0001', household: 'single' }),
      cell(2, { region: 'GM0001', household: 'couple' }),
      cell(40, { region: 'GM0002', household: 'single' }),
      cell(30, { region: 'GM0002', household: 'couple' }),
    ];
    const rows = statsRows(cells, ['region', 'household']);
    expect(rows.filter((r) => r.suppressed).length).toBeGreaterThanOrEqual(4);
  });

  it('groups by the reason people give for not claiming', () => {
    const rows = statsRows(
      [cell(12, { reason: 'shame' }), cell(30, { reason: 'did-not-know' }), cell(11, { receiving: 'yes' })],
      ['reason'],
    );
    expect(rows.map((r) => [r.receiving, r.reason, r.screenings])).toEqual([
      ['yes', null, 11],
      ['no', 'did-not-know', 30],
      ['no', 'shame', 12],
    ]);
  });

  const anyCells = fc.array(
    fc.record({
      region: fc.constantFrom('GM0001', 'GM0002', 'GM0003', null),
      household: fc.constantFrom('single', 'couple', null),
      verdict: fc.constantFrom('likely', 'possibly'),
      screenings: fc.integer({ min: 1, max: 40 }),
    }),
    { maxLength: 24 },
  );
  const anyGroupBy = fc.subarray(['region', 'household'] as GroupByDimension[], { minLength: 1 });

  it('never leaves a breakdown with exactly one suppressed cell (property)', () => {
    fc.assert(
      fc.property(anyCells, anyGroupBy, (input, groupBy) => {
        const rows = statsRows(
          input.map((c) => cell(c.screenings, c as Partial<CellCount>)),
          groupBy,
        );
        for (const away of groupBy) {
          const groups = new Map<string, typeof rows>();
          for (const row of rows) {
            const key = [row.verdict, ...groupBy.filter((d) => d !== away).map((d) => row[d])].join('|');
            groups.set(key, [...(groups.get(key) ?? []), row]);
          }
          for (const members of groups.values()) {
            if (members.length > 1) expect(members.filter((r) => r.suppressed).length).not.toBe(1);
          }
        }
        for (const row of rows) if (!row.suppressed) expect(row.screenings).toBeGreaterThanOrEqual(10);
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSV', () => {
  it('has the JSON field names as header and an empty screenings for a suppressed cell', () => {
    const rows = statsRows([cell(12), cell(3, { verdict: 'unknown' })], ['region']);
    expect(statsCsv(rows, ['region'])).toBe(
      'month,regulation,channel,verdict,receiving,region,screenings,suppressed\n' +
        '2026-11,zorgtoeslag,citizen,likely,no,GM0363,12,false\n' +
        '2026-11,zorgtoeslag,citizen,unknown,no,GM0363,,true\n',
    );
  });

  it('lists groupBy columns in one fixed order', () => {
    const header = statsCsv([], [...GROUP_BY_DIMENSIONS].reverse()).split('\n')[0];
    expect(header).toBe(
      'month,regulation,channel,verdict,receiving,region,ageBand,household,reason,screenings,suppressed',
    );
  });
});
