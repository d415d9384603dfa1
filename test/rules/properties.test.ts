import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../functions/contract/answers';
import type { CodedResult as RegulationResult, Verdict } from '../../functions/contract/result';
import { evaluate } from '../../functions/rules/index';
import { anyAnswers, anyPeildatum } from '../support/arbitraries';

const RUNS = { numRuns: 400 };
const RANK: Record<Verdict, number> = { unlikely: 0, unknown: 1, possibly: 2, likely: 3 };
const amount = (r: RegulationResult) => r.estimate?.monthly ?? 0;

describe('engine properties (fast-check)', () => {
  it('generated answers are valid contract answers', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => answersSchema.safeParse(answers).success),
      RUNS,
    );
  });

  it('never throws on valid answers and always gives seven results', () => {
    fc.assert(
      fc.property(anyAnswers, anyPeildatum, (answers, peildatum) => {
        expect(evaluate(answers, { peildatum }).results).toHaveLength(7);
      }),
      RUNS,
    );
  });

  it.each(['netIncomeMonthly', 'grossIncomeYearly'] as const)('more %s never raises an estimate', (field) => {
    fc.assert(
      fc.property(
        anyAnswers,
        fc.integer({ min: 1, max: 2_000_000 }),
        anyPeildatum,
        (answers, extra, peildatum) => {
          const base = answers[field] ?? 0;
          const less = evaluate({ ...answers, [field]: base }, { peildatum }).results;
          const more = evaluate({ ...answers, [field]: base + extra }, { peildatum }).results;
          more.forEach((result, i) => {
            expect(amount(result), result.regulation).toBeLessThanOrEqual(
              amount(less[i] as RegulationResult),
            );
          });
        },
      ),
      RUNS,
    );
  });

  it('more vermogen never improves a verdict', () => {
    fc.assert(
      fc.property(
        anyAnswers,
        fc.integer({ min: 1, max: 20_000_000 }),
        anyPeildatum,
        (answers, extra, peildatum) => {
          const base = answers.assets ?? 0;
          const less = evaluate({ ...answers, assets: base }, { peildatum }).results;
          const more = evaluate({ ...answers, assets: base + extra }, { peildatum }).results;
          more.forEach((result, i) => {
            expect(RANK[result.verdict], result.regulation).toBeLessThanOrEqual(
              RANK[(less[i] as RegulationResult).verdict],
            );
          });
        },
      ),
      RUNS,
    );
  });

  it('every likely or possibly verdict has a reason with a source', () => {
    fc.assert(
      fc.property(anyAnswers, anyPeildatum, (answers, peildatum) => {
        for (const result of evaluate(answers, { peildatum }).results) {
          if (result.verdict !== 'likely' && result.verdict !== 'possibly') continue;
          expect(
            result.reasons.some((reason) => reason.sources.length > 0),
            result.regulation,
          ).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('estimates are whole cents, never negative; toeslagen advances are whole euros', () => {
    fc.assert(
      fc.property(anyAnswers, anyPeildatum, (answers, peildatum) => {
        for (const result of evaluate(answers, { peildatum }).results) {
          if (!result.estimate) continue;
          expect(Number.isSafeInteger(result.estimate.monthly)).toBe(true);
          expect(result.estimate.monthly).toBeGreaterThanOrEqual(0);
          if (result.apply.by === 'toeslagen') expect(result.estimate.monthly % 100).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it('missing answers are listed exactly when the verdict is unknown', () => {
    fc.assert(
      fc.property(anyAnswers, anyPeildatum, (answers, peildatum) => {
        for (const result of evaluate(answers, { peildatum }).results) {
          if (result.verdict === 'unknown') expect(result.missing.length).toBeGreaterThan(0);
          if (result.verdict === 'likely' || result.verdict === 'unlikely')
            expect(result.missing).toEqual([]);
        }
      }),
      RUNS,
    );
  });
});
