import { describe, expect, it } from 'vitest';
import { en } from '../../web/ministerie/src/content/en';
import { nl } from '../../web/ministerie/src/content/nl';
import { tablesCsv } from '../../web/ministerie/src/lib/csv';
import { periodLabel, periodOf, periodRange, periodsOffered } from '../../web/ministerie/src/lib/periods';
import type { StatsResponse, StatsRow } from '../../web/ministerie/src/lib/stats-client';
import {
  breakdownTable,
  estimatesTable,
  reasonsTable,
  summaryTable,
} from '../../web/ministerie/src/lib/views';

const row = (r: Partial<StatsRow> & { screenings: number | null }): StatsRow => ({
  month: '2026-11',
  regulation: 'huurtoeslag',
  channel: 'citizen',
  verdict: 'likely',
  receiving: 'no',
  suppressed: r.screenings === null,
  ...r,
});

const data = (rows: StatsRow[], period = '2026-11', from = '2026-11', to = '2026-11'): StatsResponse => ({
  from,
  to,
  period,
  minCellSize: 10,
  rows,
});

const texts = (model: ReturnType<typeof summaryTable>) =>
  model.rows.map((r) => model.columns.map((c) => r.cells[c.key]?.text ?? ''));

describe('published cells as they are', () => {
  it('one row per published cell, a protected cell as "afgeschermd", nothing summed', () => {
    const model = summaryTable(
      data([
        row({ screenings: 14 }),
        row({ receiving: 'unanswered', screenings: null }),
        row({ channel: 'counter', screenings: 12 }),
      ]),
      nl,
    );
    expect(model.columns.map((c) => c.key)).toEqual([
      'regulation',
      'period',
      'channel',
      'verdict',
      'receiving',
      'screenings',
    ]);
    expect(texts(model)).toEqual([
      ['Huurtoeslag', 'november 2026', 'Zelf (website)', 'Waarschijnlijk recht', 'Nee', '14'],
      [
        'Huurtoeslag',
        'november 2026',
        'Zelf (website)',
        'Waarschijnlijk recht',
        'Niet beantwoord',
        'afgeschermd',
      ],
      ['Huurtoeslag', 'november 2026', 'Aan de balie', 'Waarschijnlijk recht', 'Nee', '12'],
    ]);
    expect(model.rows[1]?.cells.screenings?.csv).toBe('suppressed');
    // No total (26), range or share: the rows are the cells, and there are no other columns.
    expect(model.rows).toHaveLength(3);
  });

  it('a longer period names it as the API does', () => {
    const model = summaryTable(
      data([row({ month: undefined, period: '2026-Q2', screenings: 30 })], '2026-Q2', '2026-04', '2026-06'),
      en,
    );
    expect(model.rows[0]?.cells.period).toEqual({ text: 'Q2 2026', csv: '2026-Q2' });
    expect(model.caption).toContain('Q2 2026');
  });

  it('shows the official estimate with year and source per regulation, in a table of its own', () => {
    const model = estimatesTable(en);
    const estimate = (id: string) => model.rows.find((r) => r.regulation === id)?.cells.estimate;
    expect(estimate('algemene-bijstand')?.text).toBe(
      'about 35% (2018); Inspectie SZW, Niet-gebruik van de algemene bijstand (2021)',
    );
    expect(estimate('aio')?.text).toMatch(/^48–56% \(2018\); Algemene Rekenkamer/);
    expect(estimate('kindgebonden-budget')?.text).toMatch(/^8.5% \(2021\); CPB/);
    expect(estimate('kinderopvangtoeslag')?.text).toBe(en.estimates.none);
    expect(
      estimatesTable(nl).rows.find((r) => r.regulation === 'kindgebonden-budget')?.cells.estimate?.text,
    ).toMatch(/^8,5% \(2021\)/);
  });

  it('a breakdown keeps the API order, an unknown group as "Unknown"', () => {
    const byAge = breakdownTable(
      data([
        row({ ageBand: '18-20', screenings: 13 }),
        row({ ageBand: '67-plus', screenings: null }),
        row({ ageBand: null, screenings: 11 }),
      ]),
      'ageBand',
      en,
    );
    expect(byAge.rows.map((r) => [r.cells.group?.text, r.cells.screenings?.text])).toEqual([
      ['18 to 20', '13'],
      ['67 and over', 'withheld'],
      ['Unknown', '11'],
    ]);
    expect(byAge.columns.find((c) => c.key === 'group')?.label).toBe('Age band');
  });

  it('reasons: the cells that carry one, each as published', () => {
    const model = reasonsTable(
      data([
        row({ reason: 'did-not-know', screenings: null }),
        row({ reason: 'shame', screenings: 11 }),
        row({ reason: null, receiving: 'yes', screenings: 20 }),
      ]),
      nl,
    );
    expect(model.rows.map((r) => [r.cells.reason?.csv, r.cells.screenings?.text])).toEqual([
      ['did-not-know', 'afgeschermd'],
      ['shame', '11'],
    ]);
  });
});

describe('CSV of what is shown', () => {
  it('one line per table row, the csv value of each shown cell, quoted where needed', () => {
    const estimates = estimatesTable(nl);
    const summary = summaryTable(
      data([row({ screenings: 12 }), row({ receiving: 'yes', screenings: null })]),
      nl,
    );
    const lines = tablesCsv([estimates, summary]).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'table,regulation,estimate,period,channel,verdict,receiving,group,reason,screenings',
    );
    expect(lines).toHaveLength(1 + 7 + 2);
    expect(lines.find((line) => line.startsWith('estimates,huurtoeslag,'))).toBe(
      'estimates,huurtoeslag,"12% (2021); CPB, niet-gebruik toeslagen 2016–2021 (bericht Gemeente.nu, 2025); https://www.gemeente.nu/sociaal/bijstand/cpb-ruim-1-miljard-aan-toeslagen-onbenut/",,,,,,,',
    );
    expect(lines.slice(-2)).toEqual([
      'summary,huurtoeslag,,2026-11,citizen,likely,no,,,12',
      'summary,huurtoeslag,,2026-11,citizen,likely,yes,,,suppressed',
    ]);
  });
});

describe('declared periods', () => {
  it('the period holding a month, and its from and to', () => {
    expect(periodOf('quarter', '2026-05')).toEqual({ kind: 'quarter', id: '2026-Q2' });
    expect(periodRange({ kind: 'quarter', id: '2026-Q2' })).toEqual({ from: '2026-04', to: '2026-06' });
    expect(periodRange({ kind: 'half', id: '2026-H2' })).toEqual({ from: '2026-07', to: '2026-12' });
    expect(periodRange({ kind: 'year', id: '2025' })).toEqual({ from: '2025-01', to: '2025-12' });
    expect(periodRange(periodOf('month', '2026-11'))).toEqual({ from: '2026-11', to: '2026-11' });
  });

  it('offers the current and the previous year up to now, newest first', () => {
    expect(periodsOffered('month', '2026-11')).toHaveLength(12 + 11);
    expect(periodsOffered('month', '2026-11')[0]?.id).toBe('2026-11');
    expect(periodsOffered('quarter', '2026-11').map((p) => p.id)).toEqual([
      '2026-Q4',
      '2026-Q3',
      '2026-Q2',
      '2026-Q1',
      '2025-Q4',
      '2025-Q3',
      '2025-Q2',
      '2025-Q1',
    ]);
    expect(periodsOffered('half', '2026-03').map((p) => p.id)).toEqual(['2026-H1', '2025-H2', '2025-H1']);
    expect(periodsOffered('year', '2026-01').map((p) => p.id)).toEqual(['2026', '2025']);
    expect(periodLabel({ kind: 'half', id: '2026-H1' }, nl)).toBe('1e halfjaar 2026');
  });
});
