import type { RegulationResult } from '../../../../functions/contract/result';
import type { Content } from '../../content';
import { formatMoney } from '../../lib/money';
import { ExternalLink } from './external-link';

/** What a result is worth per year, as the API gives it; null when the API gives no amount. */
export function yearlyText(result: RegulationResult, content: Content): string | null {
  const { estimate } = result;
  if (!estimate) return null;
  const upTo =
    estimate.atMost === true || (estimate.range !== undefined && estimate.range.min !== estimate.range.max);
  return content.results.perYear(formatMoney(estimate.yearly, content.locale), upTo);
}

/** Highest yearly amount first; results without an amount after those with one, in the API's order. */
export function byYearlyAmount(a: RegulationResult, b: RegulationResult): number {
  return (b.estimate?.yearly ?? -1) - (a.estimate?.yearly ?? -1);
}

/**
 * The first screen: one line per regulation to act on — its name, verdict, what it is worth
 * per year, and the one thing to do now (a link to apply, or who to call).
 */
export function TodoList({ results, content }: { results: RegulationResult[]; content: Content }) {
  const copy = content.results;
  return (
    <ol class="sw-todo__list">
      {results.map((result) => {
        const todo = copy.todo[result.regulation];
        const yearly = yearlyText(result, content);
        return (
          <li
            class="sw-todo__item"
            key={result.regulation}
            data-todo={result.regulation}
            data-yearly={result.estimate?.yearly ?? ''}
          >
            <p class="sw-todo__line">
              <strong class="sw-todo__name">{copy.regulations[result.regulation]}</strong>{' '}
              <span class={`sw-badge sw-badge--${result.verdict}`}>
                {copy.verdicts[result.verdict].label}
              </span>
            </p>
            {yearly && <p class="sw-todo__amount">{yearly}</p>}
            <p class="sw-todo__action">
              {todo.link ? (
                <ExternalLink href={result.apply.url} newTab={copy.newTab}>
                  {todo.text}
                </ExternalLink>
              ) : (
                todo.text
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
