import { describe, expect, it } from 'vitest';
import { en } from '../../web/ministerie/src/content/en';
import { nl } from '../../web/ministerie/src/content/nl';
import { CSV_COLUMNS, tablesCsv } from '../../web/ministerie/src/lib/csv';
import { periodLabel, periodOf, periodRange, periodsOffered } from '../../web/ministerie/src/lib/periods';
import type { SharesResponse, StatsResponse, StatsRow } from '../../web/ministerie/src/lib/stats-client';
import {
  breakdownTable,
  estimatesTable,
  reasonsTable,
  sharesTable,
  summaryTable,
} from '../../web/ministerie/src/lib/views';

const row = (r: Partial<StatsRow> & { screenings: number | null }): StatsRow => ({
  month: '2026-11',
  regulation: 'huurtoeslag',
  channel: 'citizen',
  verdict: 'likely',
  receiving: 'no',
  suppressed: r.screenings === null,
  rulesVersions: [],
  ...r,
});

const data = (rows: StatsRow[], period = '2026-11', from = '2026-11', to = '2026-11'): StatsResponse => ({
  from,
  to,
  period,
  minCellSize: 10,
  withheld: false,
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

const shares: SharesResponse = {
  from: '2026-01',
  to: '2026-06',
  period: '2026-H1',
  minCellSize: 10,
  confidence: 0.95,
  withheld: false,
  shares: [
    {
      regulation: 'aio',
      notReceiving: 33,
      receiving: 33,
      unanswered: null,
      fewerThanMin: ['unanswered'],
      n: null,
      nLow: 67,
      nHigh: 75,
      share: 0.5,
      low: 0.3125,
      high: 0.6875,
      suppressed: true,
      rulesVersions: ['2026-01-01.0a1b2c3d'],
    },
  ],
};

describe('national shares', () => {
  it('shows the share, its interval and n beside it, a small count as "fewer than 10"', () => {
    const model = sharesTable(shares, nl);
    expect(texts(model)).toEqual([['AIO', '50%', '31% – 69%', '67–75', '33', '33', 'minder dan 10']]);
    expect(model.caption).toContain('1e halfjaar 2026');
  });
});

describe('municipalities by name', () => {
  it('a breakdown by region names the CBS gemeente and keeps its code for the CSV', () => {
    const model = breakdownTable(data([row({ region: 'GM0014', screenings: 12 })]), 'region', nl);
    expect(model.rows[0]?.cells.group).toEqual({ text: 'Groningen', csv: 'GM0014' });
  });
});

describe('CSV an analyst can use', () => {
  const summary = () =>
    summaryTable(data([row({ screenings: 12 }), row({ receiving: 'yes', screenings: null })]), nl);
  const parse = (text: string, separator: string) =>
    text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(separator));

  it('numbers only in number columns: a suppressed count is empty with its flag, a range two columns', () => {
    const [header, ...lines] = parse(
      tablesCsv([sharesTable(shares, nl), estimatesTable(nl), summary()]),
      ',',
    );
    const get = (line: string[] | undefined, key: string) => line?.[(header as string[]).indexOf(key)];
    expect(header?.slice(0, 10)).toEqual([
      'table',
      'regulation',
      'period',
      'channel',
      'verdict',
      'receiving',
      'group',
      'reason',
      'screenings',
      'suppressed',
    ]);
    const hidden = lines.find((l) => l[0] === 'summary' && get(l, 'receiving') === 'yes');
    expect([get(hidden, 'screenings'), get(hidden, 'suppressed')]).toEqual(['', 'true']);
    const shown = lines.find((l) => l[0] === 'summary' && get(l, 'receiving') === 'no');
    expect([get(shown, 'screenings'), get(shown, 'suppressed')]).toEqual(['12', 'false']);
    const aio = lines.find((l) => l[0] === 'shares');
    expect(
      ['share', 'shareLow', 'shareHigh', 'n', 'nLow', 'nHigh', 'unanswered', 'fewerThan10'].map((k) =>
        get(aio, k),
      ),
    ).toEqual(['0.5', '0.3125', '0.6875', '', '67', '75', '', 'unanswered']);
    const aioEstimate = lines.find((l) => l[0] === 'estimates' && l[1] === 'aio');
    expect(['estimateLow', 'estimateHigh', 'estimateYear'].map((k) => get(aioEstimate, k))).toEqual([
      '48',
      '56',
      '2018',
    ]);
    const kgb = lines.find((l) => l[0] === 'estimates' && l[1] === 'kindgebonden-budget');
    expect(['estimateLow', 'estimateHigh', 'trend'].map((k) => get(kgb, k))).toEqual([
      '8.5',
      '8.5',
      'falling',
    ]);
    // Every number column holds a number or nothing.
    const numeric = CSV_COLUMNS.filter(([, kind]) => kind === 'number').map(([key]) => key);
    for (const line of lines)
      for (const key of numeric) expect(get(line, key) ?? '').toMatch(/^(-?\d+(\.\d+)?)?$/);
  });

  it('the Dutch-Excel variant: a BOM, semicolons and decimal commas, the same cells', () => {
    const text = tablesCsv([sharesTable(shares, nl), estimatesTable(nl)], 'excel-nl');
    expect(text.startsWith('\uFEFFtable;regulation;')).toBe(true);
    const [header, ...lines] = parse(text, ';');
    const get = (line: string[] | undefined, key: string) => line?.[(header as string[]).indexOf(key)];
    expect(get(lines[0], 'shareLow')).toBe('0,3125');
    expect(
      get(
        lines.find((l) => l[1] === 'kindgebonden-budget'),
        'estimateLow',
      ),
    ).toBe('8,5');
    expect(lines.every((l) => l.length === header?.length)).toBe(true);
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
