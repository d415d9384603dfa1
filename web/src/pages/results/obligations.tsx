import type { Answers } from '../../../../functions/contract/answers';
import type { Content } from '../../content';
import type { Fact } from '../../content/types';
import { FactList } from './fact-list';

/**
 * What bijstand asks in return that applies to this household: the work duty and tegenprestatie
 * (Pw art. 9 lid 1 a and c) and the inlichtingenplicht (art. 17) for everyone; the exemption of a
 * single parent with a child under 5 (art. 9a lid 1) and the under-27 search period (art. 41 lid 4)
 * only where the answers say they apply.
 */
export function obligationFacts(answers: Answers, content: Content): Fact[] {
  const copy = content.obligations;
  const singleParentUnder5 =
    answers.partner === false && (answers.children ?? []).some((child) => child.age < 5);
  const under27 = answers.age !== undefined && answers.age < 27;
  return [
    copy.work,
    copy.tegenprestatie,
    copy.inlichtingen,
    ...(singleParentUnder5 ? [copy.singleParentUnder5] : []),
    ...(under27 ? copy.under27 : []),
  ];
}

/** Beside an open bijstand result: its obligations, plainly, folded away. */
export function BijstandObligations({ answers, content }: { answers: Answers; content: Content }) {
  return (
    <details class="sw-details sw-obligations">
      <summary class="sw-details__summary">{content.obligations.title}</summary>
      <FactList facts={obligationFacts(answers, content)} content={content} />
    </details>
  );
}

/** When someone says they applied and were refused: apply again, object within six weeks, free help. */
export function RefusedBefore({ name, content }: { name: string; content: Content }) {
  return (
    <div class="utrecht-alert sw-refused" role="note">
      <p class="utrecht-paragraph">
        <strong>{content.refused.title(name)}</strong>
      </p>
      <FactList facts={content.refused.facts} content={content} />
    </div>
  );
}
