import { useEffect, useRef, useState } from 'preact/hooks';
import { Heading } from '../components/heading';
import { ReadAloud } from '../components/read-aloud';
import { savedText } from '../components/save-device';
import type { Content } from '../content';
import { loadSaved } from '../lib/device';
import { navigate, routeHash } from '../lib/router';
import { forgetOnDevice, resumeFromDevice } from '../lib/session';

/** On a later visit, answers saved on this device: continue with them, or delete them. */
function Resume({ content }: { content: Content }) {
  const copy = content.device;
  const [saved, setSaved] = useState(() => loadSaved());
  const [removed, setRemoved] = useState(false);
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (removed) message.current?.focus();
  }, [removed]);

  const resume = () => {
    if (resumeFromDevice()) navigate({ page: 'question', id: null, fromCheck: false });
    else setSaved(null); // gone meanwhile (expired, deleted in another tab)
  };
  const remove = () => {
    forgetOnDevice();
    setSaved(null);
    setRemoved(true);
  };

  return (
    <>
      <p class="utrecht-paragraph sw-device__status" role="status" tabIndex={-1} ref={message}>
        {removed ? copy.removed : ''}
      </p>
      {saved && (
        <section class="sw-device sw-resume" aria-labelledby="resume-title">
          <h2 class="utrecht-heading-2" id="resume-title">
            {copy.resumeTitle}
          </h2>
          <p class="utrecht-paragraph">{savedText(saved, content, copy.resumeText)}</p>
          <div class="sw-actions">
            <button
              type="button"
              class="utrecht-button utrecht-button--primary-action sw-resume__continue"
              onClick={resume}
            >
              {copy.resume}
            </button>
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action sw-device__remove"
              onClick={remove}
            >
              {copy.remove}
            </button>
          </div>
        </section>
      )}
    </>
  );
}

/** The start page: what it checks, what happens to the answers, what to have at hand, how long it takes. Kept tiny: no engine here. */
export function StartPage({ content }: { content: Content }) {
  const copy = content.start;
  const spoken = ({ start }: Content) =>
    [
      start.title,
      start.lead,
      start.checks,
      ...start.regulations,
      start.safetyTitle,
      ...start.safety,
      start.beforeTitle,
      ...start.before,
      start.beforeNote,
      start.duration,
      start.indication,
    ].join('. ');
  return (
    <div class="sw-page">
      <Heading title={content.common.pageTitle(copy.title)}>{copy.title}</Heading>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{copy.lead}</p>
      <Resume content={content} />
      <ReadAloud text={spoken} content={content} />
      <p class="utrecht-paragraph">{copy.checks}</p>
      <ul class="utrecht-unordered-list">
        {copy.regulations.map((item) => (
          <li class="utrecht-unordered-list__item" key={item}>
            {item}
          </li>
        ))}
      </ul>
      <h2 class="utrecht-heading-2">{copy.safetyTitle}</h2>
      <ul class="utrecht-unordered-list sw-safety">
        {copy.safety.map((item) => (
          <li class="utrecht-unordered-list__item" key={item}>
            {item}
          </li>
        ))}
      </ul>
      <h2 class="utrecht-heading-2">{copy.beforeTitle}</h2>
      <ul class="utrecht-unordered-list">
        {copy.before.map((item) => (
          <li class="utrecht-unordered-list__item" key={item}>
            {item}
          </li>
        ))}
      </ul>
      <p class="utrecht-paragraph">{copy.beforeNote}</p>
      <p class="utrecht-paragraph">{copy.duration}</p>
      <p class="utrecht-paragraph">{copy.indication}</p>
      <div class="sw-actions">
        <a
          class="utrecht-button utrecht-button--primary-action sw-button-link sw-start"
          href={routeHash({ page: 'municipality', fromCheck: false })}
        >
          {copy.startButton} <span aria-hidden="true">›</span>
        </a>
      </div>
    </div>
  );
}
