import type { RegulationResult } from '../../../../functions/contract/result';
import { type LocalRoute, localRoute, type Topic } from '../../../../functions/local-routes/index';
import { routeTopics } from '../../../../functions/local-routes/topics';
import type { Content } from '../../content';
import { formatDate } from '../../lib/peildatum';
import { loadRegion } from '../../lib/session';
import { ExternalLink } from './external-link';
import { FactList } from './fact-list';

interface ListProps {
  route: LocalRoute;
  topics: readonly Topic[];
  content: Content;
  /** Heading level of the topics. */
  level: 3 | 4;
}

/** The channels per topic, each with its source and the date it was checked. Shared with the counter's sheet. */
export function LocalRouteList({ route, topics, content, level }: ListProps) {
  const copy = content.localRoute;
  const TopicHeading = level === 3 ? 'h3' : 'h4';
  return (
    <>
      {topics.map((topic) => {
        const { local, channels } = route.topics[topic];
        return (
          <div class="sw-local__topic" key={topic} data-topic={topic} data-local={String(local)}>
            <TopicHeading class={`utrecht-heading-${level}`}>{copy.topics[topic]}</TopicHeading>
            {route.local && !local && <p class="utrecht-paragraph">{copy.topicNational}</p>}
            <ul class="utrecht-unordered-list sw-facts">
              {channels.map((channel) => (
                <li class="utrecht-unordered-list__item" key={channel.what} data-what={channel.what}>
                  {copy.what[channel.what](channel)}
                  {channel.url && (
                    <>
                      {' '}
                      <ExternalLink href={channel.url} newTab={content.results.newTab}>
                        {copy.open}
                      </ExternalLink>
                      <span class="sw-print-only"> {channel.url}</span>
                    </>
                  )}{' '}
                  <ExternalLink
                    class="utrecht-link sw-source"
                    href={channel.source.url}
                    newTab={content.results.newTab}
                  >
                    ({channel.source.kind === 'secondary' ? copy.reported : copy.source}:{' '}
                    {channel.source.title}, {copy.checked(formatDate(channel.checked, content.locale))})
                  </ExternalLink>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

/**
 * On the results page, when the person named their gemeente: where to apply there and where to get
 * free help, from the dated local-routes data; the national route where the data has nothing of the
 * gemeente's own. Nothing when the question was skipped: the results stay national.
 */
export function LocalRoutes({
  results,
  content,
  peildatum,
}: {
  results: readonly RegulationResult[];
  content: Content;
  peildatum: string;
}) {
  const region = loadRegion();
  if (!region) return null;
  const route = localRoute(region, peildatum);
  const copy = content.localRoute;
  return (
    <section
      class="sw-local"
      aria-labelledby="local-title"
      data-region={route.code}
      data-local={String(route.local)}
    >
      <h2 class="utrecht-heading-2" id="local-title">
        {copy.title(route.name)}
      </h2>
      {!route.local && <p class="utrecht-paragraph sw-local__national">{copy.nationalNote(route.name)}</p>}
      <LocalRouteList route={route} topics={routeTopics(results)} content={content} level={3} />
      <FactList facts={copy.bringSomeone} content={content} />
    </section>
  );
}
