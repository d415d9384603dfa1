import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/** Form pieces in NL Design System (Utrecht) markup, wired for screen readers. */

/**
 * A field's error, next to it and named by its aria-describedby. Not a live region: on submit the
 * error summary takes focus and is read out, so the message is heard once, and again at the field.
 */
export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} class="utrecht-form-field-error-message">
      {message}
    </p>
  );
}

interface ErrorSummaryProps {
  title: string;
  /** Field id to its message, in the order of the fields on the page. */
  errors: Record<string, string>;
  /** Counts the submits: each one with errors moves focus to the summary again. */
  attempt: number;
}

/**
 * The GOV.UK error summary: at the top of the form after a submit with errors, a box with a link
 * per error to its field. It takes focus, so the problem is the first thing read and seen.
 */
export function ErrorSummary({ title, errors, attempt }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const shown = entries.length > 0;
  useLayoutEffect(() => {
    if (shown && attempt > 0) ref.current?.focus();
  }, [attempt, shown]);
  if (!shown) return null;
  const toField = (event: Event, id: string) => {
    // The hash is the router's: follow the link by hand, to the field and its label or legend.
    event.preventDefault();
    const field = document.getElementById(id);
    if (!field) return;
    field.focus({ preventScroll: true });
    const caption =
      field.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${id}"]`);
    (caption ?? field).scrollIntoView({ block: 'start' });
  };
  return (
    <div ref={ref} class="sw-error-summary" tabIndex={-1}>
      <div role="alert">
        <h2 class="utrecht-heading-2 sw-error-summary__title">{title}</h2>
        <ul class="utrecht-unordered-list sw-error-summary__list">
          {entries.map(([id, message]) => (
            <li key={id}>
              <a
                class="utrecht-link sw-error-summary__link"
                href={`#${id}`}
                onClick={(event) => toField(event, id)}
              >
                {message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

interface TextFieldProps {
  id: string;
  label: ComponentChildren;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  onInput: (value: string) => void;
  inputMode: 'numeric' | 'decimal';
  prefix?: string | undefined;
  suffix?: string | undefined;
  autoComplete?: string;
  /** When the label is the page heading, it is rendered by the caller inside the h1. */
  labelInHeading?: boolean;
  width?: 'short' | 'medium';
}

export function TextField(props: TextFieldProps) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  return (
    <div
      class={`utrecht-form-field utrecht-form-field--text${props.error ? ' utrecht-form-field--invalid' : ''}`}
    >
      {!props.labelInHeading && (
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for={props.id}>
            {props.label}
          </label>
        </div>
      )}
      {props.hint && (
        <p id={hintId} class="utrecht-form-field-description utrecht-form-field__description">
          {props.hint}
        </p>
      )}
      <ErrorMessage id={errorId} message={props.error} />
      <div class="utrecht-form-field__input sw-affix">
        {props.prefix && (
          <span class="sw-affix__prefix" aria-hidden="true">
            {props.prefix}
          </span>
        )}
        <input
          id={props.id}
          name={props.id}
          type="text"
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          class={`utrecht-textbox utrecht-textbox--html-input sw-textbox--${props.width ?? 'medium'}${props.error ? ' utrecht-textbox--invalid' : ''}`}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy(props.hint && hintId, props.error && errorId)}
          value={props.value}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
        {props.suffix && <span class="sw-affix__suffix">{props.suffix}</span>}
      </div>
    </div>
  );
}

interface RadioGroupProps {
  name: string;
  legend: ComponentChildren;
  hint?: string | undefined;
  error?: string | undefined;
  options: { value: string; label: string }[];
  value: string | undefined;
  onChange: (value: string) => void;
  /** Legend holds the page's h1 (GOV.UK and NL DS pattern for one question per page). */
  legendIsHeading?: boolean;
}

export function RadioGroup(props: RadioGroupProps) {
  const hintId = `${props.name}-hint`;
  const errorId = `${props.name}-error`;
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${props.error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy(props.hint && hintId, props.error && errorId)}
    >
      <legend
        class={`utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend${props.legendIsHeading ? ' sw-legend-heading' : ''}`}
      >
        {props.legend}
      </legend>
      {props.hint && (
        <p id={hintId} class="utrecht-form-field-description">
          {props.hint}
        </p>
      )}
      <ErrorMessage id={errorId} message={props.error} />
      <div class="sw-options">
        {props.options.map((option) => {
          const id = `${props.name}-${option.value}`;
          return (
            <div class="utrecht-form-field utrecht-form-field--radio sw-option" key={option.value}>
              <input
                id={id}
                type="radio"
                name={props.name}
                value={option.value}
                class="utrecht-radio-button utrecht-radio-button--html-input"
                checked={props.value === option.value}
                aria-invalid={props.error ? 'true' : undefined}
                onChange={() => props.onChange(option.value)}
              />
              <label class="utrecht-form-label utrecht-form-label--radio" for={id}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
