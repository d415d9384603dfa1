import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/app';
import { SOURCES } from '../../functions/rules/sources';
import { silentLogger } from '../../functions/stats/log';
import type { StatsStore } from '../../functions/stats/store';
import { anyAnswers, fullAnswers } from '../support/arbitraries';
import { households } from '../support/households';
import { INTERNAL, officialHost } from '../support/public-sources';
import { adult, couple, pensioner, respond } from '../support/screen';

/**
 * Sources honesty (issue "Citizen app v2" §2): what people are shown as "law or rule" is a law or
 * an official page, and no source carries our own working notes. Walks every source reachable
 * from evaluate() results and from GET /api/rules, as the API returns them.
 */

interface Shown {
  title?: unknown;
  url?: unknown;
  kind?: unknown;
  publisher?: unknown;
}

/** Every object with a url in a JSON value (sources, law links), with where it was found. */
function linksIn(value: unknown, where: string, found: [string, Shown][] = []): [string, Shown][] {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) linksIn(item, `${where}[${i}]`, found);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.url === 'string' && 'title' in record) found.push([where, record as Shown]);
    for (const [key, child] of Object.entries(record)) linksIn(child, `${where}.${key}`, found);
  }
  return found;
}

function problemsOf(
  where: string,
  source: Shown,
  requireKind: boolean,
  kinds = ['law', 'official', 'secondary'],
): string[] {
  const problems: string[] = [];
  const { title, url, kind } = source;
  if (typeof title !== 'string' || title.trim() === '') problems.push(`${where}: no public title`);
  for (const text of [title, url, source.publisher])
    if (typeof text === 'string' && INTERNAL.test(text))
      problems.push(`${where}: internal wording in "${text}"`);
  if (requireKind && !kinds.includes(kind as string)) problems.push(`${where}: kind ${String(kind)}`);
  if ((kind === 'law' || kind === 'official') && !officialHost(String(url)))
    problems.push(`${where}: ${String(url)} shown as ${kind} but not an official host`);
  return problems;
}

const PEILDATA = ['2026-01-01', '2026-03-01', '2026-07-01', '2026-11-24', '2027-02-01', '2028-06-01'];

function inputs() {
  return [
    adult,
    pensioner,
    couple(40, 38, { children: [{ age: 3 }] }),
    { ...adult, residence: 'eu' as const },
    { ...adult, coResidents27Plus: 2 },
    ...households(150),
    ...fc.sample(fullAnswers, { numRuns: 300, seed: 7 }),
    ...fc.sample(anyAnswers, { numRuns: 300, seed: 11 }),
  ];
}

describe('sources people are shown', () => {
  it('in evaluate() results: a public title, a kind, and law or rule only on an official host', () => {
    const problems = new Set<string>();
    const kinds = new Set<unknown>();
    let count = 0;
    const all = inputs();
    for (const [index, answers] of all.entries()) {
      const peildatum = PEILDATA[index % PEILDATA.length] ?? '2026-03-01';
      for (const lang of ['nl', 'en'] as const) {
        const response = respond(answers, { peildatum, lang });
        for (const result of response.results)
          for (const reason of result.reasons) {
            // The reason's own words are public too.
            if (INTERNAL.test(reason.text))
              problems.add(`${result.regulation}/${reason.code}: "${reason.text}"`);
            for (const [i, source] of reason.sources.entries()) {
              count++;
              kinds.add(source.kind);
              for (const problem of problemsOf(`${result.regulation}/${reason.code}[${i}]`, source, true))
                problems.add(problem);
            }
          }
      }
    }
    expect([...problems]).toEqual([]);
    expect(count).toBeGreaterThan(1000);
    // The walk did reach sources of each kind people see, the secondary ones included.
    expect([...kinds].sort()).toEqual(['law', 'official', 'secondary']);
  });

  it('in GET /api/rules: the same, for every value’s source and law link', async () => {
    const app = createApp({ store: {} as StatsStore, statsToken: 'x'.repeat(32), logger: silentLogger });
    const response = await app.request('/api/rules');
    expect(response.status).toBe(200);
    const body = await response.json();
    const links = linksIn(body, 'rules');
    expect(links.length).toBeGreaterThan(50);
    // A registry source there may also be `derived` (worked out by Steunwijzer from the value's `law`).
    const problems = links.flatMap(([where, source]) =>
      problemsOf(where, source, where.endsWith('.source'), ['law', 'official', 'secondary', 'derived']),
    );
    expect(problems).toEqual([]);
    // Nor in the notes and quotes beside them: every text GET /api/rules publishes is public.
    const texts: string[] = [];
    const walk = (value: unknown, where: string) => {
      if (typeof value === 'string') {
        if (INTERNAL.test(value)) texts.push(`${where}: ${value}`);
      } else if (value && typeof value === 'object')
        for (const [key, child] of Object.entries(value))
          if (!['id', 'kind', 'verification'].includes(key)) walk(child, `${where}.${key}`);
    };
    walk(body, 'rules');
    expect(texts).toEqual([]);
    // Only the public part of a source is published: no notes, no copies it was read in.
    for (const [where, source] of links.filter(([w]) => w.endsWith('.source')))
      expect(Object.keys(source).sort(), where).toEqual([
        'id',
        'kind',
        'publisher',
        'title',
        'url',
        'verification',
      ]);
  });

  it('every registry source, used or not, has a public title and a kind that fits its host', () => {
    const problems = Object.entries(SOURCES).flatMap(([id, source]) =>
      problemsOf(id, source, true, ['law', 'official', 'secondary', 'derived']),
    );
    expect(problems).toEqual([]);
  });

  it('fails on internal wording and on a non-official host shown as law or rule', () => {
    expect(
      problemsOf(
        'x',
        {
          title: 'Berekening 2026, as transcribed in public code',
          url: 'https://wetten.overheid.nl/x',
          kind: 'law',
        },
        true,
      ),
    ).toHaveLength(1);
    expect(
      problemsOf(
        'x',
        { title: 'Huurtoeslag 2026', url: 'https://www.metronieuws.nl/x', kind: 'official' },
        true,
      ),
    ).toHaveLength(1);
    expect(
      problemsOf(
        'x',
        { title: 'Bijzondere bijstand', url: 'https://www.kampen.nl/bijstand', kind: 'law' },
        true,
      ),
    ).toHaveLength(1);
    expect(
      problemsOf(
        'x',
        { title: 'Huurtoeslag 2026', url: 'https://www.metronieuws.nl/x', kind: 'secondary' },
        true,
      ),
    ).toEqual([]);
  });
});
