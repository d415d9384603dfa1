import type { Answers } from '../answers';
import { evaluate } from '../engine/evaluate';
import { QUESTIONS, type Question } from './catalogue';

/**
 * The most useful unanswered question: among the earliest stage with any question still needed,
 * the one the most still-undecided regulations need (their `missing`), ties broken by catalogue
 * order; null when every regulation is decided.
 */
export function nextQuestion(answers: Answers, peildatum: string): Question | null {
  const { results } = evaluate(answers, { peildatum });
  const need = new Map<Question, number>();
  const dontKnow = new Set<string>(answers.dontKnow ?? []);
  for (const result of results) {
    if (result.verdict !== 'unknown' && result.verdict !== 'possibly') continue;
    const counted = new Set<Question>();
    for (const path of result.missing) {
      if (dontKnow.has(path)) continue;
      const question = QUESTIONS.find((candidate) => candidate.fields.includes(path));
      if (!question || counted.has(question) || isAnswered(answers, path)) continue;
      counted.add(question);
      need.set(question, (need.get(question) ?? 0) + 1);
    }
  }
  let best: Question | null = null;
  let bestCount = 0;
  for (const question of QUESTIONS) {
    const count = need.get(question) ?? 0;
    if (count === 0) continue;
    if (!best || question.stage < best.stage || (question.stage === best.stage && count > bestCount)) {
      best = question;
      bestCount = count;
    }
  }
  return best;
}

function isAnswered(answers: Answers, path: string): boolean {
  let value: unknown = answers;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return false;
    value = (value as Record<string, unknown>)[key];
  }
  return value !== undefined;
}
