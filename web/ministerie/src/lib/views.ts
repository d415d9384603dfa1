import { REGULATION_IDS, type RegulationId } from '../../../../functions/contract/regulations';
import type { DashboardContent, Dimension } from '../content';
import type { CsvRecord } from './csv';
import { OFFICIAL_ESTIMATES, officialTrend } from './estimates';
import { formatMonth } from './months';
import { municipalityName } from './municipalities';
import { type Period, periodLabel } from './periods';
import type { ShareRow, SharesResponse, StatsResponse, StatsRow } from './stats-client';

/**
 * What the page shows, as data: every table is drawn from one of these, and the CSV download is
 * written from the same models, so the file holds exactly what is on screen.
 *
 * Each row of a statistics table is one published cell, as the API gives it. Nothing is summed
 * and no share is computed: protection holds for the published cells only, and a sum of them
 * (a total, a range, a share) is not published and could help work out a protected cell.
 */
export const COLUMN_KEYS = [
  'regulation',
  'estimate',
  'trend',
  'period',
  'share',
  'interval',
  'n',
  'saysNo',
  'saysYes',
  'unanswered',
  'channel',
  'verdict',
  'receiving',
  'group',
  'reason',
  'screenings',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface Cell {
  text: string;
  /** The value in the CSV: the published number, or "suppressed" for a protected cell. */
  csv: string;
  href?: string;
}

export interface TableModel {
  id: string;
  caption: string;
  columns: { key: ColumnKey; label: string }[];
  rows: { regulation: string; cells: Partial<Record<ColumnKey, Cell>>; csv: CsvRecord }[];
}

/** A published count as it is: the number, or "withheld" (which may hide 10 or more, too). */
export function screeningsCell(row: StatsRow, copy: DashboardContent): Cell {
  return row.screenings === null
    ? { text: copy.suppressed, csv: 'suppressed' }
    : { text: String(row.screenings), csv: String(row.screenings) };
}

export function estimateCell(id: RegulationId, copy: DashboardContent): Cell {
  const estimate = OFFICIAL_ESTIMATES[id];
  if (!estimate) return { text: copy.estimates.none, csv: '' };
  const number = new Intl.NumberFormat(copy.locale, { maximumFractionDigits: 1 });
  const range = estimate.percent.map((p) => number.format(p)).join('–');
  const qualifier = estimate.qualifier ? `${copy.estimates[estimate.qualifier]} ` : '';
  const figure = copy.estimates.figure(`${qualifier}${copy.percent(range)}`, estimate.year);
  return {
    text: `${figure}; ${estimate.source.title}`,
    csv: `${figure}; ${estimate.source.title}; ${estimate.source.url}`,
    href: estimate.source.url,
  };
}

/** The official series as a trend (what may be compared with the signal), or "one measurement". */
export function trendCell(id: RegulationId, copy: DashboardContent): Cell {
  const estimate = OFFICIAL_ESTIMATES[id];
  const trend = officialTrend(estimate);
  const first = estimate?.earlier?.[0];
  if (!estimate || !trend || !first) return { text: estimate ? copy.estimates.noTrend : '', csv: '' };
  const number = new Intl.NumberFormat(copy.locale, { maximumFractionDigits: 1 });
  const point = (p: {
    percent: readonly number[];
    qualifier?: 'about' | 'almost' | 'justOver';
    year: number;
  }) =>
    copy.estimates.figure(
      `${p.qualifier ? `${copy.estimates[p.qualifier]} ` : ''}${copy.percent(p.percent.map((v) => number.format(v)).join('–'))}`,
      p.year,
    );
  const text = copy.estimates.trendText(copy.estimates.trend[trend], point(first), point(estimate));
  return { text, csv: trend };
}

function estimateCsv(id: RegulationId): CsvRecord {
  const estimate = OFFICIAL_ESTIMATES[id];
  if (!estimate) return { regulation: id };
  return {
    regulation: id,
    estimateLow: estimate.percent[0],
    estimateHigh: estimate.percent[1] ?? estimate.percent[0],
    estimateYear: estimate.year,
    trend: officialTrend(estimate),
    source: estimate.source.url,
  };
}

const label = (labels: Record<string, string>, value: string): Cell => ({
  text: labels[value] ?? value,
  csv: value,
});

function columns(copy: DashboardContent, keys: ColumnKey[]) {
  return keys.map((key) => ({ key, label: copy.columns[key] }));
}

/** The official estimates beside the regulations: published elsewhere, not computed here. */
export function estimatesTable(copy: DashboardContent): TableModel {
  return {
    id: 'estimates',
    caption: copy.estimatesTable.tableCaption,
    columns: columns(copy, ['regulation', 'estimate', 'trend']),
    rows: REGULATION_IDS.map((id) => ({
      regulation: id,
      cells: {
        regulation: label(copy.regulations, id),
        estimate: estimateCell(id, copy),
        trend: trendCell(id, copy),
      },
      csv: estimateCsv(id),
    })),
  };
}

/** The period of a response, as its rows name it (a month table's rows carry `month`). */
function periodOfResponse(data: StatsResponse): Period {
  const id = data.period;
  const kind = /-Q\d$/.test(id) ? 'quarter' : /-H\d$/.test(id) ? 'half' : id.length === 4 ? 'year' : 'month';
  return { kind, id };
}

function cellsTable(
  data: StatsResponse,
  copy: DashboardContent,
  id: string,
  caption: string,
  extra?: { key: 'group' | 'reason'; label: string; cell: (row: StatsRow) => Cell },
  rows: readonly StatsRow[] = data.rows,
): TableModel {
  const period = periodOfResponse(data);
  const periodCell = (row: StatsRow): Cell => {
    const value = row.month ?? row.period ?? data.period;
    return { text: row.month ? formatMonth(value, copy.locale) : periodLabel(period, copy), csv: value };
  };
  const keys: ColumnKey[] = ['regulation', 'period', 'channel', 'verdict', 'receiving'];
  return {
    id,
    caption,
    columns: [
      ...columns(copy, keys),
      ...(extra ? [{ key: extra.key, label: extra.label }] : []),
      ...columns(copy, ['screenings']),
    ],
    rows: rows.map((row) => ({
      regulation: row.regulation,
      csv: {
        regulation: row.regulation,
        period: row.month ?? row.period ?? data.period,
        channel: row.channel,
        verdict: row.verdict,
        receiving: row.receiving,
        ...(extra ? { [extra.key]: extra.cell(row).csv } : {}),
        screenings: row.screenings,
        suppressed: row.suppressed,
        rulesVersions: (row.rulesVersions ?? []).join(' '),
      },
      cells: {
        regulation: label(copy.regulations, row.regulation),
        period: periodCell(row),
        channel: label(copy.channels, row.channel),
        verdict: label(copy.verdicts, row.verdict),
        receiving: label(copy.receiving, row.receiving),
        ...(extra ? { [extra.key]: extra.cell(row) } : {}),
        screenings: screeningsCell(row, copy),
      },
    })),
  };
}

export const shownPeriod = (data: StatsResponse, copy: DashboardContent) =>
  periodLabel(periodOfResponse(data), copy);

/** The published cells of the plain table of the period, in the API's order. */
export function summaryTable(data: StatsResponse, copy: DashboardContent): TableModel {
  return cellsTable(data, copy, 'summary', copy.summary.tableCaption(shownPeriod(data, copy)));
}

/** The published cells of the table by one group dimension; an unknown group is "Unknown". */
export function breakdownTable(
  data: StatsResponse,
  dimension: Dimension,
  copy: DashboardContent,
): TableModel {
  const dimensionLabel = copy.breakdown.dimensions[dimension];
  return cellsTable(
    data,
    copy,
    `breakdown-${dimension}`,
    copy.breakdown.tableCaption(dimensionLabel, shownPeriod(data, copy)),
    {
      key: 'group',
      label: dimensionLabel,
      cell: (row) => {
        const value = row[dimension] ?? null;
        if (value === null) return { text: copy.breakdown.notGiven, csv: '' };
        // Municipalities by their CBS name, the code kept for the CSV.
        if (dimension === 'region') return { text: municipalityName(value) ?? value, csv: value };
        return label(copy.breakdown.values, value);
      },
    },
  );
}

/** The published cells of the table by reason that carry a reason (the others have none to show). */
export function reasonsTable(data: StatsResponse, copy: DashboardContent): TableModel {
  return cellsTable(
    data,
    copy,
    'reasons',
    copy.reasons.tableCaption(shownPeriod(data, copy)),
    {
      key: 'reason',
      label: copy.columns.reason,
      cell: (row) => label(copy.reasons.labels, row.reason ?? ''),
    },
    data.rows.filter((row) => row.reason),
  );
}

const fraction = (copy: DashboardContent, value: number) =>
  copy.percent(new Intl.NumberFormat(copy.locale, { maximumFractionDigits: 0 }).format(value * 100));

/** A count of the shares table: the number, "fewer than 10", or withheld. */
function shareCount(
  row: ShareRow,
  key: 'notReceiving' | 'receiving' | 'unanswered',
  copy: DashboardContent,
): Cell {
  const value = row[key];
  if (value !== null) return { text: String(value), csv: String(value) };
  return row.fewerThanMin.includes(key)
    ? { text: copy.shares.fewerThan10, csv: 'fewer-than-10' }
    : { text: copy.suppressed, csv: 'suppressed' };
}

/** The national shares with their intervals and n: the figures to steer by (GET /api/stats/shares). */
export function sharesTable(data: SharesResponse, copy: DashboardContent): TableModel {
  const period = periodOfResponse(data as unknown as StatsResponse);
  return {
    id: 'shares',
    caption: copy.shares.tableCaption(periodLabel(period, copy)),
    columns: columns(copy, ['regulation', 'share', 'interval', 'n', 'saysNo', 'saysYes', 'unanswered']),
    rows: data.shares.map((row) => {
      const n =
        row.nLow === null || row.nHigh === null
          ? copy.suppressed
          : row.nLow === row.nHigh
            ? String(row.nLow)
            : `${row.nLow}–${row.nHigh}`;
      const interval =
        row.low === null || row.high === null
          ? { text: copy.shares.noInterval, csv: '' }
          : {
              text: `${fraction(copy, row.low)} – ${fraction(copy, row.high)}`,
              csv: `${row.low}–${row.high}`,
            };
      return {
        regulation: row.regulation,
        cells: {
          regulation: label(copy.regulations, row.regulation),
          share:
            row.share === null
              ? { text: copy.shares.noShare, csv: '' }
              : { text: fraction(copy, row.share), csv: String(row.share) },
          interval,
          n: { text: n, csv: n },
          saysNo: shareCount(row, 'notReceiving', copy),
          saysYes: shareCount(row, 'receiving', copy),
          unanswered: shareCount(row, 'unanswered', copy),
        },
        csv: {
          regulation: row.regulation,
          period: data.period,
          saysNo: row.notReceiving,
          saysYes: row.receiving,
          unanswered: row.unanswered,
          fewerThan10: row.fewerThanMin.join(' '),
          suppressed: row.suppressed,
          n: row.n,
          nLow: row.nLow,
          nHigh: row.nHigh,
          share: row.share,
          shareLow: row.low,
          shareHigh: row.high,
          rulesVersions: row.rulesVersions.join(' '),
        },
      };
    }),
  };
}
