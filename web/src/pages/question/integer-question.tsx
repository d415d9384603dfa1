import { useState } from 'preact/hooks';
import { TextField } from '../../components/fields';
import { QuestionForm, useFieldErrors } from './question-form';
import type { KindProps } from './types';

/** A whole number (age, number of co-residents). */
export function IntegerQuestion(props: KindProps) {
  const { question, copy, content } = props;
  const stored = props.answers[question.id as keyof typeof props.answers];
  const [value, setValue] = useState(typeof stored === 'number' ? String(stored) : '');
  const errors = useFieldErrors();
  const min = question.min ?? 0;
  const max = question.max ?? 120;
  const isAge = question.id === 'age' || question.id === 'partnerAge';
  const inputId = `q-${question.id}`;

  const submit = () => {
    const text = value.trim();
    const number = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    const valid = Number.isInteger(number) && number >= min && number <= max;
    // Empty or wrong, the message says what to fill in.
    const problem = isAge ? content.errors.age(min, max) : content.errors.wholeNumber(min, max);
    if (errors.report(valid ? {} : { [inputId]: problem })) props.onSubmit({ [question.id]: number });
  };

  return (
    <QuestionForm content={content} errors={errors} onSubmit={submit}>
      {props.heading(<label for={inputId}>{copy.label}</label>, errors.failed)}
      <TextField
        id={inputId}
        label={copy.label}
        labelInHeading
        hint={copy.hint}
        error={errors.errors[inputId]}
        value={value}
        onInput={setValue}
        inputMode="numeric"
        suffix={isAge ? content.flow.yearsSuffix : undefined}
        width="short"
      />
      {props.actions}
    </QuestionForm>
  );
}
