import { useMemo } from 'preact/hooks';
import {
  type Answers,
  childcareHoursPerMonth,
  type Page,
  type Question,
} from '../../../functions/rules/index';
import { Heading } from '../components/heading';
import { SaveOnDevice } from '../components/save-device';
import type { Content } from '../content';
import type { QuestionId } from '../content/types';
import { flowState, getPath, isDontKnow } from '../flow/path';
import { questionCopy } from '../flow/wording';
import { formatMoney } from '../lib/money';
import { routeHash } from '../lib/router';
import { loadAnswers } from '../lib/session';
import { MunicipalityRow } from './municipality-row';

/** "Check your answers": every answer on the path, each with a link to change it. */
export function CheckPage({ content, peildatum }: { content: Content; peildatum: string }) {
  const answers = useMemo(loadAnswers, []);
  const state = useMemo(() => flowState(answers, peildatum), [answers, peildatum]);

  return (
    <div class="sw-page">
      <Heading title={content.common.pageTitle(content.check.title)}>{content.check.title}</Heading>
      <p class="utrecht-paragraph">{content.check.intro}</p>
      <dl class="sw-summary">
        <MunicipalityRow content={content} peildatum={peildatum} change />
        {state.asked
          .flatMap((page) => pageQuestions(page).map((question) => ({ page, question })))
          .map(({ page, question }) => {
            const copy = questionCopy(content, question.id, state.answers, peildatum);
            return (
              <div class="sw-summary__row" key={question.id}>
                <dt class="sw-summary__key">{copy.label}</dt>
                <dd class="sw-summary__value">{answerText(question, state.answers, content)}</dd>
                <dd class="sw-summary__action sw-no-print">
                  <a
                    class="utrecht-link"
                    href={routeHash({ page: 'question', id: page.id, fromCheck: true })}
                  >
                    {content.check.change(copy.label)}
                  </a>
                </dd>
              </div>
            );
          })}
      </dl>
      <div class="sw-actions">
        {state.current ? (
          <a
            class="utrecht-button utrecht-button--primary-action sw-button-link"
            href={routeHash({ page: 'question', id: state.current.id, fromCheck: false })}
          >
            {content.common.next}
          </a>
        ) : (
          <a
            class="utrecht-button utrecht-button--primary-action sw-button-link"
            href={routeHash({ page: 'results' })}
          >
            {content.check.submit}
          </a>
        )}
      </div>
      <SaveOnDevice content={content} id="device-check" />
    </div>
  );
}

/** The questions on a page: its parts, or the page itself (a row each on the check page). */
export const pageQuestions = (page: Page): readonly Question[] => page.parts ?? [page as Question];

/** An answer as a person reads it back: words for choices, euros for money, ages for children. */
export function answerText(question: Question, answers: Answers, content: Content): string {
  if (isDontKnow(answers, question)) return content.check.dontKnowAnswer;
  const copy = content.questions[question.id as QuestionId];
  const yesNo = (value: unknown) =>
    value === true ? content.common.yes : value === false ? content.common.no : '';
  switch (question.kind) {
    case 'boolean': {
      const value = getPath(answers, question.id);
      return copy.options?.[String(value)] ?? yesNo(value);
    }
    case 'choice': {
      const value = String(getPath(answers, question.id));
      return copy.options?.[value] ?? value;
    }
    case 'money': {
      const value = getPath(answers, question.id);
      const period = question.period ? ` ${content.flow.period[question.period]}` : '';
      return typeof value === 'number' ? `${formatMoney(value, content.locale)}${period}` : '';
    }
    case 'integer': {
      const value = getPath(answers, question.id);
      const years =
        question.id === 'age' || question.id === 'partnerAge' ? ` ${content.flow.yearsSuffix}` : '';
      return value === undefined ? '' : `${String(value)}${years}`;
    }
    case 'children':
      return content.check.childrenAnswer((answers.children ?? []).map((child) => child.age));
    case 'childcare':
      // The hours a month as the rules count them (a week × 52 ÷ 12, rounded up).
      return content.check.childcareAnswer(
        (answers.childcare ?? []).map((entry, index) => ({
          child: (entry.child ?? index) + 1,
          hoursPerMonth: childcareHoursPerMonth(entry),
        })),
      );
    case 'working': {
      const parts = [`${content.flow.workingApplicant} ${yesNo(answers.working?.applicant)}`];
      if (answers.working?.partner !== undefined) {
        parts.push(`${content.flow.workingPartner} ${yesNo(answers.working.partner)}`);
      }
      return parts.join(' · ');
    }
  }
}
