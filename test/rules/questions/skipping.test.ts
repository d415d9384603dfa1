import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, evaluate } from '../../../functions/rules/index';
import { fullAnswers } from '../../support/arbitraries';
import { walkFlow } from '../../support/flow-walk';

const PEILDATUM = '2026-11-24';

const collect = (household: Answers) => walkFlow(household, PEILDATUM).answers;

const outcome = (answers: Answers) =>
  evaluate(answers, { peildatum: PEILDATUM }).results.map(
    ({ regulation, verdict, estimate }) => `${regulation} ${verdict} ${estimate?.monthly ?? ''}`,
  );

describe('skipping never changes a verdict (fast-check)', () => {
  it('the answers nextQuestion() collects give the verdicts and amounts of all the answers', () => {
    fc.assert(
      fc.property(fullAnswers, (household) => {
        expect(outcome(collect(household))).toEqual(outcome(household));
      }),
      { numRuns: 300 },
    );
  });
});
