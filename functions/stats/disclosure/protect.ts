import type { CellCount } from '../cells';
import type { Variant } from './tables';
import { keysOf, kindOfKey, TABLE_KINDS, tableKey, VARIANTS } from './tables';
import { type Corner, type Witness, witnessFinder } from './witness';

/** Counts of 1 to MAX_SENSITIVE people must not be derivable exactly (docs/adr/0009). */
export const MIN_CELL_SIZE = 10;

/**
 * Complementary suppression over the whole declared table set of each (channel, year) — the
 * tables no published number links to another: no table sums over channels or across years.
 *
 * Every count of 1–9 (a cell of any declared table, or a margin of one regulation's cells) gets a
 * witness: a second set of counters, ±1 on a few counter cells, that publishes exactly the same
 * shown numbers and rows but changes that count. Every cell the witness changes is suppressed.
 * So no attack on the published tables, by subtraction or by solving them together, can tell the
 * two apart: the count is never exact. Work per count is bounded, so this stays linear in the
 * number of counter cells.
 *
 * Returns the keys (tableKey) of the suppressed cells of every declared table.
 */
export function protect(cells: readonly CellCount[]): Set<number> {
  const suppressed = new Set<number>();
  const components = new Map<string, CellCount[]>();
  for (const cell of merge(cells)) {
    const id = `${cell.channel}|${cell.month.slice(0, 4)}`;
    const list = components.get(id);
    if (list) list.push(cell);
    else components.set(id, [cell]);
  }
  for (const component of components.values()) protectComponent(component, suppressed);
  return suppressed;
}

function protectComponent(cells: CellCount[], suppressed: Set<number>) {
  const keys = cells.map(keysOf);
  const eachKey = (i: number, visit: (key: number) => void, variants = VARIANTS) => {
    const keyOf = keys[i] as ReturnType<typeof keysOf>;
    for (let k = 0; k < TABLE_KINDS.length; k++) for (const v of variants) visit(keyOf(k, v));
  };
  // One pass: every count, and the cells under each count while it is still below MIN_CELL_SIZE.
  const totals = new Map<number, number>();
  const under = new Map<number, number[]>();
  cells.forEach((cell, i) => {
    eachKey(i, (key) => {
      const total = (totals.get(key) ?? 0) + cell.screenings;
      totals.set(key, total);
      if (total >= MIN_CELL_SIZE) under.delete(key);
      else {
        const list = under.get(key);
        if (list) list.push(i);
        else under.set(key, [i]);
      }
    });
  });
  // Coarsest table first (a witness there covers many finer counts), group sizes before cells.
  const buckets: number[][] = TABLE_KINDS.flatMap(() => VARIANTS.map(() => []));
  for (const key of under.keys()) {
    const { kindIndex, variant } = kindOfKey(key);
    (buckets[kindIndex * VARIANTS.length + RANK.indexOf(variant)] as number[]).push(key);
  }
  const witnessed = new Set<number>();
  // What a witness costs: the people in the cells it would newly hide.
  /** Every cell (and margin, unless only cells are asked for) whose count the witness changes. */
  const changes = (w: Witness, variants = VARIANTS) => {
    const delta = new Map<number, number>();
    for (const { index, sign } of w as Corner[]) {
      eachKey(index, (key) => delta.set(key, (delta.get(key) ?? 0) + sign), variants);
    }
    return [...delta].filter(([, d]) => d !== 0).map(([key]) => key);
  };
  const cost = (w: Witness) =>
    changes(w, CELLS).reduce((sum, k) => (suppressed.has(k) ? sum : sum + (totals.get(k) ?? 0)), 0);
  const findWitness = witnessFinder(cells, keys, cost);
  for (const key of buckets.flat()) {
    if (witnessed.has(key)) continue;
    const witness = findWitness(key, under.get(key) as number[]);
    if (!witness) {
      // Nothing small enough to move: hide the whole component (doubling every count is a witness).
      for (let i = 0; i < cells.length; i++) eachKey(i, (k) => suppressed.add(k), CELLS);
      return;
    }
    for (const changed of changes(witness)) {
      witnessed.add(changed);
      if (kindOfKey(changed).variant === 'c') suppressed.add(changed);
    }
  }
}

const RANK = 'avrc';
const CELLS: readonly Variant[] = ['c'];

/** One counter per full-grain combination (a store may return a combination twice). */
function merge(cells: readonly CellCount[]): CellCount[] {
  const byKey = new Map<number, CellCount>();
  for (const cell of cells) {
    if (cell.screenings <= 0) continue;
    const key = tableKey(TABLE_KINDS.length - 1, cell);
    const seen = byKey.get(key);
    if (seen) seen.screenings += cell.screenings;
    else byKey.set(key, { ...cell });
  }
  return [...byKey.values()];
}
