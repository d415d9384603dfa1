import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RegulationId } from '../../../functions/rules/index';
import type { CellCount } from '../../../functions/stats/cells';
import { declaredPeriod } from '../../../functions/stats/disclosure/periods';
import { statsRows, statsTable } from '../../../functions/stats/query';
import { nationalShares } from '../../../functions/stats/shares';
import { derivableSmallCounts } from '../../support/linear-attack';

const REGULATIONS: RegulationId[] = ['aio', 'zorgtoeslag', 'huurtoeslag'];

interface Person {
  month: string;
  channel: CellCount['channel'];
  region: string | null;
  ageBand: CellCount['ageBand'];
  answers: {
    verdict: CellCount['verdict'];
    receiving: CellCount['receiving'];
    reason: CellCount['reason'];
  }[];
}

const ANSWERS: Person['answers'] = [
  { verdict: 'likely', receiving: 'yes', reason: null },
  { verdict: 'likely', receiving: 'no', reason: null },
  { verdict: 'likely', receiving: 'no', reason: 'shame' },
  { verdict: 'possibly', receiving: 'unanswered', reason: null },
  { verdict: 'unlikely', receiving: 'unanswered', reason: null },
];
const answer = fc.constantFrom(...ANSWERS);
// Skewed, as real populations are: a few large groups beside small ones, where subtraction bites.
const weighted = <T>(...choices: [T, number][]) =>
  fc.oneof(...choices.map(([value, weight]) => ({ arbitrary: fc.constant(value), weight })));
const person: fc.Arbitrary<Person> = fc.record({
  month: weighted(['2026-01', 4], ['2026-02', 4], ['2026-04', 1]),
  region: weighted<string | null>(['GM0363', 4], ['GM0599', 4], ['GM0014', 1]),
  ageBand: weighted<CellCount['ageBand']>(['27-66', 4], ['67-plus', 1]),
  // Both channels: the national shares tables sum them, so they are protected together.
  channel: weighted<CellCount['channel']>(['citizen', 4], ['counter', 1]),
  answers: fc.tuple(
    answer,
    weighted(...ANSWERS.map((a, i): [Person['answers'][number], number] => [a, i === 4 ? 6 : 1])),
    answer,
  ),
});

/** The counters the store would hold: every screening once in every regulation. */
function counters(people: Person[]): CellCount[] {
  const cells = new Map<string, CellCount>();
  for (const p of people) {
    REGULATIONS.forEach((regulation, i) => {
      const cell: CellCount = {
        month: p.month,
        channel: p.channel,
        region: p.region,
        ageBand: p.ageBand,
        household: 'single',
        regulation,
        ...(p.answers[i] as Person['answers'][number]),
        screenings: 1,
      };
      const key = JSON.stringify({ ...cell, screenings: 0 });
      const seen = cells.get(key);
      if (seen) seen.screenings++;
      else cells.set(key, cell);
    });
  }
  return [...cells.values()];
}

describe('disclosure control against an attacker who solves all published tables together', () => {
  it('hides the 3 screenings of one municipality that ungrouped minus groupBy=region used to reveal', () => {
    const people: Person[] = [
      ...Array.from(
        { length: 40 },
        (_, i): Person => ({
          month: '2026-11',
          channel: 'citizen',
          region: i % 2 ? 'GM0363' : 'GM0599',
          ageBand: '27-66',
          answers: [
            { verdict: 'likely', receiving: i % 3 ? 'no' : 'yes', reason: null },
            { verdict: 'likely', receiving: 'yes', reason: null },
            { verdict: i % 4 ? 'unlikely' : 'likely', receiving: i % 4 ? 'unanswered' : 'no', reason: null },
          ],
        }),
      ),
      ...Array.from(
        { length: 3 },
        (): Person => ({
          month: '2026-11',
          channel: 'citizen',
          region: 'GM0014',
          ageBand: '67-plus',
          answers: [
            { verdict: 'likely', receiving: 'no', reason: null },
            { verdict: 'likely', receiving: 'yes', reason: null },
            { verdict: 'unlikely', receiving: 'unanswered', reason: null },
          ],
        }),
      ),
    ];
    const cells = counters(people);
    const november = declaredPeriod('2026-11', '2026-11') as NonNullable<ReturnType<typeof declaredPeriod>>;
    const ungrouped = statsRows(cells, [], november);
    const byRegion = statsRows(cells, ['region'], november);
    // The old attack, per regulation and answer: the ungrouped cell minus the shown regions.
    for (const row of ungrouped.filter((r) => !r.suppressed)) {
      const same = byRegion.filter(
        (r) => r.regulation === row.regulation && r.verdict === row.verdict && r.receiving === row.receiving,
      );
      const hidden = same.filter((r) => r.suppressed);
      if (hidden.length === 0) continue;
      const rest = (row.screenings as number) - same.reduce((n, r) => n + (r.screenings ?? 0), 0);
      // Whatever is left is shared by at least two hidden cells, so no single one follows.
      expect(
        hidden.length,
        `${row.regulation} ${row.verdict}/${row.receiving}: ${rest} left`,
      ).toBeGreaterThanOrEqual(2);
    }
    expect(derivableSmallCounts(cells)).toEqual([]);
  });

  it('protects the national shares together with the tables by channel whose sum they are', () => {
    const people: Person[] = Array.from(
      { length: 83 },
      (_, i): Person => ({
        month: '2026-11',
        channel: i % 4 === 0 || i >= 80 ? 'counter' : 'citizen',
        region: i % 2 ? 'GM0363' : 'GM0599',
        ageBand: '27-66',
        answers: [
          i >= 80
            ? { verdict: 'possibly', receiving: 'unanswered', reason: null }
            : i % 3 === 1
              ? { verdict: 'unlikely', receiving: 'unanswered', reason: null }
              : { verdict: 'likely', receiving: i % 5 ? 'no' : 'yes', reason: null },
          { verdict: 'unlikely', receiving: 'unanswered', reason: null },
          { verdict: 'likely', receiving: 'yes', reason: null },
        ],
      }),
    );
    const cells = counters(people);
    const november = declaredPeriod('2026-11', '2026-11') as NonNullable<ReturnType<typeof declaredPeriod>>;
    // The 3 (all at a counter) are a national count and a count by channel: both tables are published.
    expect(statsTable(cells, [], november).withheld).toBe(false);
    const aio = nationalShares(cells, november).shares.find((s) => s.regulation === 'aio');
    expect(aio).toMatchObject({ unanswered: null, fewerThanMin: ['unanswered'] });
    expect(derivableSmallCounts(cells)).toEqual([]);
  });

  it('lets no count of 1–9 be solved for from all published tables together (property)', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 200, size: 'max' }), (people) => {
        expect(derivableSmallCounts(counters(people))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
