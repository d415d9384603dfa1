import { useEffect, useRef, useState } from 'preact/hooks';
import type { Content } from '../content';
import { loadSaved, type Saved, savedDays } from '../lib/device';
import { formatDate } from '../lib/peildatum';
import { forgetOnDevice, keepOnDevice, keepsOnDevice } from '../lib/session';

type Status = 'idle' | 'removed' | 'failed';

/** The days of a saved copy, as people read them. */
export function savedText(saved: Saved, content: Content, text: (date: string, until: string) => string) {
  const days = savedDays(saved);
  return text(formatDate(days.saved, content.locale), formatDate(days.until, content.locale));
}

/**
 * "Save on this device": opt-in, explained first (who can see it, nothing to a server, 30 days),
 * and once chosen, a visible delete. Nothing is written before the button is pressed.
 */
export function SaveOnDevice({
  content,
  id,
  folded = false,
}: {
  content: Content;
  id: string;
  folded?: boolean;
}) {
  const copy = content.device;
  const [kept, setKept] = useState<Saved | null>(() => (keepsOnDevice() ? loadSaved() : null));
  // Set once: a changing `open` would fold the details away under the focus.
  const [openAtFirst] = useState(() => (kept ? true : undefined));
  const [earlier] = useState(() => !kept && loadSaved() !== null);
  const [status, setStatus] = useState<Status>('idle');
  const message = useRef<HTMLParagraphElement>(null);
  const changed = useRef(false);

  // The button that was pressed goes away: the message that replaces it takes the focus.
  useEffect(() => {
    if (changed.current) message.current?.focus();
    changed.current = false;
  }, [kept, status]);

  const save = () => {
    const saved = keepOnDevice();
    changed.current = true;
    setKept(saved);
    setStatus(saved ? 'idle' : 'failed');
  };
  const remove = () => {
    forgetOnDevice();
    changed.current = true;
    setKept(null);
    setStatus('removed');
  };

  const body = (
    <>
      <p class="utrecht-paragraph sw-device__status" role="status" tabIndex={-1} ref={message}>
        {kept
          ? savedText(kept, content, copy.saved)
          : status === 'removed'
            ? copy.removed
            : status === 'failed'
              ? copy.failed
              : ''}
      </p>
      {kept ? (
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action sw-device__remove"
          onClick={remove}
        >
          {copy.remove}
        </button>
      ) : (
        <>
          <ul class="utrecht-unordered-list">
            {copy.explain.map((item) => (
              <li class="utrecht-unordered-list__item" key={item}>
                {item}
              </li>
            ))}
          </ul>
          {earlier && status === 'idle' && <p class="utrecht-paragraph">{copy.replaces}</p>}
          <button
            type="button"
            class="utrecht-button utrecht-button--secondary-action sw-device__save"
            onClick={save}
          >
            {copy.save}
          </button>
        </>
      )}
    </>
  );

  // Folded (the footer, the results page): the summary names the choice; opened, it explains it
  // before the button. It starts open when the answers are already kept, so the delete shows.
  if (folded) {
    return (
      <details
        class="sw-details sw-device sw-device--folded sw-no-print"
        open={openAtFirst}
        data-kept={kept ? 'true' : 'false'}
      >
        <summary class="sw-details__summary">{copy.footerSummary}</summary>
        {body}
      </details>
    );
  }
  return (
    <section
      class="sw-device sw-no-print"
      aria-labelledby={`${id}-title`}
      data-kept={kept ? 'true' : 'false'}
    >
      <h2 class="utrecht-heading-2" id={`${id}-title`}>
        {copy.title}
      </h2>
      {body}
    </section>
  );
}
