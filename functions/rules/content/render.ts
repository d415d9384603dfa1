import type {
  CodedReason,
  CodedResult,
  CodedThreshold,
  Evaluation,
  Reason,
  RegulationResult,
  ScreeningResponse,
  Threshold,
} from '../../contract/result';
import { formatEuro } from './format';
import type { Format, ReasonCopy } from './types';

/**
 * Renders what `evaluate` returns into the contract's response in one language: every reason's text
 * from its code and values, every threshold's sentence, every apply line. The only place that turns
 * codes into copy and cents into euros; the API (for the request's `lang`) and the web apps (for the
 * language on screen) call it with that language's copy. Key order is the contract's, so the API's
 * bytes are what they were when the engine wrote the texts itself.
 */
export function renderScreening(evaluation: Evaluation, copy: ReasonCopy): ScreeningResponse {
  const format = formatFor(copy);
  return { ...evaluation, results: evaluation.results.map((result) => renderWith(result, copy, format)) };
}

/** One regulation's result in the language of `copy`. */
export function renderResult(result: CodedResult, copy: ReasonCopy): RegulationResult {
  return renderWith(result, copy, formatFor(copy));
}

function renderWith(result: CodedResult, copy: ReasonCopy, format: Format): RegulationResult {
  return {
    ...result,
    reasons: result.reasons.map((reason) => renderReason(reason, copy, format)),
    apply: { by: result.apply.by, url: result.apply.url, text: copy.apply[result.regulation] },
    thresholds: result.thresholds.map((threshold) => renderThreshold(threshold, copy, format)),
  };
}

function renderReason({ code, sources, values }: CodedReason, copy: ReasonCopy, format: Format): Reason {
  const text = copy.reasons[code](values ?? {}, format);
  return values ? { code, text, sources, values } : { code, text, sources };
}

/** "€ 40,00 per maand onder de grens van € 1.401,50 (netto inkomen per maand)". */
function renderThreshold(threshold: CodedThreshold, copy: ReasonCopy, format: Format): Threshold {
  const { field, limit, value, margin, kind } = threshold;
  const words = copy.threshold;
  const period = field === 'grossIncomeYearly' ? 'year' : field === 'assets' ? 'stock' : 'month';
  const under = kind === 'below' ? margin > 0 : margin >= 0;
  const text = (under ? words.under : words.over)(
    format.euro(Math.abs(margin)),
    words.per[period],
    format.euro(limit),
    format.field(field),
  );
  return { field, limit, value, margin, text };
}

function formatFor(copy: ReasonCopy): Format {
  return {
    euro: (cents) => formatEuro(Number(cents ?? 0), copy.lang),
    field: (path) => copy.fields[path] ?? path,
  };
}
