import type { Content } from '../../content';
import type { Fact } from '../../content/types';
import { ExternalLink } from './external-link';

/** A list of next-step facts, each with a link to the page or law text it comes from. */
export function FactList({ facts, content }: { facts: Fact[]; content: Content }) {
  return (
    <ul class="utrecht-unordered-list sw-facts">
      {facts.map((fact, index) => (
        <li class="utrecht-unordered-list__item" key={`${index}-${fact.text}`}>
          {fact.text}
          {fact.source && (
            <>
              {' '}
              <ExternalLink
                class="utrecht-link sw-source"
                href={fact.source.url}
                newTab={content.results.newTab}
              >
                (
                {fact.source.kind === 'secondary'
                  ? content.results.alsoReported
                  : content.results.sourceLabel}
                : {fact.source.title})
              </ExternalLink>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
