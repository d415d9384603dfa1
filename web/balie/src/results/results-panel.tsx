import {
  NON_USE_REASONS,
  type NonUseReason,
  type RegulationId,
} from '../../../../functions/contract/regulations';
import type { RegulationResult } from '../../../../functions/contract/result';
import type { Content } from '../../../src/content/types';
import { formatMoney } from '../../../src/lib/money';
import type { CounterContent } from '../content';
import { asksReceiving } from './receiving';

export type SendStatus = 'idle' | 'sending' | 'sent' | 'failed';

interface Props {
  copy: CounterContent;
  /** The citizen app's copy in the screen language: regulation names, verdicts, non-use reasons. */
  citizen: Content;
  results: readonly RegulationResult[];
  stale: boolean;
  receiving: Partial<Record<RegulationId, boolean>>;
  reasons: Partial<Record<RegulationId, NonUseReason>>;
  status: SendStatus;
  onReceiving: (id: RegulationId, value: boolean | undefined) => void;
  onReason: (id: RegulationId, value: NonUseReason | undefined) => void;
}

/** The amount as the citizen app shows it: per month (with the range for a don't-know), and per year. */
export function amountText(result: RegulationResult, citizen: Content): string | null {
  const estimate = result.estimate;
  if (!estimate) return null;
  const money = (cents: number) => formatMoney(cents, citizen.locale);
  const range =
    estimate.range && estimate.range.min !== estimate.range.max
      ? ` ${citizen.results.range(money(estimate.range.min), money(estimate.range.max))}`
      : '';
  return `${citizen.results.monthly(money(estimate.monthly))}.${range} ${citizen.results.yearly(money(estimate.yearly))}`;
}

const STATUS: Record<SendStatus, keyof CounterContent['results']> = {
  idle: 'notSent',
  sending: 'sending',
  sent: 'sent',
  failed: 'sendFailed',
};

/** The seven results, updated as answers change, with the same receiving questions as the citizen app. */
export function ResultsPanel(props: Props) {
  const { copy, results, stale, status } = props;
  return (
    <section class="results" aria-labelledby="results-title">
      <h2 id="results-title">{copy.results.title}</h2>
      <p class="results__live">{copy.results.live}</p>
      {stale && <p class="notice">{copy.results.stale}</p>}
      <ul class="results__list">
        {results.map((result) => (
          <ResultItem key={result.regulation} result={result} {...props} />
        ))}
      </ul>
      <p class="results__status" role="status" data-status={status}>
        {copy.results[STATUS[status]]}
      </p>
    </section>
  );
}

function ResultItem({
  result,
  copy,
  citizen,
  receiving,
  reasons,
  onReceiving,
  onReason,
}: Props & { result: RegulationResult }) {
  const id = result.regulation;
  const verdict = citizen.results.verdicts[result.verdict];
  const amount = amountText(result, citizen);
  const receivingValue = receiving[id];
  return (
    <li class={`result result--${result.verdict}`} data-regulation={id}>
      <h3>{citizen.results.regulations[id]}</h3>
      <p class="result__verdict">
        <strong>{verdict.label}</strong>
      </p>
      {amount && <p class="result__amount">{amount}</p>}
      {result.reasons[0] && <p class="result__reason">{result.reasons[0].text}</p>}
      {asksReceiving(result) && (
        <div class="result__receiving">
          <label for={`receiving-${id}`}>{citizen.results.receivingQuestion}</label>
          <select
            id={`receiving-${id}`}
            value={receivingValue === undefined ? '' : String(receivingValue)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              onReceiving(id, value === '' ? undefined : value === 'true');
            }}
          >
            <option value="">{copy.fields.unanswered}</option>
            <option value="true">{citizen.common.yes}</option>
            <option value="false">{citizen.common.no}</option>
          </select>
          {receivingValue === false && (
            <>
              <label for={`reason-${id}`}>{citizen.results.reasonQuestion}</label>
              <select
                id={`reason-${id}`}
                value={reasons[id] ?? ''}
                onChange={(event) => {
                  const value = event.currentTarget.value as NonUseReason | '';
                  onReason(id, value === '' ? undefined : value);
                }}
              >
                <option value="">{copy.fields.unanswered}</option>
                {NON_USE_REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {citizen.results.nonUseReasons[reason]}
                  </option>
                ))}
              </select>
            </>
          )}
        </div>
      )}
    </li>
  );
}
