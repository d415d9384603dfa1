import { Fragment } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { NonUseReason } from '../../../functions/contract/answers';
import type { RegulationId } from '../../../functions/contract/regulations';
import type { ScreeningResponse } from '../../../functions/contract/result';
import { earlierToeslagYears } from '../../../functions/rules/index';
import { DutchNotice } from '../components/dutch-notice';
import { Heading } from '../components/heading';
import { ReadAloud } from '../components/read-aloud';
import { SaveOnDevice } from '../components/save-device';
import { type Content, DEFAULT_LANG, type LangCode } from '../content';
import { flowState } from '../flow/path';
import { questionCopy } from '../flow/wording';
import { screen } from '../lib/api';
import { formatDate } from '../lib/peildatum';
import { replaceRoute } from '../lib/router';
import { loadAnswers, loadRegion, saveAnswers, sessionId } from '../lib/session';
import { answerText, pageQuestions } from './check-page';
import { MunicipalityRow } from './municipality-row';
import { ResultCard } from './results/card';
import { EarlierYearSection } from './results/earlier-year';
import { FactList } from './results/fact-list';
import { LocalRoutes } from './results/local-routes';
import { BijstandObligations, RefusedBefore } from './results/obligations';
import { byYearlyAmount, TodoList, yearlyText } from './results/todo';
import { WorkMoreSection } from './results/work-more';

type State =
  | { status: 'loading' }
  | { status: 'error'; offline: boolean }
  | { status: 'done'; data: ScreeningResponse };

const ORDER = { likely: 0, possibly: 1, unknown: 2, unlikely: 3 } as const;

/**
 * The result: POST /api/screen with the answers on the path. First one screen with what to do
 * now, highest yearly amount first; then one card per regulation with its detail folded away.
 * "Do you already get this?" re-screens once per answer with the same sessionId, so the visit
 * is counted once; a yes moves the regulation to "you already get this".
 */
export default function ResultsPage({
  content,
  peildatum,
  onLanguage,
}: {
  content: Content;
  peildatum: string;
  /** The one-tap switch back to Dutch in the notice that the Dutch text is authoritative. */
  onLanguage?: (lang: LangCode) => void;
}) {
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
    const region = loadRegion();
    const body = {
      peildatum,
      channel: 'citizen' as const,
      ...(region && { region }),
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

  // The print-out is the summary: only the folds marked for it print open, and close again after.
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('details[data-print-open]')].filter(
        (details) => !details.open,
      );
      for (const details of opened) details.open = true;
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  // A card that moved between "to do" and "you already get this" takes the focus along.
  // A layout effect, so it runs after the commit that moved the card, not a pending earlier one.
  const moved = useRef<RegulationId | null>(null);
  useLayoutEffect(() => {
    if (!moved.current) return;
    document.getElementById(`card-${moved.current}`)?.focus();
    moved.current = null;
  });

  const update = useCallback(
    (regulation: RegulationId, change: { receiving?: boolean; reason?: NonUseReason }) => {
      const next = structuredClone(answers);
      if (change.receiving !== undefined) {
        if ((answers.receiving?.[regulation] === true) !== change.receiving) moved.current = regulation;
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
  const sorted = [...data.results].sort(byYearlyAmount);
  const open = sorted.filter((result) => result.verdict === 'likely' || result.verdict === 'possibly');
  const todo = open.filter((result) => answers.receiving?.[result.regulation] !== true);
  const already = open.filter((result) => answers.receiving?.[result.regulation] === true);
  const rest = [...data.results]
    .sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict])
    .filter((result) => result.verdict === 'unlikely' || result.verdict === 'unknown');
  const toeslag = open.some((result) => result.apply.by === 'toeslagen');
  const spoken = (language: Content) =>
    [
      // In the order on screen: the to-do list, then what it is based on.
      language.results.title,
      todo.length ? language.results.todoTitle : language.results.summaryNone,
      ...todo.map((result) =>
        [
          language.results.regulations[result.regulation],
          language.results.verdicts[result.verdict].label,
          yearlyText(result, language),
          language.results.todo[result.regulation].text,
        ]
          .filter(Boolean)
          .join(', '),
      ),
      language.results.intro,
    ].join('. ');
  const card = (result: (typeof sorted)[number], level: 2 | 3) => (
    <Fragment key={result.regulation}>
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
      {/* Beside the right: the obligations of an open bijstand, and what to do after a refusal. */}
      {result.regulation === 'algemene-bijstand' &&
        (result.verdict === 'likely' || result.verdict === 'possibly') && (
          <BijstandObligations answers={flow.answers} content={content} />
        )}
      {answers.nonUseReasons?.[result.regulation] === 'applied-refused' &&
        answers.receiving?.[result.regulation] !== true && (
          <RefusedBefore name={copy.regulations[result.regulation]} content={content} />
        )}
    </Fragment>
  );

  return (
    <div class="sw-page sw-results">
      <Heading title={content.common.pageTitle(copy.title)}>{copy.title}</Heading>
      <section class="sw-todo" aria-labelledby="todo-title">
        <h2 class="utrecht-heading-2 sw-todo__title" id="todo-title">
          {copy.todoTitle}
        </h2>
        {todo.length > 0 ? (
          <TodoList results={todo} content={content} />
        ) : (
          <p class="utrecht-paragraph">{copy.summaryNone}</p>
        )}
        <p class="utrecht-paragraph sw-results__intro">{copy.intro}</p>
      </section>
      {/* Below the to-do list, which must fit the first screen; beside "an indication, not a decision". */}
      {content.lang !== DEFAULT_LANG && onLanguage && <DutchNotice content={content} onChange={onLanguage} />}
      {/* Below the list, so the first screen still holds all of it. */}
      {data.parameters.stale && (
        <div class="utrecht-alert utrecht-alert--warning" role="note">
          <p class="utrecht-paragraph">{copy.staleNotice}</p>
        </div>
      )}
      <div class="sw-actions sw-no-print">
        <ReadAloud text={spoken} content={content} />
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action sw-print"
          aria-describedby="print-hint"
          onClick={() => window.print()}
        >
          {copy.print}
        </button>
        <p class="utrecht-paragraph sw-print-hint" id="print-hint">
          {copy.printHint}
        </p>
      </div>
      <p class="utrecht-paragraph sw-print-only">{copy.printNote}</p>
      {todo.map((result) => card(result, 2))}
      <LocalRoutes results={data.results} content={content} peildatum={data.peildatum} />
      {already.length > 0 && (
        <section class="sw-already" aria-labelledby="already-title">
          <h2 class="utrecht-heading-2" id="already-title">
            {copy.alreadyTitle}
          </h2>
          <p class="utrecht-paragraph">{copy.alreadyIntro}</p>
          {already.map((result) => card(result, 3))}
        </section>
      )}
      {toeslag && (
        <details class="sw-details sw-repayment">
          <summary class="sw-details__summary">{copy.repaymentTitle}</summary>
          <FactList facts={copy.repayment} content={content} />
        </details>
      )}
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
      <WorkMoreSection answers={flow.answers} peildatum={data.peildatum} content={content} />
      <details class="sw-details sw-free-help">
        <summary class="sw-details__summary">{copy.freeHelpTitle}</summary>
        <FactList facts={copy.freeHelp} content={content} />
      </details>
      <details class="sw-details sw-your-answers" data-print-open>
        <summary class="sw-details__summary">{copy.yourAnswers}</summary>
        <dl class="sw-summary">
          <MunicipalityRow content={content} peildatum={peildatum} change={false} />
          {flow.asked.flatMap(pageQuestions).map((question) => (
            <div class="sw-summary__row" key={question.id}>
              <dt class="sw-summary__key">
                {questionCopy(content, question.id, flow.answers, peildatum).label}
              </dt>
              <dd class="sw-summary__value">{answerText(question, flow.answers, content)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <SaveOnDevice content={content} id="device-results" folded />
      <p class="utrecht-paragraph sw-disclaimer">
        {copy.checkedOn(formatDate(data.peildatum, content.locale))} {copy.disclaimer}
      </p>
    </div>
  );
}
