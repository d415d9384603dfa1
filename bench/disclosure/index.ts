/**
 * Disclosure-control benchmark: protect() over one year of counters for growing numbers of
 * screenings, to show the work grows linearly with the counters (the issue: "must not grow
 * quadratically"). Writes the "## Statistics disclosure control" section of docs/benchmarks.md.
 * Run with `npm run bench -- disclosure`.
 */
import { loadavg } from 'node:os';
import indeling from '../../functions/regions/gemeenten-2026.json';
import type { CellCount } from '../../functions/stats/cells';
import { REGULATION_IDS } from '../../functions/stats/dimensions';
import { protect } from '../../functions/stats/disclosure/protect';
import { tableKey, tableKindIndex } from '../../functions/stats/disclosure/tables';
import { writeSection } from '../write-section';

// A fixed-seed generator, so every run times the same counters.
let seed = 20261204;
const random = () => {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)] as T;
// Screenings concentrate in the large municipalities, as people do: the square of a uniform draw.
const regions = indeling.gemeenten.map((g) => g.code);
const region = () =>
  random() < 0.2 ? null : (regions[Math.floor(random() ** 3 * regions.length)] as string);

function year(screenings: number): CellCount[] {
  const cells = new Map<string, CellCount>();
  for (let i = 0; i < screenings; i++) {
    const person = {
      month: `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`,
      channel: random() < 0.8 ? 'citizen' : 'counter',
      region: region(),
      ageBand: pick(['18-20', '21-26', '27-66', '27-66', '27-66', '67-plus'] as const),
      household: pick(['single', 'single-parent', 'couple', 'couple-with-children'] as const),
    } as const;
    for (const regulation of REGULATION_IDS) {
      const verdict = pick(['likely', 'possibly', 'unlikely', 'unlikely', 'unknown'] as const);
      const entitled = verdict === 'likely' || verdict === 'possibly';
      const receiving = entitled ? pick(['yes', 'no', 'unanswered'] as const) : 'unanswered';
      const reason =
        receiving === 'no' ? pick([null, 'did-not-know', 'shame', 'too-complicated'] as const) : null;
      const cell: CellCount = { ...person, regulation, verdict, receiving, reason, screenings: 1 };
      const key = JSON.stringify({ ...cell, screenings: 0 });
      const seen = cells.get(key);
      if (seen) seen.screenings++;
      else cells.set(key, cell);
    }
  }
  return [...cells.values()];
}

const rows: string[] = [];
for (const screenings of process.env.SIZES
  ? process.env.SIZES.split(',').map(Number)
  : [1_000, 2_000, 4_000, 8_000]) {
  const cells = year(screenings);
  protect(cells.slice(0, 200)); // warm the JIT
  const t0 = process.hrtime.bigint();
  const { suppressed } = protect(cells);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  // Utility: of the cells of 10 or more in the year table without groupBy, how many stay shown.
  const yearTable = tableKindIndex('year', []);
  const sums = new Map<number, number>();
  for (const cell of cells)
    sums.set(tableKey(yearTable, cell), (sums.get(tableKey(yearTable, cell)) ?? 0) + cell.screenings);
  const large = [...sums].filter(([, n]) => n >= 10);
  const shown = large.filter(([key]) => !suppressed.has(key)).length;
  rows.push(
    `| ${screenings.toLocaleString('en')} | ${cells.length.toLocaleString('en')} | ${(ms / 1000).toFixed(1)} s | ${((ms * 1000) / cells.length).toFixed(0)} µs | ${suppressed.size.toLocaleString('en')} | ${shown} of ${large.length} |`,
  );
  process.stdout.write(`${rows.at(-1)}\n`);
}

writeSection(
  'Statistics disclosure control',
  [
    `Measured ${new Date().toISOString().slice(0, 10)} on this machine (Node ${process.version}, one core, load average ${loadavg()[0]?.toFixed(1)} while other work ran), \`npm run bench -- disclosure\`.`,
    '',
    'protect() over one year of counters: screenings spread over 12 months, two channels, the 342 gemeenten (skewed to the large ones, 20% without a region), age bands, households and the seven regulations (fixed seed). The time per counter cell staying flat as the year grows is the check that the work is linear, not quadratic (docs/adr/0009). The last column is the price: at these volumes the month and two-dimension tables are nearly one screening per cell, so almost no witness can lower a counter without emptying a published row, and protection falls back to hiding most of the year; see docs/adr/0009, "Known limits".',
    '',
    '| screenings in the year | counter cells | protect() | per counter cell | suppressed cells (all 44 tables) | year table: cells ≥ 10 still shown |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n'),
);
