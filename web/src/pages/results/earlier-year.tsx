import { useMemo, useState } from 'preact/hooks';
import {
  type Answers,
  type EarlierYear,
  evaluate,
  renderResult,
  TOESLAG_IDS,
} from '../../../../functions/rules/index';
import type { Content } from '../../content';
import { formatDate } from '../../lib/peildatum';
import { useReasonCopy } from '../../lib/reason-copy';
import { ResultCard } from './card';

/**
 * The toeslagen of the year before, while they can still be applied for (Awir art. 15 lid 1).
 * Worked out in the browser on request, with the same engine: it sends nothing and counts nothing,
 * so the visit's statistics stay those of today's screening. Rendered with the language's engine copy.
 */
export function EarlierYearSection({
  earlier,
  answers,
  content,
}: {
  earlier: EarlierYear;
  answers: Answers;
  content: Content;
}) {
  const [shown, setShown] = useState(false);
  const copy = content.results.earlierYear;
  const titleId = `earlier-${earlier.year}`;
  const reasonCopy = useReasonCopy(content.apiLang);
  const results = useMemo(
    () =>
      shown && reasonCopy
        ? evaluate(answers, { peildatum: earlier.peildatum })
            .results.filter((r) => TOESLAG_IDS.includes(r.regulation))
            .map((result) => renderResult(result, reasonCopy))
        : [],
    [shown, answers, earlier.peildatum, reasonCopy],
  );
  return (
    <section class="sw-earlier-year" aria-labelledby={titleId}>
      <h2 class="utrecht-heading-2" id={titleId}>
        {copy.title(earlier.year)}
      </h2>
      <p class="utrecht-paragraph">
        {copy.intro(earlier.year, formatDate(earlier.deadline, content.locale))}
      </p>
      {shown ? (
        <>
          <p class="utrecht-paragraph">{copy.note(earlier.year)}</p>
          {results.map((result) => (
            <ResultCard
              key={result.regulation}
              level={3}
              year={earlier.year}
              result={result}
              content={content}
              receiving={undefined}
              reason={undefined}
              notice={null}
              onReceiving={() => {}}
              onReason={() => {}}
            />
          ))}
        </>
      ) : (
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action sw-no-print"
          onClick={() => setShown(true)}
        >
          {copy.button(earlier.year)}
        </button>
      )}
    </section>
  );
}
