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
 * The declared tables: every declared period kind crossed with every groupBy combination. They
 * are all margins of one counter table, so they are protected together (protect.ts).
 */
export interface TableKind {
  period: PeriodKind;
  groupBy: readonly GroupByDimension[];
}

const GROUPINGS: GroupByDimension[][] = Array.from({ length: 1 << GROUP_BY_DIMENSIONS.length }, (_, m) =>
  GROUP_BY_DIMENSIONS.filter((_, i) => m & (1 << i)),
).sort((a, b) => a.length - b.length);

/** Coarsest first: a year table, then fewer dimensions. */
export const TABLE_KINDS: readonly TableKind[] = [...PERIOD_KINDS]
  .reverse()
  .flatMap((period) => GROUPINGS.map((groupBy) => ({ period, groupBy })));

export function tableKindIndex(period: PeriodKind, groupBy: readonly GroupByDimension[]): number {
  const wanted = GROUP_BY_DIMENSIONS.filter((d) => groupBy.includes(d)).join(',');
  return TABLE_KINDS.findIndex((k) => k.period === period && k.groupBy.join(',') === wanted);
}

/**
 * What a key names: `c` a published cell, and the margins a reader can add up from the cells of
 * one regulation: `v` over receiving, `r` over verdict, `a` over both (a group's size).
 */
export type Variant = 'c' | 'v' | 'r' | 'a';
export const VARIANTS: readonly Variant[] = ['c', 'v', 'r', 'a'];

type Fine = Omit<CellCount, 'screenings'>;
const GROUPING_OF_KIND = TABLE_KINDS.map((k) => GROUPINGS.findIndex((g) => g.join() === k.groupBy.join()));
const PERIOD_OF_KIND = TABLE_KINDS.map((k) => PERIOD_KINDS.indexOf(k.period));

/** Value codes: 0 summed away, 1 unknown (null), then the values in their declared order. */
const code = (values: readonly string[]) => (value: string | null) =>
  value === null ? 1 : 2 + values.indexOf(value);
const CODES = {
  regulation: code(REGULATION_IDS),
  verdict: code(VERDICTS),
  receiving: code(RECEIVING),
  reason: code(NON_USE_REASONS),
  // A CBS gemeentecode is GM and four digits.
  region: (value: string | null) => (value === null ? 1 : 2 + Number(value.slice(2))),
  ageBand: code(AGE_BANDS),
  household: code(HOUSEHOLDS),
} as const;
const RADIX = { reason: 16, region: 10_002, ageBand: 8, household: 8 } as const;
const GROUP_RADIX = RADIX.reason * RADIX.region * RADIX.ageBand * RADIX.household;
const BELOW_KIND = GROUP_RADIX * 64 * 16 * 12 * 256;

/** The table and variant a key belongs to. */
export function kindOfKey(key: number): { kindIndex: number; variant: Variant } {
  const top = Math.floor(key / BELOW_KIND);
  return { kindIndex: Math.floor(top / 4), variant: VARIANTS[top % 4] as Variant };
}

/**
 * Every key of one counter cell, as a number (mixed radix, below 2^53): protection visits each
 * cell's key in each of the 64 tables and 4 variants, so this is the hot loop, and numbers hash
 * far faster than strings. Parts are computed once per cell.
 */
export function keysOf(cell: Fine): (kindIndex: number, variant: Variant) => number {
  const month = Number(cell.month.slice(5, 7)) - 1;
  const periods = [month, Math.floor(month / 3), Math.floor(month / 6), 0];
  const head = (Number(cell.month.slice(0, 4)) - 2000) * 2 + (cell.channel === 'counter' ? 1 : 0);
  const regulation = CODES.regulation(cell.regulation);
  const verdict = CODES.verdict(cell.verdict);
  const receiving = CODES.receiving(cell.receiving);
  const groups = GROUPINGS.map((g) =>
    (['reason', 'region', 'ageBand', 'household'] as const).reduce(
      (n, d) => n * RADIX[d] + (g.includes(d) ? CODES[d](cell[d]) : 0),
      0,
    ),
  );
  return (kindIndex, variant) => {
    const v = VARIANTS.indexOf(variant);
    const answer = (v === 0 || v === 1 ? verdict : 0) * 8 + (v === 0 || v === 2 ? receiving : 0);
    const top =
      ((((kindIndex * 4 + v) * 256 + head) * 12 + (periods[PERIOD_OF_KIND[kindIndex] as number] as number)) *
        16 +
        regulation) *
        64 +
      answer;
    return top * GROUP_RADIX + (groups[GROUPING_OF_KIND[kindIndex] as number] as number);
  };
}

/** The key of the cell (or margin) of table `kind` that counter cell `cell` adds to. */
export function tableKey(kindIndex: number, cell: Fine, variant: Variant = 'c'): number {
  return keysOf(cell)(kindIndex, variant);
}
