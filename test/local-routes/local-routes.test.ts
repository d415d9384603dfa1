import { describe, expect, it } from 'vitest';
import { localRoute, TOPICS } from '../../functions/local-routes/index';
import data from '../../functions/local-routes/local-routes-2026.json';
import { localRoutesFileSchema } from '../../functions/local-routes/schema';
import { routeTopics } from '../../functions/local-routes/topics';
import { isGemeenteCode } from '../../functions/regions/gemeenten';
import { INTERNAL, officialHost } from '../support/public-sources';

const PEILDATUM = '2026-12-06';
const FOUR = { GM0363: 'Amsterdam', GM0599: 'Rotterdam', GM0518: "'s-Gravenhage", GM0344: 'Utrecht' };

describe('local routes data', () => {
  it('matches its schema, and every gemeente in it is on the CBS list', () => {
    const file = localRoutesFileSchema.parse(data);
    for (const code of Object.keys(file.gemeenten)) expect(isGemeenteCode(code, PEILDATUM)).toBe(true);
  });

  it('gives every channel a source and a check date no later than the day it was written', () => {
    const file = localRoutesFileSchema.parse(data);
    const routes = [file.national, ...Object.values(file.gemeenten)];
    for (const route of routes)
      for (const channels of Object.values(route))
        for (const channel of channels ?? []) {
          expect(channel.source.title).not.toBe('');
          expect(channel.checked <= PEILDATUM).toBe(true);
        }
  });

  it("shows as official only laws, official national hosts, the CVDR and the gemeente's own site", () => {
    const file = localRoutesFileSchema.parse(data);
    const own: Record<string, string> = {
      GM0363: 'amsterdam.nl',
      GM0599: 'rotterdam.nl',
      GM0518: 'denhaag.nl',
      GM0344: 'utrecht.nl',
    };
    const ownSite = (code: string, url: string) => {
      const { host, protocol } = new URL(url);
      const site = own[code];
      return protocol === 'https:' && site !== undefined && (host === site || host.endsWith(`.${site}`));
    };
    const cvdr = (url: string) =>
      url.startsWith('https://repository.officiele-overheidspublicaties.nl/cvdr/');
    const problems: string[] = [];
    const routes: [string, (typeof file)['national']][] = [
      ['national', file.national],
      ...(Object.entries(file.gemeenten) as [string, (typeof file)['national']][]),
    ];
    for (const [code, route] of routes)
      for (const channels of Object.values(route))
        for (const { source } of channels ?? []) {
          if (INTERNAL.test(source.title)) problems.push(`${code}: internal wording in ${source.title}`);
          if (source.kind !== 'official' || !('url' in source)) continue;
          if (!officialHost(source.url) && !cvdr(source.url) && !ownSite(code, source.url))
            problems.push(`${code}: ${source.url} shown as official`);
        }
    expect(problems).toEqual([]);
  });

  it('has a national route for every topic', () => {
    const file = localRoutesFileSchema.parse(data);
    for (const topic of TOPICS) expect(file.national[topic].length).toBeGreaterThan(0);
  });

  it('rejects a channel without a source, a made-up kind of channel and a phone number with letters', () => {
    const withChannel = (channel: unknown) => ({
      ...data,
      gemeenten: { GM0363: { schuldhulp: [channel] } },
    });
    const good = data.gemeenten.GM0599.schuldhulp[0] as (typeof data.gemeenten.GM0599.schuldhulp)[number];
    expect(localRoutesFileSchema.safeParse(withChannel(good)).success).toBe(true);
    const { source: _source, ...unsourced } = good;
    expect(localRoutesFileSchema.safeParse(withChannel(unsourced)).success).toBe(false);
    expect(localRoutesFileSchema.safeParse(withChannel({ ...good, what: 'invented' })).success).toBe(false);
    expect(localRoutesFileSchema.safeParse(withChannel({ ...good, phone: '14 O1O' })).success).toBe(false);
  });
});

describe('localRoute', () => {
  it("gives each of the four largest gemeenten something of its own, with the gemeente's name", () => {
    for (const [code, name] of Object.entries(FOUR)) {
      const route = localRoute(code, PEILDATUM);
      expect(route.name).toBe(name);
      expect(route.local).toBe(true);
    }
  });

  it('falls back per topic: Rotterdam has its own bijstand route, cliëntondersteuning is national', () => {
    const route = localRoute('GM0599', PEILDATUM);
    expect(route.topics.bijstand.local).toBe(true);
    expect(route.topics.bijstand.channels.map((c) => c.phone).filter(Boolean)).toEqual(['14 010']);
    expect(route.topics.clientondersteuning.local).toBe(false);
  });

  it('gives any other gemeente the national route only', () => {
    const route = localRoute('GM0014', PEILDATUM); // Groningen
    expect(route.local).toBe(false);
    for (const topic of TOPICS) expect(route.topics[topic].local).toBe(false);
    expect(route.topics.schuldhulp.channels.map((c) => c.phone).filter(Boolean)).toEqual(['0800-8115']);
  });

  it('turns a law reference into the wetten.overheid.nl link for the peildatum', () => {
    const [free] = localRoute('GM0014', PEILDATUM).topics.clientondersteuning.channels;
    expect(free?.source.url).toBe(
      'https://wetten.overheid.nl/BWBR0035362/2026-12-06#Hoofdstuk2_Paragraaf2.3_Artikel2.3.2',
    );
  });

  it('fails loudly on a code that is no gemeente, and before the data starts', () => {
    expect(() => localRoute('GM0001', PEILDATUM)).toThrow(RangeError);
    expect(() => localRoute('GM0363', '2025-12-31')).toThrow(RangeError);
  });
});

describe('routeTopics', () => {
  const result = (regulation: string, verdict: string) =>
    ({ regulation, verdict }) as Parameters<typeof routeTopics>[0][number];

  it('shows how to apply only for the open regulations the gemeente decides, and the free help always', () => {
    expect(
      routeTopics([
        result('algemene-bijstand', 'likely'),
        result('bijzondere-bijstand', 'unlikely'),
        result('huurtoeslag', 'likely'),
      ]),
    ).toEqual(['bijstand', 'clientondersteuning', 'schuldhulp', 'formHelp']);
    expect(
      routeTopics([result('bijzondere-bijstand', 'possibly'), result('algemene-bijstand', 'unknown')]),
    ).toEqual(['bijzondereBijstand', 'clientondersteuning', 'schuldhulp', 'formHelp']);
  });
});
