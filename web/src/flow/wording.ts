import { type Answers, incomeWording } from '../../../functions/rules/index';
import type { Content } from '../content';
import type { QuestionCopy, QuestionId } from '../content/types';

/**
 * A question's copy for these answers: the `receive` variant where the rules' incomeWording says so
 * (a household at AOW age), the default otherwise. The choice is the rules'; this only picks the copy.
 */
export function questionCopy(
  content: Content,
  id: string,
  answers: Answers,
  peildatum: string,
): QuestionCopy {
  const copy = content.questions[id as QuestionId];
  if (!copy?.receive || incomeWording(answers, peildatum) !== 'receive') return copy;
  return { ...copy, ...copy.receive };
}
