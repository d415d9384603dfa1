import { useState } from 'preact/hooks';
import { answersSchema } from '../../../../functions/rules/index';
import { TextField } from '../../components/fields';
import { moneyInputValue, parseMoney } from '../../lib/money';
import { focusFirstError, type KindProps } from './types';

/** An amount in euros, typed the Dutch or the English way; stored in cents. */
export function MoneyQuestion(props: KindProps) {
  const { question, copy, content } = props;
  const stored = props.answers[question.id as keyof typeof props.answers];
  const [value, setValue] = useState(
    typeof stored === 'number' ? moneyInputValue(stored, content.locale) : '',
  );
  const [error, setError] = useState<string>();
  const inputId = `q-${question.id}`;

  const submit = (event: Event) => {
    event.preventDefault();
    const cents = parseMoney(value);
    const problem =
      value.trim() === ''
        ? content.errors.required
        : cents === null
          ? content.errors.money
          : answersSchema.safeParse({ [question.id]: cents }).success
            ? undefined
            : cents < 0
              ? content.errors.moneyNegative
              : content.errors.moneyTooHigh;
    if (problem || cents === null) {
      setError(problem ?? content.errors.money);
      focusFirstError([inputId]);
      return;
    }
    props.onSubmit({ [question.id]: cents });
  };

  const period = question.period ? content.flow.period[question.period] : undefined;
  return (
    <form class="sw-question" noValidate onSubmit={submit}>
      {props.heading(<label for={inputId}>{copy.label}</label>)}
      <TextField
        id={inputId}
        label={copy.label}
        labelInHeading
        hint={[copy.hint, content.flow.moneyExample].filter(Boolean).join(' ')}
        error={error}
        value={value}
        onInput={setValue}
        inputMode="decimal"
        prefix={content.flow.moneyPrefix}
        suffix={period}
      />
      {props.actions}
    </form>
  );
}
