import { useState } from 'preact/hooks';
import { RadioGroup } from '../../components/fields';
import { focusFirstError, type KindProps } from './types';

const DONT_KNOW = 'dont-know';

/**
 * Yes/no and multiple-choice questions: radio buttons in a fieldset whose legend is the h1.
 * Where the question allows it, "I don't know" is one more option.
 */
export function ChoiceQuestion(props: KindProps) {
  const { question, copy, content } = props;
  const stored = props.answers[question.id as keyof typeof props.answers];
  const isBoolean = question.kind === 'boolean';
  const initial = props.dontKnow ? DONT_KNOW : stored === undefined ? undefined : String(stored);
  const [value, setValue] = useState<string | undefined>(initial);
  const [error, setError] = useState<string>();
  const name = `q-${question.id}`;

  const values: string[] = isBoolean ? ['true', 'false'] : [...(question.options ?? [])];
  const options = values.map((option) => ({
    value: option,
    label:
      copy.options?.[option] ??
      (option === 'true' ? content.common.yes : option === 'false' ? content.common.no : option),
  }));
  if (question.dontKnow) options.push({ value: DONT_KNOW, label: content.common.dontKnow });

  const submit = (event: Event) => {
    event.preventDefault();
    if (value === undefined) {
      setError(content.errors.required);
      focusFirstError([`${name}-${options[0]?.value}`]);
      return;
    }
    if (value === DONT_KNOW) props.onDontKnow();
    else props.onSubmit({ [question.id]: isBoolean ? value === 'true' : value });
  };

  return (
    <form class="sw-question" noValidate onSubmit={submit}>
      <RadioGroup
        name={name}
        legend={props.heading(copy.label)}
        legendIsHeading
        hint={copy.hint}
        error={error}
        options={options}
        value={value}
        onChange={(next) => {
          setValue(next);
          setError(undefined);
        }}
      />
      {props.actions}
    </form>
  );
}
