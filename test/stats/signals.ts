import type { RegulationCell } from '../../functions/stats/cells';
import { REGULATION_IDS } from '../../functions/stats/dimensions';
import type { ScreeningSignal } from '../../functions/stats/signal';

/** A screening's signal with the given verdict for every regulation. */
export function signal(
  overrides: Partial<ScreeningSignal> & { verdict?: RegulationCell['verdict'] } = {},
): ScreeningSignal {
  const { verdict = 'likely', ...rest } = overrides;
  return {
    dims: { month: '2026-11', channel: 'citizen', region: 'GM0363', ageBand: '27-66', household: 'single' },
    cells: REGULATION_IDS.map((regulation) => ({ regulation, verdict, receiving: 'no', reason: null })),
    at: Date.now(),
    ...rest,
  };
}

/** Total screenings counted for one regulation in the cells read back. */
export function total(
  cells: { regulation: string; screenings: number }[],
  regulation = 'zorgtoeslag',
): number {
  return cells.filter((c) => c.regulation === regulation).reduce((sum, c) => sum + c.screenings, 0);
}
