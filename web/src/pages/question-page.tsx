import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Answers, Page } from '../../../functions/rules/index';
import { DontKnow } from '../components/dont-know';
import { Heading } from '../components/heading';
import { Help } from '../components/help';
import { ReadAloud } from '../components/read-aloud';
import type { Content } from '../content';
import { flowState, isDontKnow, remainingEstimate, withAnswer, withDontKnow } from '../flow/path';
import { questionCopy } from '../flow/wording';
import { goBackTo, navigate, replaceRoute } from '../lib/router';
import { loadAnswers, saveAnswers } from '../lib/session';
import { ChildcareQuestion } from './question/childcare-question';
import { ChildrenQuestion } from './question/children-question';
import { ChoiceQuestion } from './question/choice-question';
import { IntegerQuestion } from './question/integer-question';
import { MoneyQuestion } from './question/money-question';
import { PairQuestion } from './question/pair-question';
import { spokenQuestion } from './question/spoken';
import type { KindProps } from './question/types';
import { WorkingQuestion } from './question/working-question';

const KINDS: Record<Page['kind'], (props: KindProps) => ComponentChildren> = {
  integer: IntegerQuestion,
  money: MoneyQuestion,
  boolean: ChoiceQuestion,
  choice: ChoiceQuestion,
  children: ChildrenQuestion,
  childcare: ChildcareQuestion,
  working: WorkingQuestion,
  pair: PairQuestion,
};

interface Props {
  content: Content;
  peildatum: string;
  id: string | null;
  fromCheck: boolean;
}

/** One page (a question, or a pair of them): the one the engine picks next, or an earlier one being changed. */
export function QuestionPage({ content, peildatum, id, fromCheck }: Props) {
  const [answers, setAnswers] = useState<Answers>(loadAnswers);
  const state = useMemo(() => flowState(answers, peildatum), [answers, peildatum]);
  const question = (id && [...state.asked, state.current].find((candidate) => candidate?.id === id)) || null;

  // A hash that does not match the path (old link, changed answers) goes to where the visit is.
  useEffect(() => {
    if (question) return;
    replaceRoute(state.current ? { page: 'question', id: state.current.id, fromCheck } : { page: 'check' });
  }, [question, state.current, fromCheck]);
  if (!question) return null;

  const index = state.asked.indexOf(question);
  const step = index === -1 ? state.asked.length + 1 : index + 1;
  const total = Math.max(step, state.asked.length + remainingEstimate(state, peildatum));
  const copy = questionCopy(content, question.id, answers, peildatum);

  const goNext = (next: Answers) => {
    saveAnswers(next);
    setAnswers(next);
    const after = flowState(next, peildatum);
    const position = after.asked.indexOf(question);
    const following = fromCheck ? after.current : (after.asked[position + 1] ?? after.current);
    if (following) navigate({ page: 'question', id: following.id, fromCheck });
    else navigate({ page: 'check' });
  };

  const goBack = () => {
    if (fromCheck) return goBackTo({ page: 'check' });
    const previous = state.asked[(index === -1 ? state.asked.length : index) - 1];
    // Before the first question: the optional gemeente question.
    goBackTo(
      previous
        ? { page: 'question', id: previous.id, fromCheck: false }
        : { page: 'municipality', fromCheck: false },
    );
  };

  const Kind = KINDS[question.kind];
  // Every question on the page (a pair reads both), its options and its help.
  const spoken = (language: Content) => spokenQuestion(question, answers, language, peildatum);

  return (
    <div class="sw-page" key={question.id}>
      <div class="sw-toolbar sw-no-print">
        <button type="button" class="sw-link-button sw-back" onClick={goBack}>
          <span aria-hidden="true">‹ </span>
          {content.common.back}
        </button>
        <p class="sw-progress" aria-live="off">
          {content.flow.progress(step, total)}
        </p>
      </div>
      <ReadAloud text={spoken} content={content} />
      <Kind
        question={question}
        copy={copy}
        content={content}
        answers={answers}
        heading={(children, failed) => (
          <Heading title={(failed ? content.common.errorPageTitle : content.common.pageTitle)(copy.label)}>
            {children}
          </Heading>
        )}
        onSubmit={(values) => goNext(withAnswer(answers, question, values))}
        actions={
          <>
            {copy.help && <Help help={copy.help} />}
            <div class="sw-actions">
              <button type="submit" class="utrecht-button utrecht-button--primary-action">
                {content.common.next}
              </button>
              {question.dontKnow !== undefined && (
                <DontKnow
                  content={content}
                  chosen={isDontKnow(answers, question)}
                  onChoose={() => goNext(withDontKnow(answers, question))}
                />
              )}
            </div>
          </>
        }
      />
    </div>
  );
}
