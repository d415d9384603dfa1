import { Heading } from '../components/heading';
import { ReadAloud } from '../components/read-aloud';
import type { Content } from '../content';
import { routeHash } from '../lib/router';

/** The start page: what it checks, what happens to the answers, what to have at hand, how long it takes. Kept tiny: no engine here. */
export function StartPage({ content }: { content: Content }) {
  const copy = content.start;
  const spoken = () =>
    [
      copy.title,
      copy.lead,
      copy.checks,
      ...copy.regulations,
      copy.safetyTitle,
      ...copy.safety,
      copy.beforeTitle,
      ...copy.before,
      copy.beforeNote,
      copy.duration,
      copy.indication,
    ].join('. ');
  return (
    <div class="sw-page">
      <Heading title={content.common.pageTitle(copy.title)}>{copy.title}</Heading>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{copy.lead}</p>
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
          href={routeHash({ page: 'question', id: null, fromCheck: false })}
        >
          {copy.startButton} <span aria-hidden="true">›</span>
        </a>
      </div>
    </div>
  );
}
