import type { CellCount } from '../cells';
import {
  componentOf,
  globalKey,
  keysOf,
  NOT_IN_TABLE,
  TABLE_KINDS,
  TABLE_VARIANTS,
  type TableKind,
  VARIANTS,
} from './tables';
import { type Corner, type Witness, witnessFinder } from './witness';

/** Counts of 1 to MIN_CELL_SIZE − 1 screenings must not be derivable exactly (docs/adr/0009). */
export const MIN_CELL_SIZE = 10;

/**
 * The declared set follows the volume (docs/adr/0017): the finest tables first, and when a small
 * count of them has no witness, the year is protected again without them. A withheld table
 * publishes no rows at all (not even which are non-empty), so it constrains nothing. The national
 * shares tables stay to the last: they are what the ministry steers by.
 */
export const LEVELS: readonly ((kind: TableKind) => boolean)[] = [
  () => true,
  (k) => k.national === true || k.groupBy.length <= 1,
  (k) => k.national === true || k.groupBy.length === 0,
  (k) => k.national === true,
];

/** What protect() decided: suppressed cells (global keys, see tableKey) and withheld tables. */
export interface Protection {
  suppressed: Set<number>;
  /** Whether table `kindIndex` of the year of component `component` publishes nothing. */
  withheld(component: number, kindIndex: number): boolean;
}

/**
 * Complementary suppression over the whole declared table set of each year: no published number
 * links two years, since no table spans two.
 *
 * Every count of 1–9 (a cell of any published table, or a margin of one regulation's cells) gets
 * a witness: a second set of counters, ±1 on a few counter cells, that publishes exactly the same
 * shown numbers and rows but changes that count. Every cell the witness changes is suppressed.
 * So no attack on the published tables, by subtraction or by solving them together, can tell the
 * two apart: the count is never exact. Work per count is bounded, so this stays linear in the
 * number of counter cells (times the few levels of LEVELS tried).
 */
export function protect(cells: readonly CellCount[]): Protection {
  const suppressed = new Set<number>();
  const levelOf = new Map<number, number>();
  const components = new Map<number, CellCount[]>();
  for (const cell of merge(cells)) {
    const id = componentOf(cell);
    const list = components.get(id);
    if (list) list.push(cell);
    else components.set(id, [cell]);
  }
  for (const [id, component] of components) {
    // The finest level that protects and hides no national count of MIN_CELL_SIZE or more (the
    // national shares are what the set is for), tried from the coarsest: more tables only
    // constrain more, so the first finer level that fails ends the search.
    let level: number = LEVELS.length;
    let chosen = new Set<number>();
    for (let l = LEVELS.length - 1; l >= 0; l--) {
      const found = protectComponent(id, component, LEVELS[l] as (kind: TableKind) => boolean);
      if (!found || (l < LEVELS.length - 1 && hidesNationalCounts(id, component, found))) break;
      [level, chosen] = [l, found];
    }
    for (const key of chosen) suppressed.add(key);
    levelOf.set(id, level);
    if (level === LEVELS.length) {
      // Not even the national tables alone: every table of the year shows its rows, all
      // suppressed (doubling every counter is then the witness).
      for (const cell of component) {
        const keyOf = keysOf(cell);
        for (let k = 0; k < TABLE_KINDS.length; k++) {
          const tv = k * VARIANTS.length;
          const local = keyOf(tv);
          if (local !== NOT_IN_TABLE) suppressed.add(globalKey(id, tv, local));
        }
      }
    }
  }
  return {
    suppressed,
    withheld: (component, kindIndex) => {
      const level = levelOf.get(component);
      const published = level === undefined ? undefined : LEVELS[level];
      // No counters (every table empty), or nothing publishable (every cell suppressed).
      if (!published) return false;
      return !published(TABLE_KINDS[kindIndex] as TableKind);
    },
  };
}

const NATIONAL_WEIGHT = 1_000_000;
const isNational = (tv: number) => TABLE_KINDS[Math.floor(tv / VARIANTS.length)]?.national === true;

/** Whether a national shares cell of MIN_CELL_SIZE or more is suppressed. */
function hidesNationalCounts(component: number, cells: CellCount[], suppressed: Set<number>): boolean {
  const totals = new Map<number, number>();
  for (const cell of cells) {
    const keyOf = keysOf(cell);
    TABLE_KINDS.forEach((kind, k) => {
      if (!kind.national) return;
      const local = keyOf(k * VARIANTS.length);
      if (local === NOT_IN_TABLE) return;
      const key = globalKey(component, k * VARIANTS.length, local);
      totals.set(key, (totals.get(key) ?? 0) + cell.screenings);
    });
  }
  for (const [key, total] of totals) if (total >= MIN_CELL_SIZE && suppressed.has(key)) return true;
  return false;
}

/** The suppressed keys when every small count of the published tables has a witness, else null. */
function protectComponent(
  component: number,
  cells: CellCount[],
  published: (kind: TableKind) => boolean,
): Set<number> | null {
  const suppressed = new Set<number>();
  const kinds = TABLE_KINDS.map((k, i) => [k, i] as const).filter(([k]) => published(k));
  // Table-variant indices, coarsest table first (a witness there covers many finer counts), and
  // within a table group sizes (`a`) before margins and cells.
  const order = kinds.flatMap(([, k]) =>
    ['a', 'v', 'r', 'c'].map((v) => k * VARIANTS.length + VARIANTS.indexOf(v as never)),
  );
  const cellsOnly = kinds.map(([, k]) => k * VARIANTS.length);
  const all = kinds.flatMap(([, k]) => VARIANTS.map((_, v) => k * VARIANTS.length + v));
  const keys = cells.map(keysOf);
  // One pass per table and variant: every count, and the cells under each count below MIN_CELL_SIZE.
  const totals = Array.from({ length: TABLE_VARIANTS }, () => new Map<number, number>());
  const under = Array.from({ length: TABLE_VARIANTS }, () => new Map<number, number[]>());
  for (const tv of all) {
    const total = totals[tv] as Map<number, number>;
    const small = under[tv] as Map<number, number[]>;
    cells.forEach((cell, i) => {
      const local = (keys[i] as (tv: number) => number)(tv);
      if (local !== NOT_IN_TABLE) total.set(local, (total.get(local) ?? 0) + cell.screenings);
    });
    cells.forEach((_, i) => {
      const local = (keys[i] as (tv: number) => number)(tv);
      if (local === NOT_IN_TABLE || (total.get(local) as number) >= MIN_CELL_SIZE) return;
      const list = small.get(local);
      if (list) list.push(i);
      else small.set(local, [i]);
    });
  }

  /** Every count (cells only, or cells and margins) the witness changes: [table-variant, local key, change]. */
  const changes = (w: Witness, tvs: readonly number[] = all) => {
    const changed: [number, number, number][] = [];
    for (const tv of tvs) {
      const delta = new Map<number, number>();
      for (const { index, sign } of w as Corner[]) {
        const local = (keys[index] as (tv: number) => number)(tv);
        if (local !== NOT_IN_TABLE) delta.set(local, (delta.get(local) ?? 0) + sign);
      }
      for (const [local, d] of delta) if (d !== 0) changed.push([tv, local, d]);
    }
    return changed;
  };
  // What a witness costs: the people in the published cells it would newly hide; null when a
  // published cell would become empty (its row would vanish, so the witness is not invisible),
  // or a national cell would cross MIN_CELL_SIZE (a suppressed one is published as "fewer than
  // 10" or not, see shares.ts).
  const cost = (w: Witness): number | null => {
    let people = 0;
    for (const [tv, local, delta] of changes(w, cellsOnly)) {
      const total = totals[tv]?.get(local) ?? 0;
      if (total + delta < 1) return null;
      if (isNational(tv) && total < MIN_CELL_SIZE !== total + delta < MIN_CELL_SIZE) return null;
      // A national cell hidden costs more than any number of others: the shares come first.
      if (!suppressed.has(globalKey(component, tv, local)))
        people += isNational(tv) ? total * NATIONAL_WEIGHT : total;
    }
    return people;
  };
  // A counter can be lowered by one only if every published cell it is in holds at least 2.
  const floor = keys.map((keyOf) =>
    Math.min(
      ...cellsOnly.map((tv) => {
        const local = keyOf(tv);
        return local === NOT_IN_TABLE ? Number.POSITIVE_INFINITY : (totals[tv]?.get(local) ?? 0);
      }),
    ),
  );
  const findWitness = witnessFinder(cells, keys, cost, (i) => (floor[i] as number) >= 2, NATIONAL_WEIGHT);
  const witnessed = new Set<number>();
  for (const tv of order) {
    for (const [local, members] of under[tv] as Map<number, number[]>) {
      if (witnessed.has(globalKey(component, tv, local))) continue;
      const witness = findWitness(tv, local, members);
      // Nothing small enough to move: this set of tables cannot be published for the year.
      if (!witness) return null;
      for (const [t, l] of changes(witness)) {
        const key = globalKey(component, t, l);
        witnessed.add(key);
        if (t % VARIANTS.length === 0) suppressed.add(key);
      }
    }
  }
  return suppressed;
}

/**
 * One counter per full-grain combination (a store may return a combination twice). The rules
 * version is no table's dimension (rows only list the versions they hold), so it is summed away.
 */
function merge(cells: readonly CellCount[]): CellCount[] {
  const byKey = new Map<string, CellCount>();
  for (const cell of cells) {
    if (cell.screenings <= 0) continue;
    const { screenings: _count, rulesVersion: _version, ...grain } = cell;
    const key = JSON.stringify(grain);
    const seen = byKey.get(key);
    if (seen) seen.screenings += cell.screenings;
    else byKey.set(key, { ...grain, screenings: cell.screenings });
  }
  return [...byKey.values()];
}
