import { Heading } from '../components/heading';
import type { Content } from '../content';

/** What stays in the browser (and, only when chosen, on the device), what the server sees, and exactly what it counts. */
export default function PrivacyPage({ content, backHref }: { content: Content; backHref: string }) {
  const copy = content.privacy;
  const list = (items: string[]) => (
    <ul class="utrecht-unordered-list">
      {items.map((item) => (
        <li class="utrecht-unordered-list__item" key={item}>
          {item}
        </li>
      ))}
    </ul>
  );
  return (
    <div class="sw-page">
      <Heading title={content.common.pageTitle(copy.title)}>{copy.title}</Heading>
      {copy.intro.map((paragraph) => (
        <p class="utrecht-paragraph" key={paragraph}>
          {paragraph}
        </p>
      ))}
      <h2 class="utrecht-heading-2">{copy.browserTitle}</h2>
      {list(copy.browser)}
      <h2 class="utrecht-heading-2">{copy.deviceTitle}</h2>
      {list(copy.device)}
      <h2 class="utrecht-heading-2">{copy.serverTitle}</h2>
      {list(copy.server)}
      <h2 class="utrecht-heading-2">{copy.countedTitle}</h2>
      {list(copy.counted)}
      <p class="utrecht-paragraph sw-example">{copy.example}</p>
      <h2 class="utrecht-heading-2">{copy.notCountedTitle}</h2>
      {list(copy.notCounted)}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={backHref}>
          {copy.back}
        </a>
      </p>
    </div>
  );
}
