import { useState } from 'preact/hooks';
import type { Question } from '../../../../functions/rules/index';
import { RadioGroup } from '../../components/fields';
import type { QuestionId } from '../../content/types';
import { focusFirstError, type KindProps } from './types';

/**
 * Two yes/no or choice questions on one page (a page's `parts`): the first one's legend is the h1,
 * the second is a group of its own under it. Each group keeps its question's ids (`q-<id>-<value>`).
 */
export function PairQuestion(props: KindProps) {
  const { question, content } = props;
  const parts = question.parts ?? [];
  const [values, setValues] = useState<Record<string, string | undefined>>(() =>
    Object.fromEntries(parts.map((part) => [part.id, stored(props.answers, part)])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});

  const optionsOf = (part: Question) => {
    const copy = content.questions[part.id as QuestionId];
    const values = part.kind === 'boolean' ? ['true', 'false'] : [...(part.options ?? [])];
    return values.map((value) => ({
      value,
      label:
        copy.options?.[value] ??
        (value === 'true' ? content.common.yes : value === 'false' ? content.common.no : value),
    }));
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    for (const part of parts) if (values[part.id] === undefined) found[part.id] = content.errors.required;
    setErrors(found);
    const first = parts.filter((part) => found[part.id]);
    if (first.length > 0) {
      focusFirstError(first.map((part) => `q-${part.id}-${optionsOf(part)[0]?.value}`));
      return;
    }
    props.onSubmit(
      Object.fromEntries(
        parts.map((part) => [
          part.id,
          part.kind === 'boolean' ? values[part.id] === 'true' : values[part.id],
        ]),
      ),
    );
  };

  return (
    <form class="sw-question" noValidate onSubmit={submit}>
      {parts.map((part, index) => {
        const copy = content.questions[part.id as QuestionId];
        return (
          <RadioGroup
            key={part.id}
            name={`q-${part.id}`}
            legend={index === 0 ? props.heading(copy.label) : copy.label}
            legendIsHeading={index === 0}
            hint={copy.hint}
            error={errors[part.id]}
            options={optionsOf(part)}
            value={values[part.id]}
            onChange={(next) => {
              setValues((before) => ({ ...before, [part.id]: next }));
              setErrors(({ [part.id]: _done, ...rest }) => rest);
            }}
          />
        );
      })}
      {props.actions}
    </form>
  );
}

function stored(answers: KindProps['answers'], part: Question): string | undefined {
  const value = answers[part.id as keyof typeof answers];
  return value === undefined ? undefined : String(value);
}
