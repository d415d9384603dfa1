import { useRef, useState } from 'preact/hooks';
import type { CounterContent } from './content';
import { normaliseRegion } from './lib/region';

interface Props {
  copy: CounterContent;
  region: string | null;
  onSave: (code: string) => void;
}

/** The device's municipality code: shown at all times, changed in place. */
export function RegionSetting({ copy, region, onSave }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(region ?? '');
  const [invalid, setInvalid] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);

  if (!editing) {
    return (
      <div class="region">
        <span class="region__current" data-region={region ?? ''}>
          {region ? copy.region.current(region) : copy.region.notSet}
        </span>
        <button
          type="button"
          class="button button--secondary"
          id="region-change"
          ref={toggle}
          onClick={() => {
            setDraft(region ?? '');
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
        const code = normaliseRegion(draft);
        if (!code) return setInvalid(true);
        onSave(code);
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
        autoComplete="off"
        value={draft}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={invalid ? 'region-hint region-error' : 'region-hint'}
        // biome-ignore lint/a11y/noAutofocus: the field was just opened on request
        autoFocus
        onInput={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => event.key === 'Escape' && close()}
      />
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
