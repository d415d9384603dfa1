import { useState } from 'preact/hooks';
import { findGemeente, gemeenteName } from '../../../functions/regions/gemeenten';
import { describedBy, ErrorMessage } from '../components/fields';
import { GemeenteOptions } from '../components/gemeente-options';
import { Heading } from '../components/heading';
import { ReadAloud } from '../components/read-aloud';
import type { Content } from '../content';
import { goBackTo, navigate } from '../lib/router';
import { loadRegion, saveRegion } from '../lib/session';
import { QuestionForm, useFieldErrors } from './question/question-form';

interface Props {
  content: Content;
  peildatum: string;
  fromCheck: boolean;
}

const INPUT = 'q-municipality';

/**
 * "In which municipality do you live?": optional, before the first question, outside the engine's
 * nextQuestion (it decides no verdict). The answer is the gemeente's CBS code, kept beside the
 * answers and sent as the screening's `region`; an empty answer or "Skip" sends none.
 */
export function MunicipalityPage({ content, peildatum, fromCheck }: Props) {
  const copy = content.municipality;
  const [value, setValue] = useState(() => {
    const stored = loadRegion();
    return (stored && gemeenteName(stored, peildatum)) || '';
  });
  const errors = useFieldErrors();

  const next = () =>
    fromCheck ? navigate({ page: 'check' }) : navigate({ page: 'question', id: null, fromCheck: false });
  const skip = () => {
    saveRegion(null);
    next();
  };
  const submit = () => {
    if (!value.trim()) return skip();
    const found = findGemeente(value, peildatum);
    if (!errors.report(found ? {} : { [INPUT]: copy.notFound }) || !found) return;
    saveRegion(found.code);
    next();
  };

  const hintId = `${INPUT}-hint`;
  const errorId = `${INPUT}-error`;
  const error = errors.errors[INPUT];
  return (
    <div class="sw-page sw-municipality">
      <div class="sw-toolbar sw-no-print">
        <button
          type="button"
          class="sw-link-button sw-back"
          onClick={() => goBackTo(fromCheck ? { page: 'check' } : { page: 'start' })}
        >
          <span aria-hidden="true">‹ </span>
          {content.common.back}
        </button>
      </div>
      <ReadAloud text={() => [copy.title, copy.hint, copy.listHint].join('. ')} content={content} />
      <QuestionForm content={content} errors={errors} onSubmit={submit}>
        <Heading
          title={(errors.failed ? content.common.errorPageTitle : content.common.pageTitle)(copy.title)}
        >
          <label for={INPUT}>{copy.title}</label>
        </Heading>
        <div
          class={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}
        >
          <p id={hintId} class="utrecht-form-field-description utrecht-form-field__description">
            {copy.hint} {copy.listHint}
          </p>
          <ErrorMessage id={errorId} message={error} />
          <div class="utrecht-form-field__input">
            <input
              id={INPUT}
              name={INPUT}
              type="text"
              list="gemeente-list"
              autoComplete="off"
              spellcheck={false}
              class={`utrecht-textbox utrecht-textbox--html-input sw-textbox--medium${error ? ' utrecht-textbox--invalid' : ''}`}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={describedBy(hintId, error && errorId)}
              value={value}
              onInput={(event) => {
                setValue(event.currentTarget.value);
                errors.clear(INPUT);
              }}
            />
            <GemeenteOptions id="gemeente-list" peildatum={peildatum} />
          </div>
        </div>
        <div class="sw-actions">
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            {content.common.next}
          </button>
          <button
            type="button"
            class="utrecht-button utrecht-button--secondary-action sw-municipality__skip"
            onClick={skip}
          >
            {copy.skip}
          </button>
        </div>
      </QuestionForm>
    </div>
  );
}
