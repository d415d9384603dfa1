/**
 * An attacker who reads every declared table and solves them together: which counts follow
 * exactly from the published numbers by linear algebra? Unknowns are the full-grain counters a
 * reader cannot rule out (every table shows a row for them); equations are the shown cells and
 * the fact that each screening counts once in every regulation. A count is derivable when its
 * vector lies in the span of the equations (Gaussian elimination modulo a prime: anything
 * derivable over the rationals is found, so the test errs on the side of failing).
 */
import { expect } from 'vitest';
import type { CellCount } from '../../functions/stats/cells';
import { REGULATION_IDS } from '../../functions/stats/dimensions';
import { type DeclaredPeriod, declaredPeriod } from '../../functions/stats/disclosure/periods';
import {
  NOT_IN_TABLE,
  SHARE_VERDICTS,
  TABLE_KINDS,
  tableKey,
  VARIANTS,
} from '../../functions/stats/disclosure/tables';
import { statsTable } from '../../functions/stats/query';
import { nationalShares } from '../../functions/stats/shares';

const P = 1_000_003;
const PERIODS = [
  ...Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`).map((m) => [m, m]),
  ['2026-01', '2026-03'],
  ['2026-04', '2026-06'],
  ['2026-07', '2026-09'],
  ['2026-10', '2026-12'],
  ['2026-01', '2026-06'],
  ['2026-07', '2026-12'],
  ['2026-01', '2026-12'],
].map(([from, to]) => declaredPeriod(from as string, to as string) as DeclaredPeriod);

export class Span {
  private readonly pivots = new Map<number, number[]>(); // pivot column → row (normalised, mod P)

  add(row: number[]): void {
    const reduced = this.reduce(row);
    const pivot = reduced.findIndex((v) => v !== 0);
    if (pivot < 0) return;
    const inv = inverse(reduced[pivot] as number);
    this.pivots.set(
      pivot,
      reduced.map((v) => (v * inv) % P),
    );
  }

  contains(row: number[]): boolean {
    return this.reduce(row).every((v) => v === 0);
  }

  private reduce(input: number[]): number[] {
    const row = input.map((v) => ((v % P) + P) % P);
    // Pivots are eliminated in increasing column order; each pivot row has zeros left of its pivot.
    for (const column of [...this.pivots.keys()].sort((a, b) => a - b)) {
      const factor = row[column] as number;
      if (factor === 0) continue;
      const pivotRow = this.pivots.get(column) as number[];
      for (let j = column; j < row.length; j++) {
        row[j] = ((row[j] as number) - ((factor * (pivotRow[j] as number)) % P) + P) % P;
      }
    }
    return row;
  }
}

function inverse(a: number): number {
  let [t, newT, r, newR] = [0, 1, P, a];
  while (newR !== 0) {
    const q = Math.floor(r / newR);
    [t, newT] = [newT, t - q * newT];
    [r, newR] = [newR, r - q * newR];
  }
  return ((t % P) + P) % P;
}

/** Every count of 1–9 (a cell of any declared table, or a margin of one regulation's cells) a reader can solve for exactly. */
export function derivableSmallCounts(cells: CellCount[]): string[] {
  const span = new Span();
  const vector = (members: number[]) => {
    const v = new Array<number>(cells.length).fill(0);
    for (const i of members) v[i] = 1;
    return v;
  };
  // What is published: the shown cells of every declared table.
  for (const period of PERIODS) {
    for (let k = 0; k < TABLE_KINDS.length; k++) {
      const kind = TABLE_KINDS[k] as (typeof TABLE_KINDS)[number];
      if (kind.period !== period.kind) continue;
      if (kind.national) {
        publishShares(cells, period, span, vector);
        continue;
      }
      const id = (r: Partial<CellCount>) =>
        [r.regulation, r.channel, r.verdict, r.receiving, ...kind.groupBy.map((d) => r[d] ?? null)].join('|');
      const members = new Map<string, number[]>();
      cells.forEach((c, i) => {
        if (period.months.includes(c.month)) members.set(id(c), [...(members.get(id(c)) ?? []), i]);
      });
      const { rows, withheld } = statsTable(cells, kind.groupBy, period);
      // A withheld table publishes nothing, not even which of its rows are non-empty.
      expect(rows.length).toBe(withheld ? 0 : members.size);
      for (const row of rows) {
        if (row.suppressed) continue;
        expect(row.screenings).toBeGreaterThanOrEqual(10);
        // A shown value pins the sum of these counters; the span records which sums are pinned.
        span.add(vector(members.get(id(row as Partial<CellCount>)) as number[]));
      }
    }
  }
  // Known to every reader: a group of screenings has the same size in every regulation.
  const profiles = new Map<string, Map<string, number[]>>();
  cells.forEach((c, i) => {
    const profile = `${c.month}|${c.channel}|${c.region}|${c.ageBand}|${c.household}`;
    const byRegulation = profiles.get(profile) ?? new Map<string, number[]>();
    byRegulation.set(c.regulation, [...(byRegulation.get(c.regulation) ?? []), i]);
    profiles.set(profile, byRegulation);
  });
  for (const byRegulation of profiles.values()) {
    const present = REGULATION_IDS.filter((r) => cells.some((c) => c.regulation === r));
    const [first, ...rest] = present.map((r) => byRegulation.get(r) ?? []);
    for (const other of rest) {
      const v = vector(first as number[]);
      for (const i of other) v[i] = (v[i] as number) - 1;
      span.add(v);
    }
  }
  const leaks: string[] = [];
  for (let k = 0; k < TABLE_KINDS.length; k++) {
    for (const variant of VARIANTS) {
      const groups = new Map<number, number[]>();
      cells.forEach((c, i) => {
        const key = tableKey(k, c, variant);
        if (key !== NOT_IN_TABLE) groups.set(key, [...(groups.get(key) ?? []), i]);
      });
      // Per period of this table's kind: the same key never spans two periods.
      for (const members of groups.values()) {
        const total = members.reduce((n, i) => n + (cells[i] as CellCount).screenings, 0);
        if (total >= 1 && total <= 9 && span.contains(vector(members))) {
          const c = cells[members[0] as number] as CellCount;
          leaks.push(
            `${variant} ${JSON.stringify(TABLE_KINDS[k])} ${c.month} ${c.regulation} ${c.verdict}/${c.receiving} = ${total}`,
          );
        }
      }
    }
  }
  return leaks;
}

/** The national shares table: per regulation the shown counts of likely-or-possibly results by receiving, both channels. */
function publishShares(
  cells: CellCount[],
  period: DeclaredPeriod,
  span: Span,
  vector: (members: number[]) => number[],
): void {
  const { shares } = nationalShares(cells, period);
  for (const row of shares) {
    for (const [receiving, count] of [
      ['no', row.notReceiving],
      ['yes', row.receiving],
      ['unanswered', row.unanswered],
    ] as const) {
      const members = cells.flatMap((c, i) =>
        period.months.includes(c.month) &&
        c.regulation === row.regulation &&
        c.receiving === receiving &&
        SHARE_VERDICTS.includes(c.verdict)
          ? [i]
          : [],
      );
      if (count === null) continue;
      if (members.length > 0) expect(count).toBeGreaterThanOrEqual(10);
      span.add(vector(members));
    }
  }
}
