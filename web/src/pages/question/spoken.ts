import type { Answers, Page, Question } from '../../../../functions/rules/index';
import type { Content } from '../../content';
import type { QuestionId } from '../../content/types';
import { questionCopy } from '../../flow/wording';

/** The radio options of a yes/no or choice question, with the labels the page shows. */
export function choiceOptions(part: Page | Question, content: Content): { value: string; label: string }[] {
  const copy = content.questions[part.id as QuestionId];
  const values = part.kind === 'boolean' ? ['true', 'false'] : [...(part.options ?? [])];
  return values.map((value) => ({
    value,
    label:
      copy.options?.[value] ??
      (value === 'true' ? content.common.yes : value === 'false' ? content.common.no : value),
  }));
}

const CHILDCARE_TYPES = ['dagopvang', 'bso', 'gastouder'] as const;

/**
 * What "read aloud" says on a question page: each question, its hint, the answer options the
 * page offers (and "I don't know" where it may be chosen), then the help. The options are read
 * out with the labels on screen, so people hear what they can pick.
 */
export function spokenQuestion(
  question: Page,
  answers: Answers,
  content: Content,
  peildatum: string,
): string {
  const parts = question.parts ?? [question];
  const lines: (string | undefined)[] = [];
  for (const part of parts) {
    // The wording on screen ("how much do you receive" at AOW age).
    const copy = questionCopy(content, part.id, answers, peildatum);
    lines.push(copy.label, copy.hint);
    if (part.kind === 'boolean' || part.kind === 'choice')
      lines.push(
        choiceOptions(part, content)
          .map((option) => option.label)
          .join(', '),
      );
    if (part.kind === 'working') {
      const yesNo = `${content.common.yes}, ${content.common.no}`;
      lines.push(`${content.flow.workingApplicant}: ${yesNo}`);
      if (answers.partner === true) lines.push(`${content.flow.workingPartner}: ${yesNo}`);
    }
    if (part.kind === 'childcare')
      lines.push(
        `${content.flow.childcareType}: ${CHILDCARE_TYPES.map((type) => content.flow.childcareTypes[type]).join(', ')}`,
      );
  }
  if (question.dontKnow !== undefined) lines.push(content.flow.dontKnowButton);
  const help = content.questions[question.id as QuestionId]?.help;
  if (help) lines.push(help.title, ...help.body);
  return lines
    .filter((line): line is string => Boolean(line))
    .map((line) => (/[.?!:]$/.test(line.trim()) ? line.trim() : `${line.trim()}.`))
    .join(' ');
}
