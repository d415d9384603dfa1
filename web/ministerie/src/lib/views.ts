import { NON_USE_REASONS } from '../../../../functions/rules/non-use-reasons';
import { REGULATION_IDS, type RegulationId } from '../../../../functions/rules/regulations';
import type { DashboardContent, Dimension } from '../content';
import { EMPTY_SIGNAL, nonUseShare, reasonsBy, type Signal, signalsBy } from './aggregate';
import { bounds, type Count, isExact } from './count';
import { OFFICIAL_ESTIMATES } from './estimates';
import { formatMonth, monthsBetween } from './months';
import type { StatsResponse, StatsRow } from './stats-client';

/**
 * What the page shows, as data: every table (and the chart beside it) is drawn from one of these,
 * and the CSV download is written from the same models, so the file holds exactly what is on screen.
 */
export const COLUMN_KEYS = [
  'regulation',
  'estimate',
  'month',
  'group',
  'reason',
  'screenings',
  'entitled',
  'notReceiving',
  'share',
  'unanswered',
  'count',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface Cell {
  text: string;
  /** The value in the CSV: plain numbers, "<10" for a suppressed cell, "min-max" for a range. */
  csv: string;
  href?: string;
  /** For charts: a share (0–1) or a count; null when it cannot be known. */
  value?: number | null;
}

export interface TableModel {
  id: string;
  caption: string;
  columns: { key: ColumnKey; label: string }[];
  rows: { regulation: RegulationId; cells: Partial<Record<ColumnKey, Cell>> }[];
}

export function countCell(count: Count, copy: DashboardContent, minCellSize: number): Cell {
  if (isExact(count)) return { text: String(count.known), csv: String(count.known), value: count.known };
  const { min, max } = bounds(count, minCellSize);
  if (count.known === 0 && count.suppressed === 1) {
    return { text: copy.counts.fewerThan(minCellSize), csv: `<${minCellSize}`, value: null };
  }
  return { text: copy.counts.between(min, max), csv: `${min}-${max}`, value: null };
}

export function shareCell(signal: Signal, copy: DashboardContent): Cell {
  const share = nonUseShare(signal);
  if (share === null) return { text: copy.counts.notComputable, csv: '', value: null };
  const percent = Math.round(share * 1000) / 10;
  const text = new Intl.NumberFormat(copy.locale, { maximumFractionDigits: 1 }).format(percent);
  return { text: copy.counts.percent(text), csv: percent.toFixed(1), value: share };
}

export function estimateCell(id: RegulationId, copy: DashboardContent): Cell {
  const estimate = OFFICIAL_ESTIMATES[id];
  if (!estimate) return { text: copy.estimates.none, csv: '' };
  const number = new Intl.NumberFormat(copy.locale, { maximumFractionDigits: 1 });
  const range = estimate.percent.map((p) => number.format(p)).join('–');
  const qualifier = estimate.qualifier ? `${copy.estimates[estimate.qualifier]} ` : '';
  const figure = copy.estimates.figure(`${qualifier}${copy.counts.percent(range)}`, estimate.year);
  return {
    text: `${figure}; ${estimate.source.title}`,
    csv: `${figure}; ${estimate.source.title}; ${estimate.source.url}`,
    href: estimate.source.url,
  };
}

const regulationCell = (id: RegulationId, copy: DashboardContent): Cell => ({
  text: copy.regulations[id],
  csv: id,
});

function signalCells(signal: Signal, copy: DashboardContent, min: number): Partial<Record<ColumnKey, Cell>> {
  return {
    screenings: countCell(signal.screenings, copy, min),
    entitled: countCell(signal.entitled, copy, min),
    notReceiving: countCell(signal.receivingNo, copy, min),
    share: shareCell(signal, copy),
    unanswered: countCell(signal.unanswered, copy, min),
  };
}

function columns(copy: DashboardContent, keys: ColumnKey[]) {
  return keys.map((key) => ({ key, label: copy.columns[key] }));
}

/** Per regulation over the whole period, with the official estimate beside it. */
export function summaryTable(data: StatsResponse, copy: DashboardContent): TableModel {
  const signals = signalsBy(data.rows, () => 'all');
  return {
    id: 'summary',
    caption: copy.summary.tableCaption,
    columns: columns(copy, [
      'regulation',
      'estimate',
      'screenings',
      'entitled',
      'notReceiving',
      'share',
      'unanswered',
    ]),
    rows: REGULATION_IDS.map((id) => ({
      regulation: id,
      cells: {
        regulation: regulationCell(id, copy),
        estimate: estimateCell(id, copy),
        ...signalCells(signals.get(id)?.get('all') ?? EMPTY_SIGNAL, copy, data.minCellSize),
      },
    })),
  };
}

/** Per regulation and month; a month without any screening is a true zero. */
export function trendTable(data: StatsResponse, copy: DashboardContent): TableModel {
  const signals = signalsBy(data.rows, (row) => row.month ?? row.period ?? '');
  const months = monthsBetween(data.from, data.to);
  return {
    id: 'trend',
    caption: copy.trend.tableCaption,
    columns: columns(copy, ['regulation', 'month', 'screenings', 'entitled', 'notReceiving', 'share']),
    rows: REGULATION_IDS.flatMap((id) =>
      months.map((month) => ({
        regulation: id,
        cells: {
          regulation: regulationCell(id, copy),
          month: { text: formatMonth(month, copy.locale), csv: month },
          ...signalCells(signals.get(id)?.get(month) ?? EMPTY_SIGNAL, copy, data.minCellSize),
        },
      })),
    ),
  };
}

const DIMENSION_ORDER: Record<Dimension, readonly string[]> = {
  channel: ['citizen', 'counter'],
  ageBand: ['0-17', '18-20', '21-26', '27-66', '67-plus'],
  household: ['single', 'single-parent', 'couple', 'couple-with-children'],
  region: [],
};

function groupValue(row: StatsRow, dimension: Dimension): string {
  return (dimension === 'channel' ? row.channel : row[dimension]) ?? '';
}

/** Per regulation and group of one dimension, over the period. */
export function breakdownTable(
  data: StatsResponse,
  dimension: Dimension,
  copy: DashboardContent,
): TableModel {
  const signals = signalsBy(data.rows, (row) => groupValue(row, dimension));
  const order = DIMENSION_ORDER[dimension];
  const rank = (value: string) => (value === '' ? 1e6 : order.includes(value) ? order.indexOf(value) : 1e3);
  const values = [...new Set(data.rows.map((row) => groupValue(row, dimension)))].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  );
  const label = (value: string) =>
    value === '' ? copy.breakdown.notGiven : (copy.breakdown.values[value] ?? value);
  const dimensionLabel = copy.breakdown.dimensions[dimension];
  return {
    id: `breakdown-${dimension}`,
    caption: copy.breakdown.tableCaption(dimensionLabel),
    columns: columns(copy, ['regulation', 'group', 'screenings', 'entitled', 'notReceiving', 'share']).map(
      (c) => (c.key === 'group' ? { ...c, label: dimensionLabel } : c),
    ),
    rows: REGULATION_IDS.flatMap((id) =>
      values
        .filter((value) => signals.get(id)?.has(value))
        .map((value) => ({
          regulation: id,
          cells: {
            regulation: regulationCell(id, copy),
            group: { text: label(value), csv: value },
            ...signalCells(signals.get(id)?.get(value) ?? EMPTY_SIGNAL, copy, data.minCellSize),
          },
        })),
    ),
  };
}

/** Reasons given per regulation, by the likely or possibly entitled who said they do not receive it. */
export function reasonsTable(data: StatsResponse, copy: DashboardContent): TableModel {
  const total = reasonsBy(data.rows);
  const months = monthsBetween(data.from, data.to).map(
    (month) => [month, reasonsBy(data.rows, month)] as const,
  );
  const period: Cell = { text: copy.reasons.wholePeriod, csv: `${data.from}/${data.to}` };
  return {
    id: 'reasons',
    caption: copy.reasons.tableCaption,
    columns: columns(copy, ['regulation', 'reason', 'month', 'count']),
    // Per reason: the whole period first (what the chart shows), then each month it was given in.
    rows: REGULATION_IDS.flatMap((id) =>
      [...(total.get(id)?.entries() ?? [])]
        .sort(([a], [b]) => order(a) - order(b))
        .flatMap(([reason, count]) => {
          const base = {
            regulation: regulationCell(id, copy),
            reason: { text: copy.reasons.labels[reason] ?? reason, csv: reason },
          };
          const perMonth = months.flatMap(([month, byMonth]) => {
            const n = byMonth.get(id)?.get(reason);
            if (!n) return [];
            const monthCell = { text: formatMonth(month, copy.locale), csv: month };
            return [
              {
                regulation: id,
                cells: { ...base, month: monthCell, count: countCell(n, copy, data.minCellSize) },
              },
            ];
          });
          return [
            {
              regulation: id,
              cells: { ...base, month: period, count: countCell(count, copy, data.minCellSize) },
            },
            ...perMonth,
          ];
        }),
    ),
  };
}

/** Whether a reasons row is the whole-period total (the chart's rows). */
export const isPeriodRow = (row: TableModel['rows'][number]) => row.cells.month?.csv.includes('/') ?? false;

/** A reason's place in the engine's list (a code it does not know goes first). */
const order = (reason: string) => (NON_USE_REASONS as readonly string[]).indexOf(reason);
