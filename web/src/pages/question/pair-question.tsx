import { useState } from 'preact/hooks';
import type { Question } from '../../../../functions/rules/index';
import { RadioGroup } from '../../components/fields';
import type { QuestionId } from '../../content/types';
import { QuestionForm, useFieldErrors } from './question-form';
import { choiceOptions } from './spoken';
import type { KindProps } from './types';

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
  const errors = useFieldErrors();

  const optionsOf = (part: Question) => choiceOptions(part, content);
  // The summary links to each group's first option: that is where the answer is chosen.
  const firstId = (part: Question) => `q-${part.id}-${optionsOf(part)[0]?.value}`;

  const submit = () => {
    const found: Record<string, string> = {};
    for (const part of parts)
      if (values[part.id] === undefined) found[firstId(part)] = content.errors.required;
    if (!errors.report(found)) return;
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
    <QuestionForm content={content} errors={errors} onSubmit={submit}>
      {parts.map((part, index) => {
        const copy = content.questions[part.id as QuestionId];
        return (
          <RadioGroup
            key={part.id}
            name={`q-${part.id}`}
            legend={index === 0 ? props.heading(copy.label, errors.failed) : copy.label}
            legendIsHeading={index === 0}
            hint={copy.hint}
            error={errors.errors[firstId(part)]}
            options={optionsOf(part)}
            value={values[part.id]}
            onChange={(next) => {
              setValues((before) => ({ ...before, [part.id]: next }));
              errors.clear(firstId(part));
            }}
          />
        );
      })}
      {props.actions}
    </QuestionForm>
  );
}

function stored(answers: KindProps['answers'], part: Question): string | undefined {
  const value = answers[part.id as keyof typeof answers];
  return value === undefined ? undefined : String(value);
}
