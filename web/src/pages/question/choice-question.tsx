import { useState } from 'preact/hooks';
import { RadioGroup } from '../../components/fields';
import { QuestionForm, useFieldErrors } from './question-form';
import { choiceOptions } from './spoken';
import type { KindProps } from './types';

/**
 * Yes/no and multiple-choice questions: radio buttons in a fieldset whose legend is the h1.
 * "I don't know" is not an option here: it is the flow's one DontKnow button, as on every kind.
 */
export function ChoiceQuestion(props: KindProps) {
  const { question, copy, content } = props;
  const stored = props.answers[question.id as keyof typeof props.answers];
  const isBoolean = question.kind === 'boolean';
  const [value, setValue] = useState<string | undefined>(stored === undefined ? undefined : String(stored));
  const errors = useFieldErrors();
  const name = `q-${question.id}`;

  const options = choiceOptions(question, content);

  // The summary links to the first option: that is where the answer is chosen.
  const firstId = `${name}-${options[0]?.value}`;
  const submit = () => {
    if (!errors.report(value === undefined ? { [firstId]: content.errors.required } : {})) return;
    props.onSubmit({ [question.id]: isBoolean ? value === 'true' : value });
  };

  return (
    <QuestionForm content={content} errors={errors} onSubmit={submit}>
      <RadioGroup
        name={name}
        legend={props.heading(copy.label, errors.failed)}
        legendIsHeading
        hint={copy.hint}
        error={errors.errors[firstId]}
        options={options}
        value={value}
        onChange={(next) => {
          setValue(next);
          errors.clear(firstId);
        }}
      />
      {props.actions}
    </QuestionForm>
  );
}
