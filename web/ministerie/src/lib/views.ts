import { REGULATION_IDS, type RegulationId } from '../../../../functions/contract/regulations';
import type { DashboardContent, Dimension } from '../content';
import { OFFICIAL_ESTIMATES } from './estimates';
import { formatMonth } from './months';
import { type Period, periodLabel } from './periods';
import type { StatsResponse, StatsRow } from './stats-client';

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
  'period',
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
  rows: { regulation: string; cells: Partial<Record<ColumnKey, Cell>> }[];
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
    columns: columns(copy, ['regulation', 'estimate']),
    rows: REGULATION_IDS.map((id) => ({
      regulation: id,
      cells: { regulation: label(copy.regulations, id), estimate: estimateCell(id, copy) },
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
        return value === null
          ? { text: copy.breakdown.notGiven, csv: '' }
          : label(copy.breakdown.values, value);
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
