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
  /**
   * The page's h1 holding the question text; kinds place it (in a legend or around a label).
   * `failed`: the last submit had errors, so the document title starts with "Error: ".
   */
  heading: (children: ComponentChildren, failed: boolean) => ComponentChildren;
  onSubmit: (values: Record<string, unknown>) => void;
  /** Buttons under the form: Next, and the one "I don't know" (components/dont-know) where allowed. */
  actions: ComponentChildren;
}
