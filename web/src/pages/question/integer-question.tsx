import { useState } from 'preact/hooks';
import { TextField } from '../../components/fields';
import { focusFirstError, type KindProps } from './types';

/** A whole number (age, number of co-residents). */
export function IntegerQuestion(props: KindProps) {
  const { question, copy, content } = props;
  const stored = props.answers[question.id as keyof typeof props.answers];
  const [value, setValue] = useState(typeof stored === 'number' ? String(stored) : '');
  const [error, setError] = useState<string>();
  const min = question.min ?? 0;
  const max = question.max ?? 120;
  const isAge = question.id === 'age' || question.id === 'partnerAge';
  const inputId = `q-${question.id}`;

  const submit = (event: Event) => {
    event.preventDefault();
    const text = value.trim();
    const number = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isInteger(number) || number < min || number > max) {
      setError(
        text === ''
          ? content.errors.required
          : isAge
            ? content.errors.age(min, max)
            : content.errors.wholeNumber(min, max),
      );
      focusFirstError([inputId]);
      return;
    }
    props.onSubmit({ [question.id]: number });
  };

  return (
    <form class="sw-question" noValidate onSubmit={submit}>
      {props.heading(<label for={inputId}>{copy.label}</label>)}
      <TextField
        id={inputId}
        label={copy.label}
        labelInHeading
        hint={copy.hint}
        error={error}
        value={value}
        onInput={setValue}
        inputMode="numeric"
        suffix={isAge ? content.flow.yearsSuffix : undefined}
        width="short"
      />
      {props.actions}
    </form>
  );
}
