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

export const MIN_CELL_SIZE = 10;
const BASE = ['month', 'regulation', 'channel', 'verdict', 'receiving'] as const;

export interface StatsRow {
  month: string;
  regulation: string;
  channel: string;
  verdict: string;
  receiving: string;
  region?: string | null;
  ageBand?: string | null;
  household?: string | null;
  reason?: string | null;
  screenings: number | null;
  suppressed: boolean;
}

/**
 * The published rows: counters summed to the requested grain, cells below `minCellSize` suppressed,
 * and in a groupBy view complementary suppression, so no suppressed cell can be recovered as a
 * published margin minus the cells shown beside it.
 */
export function statsRows(cells: CellCount[], groupBy: GroupByDimension[], minCellSize = MIN_CELL_SIZE) {
  const dims = GROUP_BY_DIMENSIONS.filter((d) => groupBy.includes(d));
  const fields = [...BASE, ...dims];
  const sums = new Map<string, { row: StatsRow; count: number }>();
  for (const cell of cells) {
    const key = fields.map((f) => cell[f] ?? '').join('|');
    const seen = sums.get(key);
    if (seen) seen.count += cell.screenings;
    else {
      const row = Object.fromEntries(fields.map((f) => [f, cell[f] ?? null])) as unknown as StatsRow;
      sums.set(key, { row, count: cell.screenings });
    }
  }
  const entries = [...sums.values()]
    .filter((e) => e.count > 0)
    .sort((a, b) => compareRows(a.row, b.row, fields));
  const suppressed = entries.map((e) => e.count < minCellSize);
  if (dims.length) complementary(entries, suppressed, dims);
  return entries.map(
    ({ row, count }, i): StatsRow => ({
      ...row,
      screenings: suppressed[i] ? null : count,
      suppressed: suppressed[i] ?? false,
    }),
  );
}

/**
 * For every margin a reader could get from a coarser request (every non-empty subset of the
 * groupBy dimensions summed away), a breakdown with exactly one suppressed cell would reveal it:
 * the next smallest shown cell of that breakdown is suppressed too, until no breakdown has one.
 */
function complementary(
  entries: { row: StatsRow; count: number }[],
  suppressed: boolean[],
  dims: GroupByDimension[],
) {
  const subsets = Array.from({ length: (1 << dims.length) - 1 }, (_, m) =>
    dims.filter((_, i) => (m + 1) & (1 << i)),
  );
  let changed = true;
  while (changed) {
    changed = false;
    for (const away of subsets) {
      const kept = [...BASE, ...dims.filter((d) => !away.includes(d))];
      const groups = new Map<string, number[]>();
      entries.forEach(({ row }, i) => {
        const key = kept.map((f) => row[f] ?? '').join('|');
        groups.set(key, [...(groups.get(key) ?? []), i]);
      });
      for (const members of groups.values()) {
        if (members.length < 2 || members.filter((i) => suppressed[i]).length !== 1) continue;
        const shown = members.filter((i) => !suppressed[i]);
        const smallest = shown.reduce((a, b) =>
          (entries[b]?.count ?? 0) < (entries[a]?.count ?? 0) ? b : a,
        );
        suppressed[smallest] = true;
        changed = true;
      }
    }
  }
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
export function statsCsv(rows: StatsRow[], groupBy: GroupByDimension[]): string {
  const dims = GROUP_BY_DIMENSIONS.filter((d) => groupBy.includes(d));
  const fields = [...BASE, ...dims, 'screenings', 'suppressed'] as const;
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = rows.map((row) => fields.map((f) => cell(row[f as keyof StatsRow])).join(','));
  return `${[fields.join(','), ...lines].join('\n')}\n`;
}
