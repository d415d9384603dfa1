import type { ComponentChildren } from 'preact';
import type { CounterContent } from '../content';
import type { FieldError } from './to-answers';

/** Ids from answer paths: "children.0.age" → "f-children-0-age". */
export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

export function errorText(error: FieldError, copy: CounterContent): string {
  switch (error.code) {
    case 'wholeNumber':
      return copy.errors.wholeNumber(error.min, error.max);
    case 'money':
      return copy.errors.money;
    case 'moneyNegative':
      return copy.errors.moneyNegative;
    case 'moneyTooHigh':
      return copy.errors.moneyTooHigh;
  }
}

interface FieldShell {
  path: string;
  label: string;
  help?: string | undefined;
  needed?: string | undefined;
  error?: string | undefined;
  children: ComponentChildren;
}

/** Label, help, "needed for" and error around one input, all tied to it with aria-describedby. */
function Shell({ path, label, help, needed, error, children }: FieldShell) {
  const id = fieldId(path);
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={id}>{label}</label>
      {help && (
        <p class="field__help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {needed && (
        <p class="field__needed" id={`${id}-needed`}>
          {needed}
        </p>
      )}
      {children}
      {error && (
        <p class="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

function describedBy(path: string, help?: string, needed?: string, error?: string): string | undefined {
  const id = fieldId(path);
  const ids = [help && `${id}-help`, needed && `${id}-needed`, error && `${id}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface TextProps {
  path: string;
  label: string;
  help?: string | undefined;
  needed?: string | undefined;
  error?: string | undefined;
  value: string;
  onInput: (value: string) => void;
  prefix?: string;
  suffix?: string;
  money?: boolean;
  disabled?: boolean;
  after?: ComponentChildren;
}

/** Numbers are text inputs: no spinner, no scroll-wheel changes, any keyboard layout. */
export function TextField(props: TextProps) {
  const { path, label, help, needed, error, value, onInput, prefix, suffix, money, disabled, after } = props;
  return (
    <Shell path={path} label={label} help={help} needed={needed} error={error}>
      <div class="field__input">
        {prefix && <span aria-hidden="true">{prefix}</span>}
        <input
          id={fieldId(path)}
          name={path}
          type="text"
          inputMode={money ? 'decimal' : 'numeric'}
          autoComplete="off"
          value={value}
          disabled={disabled}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(path, help, needed, error)}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        {suffix && <span>{suffix}</span>}
        {after}
      </div>
    </Shell>
  );
}

interface SelectProps {
  path: string;
  label: string;
  help?: string | undefined;
  needed?: string | undefined;
  value: string;
  options: { value: string; label: string }[];
  unanswered: string;
  onChange: (value: string) => void;
}

/** A select answers by keyboard in one keystroke (type "j" for ja) and can go back to unanswered. */
export function SelectField({
  path,
  label,
  help,
  needed,
  value,
  options,
  unanswered,
  onChange,
}: SelectProps) {
  return (
    <Shell path={path} label={label} help={help} needed={needed}>
      <select
        id={fieldId(path)}
        name={path}
        value={value}
        aria-describedby={describedBy(path, help, needed)}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        <option value="">{unanswered}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}
