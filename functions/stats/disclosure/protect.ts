import type { CellCount } from '../cells';
import { componentOf, globalKey, keysOf, TABLE_KINDS, TABLE_VARIANTS, VARIANTS } from './tables';
import { type Corner, type Witness, witnessFinder } from './witness';

/** Counts of 1 to MIN_CELL_SIZE − 1 screenings must not be derivable exactly (docs/adr/0009). */
export const MIN_CELL_SIZE = 10;

/**
 * Complementary suppression over the whole declared table set of each (channel, year): no
 * published number links two of them, since no table sums over channels or spans two years.
 *
 * Every count of 1–9 (a cell of any declared table, or a margin of one regulation's cells) gets a
 * witness: a second set of counters, ±1 on a few counter cells, that publishes exactly the same
 * shown numbers and rows but changes that count. Every cell the witness changes is suppressed.
 * So no attack on the published tables, by subtraction or by solving them together, can tell the
 * two apart: the count is never exact. Work per count is bounded, so this stays linear in the
 * number of counter cells.
 *
 * Returns the global keys (tableKey) of the suppressed cells of every declared table.
 */
export function protect(cells: readonly CellCount[]): Set<number> {
  const suppressed = new Set<number>();
  const components = new Map<number, CellCount[]>();
  for (const cell of merge(cells)) {
    const id = componentOf(cell);
    const list = components.get(id);
    if (list) list.push(cell);
    else components.set(id, [cell]);
  }
  for (const [id, component] of components) protectComponent(id, component, suppressed);
  return suppressed;
}

// Table-variant indices, coarsest table first (a witness there covers many finer counts), and
// within a table group sizes (`a`) before margins and cells.
const ORDER = TABLE_KINDS.flatMap((_, k) =>
  ['a', 'v', 'r', 'c'].map((v) => k * VARIANTS.length + VARIANTS.indexOf(v as never)),
);
const CELLS_ONLY = TABLE_KINDS.map((_, k) => k * VARIANTS.length);
const ALL = Array.from({ length: TABLE_VARIANTS }, (_, tv) => tv);

function protectComponent(component: number, cells: CellCount[], suppressed: Set<number>) {
  const keys = cells.map(keysOf);
  // One pass per table and variant: every count, and the cells under each count below MIN_CELL_SIZE.
  const totals = ALL.map(() => new Map<number, number>());
  const under = ALL.map(() => new Map<number, number[]>());
  for (const tv of ALL) {
    const total = totals[tv] as Map<number, number>;
    const small = under[tv] as Map<number, number[]>;
    cells.forEach((cell, i) => {
      const local = (keys[i] as (tv: number) => number)(tv);
      total.set(local, (total.get(local) ?? 0) + cell.screenings);
    });
    cells.forEach((_, i) => {
      const local = (keys[i] as (tv: number) => number)(tv);
      if ((total.get(local) as number) >= MIN_CELL_SIZE) return;
      const list = small.get(local);
      if (list) list.push(i);
      else small.set(local, [i]);
    });
  }

  /** Every count (cells only, or cells and margins) the witness changes: [table-variant, local key, change]. */
  const changes = (w: Witness, tvs: readonly number[] = ALL) => {
    const changed: [number, number, number][] = [];
    for (const tv of tvs) {
      const delta = new Map<number, number>();
      for (const { index, sign } of w as Corner[]) {
        const local = (keys[index] as (tv: number) => number)(tv);
        delta.set(local, (delta.get(local) ?? 0) + sign);
      }
      for (const [local, d] of delta) if (d !== 0) changed.push([tv, local, d]);
    }
    return changed;
  };
  // What a witness costs: the people in the published cells it would newly hide; null when a
  // published cell would become empty (its row would vanish, so the witness is not invisible).
  const cost = (w: Witness): number | null => {
    let people = 0;
    for (const [tv, local, delta] of changes(w, CELLS_ONLY)) {
      const total = totals[tv]?.get(local) ?? 0;
      if (total + delta < 1) return null;
      if (!suppressed.has(globalKey(component, tv, local))) people += total;
    }
    return people;
  };
  // A counter can be lowered by one only if every published cell it is in holds at least 2.
  const floor = keys.map((keyOf) => Math.min(...CELLS_ONLY.map((tv) => totals[tv]?.get(keyOf(tv)) ?? 0)));
  const findWitness = witnessFinder(cells, keys, cost, (i) => (floor[i] as number) >= 2);
  const witnessed = new Set<number>();
  for (const tv of ORDER) {
    for (const [local, members] of under[tv] as Map<number, number[]>) {
      if (witnessed.has(globalKey(component, tv, local))) continue;
      const witness = findWitness(tv, local, members);
      if (!witness) {
        // Nothing small enough to move: hide the whole component (doubling every count is a witness).
        for (const keyOf of keys)
          for (const t of CELLS_ONLY) suppressed.add(globalKey(component, t, keyOf(t)));
        return;
      }
      for (const [t, l] of changes(witness)) {
        const key = globalKey(component, t, l);
        witnessed.add(key);
        if (t % VARIANTS.length === 0) suppressed.add(key);
      }
    }
  }
}

/** One counter per full-grain combination (a store may return a combination twice). */
function merge(cells: readonly CellCount[]): CellCount[] {
  const byKey = new Map<string, CellCount>();
  for (const cell of cells) {
    if (cell.screenings <= 0) continue;
    const { screenings: _count, ...grain } = cell;
    const key = JSON.stringify(grain);
    const seen = byKey.get(key);
    if (seen) seen.screenings += cell.screenings;
    else byKey.set(key, { ...cell });
  }
  return [...byKey.values()];
}
