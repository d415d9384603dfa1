import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { NonUseReason } from '../../../functions/rules/answers';
import { earlierToeslagYears } from '../../../functions/rules/index';
import type { RegulationId } from '../../../functions/rules/regulations';
import type { ScreeningResponse } from '../../../functions/rules/result';
import { Heading } from '../components/heading';
import { ReadAloud } from '../components/read-aloud';
import type { Content } from '../content';
import type { QuestionId } from '../content/types';
import { flowState } from '../flow/path';
import { screen } from '../lib/api';
import { formatMoney } from '../lib/money';
import { formatDate } from '../lib/peildatum';
import { replaceRoute } from '../lib/router';
import { loadAnswers, saveAnswers, sessionId } from '../lib/session';
import { answerText, pageQuestions } from './check-page';
import { ResultCard } from './results/card';
import { EarlierYearSection } from './results/earlier-year';
import { FactList } from './results/fact-list';

type State =
  | { status: 'loading' }
  | { status: 'error'; offline: boolean }
  | { status: 'done'; data: ScreeningResponse };

const ORDER = { likely: 0, possibly: 1, unknown: 2, unlikely: 3 } as const;

/**
 * The result: POST /api/screen with the answers on the path, one card per regulation.
 * "Do you already get this?" re-screens with the same sessionId, so the visit is counted once.
 */
export default function ResultsPage({ content, peildatum }: { content: Content; peildatum: string }) {
  const [answers, setAnswers] = useState(loadAnswers);
  const [state, setState] = useState<State>({ status: 'loading' });
  // The last "already get this?" answer and whether its re-screening (the count) went through.
  const [notice, setNotice] = useState<{
    regulation: RegulationId;
    status: 'pending' | 'saved' | 'failed';
  } | null>(null);
  const pending = useRef(false);
  const [attempt, setAttempt] = useState(0);
  const flow = useMemo(() => flowState(answers, peildatum), [answers, peildatum]);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    if (flow.current) replaceRoute({ page: 'question', id: flow.current.id, fromCheck: false });
  }, [flow.current]);

  useEffect(() => {
    if (flow.current) return;
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    const body = {
      peildatum,
      channel: 'citizen' as const,
      lang: content.apiLang,
      sessionId: sessionId(),
      answers: {
        ...flow.answers,
        ...(answers.receiving && { receiving: answers.receiving }),
        ...(answers.nonUseReasons && { nonUseReasons: answers.nonUseReasons }),
      },
    };
    screen(body, abort.signal)
      .then((outcome) => {
        const rescreen = pending.current;
        pending.current = false;
        if (rescreen) setNotice((n) => n && { ...n, status: outcome.ok ? 'saved' : 'failed' });
        if (outcome.ok) setState({ status: 'done', data: outcome.data });
        // A failed re-screening keeps the result on screen; the card says the answer was not counted.
        else
          setState((previous) =>
            rescreen && previous.status === 'done' ? previous : { status: 'error', offline: outcome.offline },
          );
      })
      .catch(() => undefined); // aborted by a newer screening
    return () => abort.abort();
  }, [flow, answers.receiving, answers.nonUseReasons, content.apiLang, peildatum, attempt]);

  useEffect(() => {
    const openAll = () => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    };
    window.addEventListener('beforeprint', openAll);
    return () => window.removeEventListener('beforeprint', openAll);
  }, []);

  const update = useCallback(
    (regulation: RegulationId, change: { receiving?: boolean; reason?: NonUseReason }) => {
      const next = structuredClone(answers);
      if (change.receiving !== undefined) {
        next.receiving = { ...next.receiving, [regulation]: change.receiving };
        if (change.receiving && next.nonUseReasons) delete next.nonUseReasons[regulation];
      }
      if (change.reason !== undefined)
        next.nonUseReasons = { ...next.nonUseReasons, [regulation]: change.reason };
      saveAnswers(next);
      pending.current = true;
      setNotice({ regulation, status: 'pending' });
      setAnswers(next);
    },
    [answers],
  );

  const copy = content.results;
  if (flow.current) return null;
  if (state.status === 'loading') {
    return (
      <div class="sw-page" aria-busy="true">
        <Heading title={content.common.pageTitle(copy.loadingTitle)} transient>
          {copy.loadingTitle}
        </Heading>
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div class="sw-page">
        <Heading title={content.common.pageTitle(copy.errorTitle)}>{copy.errorTitle}</Heading>
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">
            {state.offline ? content.errors.offline : content.errors.screenFailed}
          </p>
        </div>
        <button
          type="button"
          class="utrecht-button utrecht-button--primary-action"
          onClick={() => {
            setState({ status: 'loading' });
            setAttempt((n) => n + 1);
          }}
        >
          {content.common.retry}
        </button>
      </div>
    );
  }

  const { data } = state;
  const sorted = [...data.results].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]);
  const open = sorted.filter((result) => result.verdict === 'likely' || result.verdict === 'possibly');
  const rest = sorted.filter((result) => result.verdict === 'unlikely' || result.verdict === 'unknown');
  const money = (cents: number) => formatMoney(cents, content.locale);
  const summaryLine = (result: (typeof open)[number]) =>
    `${copy.regulations[result.regulation]}: ${copy.verdicts[result.verdict].label.toLowerCase()}${result.estimate ? `, ${copy.monthly(money(result.estimate.monthly)).toLowerCase()}` : ''}`;
  const spoken = () =>
    [
      copy.title,
      copy.intro,
      open.length ? copy.summaryLikely : copy.summaryNone,
      ...open.map(summaryLine),
    ].join('. ');
  const card = (result: (typeof sorted)[number], level: 2 | 3) => (
    <ResultCard
      level={level}
      key={result.regulation}
      result={result}
      content={content}
      receiving={answers.receiving?.[result.regulation]}
      reason={answers.nonUseReasons?.[result.regulation]}
      notice={notice?.regulation === result.regulation ? notice.status : null}
      onReceiving={(receiving) => update(result.regulation, { receiving })}
      onReason={(reason) => update(result.regulation, { reason })}
    />
  );

  return (
    <div class="sw-page sw-results">
      <Heading title={content.common.pageTitle(copy.title)}>{copy.title}</Heading>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{copy.intro}</p>
      <p class="utrecht-paragraph sw-checked-on">
        {copy.checkedOn(formatDate(data.peildatum, content.locale))}
      </p>
      {data.parameters.stale && (
        <div class="utrecht-alert utrecht-alert--warning" role="note">
          <p class="utrecht-paragraph">{copy.staleNotice}</p>
        </div>
      )}
      <div class="sw-summary-box">
        <p class="utrecht-paragraph">{open.length ? copy.summaryLikely : copy.summaryNone}</p>
        {open.length > 0 && (
          <ul class="utrecht-unordered-list">
            {open.map((result) => (
              <li class="utrecht-unordered-list__item" key={result.regulation}>
                {summaryLine(result)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div class="sw-actions sw-no-print">
        <ReadAloud text={spoken} content={content} />
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action"
          onClick={() => window.print()}
        >
          {copy.print}
        </button>
      </div>
      <p class="utrecht-paragraph sw-print-only">{copy.printNote}</p>
      {open.map((result) => card(result, 2))}
      {rest.length > 0 && (
        <section class="sw-rest" aria-labelledby="rest-title">
          <h2 class="utrecht-heading-2" id="rest-title">
            {copy.otherResults}
          </h2>
          {rest.map((result) => card(result, 3))}
        </section>
      )}
      {earlierToeslagYears(data.peildatum).map((earlier) => (
        <EarlierYearSection key={earlier.year} earlier={earlier} answers={flow.answers} content={content} />
      ))}
      <section class="sw-free-help" aria-labelledby="help-title">
        <h2 class="utrecht-heading-2" id="help-title">
          {copy.freeHelpTitle}
        </h2>
        <FactList facts={copy.freeHelp} content={content} />
      </section>
      <details class="sw-details sw-your-answers">
        <summary class="sw-details__summary">{copy.yourAnswers}</summary>
        <dl class="sw-summary">
          {flow.asked.flatMap(pageQuestions).map((question) => (
            <div class="sw-summary__row" key={question.id}>
              <dt class="sw-summary__key">{content.questions[question.id as QuestionId].label}</dt>
              <dd class="sw-summary__value">{answerText(question, flow.answers, content)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <p class="utrecht-paragraph sw-disclaimer">{copy.disclaimer}</p>
    </div>
  );
}
