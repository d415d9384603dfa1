import { useRef, useState } from 'preact/hooks';
import { findGemeente, gemeenteName } from '../../../functions/regions/gemeenten';
import { GemeenteOptions } from '../../src/components/gemeente-options';
import type { CounterContent } from './content';

interface Props {
  copy: CounterContent;
  region: string | null;
  peildatum: string;
  onSave: (code: string) => void;
}

/**
 * The device's gemeente: shown by name at all times, set once by name with a typeahead over the
 * CBS list of the peildatum (the code, too, is accepted); the CBS code is what is stored and sent.
 */
export function RegionSetting({ copy, region, peildatum, onSave }: Props) {
  const name = region ? gemeenteName(region, peildatum) : null;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(name ?? '');
  const [invalid, setInvalid] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);

  if (!editing) {
    return (
      <div class="region">
        <span class="region__current" data-region={region ?? ''}>
          {name ? copy.region.current(name) : copy.region.notSet}
        </span>
        <button
          type="button"
          class="button button--secondary"
          id="region-change"
          ref={toggle}
          onClick={() => {
            setDraft(name ?? '');
            setInvalid(false);
            setEditing(true);
          }}
        >
          {copy.region.change}
        </button>
      </div>
    );
  }
  const close = () => {
    setEditing(false);
    setTimeout(() => toggle.current?.focus());
  };
  return (
    <form
      class="region region--editing"
      onSubmit={(event) => {
        event.preventDefault();
        const found = findGemeente(draft, peildatum);
        if (!found) return setInvalid(true);
        onSave(found.code);
        close();
      }}
    >
      <label for="region-code">{copy.region.label}</label>
      <p id="region-hint" class="field__help">
        {copy.region.hint}
      </p>
      <input
        id="region-code"
        type="text"
        list="region-list"
        autoComplete="off"
        spellcheck={false}
        value={draft}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={invalid ? 'region-hint region-error' : 'region-hint'}
        // biome-ignore lint/a11y/noAutofocus: the field was just opened on request
        autoFocus
        onInput={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => event.key === 'Escape' && close()}
      />
      <GemeenteOptions id="region-list" peildatum={peildatum} />
      {invalid && (
        <p id="region-error" class="field__error">
          {copy.region.invalid}
        </p>
      )}
      <button type="submit" class="button">
        {copy.region.save}
      </button>
      <button type="button" class="button button--secondary" onClick={close}>
        {copy.region.cancel}
      </button>
    </form>
  );
}
