import { lawUrl } from '../contract/law-url';
import { gemeenteName, isGemeenteCode } from '../regions/gemeenten';
import routes2026 from './local-routes-2026.json';
import type { Channel, LocalRoutesFile } from './schema';
import { TOPICS, type Topic } from './vocabulary';

export { TOPICS, type Topic, type What } from './vocabulary';

/**
 * Local routes by period: the newest file whose validFrom is on or before the peildatum. A new
 * period is one more data file and one more entry here. Each file is checked against schema.ts by
 * test/local-routes (not at run time: the browser gets no zod, as with the legal parameters).
 */
const FILES: readonly LocalRoutesFile[] = [routes2026 as LocalRoutesFile];

/** A channel with its source as a plain link (law references become a wetten.overheid.nl link). */
export interface RouteChannel extends Omit<Channel, 'source'> {
  source: { title: string; url: string; kind: 'official' | 'secondary' | 'law' };
}

export interface LocalRoute {
  code: string;
  name: string;
  /** Whether anything here is the gemeente's own (false: only the national route). */
  local: boolean;
  topics: Record<Topic, { local: boolean; channels: RouteChannel[] }>;
}

function fileOn(peildatum: string): LocalRoutesFile {
  const file = FILES.filter((f) => f.validFrom <= peildatum).at(-1);
  if (!file)
    throw new RangeError(`No local routes for a peildatum before ${FILES[0]?.validFrom}: ${peildatum}`);
  return file;
}

function resolve(channel: Channel, peildatum: string): RouteChannel {
  const { source } = channel;
  const url = 'law' in source ? lawUrl(source.law, peildatum) : source.url;
  return { ...channel, source: { title: source.title, url, kind: source.kind } };
}

/**
 * Where someone in gemeente `code` applies and finds free help, per topic: the gemeente's own
 * channels where the data has them, otherwise the national route. Throws on a code that is not a
 * gemeente on the peildatum (the apps only pass codes from the same list).
 */
export function localRoute(code: string, peildatum: string): LocalRoute {
  const name = gemeenteName(code, peildatum);
  if (!name || !isGemeenteCode(code, peildatum)) {
    throw new RangeError(`Not a gemeentecode of the CBS list valid on ${peildatum}: ${code}`);
  }
  const file = fileOn(peildatum);
  const own = file.gemeenten[code] ?? {};
  const topics = Object.fromEntries(
    TOPICS.map((topic) => {
      const channels = own[topic];
      return [
        topic,
        channels
          ? { local: true, channels: channels.map((c) => resolve(c, peildatum)) }
          : { local: false, channels: file.national[topic].map((c) => resolve(c, peildatum)) },
      ];
    }),
  ) as LocalRoute['topics'];
  return { code, name, local: TOPICS.some((topic) => topics[topic].local), topics };
}
