import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/rules/index';
import { evaluate, QUESTIONS } from '../../../functions/rules/index';
import { flowState, remainingEstimate, withAnswer, withDontKnow } from '../../../web/src/flow/path';
import { pensioner } from '../../support/screen';

const PEILDATUM = '2026-11-24';
const question = (id: string) => {
  const found = QUESTIONS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};

function walk(person: Answers): Answers {
  let answers: Answers = {};
  for (let step = 0; step < 30; step++) {
    const { current } = flowState(answers, PEILDATUM);
    if (!current) return answers;
    const values = Object.fromEntries(
      current.fields.map((path) => [path, (person as Record<string, unknown>)[path]]),
    );
    answers = withAnswer(answers, current, values);
  }
  throw new Error('flow did not end');
}

describe('flowState', () => {
  it('starts with the engine’s first question and ends when every regulation is decided', () => {
    expect(flowState({}, PEILDATUM).current?.id).toBeDefined();
    const answers = walk(pensioner);
    const state = flowState(answers, PEILDATUM);
    expect(state.current).toBeNull();
    expect(state.asked.length).toBeGreaterThan(3);
    const verdicts = evaluate(state.answers, { peildatum: PEILDATUM }).results.map((r) => r.verdict);
    expect(verdicts).not.toContain('unknown');
  });

  it('keeps later answers when an earlier one changes, and drops those that no longer apply from what is sent', () => {
    const couple = withAnswer(walk(pensioner), question('partner'), { partner: true });
    const withPartnerAge = withAnswer(couple, question('partnerAge'), { partnerAge: 68 });
    const state = flowState(withPartnerAge, PEILDATUM);
    expect(state.answers.partnerAge).toBe(68);
    expect(state.answers.rent).toBe(65_000); // later answer kept

    const single = withAnswer(withPartnerAge, question('partner'), { partner: false });
    const back = flowState(single, PEILDATUM);
    expect(single.partnerAge).toBe(68); // still stored, in case the person changes back
    expect(back.answers.partnerAge).toBeUndefined(); // but not on the path, so not sent
    expect(back.asked.map((q) => q.id)).not.toContain('partnerAge');
  });

  it('records "I don\'t know" instead of a value, and moves on', () => {
    const start = withAnswer({ ...pensioner }, question('assets'), { assets: 100 });
    const unknown = withDontKnow(start, question('assets'));
    expect(unknown.assets).toBeUndefined();
    expect(unknown.dontKnow).toEqual(['assets']);
    const state = flowState(unknown, PEILDATUM);
    expect(state.current?.id).not.toBe('assets');
    expect(state.answers.dontKnow).toEqual(['assets']);
    const again = withAnswer(unknown, question('assets'), { assets: 500 });
    expect(again.dontKnow).toBeUndefined();
    expect(again.assets).toBe(500);
  });

  it('sets both fields of the working question and keeps other answers apart', () => {
    const answers = withAnswer({ partner: true }, question('working'), {
      'working.applicant': true,
      'working.partner': false,
    });
    expect(answers.working).toEqual({ applicant: true, partner: false });
  });

  it('estimates the questions still to come, at least the current one', () => {
    const state = flowState({}, PEILDATUM);
    expect(remainingEstimate(state, PEILDATUM)).toBeGreaterThanOrEqual(1);
    expect(remainingEstimate(flowState(walk(pensioner), PEILDATUM), PEILDATUM)).toBe(0);
  });
});
