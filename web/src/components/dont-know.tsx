import type { Content } from '../content';

interface Props {
  content: Content;
  /** The question was answered "I don't know" before: say so, since no field shows it. */
  chosen: boolean;
  onChoose: () => void;
}

/**
 * The one "I don't know" of the flow: the same button under the same Next on every question
 * that allows it (question.dontKnow), whatever the kind. It records answers.dontKnow and moves
 * on, as Next does; an earlier "I don't know" is named above it.
 */
export function DontKnow({ content, chosen, onChoose }: Props) {
  return (
    <>
      {chosen && (
        <p class="utrecht-paragraph sw-dont-know__chosen" id="sw-dont-know-chosen">
          {content.flow.dontKnowChosen}
        </p>
      )}
      <button
        type="button"
        class="utrecht-button utrecht-button--secondary-action sw-dont-know"
        aria-describedby={chosen ? 'sw-dont-know-chosen' : undefined}
        onClick={onChoose}
      >
        {content.flow.dontKnowButton}
      </button>
    </>
  );
}
