import type { NonUseReason } from '../../../../functions/rules/answers';
import type { RegulationResult } from '../../../../functions/rules/result';
import type { Content } from '../../content';
import type { QuestionId } from '../../content/types';
import { formatMoney } from '../../lib/money';
import { FactList } from './fact-list';
import { NonUse } from './non-use';

interface Props {
  result: RegulationResult;
  content: Content;
  receiving: boolean | undefined;
  reason: NonUseReason | undefined;
  notice: 'pending' | 'saved' | 'failed' | null;
  onReceiving: (value: boolean) => void;
  onReason: (value: NonUseReason) => void;
  /** 2 for a card on its own, 3 inside the "probably not" section. */
  level?: 2 | 3;
  /** A card for an earlier year (toeslagen still open): named with the year, and no non-use question. */
  year?: number;
}

/** One regulation: the verdict in plain words, the amount, why, and what to do next. */
export function ResultCard({
  result,
  content,
  receiving,
  reason,
  notice,
  onReceiving,
  onReason,
  level = 2,
  year,
}: Props) {
  const Title = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  const copy = content.results;
  const verdict = copy.verdicts[result.verdict];
  const money = (cents: number) => formatMoney(cents, content.locale);
  const open = result.verdict === 'likely' || result.verdict === 'possibly';
  const steps = content.nextSteps[result.regulation];
  const headingId = year === undefined ? `card-${result.regulation}` : `card-${year}-${result.regulation}`;
  const sections = [
    [copy.applyHeading, steps.apply],
    [copy.documentsHeading, steps.documents],
    [copy.deadlinesHeading, steps.deadlines],
    [copy.durationHeading, steps.duration],
    [copy.helpHeading, steps.help],
  ] as const;

  return (
    <section
      class={`sw-card sw-card--${result.verdict}`}
      aria-labelledby={headingId}
      data-regulation={result.regulation}
      data-verdict={result.verdict}
      data-monthly={result.estimate?.monthly ?? ''}
    >
      <Title class={`utrecht-heading-${level} sw-card__title`} id={headingId}>
        {copy.regulations[result.regulation]}
        {year === undefined ? '' : ` ${year}`}
      </Title>
      <p class="sw-verdict">
        <span class={`sw-badge sw-badge--${result.verdict}`}>{verdict.label}</span> {verdict.text}
      </p>

      {result.estimate ? (
        <div class="sw-amount">
          <p class="sw-amount__monthly">
            {(result.estimate.atMost ? copy.atMost : copy.monthly)(money(result.estimate.monthly))}
          </p>
          <p class="utrecht-paragraph">
            {result.estimate.range && result.estimate.range.min !== result.estimate.range.max
              ? `${copy.range(money(result.estimate.range.min), money(result.estimate.range.max))} `
              : ''}
            {copy.yearly(money(result.estimate.yearly))}
          </p>
        </div>
      ) : (
        open && <p class="utrecht-paragraph">{copy.noAmount}</p>
      )}

      {result.thresholds.length > 0 && (
        <div class="sw-thresholds">
          <Sub class={`utrecht-heading-${level + 1}`}>{copy.threshold}</Sub>
          <ul class="utrecht-unordered-list">
            {result.thresholds.map((threshold, index) => (
              <li class="utrecht-unordered-list__item" key={`${index}-${threshold.field}`}>
                {threshold.text}
              </li>
            ))}
          </ul>
        </div>
      )}

      {result.verdict === 'unknown' && result.missing.length > 0 && (
        <p class="utrecht-paragraph">
          {copy.missing}{' '}
          {result.missing
            .map((path) => content.questions[path.split('.')[0] as QuestionId]?.label ?? path)
            .join(' · ')}
        </p>
      )}

      <details class="sw-details" open={!open}>
        <summary class="sw-details__summary">{copy.why}</summary>
        <ul class="utrecht-unordered-list sw-reasons">
          {result.reasons.map((reason, index) => (
            <li class="utrecht-unordered-list__item" key={`${index}-${reason.code}`}>
              {reason.text}
              {reason.sources.length > 0 && (
                <span class="sw-sources">
                  {' '}
                  ({copy.law}:{' '}
                  {reason.sources.map((source, index) => (
                    <span key={`${index}-${source.url}`}>
                      {index > 0 && ', '}
                      <a class="utrecht-link" href={source.url} rel="noopener noreferrer" target="_blank">
                        {source.title}
                      </a>
                    </span>
                  ))}
                  )
                </span>
              )}
            </li>
          ))}
        </ul>
      </details>

      {open && (
        <>
          <p class="sw-apply">
            <a
              class="utrecht-button utrecht-button--primary-action sw-button-link"
              href={result.apply.url}
              rel="noopener noreferrer"
              target="_blank"
            >
              {copy.applyAt[result.apply.by]}
            </a>
            {result.apply.text && result.apply.text !== copy.applyAt[result.apply.by] && (
              <span class="sw-apply__text">{result.apply.text}</span>
            )}
          </p>
          <details class="sw-details">
            <summary class="sw-details__summary">{copy.whatToDo}</summary>
            {sections
              .filter(([, facts]) => facts.length > 0)
              .map(([title, facts]) => (
                <div key={title}>
                  <Sub class={`utrecht-heading-${level + 1}`}>{title}</Sub>
                  <FactList facts={facts} content={content} />
                </div>
              ))}
          </details>
          {result.apply.by === 'toeslagen' && (
            <details class="sw-details">
              <summary class="sw-details__summary">{copy.repaymentTitle}</summary>
              <FactList facts={copy.repayment} content={content} />
            </details>
          )}
          {year === undefined && (
            <NonUse
              regulation={result.regulation}
              receiving={receiving}
              reason={reason}
              notice={notice}
              content={content}
              onReceiving={onReceiving}
              onReason={onReason}
            />
          )}
        </>
      )}
    </section>
  );
}
