import { useState } from 'preact/hooks';
import type { ChildcareEntry } from '../../../../functions/contract/answers';
import { describedBy, ErrorMessage, RadioGroup, TextField } from '../../components/fields';
import { moneyInputValue, parseMoney } from '../../lib/money';
import { QuestionForm, useFieldErrors } from './question-form';
import type { KindProps } from './types';

const TYPES = ['dagopvang', 'bso', 'gastouder'] as const;
const MAX_RATE = 100_000; // cents: the contract's upper bound on an hourly rate
const MAX_DAYS = 7;
const MAX_PER_DAY = 24;
const MAX_PER_WEEK = 168;

interface Row {
  child: string;
  type: string;
  /** How the hours are given: days a week (with hours a day) or hours a week. */
  unit: string;
  days: string;
  perDay: string;
  perWeek: string;
  rate: string;
}
const EMPTY: Row = { child: '', type: '', unit: '', days: '', perDay: '', perWeek: '', rate: '' };

/** Whole or half hours, written with a comma or a point ("10,5"); null when it is not. */
function parseHalfHours(text: string, max: number): number | null {
  const match = /^(\d{1,3})(?:[.,]([05]))?$/.exec(text.trim());
  if (!match) return null;
  const value = Number(match[1]) + (match[2] === '5' ? 0.5 : 0);
  return value <= max ? value : null;
}

/** A labelled native <select>, with its error, as the NL Design System select. */
function Select(props: {
  id: string;
  label: string;
  error: string | undefined;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div class={`utrecht-form-field${props.error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={props.id}>
          {props.label}
        </label>
      </div>
      <ErrorMessage id={`${props.id}-error`} message={props.error} />
      <select
        id={props.id}
        class="utrecht-select utrecht-select--html-select sw-select"
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.error && `${props.id}-error`)}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <option value="">—</option>
        {props.options.map((option) => (
          <option value={option.value} key={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Registered childcare: how many children go, then per child which child it is (one of those entered
 * before), the type, the care as days a week or hours a week, and the hourly price. The rules turn the
 * week into hours a month (kinderopvangtoeslag/hours.ts).
 */
export function ChildcareQuestion(props: KindProps) {
  const { copy, content } = props;
  const stored = props.answers.childcare;
  const children = props.answers.children ?? [];
  const maxChildren = Math.max(1, Math.min(20, children.length || 20));
  const hours = (value: number | undefined) =>
    value === undefined ? '' : new Intl.NumberFormat(content.locale).format(value);
  const [count, setCount] = useState(stored ? String(stored.length) : '');
  const [rows, setRows] = useState<Row[]>(
    (stored ?? []).map((entry) => ({
      child: entry.child === undefined ? '' : String(entry.child),
      type: entry.type,
      unit: entry.daysPerWeek !== undefined ? 'days' : entry.hoursPerWeek !== undefined ? 'hours' : '',
      days: entry.daysPerWeek === undefined ? '' : String(entry.daysPerWeek),
      perDay: hours(entry.hoursPerDay),
      perWeek: hours(entry.hoursPerWeek),
      rate: moneyInputValue(entry.hourlyRate, content.locale),
    })),
  );
  const errors = useFieldErrors();
  const number = /^\d+$/.test(count.trim()) && Number(count) <= maxChildren ? Number(count) : null;
  const shown = number ?? 0;
  const row = (index: number): Row => rows[index] ?? EMPTY;
  const update = (index: number, patch: Partial<Row>) =>
    setRows((list) => Object.assign([...list], { [index]: { ...row(index), ...patch } }));
  const childOptions = (children.length > 0 ? children : Array.from({ length: shown }, () => null)).map(
    (child, index) => ({
      value: String(index),
      label: content.flow.childcareChildOption(index + 1, child?.age),
    }),
  );

  const submit = () => {
    const found: Record<string, string> = {};
    if (number === null) found['q-childcare'] = content.errors.wholeNumber(0, maxChildren);
    const entries: ChildcareEntry[] = [];
    const chosen = new Set<string>();
    for (let index = 0; index < shown; index++) {
      const id = (field: string) => `q-care-${index}-${field}`;
      const { child, type, unit, days, perDay, perWeek, rate } = row(index);
      if (child === '') found[id('child')] = content.errors.childcareChild;
      else if (chosen.has(child)) found[id('child')] = content.errors.childcareChildTwice;
      chosen.add(child);
      if (!TYPES.includes(type as (typeof TYPES)[number])) found[id('type')] = content.errors.childcareType;
      let week: Pick<ChildcareEntry, 'daysPerWeek' | 'hoursPerDay' | 'hoursPerWeek'> | null = null;
      if (unit === 'days') {
        const dayCount = /^\d+$/.test(days.trim()) && Number(days) <= MAX_DAYS ? Number(days) : null;
        const dayHours = parseHalfHours(perDay, MAX_PER_DAY);
        if (dayCount === null) found[id('days')] = content.errors.wholeNumber(0, MAX_DAYS);
        if (dayHours === null) found[id('perday')] = content.errors.halfHours(0, MAX_PER_DAY);
        if (dayCount !== null && dayHours !== null) week = { daysPerWeek: dayCount, hoursPerDay: dayHours };
      } else if (unit === 'hours') {
        const weekHours = parseHalfHours(perWeek, MAX_PER_WEEK);
        if (weekHours === null) found[id('weekhours')] = content.errors.halfHours(0, MAX_PER_WEEK);
        else week = { hoursPerWeek: weekHours };
      } else {
        found[id('unit-days')] = content.errors.childcareUnit;
      }
      const cents = parseMoney(rate);
      if (cents === null) found[id('rate')] = content.errors.money;
      else if (cents < 0) found[id('rate')] = content.errors.moneyNegative;
      else if (cents > MAX_RATE) found[id('rate')] = content.errors.moneyTooHigh;
      if (week && cents !== null && cents >= 0 && cents <= MAX_RATE) {
        entries.push({
          child: Number(child),
          type: type as ChildcareEntry['type'],
          ...week,
          hourlyRate: cents,
        });
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
        const id = (field: string) => `q-care-${index}-${field}`;
        const current = row(index);
        return (
          <fieldset
            key={index}
            class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset sw-subgroup"
          >
            <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              {content.flow.childcareChild(index + 1)}
            </legend>
            <Select
              id={id('child')}
              label={content.flow.childcareWhich}
              error={errors.errors[id('child')]}
              value={current.child}
              options={childOptions}
              onChange={(child) => update(index, { child })}
            />
            <Select
              id={id('type')}
              label={content.flow.childcareType}
              error={errors.errors[id('type')]}
              value={current.type}
              options={TYPES.map((type) => ({ value: type, label: content.flow.childcareTypes[type] }))}
              onChange={(type) => update(index, { type })}
            />
            <RadioGroup
              name={id('unit')}
              legend={content.flow.childcareUnit}
              error={errors.errors[id('unit-days')]}
              options={[
                { value: 'days', label: content.flow.childcareUnits.days },
                { value: 'hours', label: content.flow.childcareUnits.hours },
              ]}
              value={current.unit || undefined}
              onChange={(unit) => update(index, { unit })}
            />
            {current.unit === 'days' && (
              <>
                <TextField
                  id={id('days')}
                  label={content.flow.childcareDays}
                  error={errors.errors[id('days')]}
                  value={current.days}
                  onInput={(days) => update(index, { days })}
                  inputMode="numeric"
                  width="short"
                />
                <TextField
                  id={id('perday')}
                  label={content.flow.childcarePerDay}
                  hint={content.flow.childcareHalfHours}
                  error={errors.errors[id('perday')]}
                  value={current.perDay}
                  onInput={(perDay) => update(index, { perDay })}
                  inputMode="decimal"
                  width="short"
                />
              </>
            )}
            {current.unit === 'hours' && (
              <TextField
                id={id('weekhours')}
                label={content.flow.childcareWeekHours}
                hint={content.flow.childcareHalfHours}
                error={errors.errors[id('weekhours')]}
                value={current.perWeek}
                onInput={(perWeek) => update(index, { perWeek })}
                inputMode="decimal"
                width="short"
              />
            )}
            <TextField
              id={id('rate')}
              label={content.flow.childcareRate}
              error={errors.errors[id('rate')]}
              value={current.rate}
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
