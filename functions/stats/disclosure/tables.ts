import type { CellCount } from '../cells';
import {
  AGE_BANDS,
  GROUP_BY_DIMENSIONS,
  type GroupByDimension,
  HOUSEHOLDS,
  NON_USE_REASONS,
  RECEIVING,
  REGULATION_IDS,
  VERDICTS,
} from '../dimensions';
import { PERIOD_KINDS, type PeriodKind } from './periods';

/**
 * The declared tables: every declared period kind crossed with every groupBy combination, per
 * channel; and per period kind one national shares table (both channels, only `likely` and
 * `possibly` results, by regulation and receiving: the counts of a take-up share, never split
 * finer). They are all margins of one counter table, so they are protected together (protect.ts).
 */
export interface TableKind {
  period: PeriodKind;
  groupBy: readonly GroupByDimension[];
  /** The national shares table: channels summed, `likely` and `possibly` as one verdict. */
  national?: true;
}

/** The verdicts a national shares table counts, as one (the share is of those who may be entitled). */
export const SHARE_VERDICTS: readonly string[] = ['likely', 'possibly'];

/**
 * At most two groupBy dimensions: a table by three or four is nearly the counters themselves, so
 * almost every cell of it would be protected, and each one more table costs protection everywhere.
 */
export const MAX_GROUP_BY = 2;
const GROUPINGS: GroupByDimension[][] = Array.from({ length: 1 << GROUP_BY_DIMENSIONS.length }, (_, m) =>
  GROUP_BY_DIMENSIONS.filter((_, i) => m & (1 << i)),
)
  .filter((g) => g.length <= MAX_GROUP_BY)
  .sort((a, b) => a.length - b.length);

/** Coarsest first: the national shares tables, then a year table, then fewer dimensions. */
export const TABLE_KINDS: readonly TableKind[] = [
  ...[...PERIOD_KINDS].reverse().map((period): TableKind => ({ period, groupBy: [], national: true })),
  ...[...PERIOD_KINDS].reverse().flatMap((period) => GROUPINGS.map((groupBy) => ({ period, groupBy }))),
];

export function tableKindIndex(period: PeriodKind, groupBy: readonly GroupByDimension[]): number {
  const wanted = GROUP_BY_DIMENSIONS.filter((d) => groupBy.includes(d)).join(',');
  return TABLE_KINDS.findIndex((k) => !k.national && k.period === period && k.groupBy.join(',') === wanted);
}

export const nationalKindIndex = (period: PeriodKind) =>
  TABLE_KINDS.findIndex((k) => k.national && k.period === period);

/**
 * What a key names: `c` a published cell, and the margins a reader can add up from the cells of
 * one regulation: `v` over receiving, `r` over verdict, `a` over both (a group's size).
 */
export type Variant = 'c' | 'v' | 'r' | 'a';
export const VARIANTS: readonly Variant[] = ['c', 'v', 'r', 'a'];

type Fine = Omit<CellCount, 'screenings'>;
const GROUPING_OF_KIND = TABLE_KINDS.map((k) => GROUPINGS.findIndex((g) => g.join() === k.groupBy.join()));
const PERIOD_OF_KIND = TABLE_KINDS.map((k) => PERIOD_KINDS.indexOf(k.period));
const NATIONAL_KIND = TABLE_KINDS.map((k) => k.national === true);
/** The key of a counter cell in a table it does not add to (a national table's other verdicts). */
export const NOT_IN_TABLE = -1;

/** Value codes: 0 summed away, 1 unknown (null), then the values in their declared order. */
const code = (values: readonly string[]) => (value: string | null) =>
  value === null ? 1 : 2 + values.indexOf(value);
// Gemeentecodes get a small number in order of appearance, so that a key stays a small integer.
const regionNumbers = new Map<string, number>();
const regionCode = (value: string | null) => {
  if (value === null) return 1;
  let n = regionNumbers.get(value);
  if (n === undefined) {
    n = 2 + regionNumbers.size;
    if (n >= RADIX.region) throw new Error(`more than ${RADIX.region - 2} distinct regions in the counters`);
    regionNumbers.set(value, n);
  }
  return n;
};
const CODES = {
  verdict: code(VERDICTS),
  receiving: code(RECEIVING),
  reason: code(NON_USE_REASONS),
  region: regionCode,
  ageBand: code(AGE_BANDS),
  household: code(HOUSEHOLDS),
} as const;
const RADIX = {
  period: 12,
  regulation: 7,
  channel: 3,
  verdict: 6,
  receiving: 5,
  reason: 10,
  region: 512,
  ageBand: 7,
  household: 6,
};
const GROUP_DIMENSIONS = ['reason', 'region', 'ageBand', 'household'] as const;
const GROUP_RADIX = RADIX.reason * RADIX.region * RADIX.ageBand * RADIX.household;
/** Local keys (one table and variant) stay below 2^31: small integers, the fastest Map keys. */
const LOCAL = 2 ** 31;

/** Tables × variants: one index per (table, variant) pair. */
export const TABLE_VARIANTS = TABLE_KINDS.length * VARIANTS.length;
const tableVariant = (kindIndex: number, variant: Variant) =>
  kindIndex * VARIANTS.length + VARIANTS.indexOf(variant);

/**
 * A counter cell's key in each table and variant, within its year: a small integer (mixed radix),
 * because protection visits every cell's key in all 48 tables × 4 variants and this is the hot
 * loop. Parts are computed once per cell. NOT_IN_TABLE for a national table the cell is not in.
 */
export function keysOf(cell: Fine): (tv: number) => number {
  const month = Number(cell.month.slice(5, 7)) - 1;
  const periods = [month, Math.floor(month / 3), Math.floor(month / 6), 0];
  const regulation = REGULATION_IDS.indexOf(cell.regulation);
  const verdict = CODES.verdict(cell.verdict);
  const receiving = CODES.receiving(cell.receiving);
  const channel = cell.channel === 'counter' ? 2 : 1;
  const shared = SHARE_VERDICTS.includes(cell.verdict);
  const groups = GROUPINGS.map((g) =>
    GROUP_DIMENSIONS.reduce((n, d) => n * RADIX[d] + (g.includes(d) ? CODES[d](cell[d]) : 0), 0),
  );
  const answers = [
    verdict * RADIX.receiving + receiving, // c
    verdict * RADIX.receiving, // v: over receiving
    receiving, // r: over verdict
    0, // a: over both
  ];
  // A national table: channel 0 (summed), and its one verdict (likely or possibly) as code 1.
  const nationalAnswers = [RADIX.receiving + receiving, RADIX.receiving, receiving, 0];
  return (tv) => {
    const kindIndex = Math.floor(tv / VARIANTS.length);
    const national = NATIONAL_KIND[kindIndex];
    if (national && !shared) return NOT_IN_TABLE;
    const period = periods[PERIOD_OF_KIND[kindIndex] as number] as number;
    const head =
      ((period * RADIX.regulation + regulation) * RADIX.channel + (national ? 0 : channel)) *
        RADIX.verdict *
        RADIX.receiving +
      ((national ? nationalAnswers : answers)[tv % VARIANTS.length] as number);
    return head * GROUP_RADIX + (groups[GROUPING_OF_KIND[kindIndex] as number] as number);
  };
}

/**
 * The year of a cell, as the part of a global key above its table and local key: a year is
 * protected on its own (no table spans two years); its two channels together, since the
 * national shares tables sum them.
 */
export const componentOf = (cell: Pick<Fine, 'month'>) => Number(cell.month.slice(0, 4)) - 2000;

/** A key unique across components and tables (below 2^53). */
export const globalKey = (component: number, tv: number, local: number) =>
  (component * TABLE_VARIANTS + tv) * LOCAL + local;

/**
 * The global key of the cell (or margin) of table `kindIndex` that counter cell `cell` adds to;
 * NOT_IN_TABLE when it adds to none there.
 */
export function tableKey(kindIndex: number, cell: Fine, variant: Variant = 'c'): number {
  const tv = tableVariant(kindIndex, variant);
  const local = keysOf(cell)(tv);
  return local === NOT_IN_TABLE ? NOT_IN_TABLE : globalKey(componentOf(cell), tv, local);
}
