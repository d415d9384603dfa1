import type { LocalRoute, Topic } from '../../../../functions/local-routes/index';
import type { Content } from '../../../src/content/types';
import { formatDate } from '../../../src/lib/peildatum';

/**
 * The local route on the printed sheet: per topic what to do, with the page written out (a
 * printed link cannot be clicked) and where it comes from. The same data as the citizen's results.
 */
export function SheetRoute({
  route,
  topics,
  citizen,
}: {
  route: LocalRoute;
  topics: readonly Topic[];
  citizen: Content;
}) {
  const copy = citizen.localRoute;
  return (
    <>
      {!route.local && <p>{copy.nationalNote(route.name)}</p>}
      {topics.map((topic) => (
        <div key={topic} data-topic={topic} data-local={String(route.topics[topic].local)}>
          <h4>{copy.topics[topic]}</h4>
          <ul class="facts">
            {route.topics[topic].channels.map((channel) => (
              <li key={channel.what} data-what={channel.what}>
                {copy.what[channel.what](channel)}
                {channel.url && (
                  <>
                    <br />
                    <span class="url">{channel.url}</span>
                  </>
                )}
                <br />
                <small>
                  {channel.source.kind === 'secondary' ? copy.reported : copy.source}: {channel.source.title},{' '}
                  {copy.checked(formatDate(channel.checked, citizen.locale))}
                </small>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <ul class="facts">
        {copy.bringSomeone.map((fact) => (
          <li key={fact.text}>{fact.text}</li>
        ))}
      </ul>
    </>
  );
}
