import { useState } from 'preact/hooks';
import { moneyAnswerValid } from '../../../../functions/contract/money';
import { TextField } from '../../components/fields';
import { moneyInputValue, parseMoney } from '../../lib/money';
import { QuestionForm, useFieldErrors } from './question-form';
import type { KindProps } from './types';

/** An amount in euros, typed the Dutch or the English way; stored in cents. */
export function MoneyQuestion(props: KindProps) {
  const { question, copy, content } = props;
  const stored = props.answers[question.id as keyof typeof props.answers];
  const [value, setValue] = useState(
    typeof stored === 'number' ? moneyInputValue(stored, content.locale) : '',
  );
  const errors = useFieldErrors();
  const inputId = `q-${question.id}`;

  const submit = () => {
    const cents = parseMoney(value);
    // Empty or unreadable, the message shows an amount in the right format.
    const problem =
      cents === null
        ? content.errors.money
        : moneyAnswerValid(question.id, cents)
          ? undefined
          : cents < 0
            ? content.errors.moneyNegative
            : content.errors.moneyTooHigh;
    if (errors.report(problem ? { [inputId]: problem } : {})) props.onSubmit({ [question.id]: cents });
  };

  const period = question.period ? content.flow.period[question.period] : undefined;
  return (
    <QuestionForm content={content} errors={errors} onSubmit={submit}>
      {props.heading(<label for={inputId}>{copy.label}</label>, errors.failed)}
      <TextField
        id={inputId}
        label={copy.label}
        labelInHeading
        hint={[copy.hint, content.flow.moneyExample].filter(Boolean).join(' ')}
        error={errors.errors[inputId]}
        value={value}
        onInput={setValue}
        inputMode="decimal"
        prefix={content.flow.moneyPrefix}
        suffix={period}
      />
      {props.actions}
    </QuestionForm>
  );
}
