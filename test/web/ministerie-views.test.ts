import { describe, expect, it } from 'vitest';
import { en } from '../../web/ministerie/src/content/en';
import { nl } from '../../web/ministerie/src/content/nl';
import { nonUseShare, reasonsBy, signalsBy } from '../../web/ministerie/src/lib/aggregate';
import { tablesCsv } from '../../web/ministerie/src/lib/csv';
import { addMonths, monthsBetween } from '../../web/ministerie/src/lib/months';
import type { StatsResponse, StatsRow } from '../../web/ministerie/src/lib/stats-client';
import { breakdownTable, reasonsTable, summaryTable, trendTable } from '../../web/ministerie/src/lib/views';

const row = (r: Partial<StatsRow> & { screenings: number | null }): StatsRow => ({
  month: '2026-11',
  regulation: 'huurtoeslag',
  channel: 'citizen',
  verdict: 'likely',
  receiving: 'no',
  suppressed: r.screenings === null,
  ...r,
});

const data = (rows: StatsRow[], from = '2026-10', to = '2026-11'): StatsResponse => ({
  from,
  to,
  minCellSize: 10,
  rows,
});

describe('non-use signal from published cells', () => {
  it('share of the likely/possibly entitled who say no, of those who answered', () => {
    const signals = signalsBy(
      [
        row({ screenings: 30 }),
        row({ verdict: 'possibly', screenings: 10 }),
        row({ receiving: 'yes', screenings: 40 }),
        row({ receiving: 'unanswered', screenings: 25 }),
        row({ verdict: 'unlikely', receiving: 'unanswered', screenings: 50 }),
      ],
      () => 'all',
    );
    const signal = signals.get('huurtoeslag')?.get('all');
    expect(signal?.screenings).toEqual({ known: 155, suppressed: 0 });
    expect(signal?.entitled).toEqual({ known: 105, suppressed: 0 });
    expect(signal && nonUseShare(signal)).toBe(0.5);
  });

  it('a suppressed cell makes the share unknowable and a count a range, never zero', () => {
    const model = summaryTable(
      data([row({ screenings: null }), row({ receiving: 'yes', screenings: 12 })]),
      nl,
    );
    const huur = model.rows.find((r) => r.regulation === 'huurtoeslag')?.cells;
    expect(huur?.notReceiving).toMatchObject({ text: 'minder dan 10', csv: '<10' });
    expect(huur?.screenings).toMatchObject({ text: '13 tot 21', csv: '13-21' });
    expect(huur?.share).toMatchObject({ text: 'niet te berekenen', csv: '' });
    const zorg = model.rows.find((r) => r.regulation === 'zorgtoeslag')?.cells;
    expect(zorg?.screenings).toMatchObject({ text: '0', csv: '0' }); // nothing published: a true zero
  });

  it('shows the official estimate with year and source beside each regulation', () => {
    const model = summaryTable(data([]), en);
    const estimate = (id: string) => model.rows.find((r) => r.regulation === id)?.cells.estimate;
    expect(estimate('algemene-bijstand')?.text).toBe(
      'about 35% (2018); Inspectie SZW, Niet-gebruik van de algemene bijstand (2021)',
    );
    expect(estimate('aio')?.text).toMatch(/^48–56% \(2018\); Algemene Rekenkamer/);
    expect(estimate('kindgebonden-budget')?.text).toMatch(/^8.5% \(2021\); CPB/);
    expect(estimate('kinderopvangtoeslag')?.text).toBe(en.estimates.none);
    expect(
      summaryTable(data([]), nl).rows.find((r) => r.regulation === 'kindgebonden-budget')?.cells.estimate
        ?.text,
    ).toMatch(/^8,5% \(2021\)/);
  });

  it('trend rows for every month of the period; breakdowns per group with unknown last', () => {
    const trend = trendTable(data([row({ screenings: 12 })]), nl);
    expect(trend.rows.filter((r) => r.regulation === 'huurtoeslag').map((r) => r.cells.month?.csv)).toEqual([
      '2026-10',
      '2026-11',
    ]);
    const byAge = breakdownTable(
      data([
        row({ ageBand: null, screenings: 11 }),
        row({ ageBand: '67-plus', screenings: 12 }),
        row({ ageBand: '18-20', screenings: 13 }),
      ]),
      'ageBand',
      en,
    );
    expect(byAge.rows.map((r) => r.cells.group?.text)).toEqual(['18 to 20', '67 and over', 'Unknown']);
  });

  it('reasons only from the entitled who said no', () => {
    const rows = [
      row({ reason: 'shame', screenings: 11 }),
      row({ reason: 'shame', verdict: 'unlikely', screenings: 50 }),
      row({ reason: null, screenings: 20 }),
      row({ reason: 'did-not-know', screenings: null }),
    ];
    expect(reasonsBy(rows).get('huurtoeslag')).toEqual(
      new Map([
        ['shame', { known: 11, suppressed: 0 }],
        ['did-not-know', { known: 0, suppressed: 1 }],
      ]),
    );
    const model = reasonsTable(
      data([...rows, row({ month: '2026-10', reason: 'shame', screenings: 10 })]),
      nl,
    );
    expect(model.rows.map((r) => [r.cells.reason?.csv, r.cells.month?.csv, r.cells.count?.text])).toEqual([
      ['did-not-know', '2026-10/2026-11', 'minder dan 10'],
      ['did-not-know', '2026-11', 'minder dan 10'],
      ['shame', '2026-10/2026-11', '21'],
      ['shame', '2026-10', '10'],
      ['shame', '2026-11', '11'],
    ]);
  });
});

describe('CSV of what is shown', () => {
  it('one line per table row, the csv value of each shown cell, quoted where needed', () => {
    const summary = summaryTable(data([row({ screenings: 12 })]), nl);
    const reasons = reasonsTable(data([row({ reason: 'shame', screenings: 12 })]), nl);
    const lines = tablesCsv([summary, reasons]).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'table,regulation,estimate,month,group,reason,screenings,entitled,notReceiving,share,unanswered,count',
    );
    expect(lines).toHaveLength(1 + 7 + 2);
    const huur = lines.find((line) => line.startsWith('summary,huurtoeslag,'));
    expect(huur).toBe(
      'summary,huurtoeslag,"12% (2021); CPB, niet-gebruik toeslagen 2016–2021 (bericht Gemeente.nu, 2025); https://www.gemeente.nu/sociaal/bijstand/cpb-ruim-1-miljard-aan-toeslagen-onbenut/",,,,12,12,12,100.0,0,',
    );
    expect(lines.slice(-2)).toEqual([
      'reasons,huurtoeslag,,2026-10/2026-11,,shame,,,,,,12',
      'reasons,huurtoeslag,,2026-11,,shame,,,,,,12',
    ]);
  });
});

describe('months', () => {
  it('steps across years', () => {
    expect(addMonths('2026-02', -5)).toBe('2025-09');
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  });
});
