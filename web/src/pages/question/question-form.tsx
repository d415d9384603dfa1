import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ErrorSummary } from '../../components/fields';
import type { Content } from '../../content';

export interface FieldErrors {
  /** Field id to its message, in the order of the fields on the page. */
  errors: Record<string, string>;
  failed: boolean;
  attempt: number;
  /** Shows what a submit found; true when nothing was wrong. */
  report: (found: Record<string, string>) => boolean;
  /** Takes one field's error away once it is answered. */
  clear: (id: string) => void;
}

/** The errors of one question form, shared by every kind so they all behave alike. */
export function useFieldErrors(): FieldErrors {
  const [state, setState] = useState<{ errors: Record<string, string>; attempt: number }>({
    errors: {},
    attempt: 0,
  });
  return {
    errors: state.errors,
    failed: Object.keys(state.errors).length > 0,
    attempt: state.attempt,
    report: (found) => {
      setState((previous) => ({ errors: found, attempt: previous.attempt + 1 }));
      return Object.keys(found).length === 0;
    },
    clear: (id) =>
      setState((previous) => {
        if (!(id in previous.errors)) return previous;
        const { [id]: _gone, ...rest } = previous.errors;
        return { ...previous, errors: rest };
      }),
  };
}

interface Props {
  content: Content;
  errors: FieldErrors;
  onSubmit: () => void;
  children: ComponentChildren;
}

/** A question's form: the error summary on top (after a submit with errors), then the fields. */
export function QuestionForm({ content, errors, onSubmit, children }: Props) {
  return (
    <form
      class="sw-question"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <ErrorSummary title={content.errors.summaryTitle} errors={errors.errors} attempt={errors.attempt} />
      {children}
    </form>
  );
}
