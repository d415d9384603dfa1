import type { ShareCount, ShareRow } from '../contract/statistics';
import type { CellCount } from './cells';
import { REGULATION_IDS } from './dimensions';
import type { DeclaredPeriod } from './disclosure/periods';
import { MIN_CELL_SIZE } from './disclosure/protect';
import { componentOf, NOT_IN_TABLE, nationalKindIndex, tableKey } from './disclosure/tables';
import { protectedCells } from './query';
import { shareInterval } from './wilson';

/**
 * The national shares table of a declared period (both channels, `likely` and `possibly` as one):
 * per regulation the counts who say they do not receive it, receive it, or did not answer, as
 * protected with every other table of the year, and the share with its interval where all three
 * are shown. `yearCells` must hold every counter of the period's year.
 */
export function nationalShares(
  yearCells: readonly CellCount[],
  period: DeclaredPeriod,
): { shares: ShareRow[]; withheld: boolean } {
  const kindIndex = nationalKindIndex(period.kind);
  const { suppressed, withheld } = protectedCells(yearCells);
  if (withheld(componentOf({ month: `${period.year}-01` }), kindIndex)) return { shares: [], withheld: true };
  const counts = new Map<number, { count: number; cell: CellCount }>();
  const versions = new Map<string, Set<string>>();
  for (const cell of yearCells) {
    if (!period.months.includes(cell.month) || cell.screenings <= 0) continue;
    const key = tableKey(kindIndex, cell);
    if (key === NOT_IN_TABLE) continue;
    const seen = counts.get(key);
    if (seen) seen.count += cell.screenings;
    else counts.set(key, { count: cell.screenings, cell });
    if (cell.rulesVersion) {
      const of = versions.get(cell.regulation) ?? new Set<string>();
      versions.set(cell.regulation, of.add(cell.rulesVersion));
    }
  }
  const shares = REGULATION_IDS.flatMap((regulation): ShareRow[] => {
    const of = (receiving: CellCount['receiving']): Published => {
      const found = [...counts].find(
        ([, v]) => v.cell.regulation === regulation && v.cell.receiving === receiving,
      );
      if (!found) return { count: 0, hidden: false };
      return { count: found[1].count, hidden: suppressed.has(found[0]) };
    };
    const no = of('no');
    const yes = of('yes');
    const unanswered = of('unanswered');
    if (no.count + yes.count + unanswered.count === 0) return [];
    const named: [ShareCount, Published][] = [
      ['notReceiving', no],
      ['receiving', yes],
      ['unanswered', unanswered],
    ];
    const [noRange, yesRange, unansweredRange] = named.map(([, c]) => range(c));
    const bounded = noRange && yesRange && unansweredRange;
    const interval = bounded ? boxInterval(noRange, yesRange, unansweredRange) : null;
    const shown = (c: Published) => (c.hidden ? null : c.count);
    return [
      {
        regulation,
        notReceiving: shown(no),
        receiving: shown(yes),
        unanswered: shown(unanswered),
        fewerThanMin: named.filter(([, c]) => c.hidden && c.count < MIN_CELL_SIZE).map(([name]) => name),
        n: no.hidden || yes.hidden || unanswered.hidden ? null : no.count + yes.count + unanswered.count,
        nLow: bounded ? noRange[0] + yesRange[0] + unansweredRange[0] : null,
        nHigh: bounded ? noRange[1] + yesRange[1] + unansweredRange[1] : null,
        share:
          no.hidden || yes.hidden || no.count + yes.count === 0 ? null : no.count / (no.count + yes.count),
        low: interval?.low ?? null,
        high: interval?.high ?? null,
        suppressed: no.hidden || yes.hidden || unanswered.hidden,
        rulesVersions: [...(versions.get(regulation) ?? [])].sort(),
      },
    ];
  });
  return { shares, withheld: false };
}

interface Published {
  count: number;
  hidden: boolean;
}

/**
 * What a reader knows of a count: exact when shown; 1 to MIN_CELL_SIZE − 1 when suppressed as
 * small (protect() keeps every witness of a national cell on the same side of MIN_CELL_SIZE, so
 * saying so gives nothing away); unbounded (null) when suppressed to protect another.
 */
function range(c: Published): [number, number] | null {
  if (!c.hidden) return [c.count, c.count];
  return c.count < MIN_CELL_SIZE ? [1, MIN_CELL_SIZE - 1] : null;
}

/** The union of the share intervals over every combination of counts within their ranges (at most 9³). */
function boxInterval(no: [number, number], yes: [number, number], unanswered: [number, number]) {
  let low = 1;
  let high = 0;
  for (let x = no[0]; x <= no[1]; x++)
    for (let y = yes[0]; y <= yes[1]; y++)
      for (let u = unanswered[0]; u <= unanswered[1]; u++) {
        const interval = shareInterval(x, y, u);
        if (!interval) continue;
        low = Math.min(low, interval.low);
        high = Math.max(high, interval.high);
      }
  return low <= high ? { low, high } : null;
}
