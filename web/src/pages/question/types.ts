import type { ComponentChildren } from 'preact';
import type { Answers, Page } from '../../../../functions/rules/index';
import type { Content } from '../../content';
import type { QuestionCopy } from '../../content/types';

/** What every question kind gets: the question, its copy, the stored answers and the callbacks. */
export interface KindProps {
  question: Page;
  copy: QuestionCopy;
  content: Content;
  answers: Answers;
  /** The page's h1 holding the question text; kinds place it (in a legend or around a label). */
  heading: (children: ComponentChildren) => ComponentChildren;
  /** The answered "I don't know" before. */
  dontKnow: boolean;
  onSubmit: (values: Record<string, unknown>) => void;
  onDontKnow: () => void;
  /** Buttons under the form: Next, and "I don't know" where the question allows it. */
  actions: ComponentChildren;
}

export const focusFirstError = (ids: string[]) => {
  // Wait for the error to render, then put the cursor where it must be fixed.
  requestAnimationFrame(() => {
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element) {
        element.focus();
        return;
      }
    }
  });
};
