import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, evaluate, nextQuestion } from '../../../functions/rules/index';
import { fullAnswers } from '../../support/arbitraries';

const PEILDATUM = '2026-11-24';

const get = (answers: Answers, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], answers);

/** The answers the flow collects from `household`: each page's fields, or its "I don't know". */
function collect(household: Answers): Answers {
  const answers: Record<string, unknown> = {};
  const dontKnow: string[] = [];
  for (let step = 0; step < 40; step++) {
    const page = nextQuestion({ ...answers, ...(dontKnow.length ? { dontKnow } : {}) } as Answers, PEILDATUM);
    if (!page) return { ...answers, ...(dontKnow.length ? { dontKnow } : {}) } as Answers;
    if (page.dontKnow && household.dontKnow?.includes(page.dontKnow)) {
      dontKnow.push(page.dontKnow);
      continue;
    }
    for (const path of page.fields) {
      const value = get(household, path);
      if (value === undefined) continue;
      const keys = path.split('.');
      let node = answers;
      for (const key of keys.slice(0, -1)) {
        node[key] ??= {};
        node = node[key] as Record<string, unknown>;
      }
      node[keys[keys.length - 1] as string] = structuredClone(value);
    }
  }
  throw new Error('the flow did not end');
}

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
