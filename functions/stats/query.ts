import type { StatsRow } from '../contract/statistics';
import { REGULATION_IDS } from '../rules/index';
import type { CellCount } from './cells';
import {
  AGE_BANDS,
  CHANNELS,
  GROUP_BY_DIMENSIONS,
  type GroupByDimension,
  HOUSEHOLDS,
  NON_USE_REASONS,
  RECEIVING,
  VERDICTS,
} from './dimensions';
import type { DeclaredPeriod } from './disclosure/periods';
import { type Protection, protect } from './disclosure/protect';
import { componentOf, tableKey, tableKindIndex } from './disclosure/tables';

const BASE = ['regulation', 'channel', 'verdict', 'receiving'] as const;
/** More rows than this is a 400: a table that fine is mostly suppressed anyway. */
export const MAX_ROWS = 5_000;

/** A published row: the contract's shape (functions/contract/statistics.ts). */
export type { StatsRow };

/**
 * The published rows of one declared table: the period's counters summed to the table's grain,
 * exact where shown and `null` where protect() suppresses them; none when the table is withheld
 * for the year (too few screenings for it, docs/adr/0017). `yearCells` must hold every counter of
 * the period's year: the tables of a year are protected together.
 */
export function statsTable(
  yearCells: readonly CellCount[],
  groupBy: readonly GroupByDimension[],
  period: DeclaredPeriod,
): { rows: StatsRow[]; withheld: boolean } {
  const dims = GROUP_BY_DIMENSIONS.filter((d) => groupBy.includes(d));
  const kindIndex = tableKindIndex(period.kind, dims);
  if (kindIndex < 0) throw new Error(`not a declared table: ${dims.join(',')}`);
  const { suppressed, withheld } = protectedCells(yearCells);
  if (withheld(componentOf({ month: `${period.year}-01` }), kindIndex)) return { rows: [], withheld: true };
  const periodField = period.kind === 'month' ? 'month' : 'period';
  const sums = new Map<number, { row: StatsRow; count: number; versions: Set<string> }>();
  for (const cell of yearCells) {
    if (!period.months.includes(cell.month) || cell.screenings <= 0) continue;
    const key = tableKey(kindIndex, cell);
    let seen = sums.get(key);
    if (seen) seen.count += cell.screenings;
    else {
      const row = {
        [periodField]: period.id,
        ...Object.fromEntries([...BASE, ...dims].map((f) => [f, cell[f] ?? null])),
      };
      seen = { row: row as unknown as StatsRow, count: cell.screenings, versions: new Set() };
      sums.set(key, seen);
    }
    if (cell.rulesVersion) seen.versions.add(cell.rulesVersion);
  }
  const rows = [...sums]
    .sort(([, a], [, b]) => compareRows(a.row, b.row, [...BASE, ...dims]))
    .map(([key, { row, count, versions }]): StatsRow => {
      const hidden = suppressed.has(key);
      return {
        ...row,
        screenings: hidden ? null : count,
        suppressed: hidden,
        rulesVersions: [...versions].sort(),
      };
    });
  return { rows, withheld: false };
}

/** The rows of statsTable() (none when withheld). */
export const statsRows = (
  yearCells: readonly CellCount[],
  groupBy: readonly GroupByDimension[],
  period: DeclaredPeriod,
): StatsRow[] => statsTable(yearCells, groupBy, period).rows;

// The dashboard asks for several tables of the same year in a row: protect once per state of the counters.
let last: { fingerprint: string; protection: Protection } | null = null;
export function protectedCells(cells: readonly CellCount[]): Protection {
  const fingerprint = JSON.stringify(cells);
  if (last?.fingerprint !== fingerprint) last = { fingerprint, protection: protect(cells) };
  return last.protection;
}

const ORDER: Record<string, readonly string[]> = {
  regulation: REGULATION_IDS,
  channel: CHANNELS,
  verdict: VERDICTS,
  receiving: RECEIVING,
  ageBand: AGE_BANDS,
  household: HOUSEHOLDS,
  reason: NON_USE_REASONS,
};

function compareRows(a: StatsRow, b: StatsRow, fields: readonly (keyof StatsRow)[]): number {
  for (const field of fields) {
    const x = a[field] as string | null;
    const y = b[field] as string | null;
    if (x === y) continue;
    if (x === null) return 1; // unknown (null) after the known values
    if (y === null) return -1;
    const order = ORDER[field];
    const diff = order ? order.indexOf(x) - order.indexOf(y) : x < y ? -1 : 1;
    if (diff !== 0) return diff;
  }
  return 0;
}

/** CSV as the contract says: the JSON field names as header, a suppressed cell's screenings empty. */
export function statsCsv(
  rows: StatsRow[],
  groupBy: readonly GroupByDimension[],
  period: DeclaredPeriod,
): string {
  const dims = GROUP_BY_DIMENSIONS.filter((d) => groupBy.includes(d));
  const fields = [
    period.kind === 'month' ? 'month' : 'period',
    ...BASE,
    ...dims,
    'screenings',
    'suppressed',
  ] as const;
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = rows.map((row) => fields.map((f) => cell(row[f as keyof StatsRow])).join(','));
  return `${[fields.join(','), ...lines].join('\n')}\n`;
}
