import type { CellCount } from '../cells';
import { parentKind, periodId } from './periods';
import { type keysOf, SHARE_VERDICTS, TABLE_KINDS, VARIANTS } from './tables';

/** A counter cell (by index) raised (+1) or lowered (−1) in the alternative counters. */
export interface Corner {
  index: number;
  sign: 1 | -1;
}
export type Witness = readonly Corner[];

type Field = keyof Omit<CellCount, 'screenings'>;
const ANSWER: Field[] = ['verdict', 'receiving', 'reason'];
// A group's dimensions. Channel too: a square across the two channels cancels out in the
// national shares tables, which sum them.
const GROUP: Field[] = ['month', 'channel', 'region', 'ageBand', 'household'];
const ALL: Field[] = ['month', 'channel', 'regulation', ...ANSWER, 'region', 'ageBand', 'household'];
/** Bounds the search per count, so the whole stays linear in the number of counter cells. */
const TRIES = 24;
const CANDIDATES = 3;

/**
 * Finds witnesses for the counts of one (channel, year). A group is one combination of month,
 * region, age band and household; the shapes below keep every group's size the same in every
 * regulation, as the real counters do (each screening counts once in each regulation):
 * - a swap: in one regulation and group, one answer +1 and another −1;
 * - a square: that swap in one group and its reverse in a second group — invisible in every
 *   table that does not tell the two groups apart;
 * - a move: one screening from one group to another, in every regulation at once.
 * `cost` ranks the first few found; the cheapest is taken.
 */
export function witnessFinder(
  cells: readonly CellCount[],
  keys: readonly ReturnType<typeof keysOf>[],
  /** What the witness hides, or null when it would empty a published cell (its row would vanish). */
  cost: (w: Witness) => number | null,
  lowerable: (i: number) => boolean,
  /** The search goes on past the first few found while the cheapest costs this much or more. */
  goodEnough = Number.POSITIVE_INFINITY,
) {
  const key = (cell: CellCount, skip: readonly Field[]) =>
    ALL.map((f) => (skip.includes(f) ? '*' : String(cell[f] ?? '∅'))).join('|');
  const cell = (i: number) => cells[i] as CellCount;
  const count = (i: number) => cell(i).screenings;
  const exact = new Map(cells.map((c, i) => [key(c, []), i]));
  const groups = new Map<string, number[]>();
  cells.forEach((c, i) => {
    const k = key(c, ['regulation', ...ANSWER]);
    const group = groups.get(k);
    if (group) group.push(i);
    else groups.set(k, [i]);
  });
  const groupKey = cells.map((c) => key(c, ['regulation', ...ANSWER]));
  const groupOf = (i: number) => groups.get(groupKey[i] as string) ?? [];
  const size = (group: number[]) => {
    const first = cell(group[0] as number).regulation;
    return group.reduce((n, j) => (cell(j).regulation === first ? n + count(j) : n), 0);
  };
  // One cell of each group, those that can give a screening in every regulation first (a cell
  // that can be lowered in each), then the largest: the likeliest to have room for a move.
  const regulationCount = new Set(cells.map((c) => c.regulation)).size;
  const donors = (group: number[]) => new Set(group.filter(lowerable).map((j) => cell(j).regulation)).size;
  const largest = [...groups.values()]
    .map((group) => ({ group, donors: donors(group), size: size(group) }))
    .sort(
      (x, y) => Number(y.donors >= regulationCount) - Number(x.donors >= regulationCount) || y.size - x.size,
    )
    .map(({ group }) => group[0] as number);
  const rank = new Map(largest.map((g, i) => [g, i]));
  // The groups that differ from a group in one dimension only, by that dimension: so the near
  // groups of one are looked up, not searched for among all groups (which would be quadratic).
  const alike = Object.fromEntries(
    GROUP.map((f) => {
      const byRest = new Map<string, number[]>();
      for (const g of largest) {
        const k = key(cell(g), ['regulation', ...ANSWER, f]);
        const list = byRest.get(k);
        if (list) list.push(g);
        else byRest.set(k, [g]);
      }
      return [f, byRest];
    }),
  ) as Record<Field, Map<string, number[]>>;
  const nearCache = new Map<string, number[]>();
  /** The cell of group `g` (given by any of its cells) with the regulation and answer of cell `i`. */
  const inGroup = (i: number, g: number) => {
    const target = cell(g);
    return exact.get(key({ ...cell(i), ...Object.fromEntries(GROUP.map((f) => [f, target[f]])) }, []));
  };

  return (tv: number, target: number, members: readonly number[]): Witness | null => {
    const kindIndex = Math.floor(tv / VARIANTS.length);
    const variant = VARIANTS[tv % VARIANTS.length];
    const kind = TABLE_KINDS[kindIndex];
    if (!kind) return null;
    let best: Witness | null = null;
    let bestCost = Number.POSITIVE_INFINITY;
    let found = 0;
    /** Keeps the cheapest; true when the search can stop. */
    const consider = (candidate: [Witness, number] | null) => {
      if (!candidate) return false;
      const [w, c] = candidate;
      if (c < bestCost) [best, bestCost] = [w, c];
      return (++found >= CANDIDATES && bestCost < goodEnough) || c === 0;
    };
    const changesTarget = (w: Witness) =>
      w.reduce(
        (sum, c) => sum + ((keys[c.index] as ReturnType<typeof keysOf>)(tv) === target ? c.sign : 0),
        0,
      ) !== 0;
    /** The witness or its mirror image, whichever keeps every published row, with its cost. */
    const feasible = (w: Witness): [Witness, number] | null => {
      if (!changesTarget(w)) return null;
      const c = cost(w);
      if (c !== null) return [w, c];
      const mirror = w.map((corner) => ({ index: corner.index, sign: -corner.sign as 1 | -1 }));
      const m = cost(mirror);
      return m === null ? null : [mirror, m];
    };
    const parent = parentKind(kind.period);
    /** Other groups for cell `a`: those differing in one grouped dimension (or a month of the same parent period) first. */
    const otherGroups = (a: number) => {
      const cacheKey = `${kindIndex}#${groupKey[a]}`;
      const cached = nearCache.get(cacheKey);
      if (cached) return cached;
      const own = cell(a);
      const samePeriod = (g: number) =>
        parent !== null && periodId(parent, cell(g).month) === periodId(parent, own.month);
      const shown = (f: Field) =>
        f === 'month'
          ? parent !== null
          : f === 'channel'
            ? !kind.national
            : kind.groupBy.includes(f as never);
      const near = GROUP.filter(shown)
        .flatMap((f) =>
          (alike[f].get(key(own, ['regulation', ...ANSWER, f])) ?? []).filter(
            (g) => groupKey[g] !== groupKey[a] && (f !== 'month' || samePeriod(g)),
          ),
        )
        .sort((x, y) => (rank.get(x) as number) - (rank.get(y) as number));
      const list = near.slice(0, TRIES);
      const taken = new Set(list);
      for (const g of largest) {
        if (list.length >= TRIES) break;
        if (groupKey[g] !== groupKey[a] && !taken.has(g)) list.push(g);
      }
      nearCache.set(cacheKey, list);
      return list;
    };

    // Cheapest shapes first: a square or a move stays invisible in the coarse tables, a swap does
    // not; except in a national shares table, where a swap with a verdict it does not count
    // (unlikely, unknown) is invisible in every national table and a move rarely changes the target.
    for (const a of members) {
      const swaps = groupOf(a)
        .filter((b) => b !== a && cell(b).regulation === cell(a).regulation)
        .sort(
          (x, y) =>
            Number(SHARE_VERDICTS.includes(cell(x).verdict)) -
            Number(SHARE_VERDICTS.includes(cell(y).verdict)),
        )
        .slice(0, TRIES);
      if (kind.national) {
        for (const b of swaps) {
          const swap: Witness = [
            { index: a, sign: 1 },
            { index: b, sign: -1 },
          ];
          if (consider(feasible(swap))) return best;
        }
      }
      const others = otherGroups(a);
      if (variant !== 'a') {
        // A square keeps a regulation's group size, so it cannot witness one (`a`).
        for (const b of swaps) {
          for (const g of others) {
            const c = inGroup(a, g);
            const d = inGroup(b, g);
            if (c === undefined || d === undefined) continue;
            const square: Witness = [
              { index: a, sign: 1 },
              { index: b, sign: -1 },
              { index: c, sign: -1 },
              { index: d, sign: 1 },
            ];
            if (consider(feasible(square))) return best;
          }
        }
      }
      for (const g of others) {
        for (const changeAnswer of [false, true]) {
          const w = move(a, g, changeAnswer);
          if (w && consider(feasible(w))) return best;
        }
      }
      for (const b of swaps) {
        const swap: Witness = [
          { index: a, sign: 1 },
          { index: b, sign: -1 },
        ];
        if (consider(feasible(swap))) return best;
      }
    }
    return best;

    /**
     * One screening moved between the group of cell `a` and group `g`, in every regulation at once
     * (the mirror image, tried by feasible(), moves one the other way).
     * Where both groups have the same answer, the move cancels out in every table that does not
     * tell the two groups apart.
     */
    function move(a: number, g: number, changeAnswer: boolean): Witness | null {
      const byRegulation = (cellsOf: number[]) => {
        const map = new Map<string, number[]>();
        for (const j of cellsOf) map.set(cell(j).regulation, [...(map.get(cell(j).regulation) ?? []), j]);
        return map;
      };
      const here = byRegulation(groupOf(a));
      const there = byRegulation(groupOf(g));
      if (here.size !== there.size) return null;
      const sameAnswer = (x: number, y: number) => ANSWER.every((f) => cell(x)[f] === cell(y)[f]);
      const w: Corner[] = [];
      for (const [regulation, xs] of here) {
        const ys = there.get(regulation) ?? [];
        // In the regulation of `a`, `changeAnswer` moves it to the other group with another answer
        // too: that also changes a count no table by group shows (a national margin).
        const own = regulation === cell(a).regulation;
        // Lower (in the mirror: raise) the fullest cell of the other group: the likeliest to leave
        // every published cell non-empty.
        const pairs = (own ? [a] : xs)
          .flatMap((x) => ys.map((y) => [x, y] as const))
          .sort(([, y1], [, y2]) => Number(lowerable(y2)) - Number(lowerable(y1)) || count(y2) - count(y1));
        const pair =
          (own && changeAnswer
            ? pairs.find(([x, y]) => !sameAnswer(x, y))
            : pairs.find(([x, y]) => sameAnswer(x, y) && lowerable(y))) ?? pairs[0];
        if (!pair) return null;
        w.push({ index: pair[0], sign: 1 }, { index: pair[1], sign: -1 });
      }
      return w;
    }
  };
}
