import { useState } from 'preact/hooks';
import type { ChildcareEntry } from '../../../../functions/rules/answers';
import { describedBy, ErrorMessage, TextField } from '../../components/fields';
import { moneyInputValue, parseMoney } from '../../lib/money';
import { QuestionForm, useFieldErrors } from './question-form';
import type { KindProps } from './types';

const TYPES = ['dagopvang', 'bso', 'gastouder'] as const;
const MAX_HOURS = 744;
const MAX_RATE = 100_000; // cents: the contract's upper bound on an hourly rate

interface Row {
  type: string;
  hours: string;
  rate: string;
}

/** Registered childcare: how many children go, then per child the type, hours a month and hourly price. */
export function ChildcareQuestion(props: KindProps) {
  const { copy, content } = props;
  const stored = props.answers.childcare;
  const maxChildren = Math.max(1, Math.min(20, props.answers.children?.length ?? 20));
  const [count, setCount] = useState(stored ? String(stored.length) : '');
  const [rows, setRows] = useState<Row[]>(
    (stored ?? []).map((entry) => ({
      type: entry.type,
      hours: String(entry.hoursPerMonth),
      rate: moneyInputValue(entry.hourlyRate, content.locale),
    })),
  );
  const errors = useFieldErrors();
  const number = /^\d+$/.test(count.trim()) && Number(count) <= maxChildren ? Number(count) : null;
  const shown = number ?? 0;
  const row = (index: number): Row => rows[index] ?? { type: '', hours: '', rate: '' };
  const update = (index: number, patch: Partial<Row>) =>
    setRows((list) => Object.assign([...list], { [index]: { ...row(index), ...patch } }));

  const submit = () => {
    const found: Record<string, string> = {};
    if (number === null) found['q-childcare'] = content.errors.wholeNumber(0, maxChildren);
    const entries: ChildcareEntry[] = [];
    for (let index = 0; index < shown; index++) {
      const { type, hours, rate } = row(index);
      const hoursNumber = /^\d+$/.test(hours.trim()) ? Number(hours) : Number.NaN;
      const cents = parseMoney(rate);
      if (!TYPES.includes(type as (typeof TYPES)[number]))
        found[`q-care-${index}-type`] = content.errors.childcareType;
      if (!(hoursNumber >= 0 && hoursNumber <= MAX_HOURS))
        found[`q-care-${index}-hours`] = content.errors.wholeNumber(0, MAX_HOURS);
      if (cents === null) found[`q-care-${index}-rate`] = content.errors.money;
      else if (cents < 0) found[`q-care-${index}-rate`] = content.errors.moneyNegative;
      else if (cents > MAX_RATE) found[`q-care-${index}-rate`] = content.errors.moneyTooHigh;
      if (cents !== null && cents >= 0 && cents <= MAX_RATE && hoursNumber >= 0 && hoursNumber <= MAX_HOURS) {
        entries.push({ type: type as ChildcareEntry['type'], hoursPerMonth: hoursNumber, hourlyRate: cents });
      }
    }
    if (!errors.report(found)) return;
    props.onSubmit({ childcare: entries });
  };

  return (
    <QuestionForm content={content} errors={errors} onSubmit={submit}>
      {props.heading(<label for="q-childcare">{copy.label}</label>, errors.failed)}
      <TextField
        id="q-childcare"
        label={content.flow.childcareCount}
        labelInHeading
        hint={copy.hint}
        error={errors.errors['q-childcare']}
        value={count}
        onInput={setCount}
        inputMode="numeric"
        width="short"
      />
      {Array.from({ length: shown }, (_, index) => {
        const typeId = `q-care-${index}-type`;
        const typeError = errors.errors[typeId];
        return (
          <fieldset
            key={index}
            class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset sw-subgroup"
          >
            <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              {content.flow.childcareChild(index + 1)}
            </legend>
            <div class={`utrecht-form-field${typeError ? ' utrecht-form-field--invalid' : ''}`}>
              <div class="utrecht-form-field__label">
                <label class="utrecht-form-label" for={typeId}>
                  {content.flow.childcareType}
                </label>
              </div>
              <ErrorMessage id={`${typeId}-error`} message={typeError} />
              <select
                id={typeId}
                class="utrecht-select utrecht-select--html-select sw-select"
                aria-invalid={typeError ? 'true' : undefined}
                aria-describedby={describedBy(typeError && `${typeId}-error`)}
                value={row(index).type}
                onChange={(event) => update(index, { type: event.currentTarget.value })}
              >
                <option value="">—</option>
                {TYPES.map((type) => (
                  <option value={type} key={type}>
                    {content.flow.childcareTypes[type]}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              id={`q-care-${index}-hours`}
              label={content.flow.childcareHours}
              error={errors.errors[`q-care-${index}-hours`]}
              value={row(index).hours}
              onInput={(hours) => update(index, { hours })}
              inputMode="numeric"
              width="short"
            />
            <TextField
              id={`q-care-${index}-rate`}
              label={content.flow.childcareRate}
              error={errors.errors[`q-care-${index}-rate`]}
              value={row(index).rate}
              onInput={(rate) => update(index, { rate })}
              inputMode="decimal"
              prefix={content.flow.moneyPrefix}
              width="short"
            />
          </fieldset>
        );
      })}
      {props.actions}
    </QuestionForm>
  );
}
