import type { NonUseReason } from '../../../../functions/contract/answers';
import type { RegulationResult, SourceRef } from '../../../../functions/contract/result';
import type { Content } from '../../content';
import type { QuestionId } from '../../content/types';
import { formatMoney } from '../../lib/money';
import { ExternalLink } from './external-link';
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
  /** 2 for a card on its own, 3 inside a section ("you already get this", "probably not"). */
  level?: 2 | 3;
  /** A card for an earlier year (toeslagen still open): named with the year, and no non-use question. */
  year?: number;
}

/**
 * One regulation: its name and verdict, "do you already get this?", and everything else (why,
 * amounts, documents, deadlines, help) in one disclosure that is closed until asked for.
 * When the person says they already get it, the card says how to check the amount instead.
 */
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
  const name = `${copy.regulations[result.regulation]}${year === undefined ? '' : ` ${year}`}`;
  const headingId = year === undefined ? `card-${result.regulation}` : `card-${year}-${result.regulation}`;
  const already = open && year === undefined && receiving === true;
  const check = copy.check[result.apply.by];
  const monthly =
    result.estimate && (result.estimate.atMost ? copy.atMost : copy.monthly)(money(result.estimate.monthly));
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
      <Title class={`utrecht-heading-${level} sw-card__title`} id={headingId} tabIndex={-1}>
        {name}
      </Title>
      <p class="sw-verdict">
        <span class={`sw-badge sw-badge--${result.verdict}`}>{verdict.label}</span>
        {year !== undefined && monthly && <span class="sw-verdict__amount"> {monthly}</span>}
      </p>

      {already && (
        <div class="sw-check">
          {result.estimate && (
            <p class="utrecht-paragraph">{copy.alreadyExpected(money(result.estimate.monthly))}</p>
          )}
          <p class="utrecht-paragraph">
            {check.text}
            {check.source && (
              <>
                {' '}
                {check.source.kind === 'secondary' && `(${copy.alsoReported}: `}
                <ExternalLink href={check.source.url} newTab={copy.newTab}>
                  {check.source.title}
                </ExternalLink>
                {check.source.kind === 'secondary' && ')'}
              </>
            )}
          </p>
        </div>
      )}

      {open && year === undefined && (
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

      <details class="sw-details sw-more">
        <summary class="sw-details__summary">{copy.more(name)}</summary>
        <p class="utrecht-paragraph">{verdict.text}</p>
        {result.estimate ? (
          <div class="sw-amount">
            <p class="sw-amount__monthly">{monthly}</p>
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

        <Sub class={`utrecht-heading-${level + 1}`}>{copy.why}</Sub>
        <ul class="utrecht-unordered-list sw-reasons">
          {result.reasons.map((reason, index) => (
            <li class="utrecht-unordered-list__item" key={`${index}-${reason.code}`}>
              {reason.text}
              <ReasonSources sources={reason.sources} content={content} />
            </li>
          ))}
        </ul>

        {open &&
          sections
            .filter(([, facts]) => facts.length > 0)
            .map(([title, facts]) => (
              <div key={title}>
                <Sub class={`utrecht-heading-${level + 1}`}>{title}</Sub>
                <FactList facts={facts} content={content} />
              </div>
            ))}
      </details>
    </section>
  );
}

/**
 * A reason's sources: the laws and official pages as "law or rule"; anyone else who reported it
 * (news, a trade body, another municipality) apart, as "also reported by", never as the rule.
 */
export function ReasonSources({ sources, content }: { sources: SourceRef[]; content: Content }) {
  const copy = content.results;
  const rules = sources.filter((source) => source.kind === 'law' || source.kind === 'official');
  const reported = sources.filter((source) => source.kind === 'secondary');
  const links = (list: SourceRef[]) =>
    list.map((source, index) => (
      <span key={`${index}-${source.url}`}>
        {index > 0 && ', '}
        <ExternalLink href={source.url} newTab={copy.newTab}>
          {source.title}
        </ExternalLink>
      </span>
    ));
  if (rules.length === 0 && reported.length === 0) return null;
  return (
    <>
      {rules.length > 0 && (
        <span class="sw-sources" data-source-kind="rule">
          {' '}
          ({copy.law}: {links(rules)})
        </span>
      )}
      {reported.length > 0 && (
        <span class="sw-sources sw-sources--secondary" data-source-kind="secondary">
          {' '}
          ({copy.alsoReported}: {links(reported)})
        </span>
      )}
    </>
  );
}
