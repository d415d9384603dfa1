import { describe, expect, it } from 'vitest';
import { NON_USE_REASONS, QUESTIONS, REGULATION_IDS } from '../../functions/rules/index';
import { LANGUAGES, type LangCode } from '../../web/src/content/index';
import { nl } from '../../web/src/content/nl';
import { SRC } from '../../web/src/content/sources';
import type { Content } from '../../web/src/content/types';
import { QUESTION_IDS } from '../../web/src/content/types';
import { INTERNAL, officialHost } from '../support/public-sources';

/** The shape of a value: keys of objects, lengths of arrays, kinds of leaves. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, shape((value as Record<string, unknown>)[key])]),
    );
  }
  return typeof value;
}

const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : [];

// Every registered language, loaded the way the app loads it (each its own chunk).
const CODES = Object.keys(LANGUAGES) as LangCode[];
const ALL: [LangCode, Content][] = await Promise.all(
  CODES.map(async (code) => [code, await LANGUAGES[code].load()] as [LangCode, Content]),
);
const contents = ALL.map(([, content]) => content);

describe('content', () => {
  it('has copy for exactly the questions in the engine’s catalogue', () => {
    expect([...QUESTION_IDS].sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
    for (const content of contents)
      expect(Object.keys(content.questions).sort()).toEqual([...QUESTION_IDS].sort());
  });

  // A key missing or extra in any language fails here (the shape includes every key and list length).
  it.each(CODES)('%s is complete: exactly the Dutch keys, lists and facts', async (code) => {
    const content = await LANGUAGES[code].load();
    expect(shape(content)).toEqual(shape(nl));
    expect(content.lang).toBe(code);
    expect(content.apiLang).toBe(code);
    expect(content.name).toBe(LANGUAGES[code].name);
  });

  it.each(CODES.filter((code) => code !== 'nl'))(
    '%s is translated, not a copy of the Dutch',
    async (code) => {
      const content = await LANGUAGES[code].load();
      // Sources (links to Dutch pages) are shared on purpose; everything else is the language's own.
      const copy = (value: unknown): string[] =>
        value && typeof value === 'object' && 'url' in value
          ? []
          : typeof value === 'object' && value
            ? Object.values(value).flatMap(copy)
            : typeof value === 'string'
              ? [value]
              : [];
      const dutch = new Set(copy(nl));
      const own = copy(content).filter((text) => text.length > 25);
      expect(own.filter((text) => dutch.has(text))).toEqual([]);
    },
  );

  it('labels every option, verdict, regulation and non-use reason', () => {
    for (const content of contents) {
      for (const question of QUESTIONS) {
        for (const option of question.options ?? []) {
          expect(
            content.questions[question.id as (typeof QUESTION_IDS)[number]].options?.[option],
          ).toBeTruthy();
        }
      }
      for (const id of REGULATION_IDS) {
        expect(content.results.regulations[id]).toBeTruthy();
        expect(content.nextSteps[id].apply.length).toBeGreaterThan(0);
      }
      for (const reason of NON_USE_REASONS) expect(content.results.nonUseReasons[reason]).toBeTruthy();
    }
  });

  it('gives help for every hard term, with where to find the number', () => {
    for (const content of contents) {
      for (const id of ['rent', 'grossIncomeYearly', 'assets', 'coResidents27Plus', 'partner'] as const) {
        expect(content.questions[id].help?.body.length).toBeGreaterThan(0);
      }
    }
    expect(nl.questions.rent.help?.title).toMatch(/kale huur/i);
    expect(nl.questions.grossIncomeYearly.help?.title).toMatch(/toetsingsinkomen/i);
    expect(nl.questions.assets.help?.title).toMatch(/vermogen/i);
    expect(nl.questions.coResidents27Plus.help?.title).toMatch(/kostendeler/i);
    expect(nl.questions.partner.help?.title).toMatch(/toeslagpartner/i);
  });

  it('shows as a source only laws and official pages; anyone else only as "also reported by"', () => {
    const problems: string[] = [];
    for (const [key, source] of Object.entries(SRC)) {
      if (INTERNAL.test(source.title) || INTERNAL.test(source.url)) problems.push(`${key}: internal wording`);
      if (!['law', 'official', 'secondary'].includes(source.kind))
        problems.push(`${key}: kind ${source.kind}`);
      if (source.kind !== 'secondary' && !officialHost(source.url))
        problems.push(`${key}: ${source.url} shown as ${source.kind} but not an official host`);
      if (source.kind === 'law' && !source.url.startsWith('https://wetten.overheid.nl/'))
        problems.push(`${key}: a law not on wetten.overheid.nl`);
    }
    expect(problems).toEqual([]);
  });

  it('cites a source for every next step, all from the sourced list', () => {
    const known = new Set<string>(Object.values(SRC).map((source) => source.url));
    for (const content of contents) {
      const facts = [
        ...Object.values(content.nextSteps).flatMap((steps) => Object.values(steps).flat()),
        ...content.results.repayment,
        ...content.results.freeHelp,
      ];
      for (const fact of facts) {
        if (fact.source) expect(known.has(fact.source.url)).toBe(true);
      }
      const unsourced = facts.filter((fact) => !fact.source);
      expect(unsourced.length).toBeLessThanOrEqual(1); // only "you estimate your income", which is the form itself
    }
  });

  it('shows none of the facts the domain brief marks unverified or outdated', () => {
    for (const content of contents) {
      const all = strings(content).join('\n');
      expect(all).not.toMatch(/088 949|633 55 33|0900-8020|0800-8020/); // SVB and Juridisch Loket numbers: not verified
      expect(all).not.toMatch(/€\s?(106|116|121)\b/); // repayment waiver: amount needs a live check (C2)
      expect(all).not.toMatch(/1 september/); // old toeslag deadline (C1)
      expect(all).not.toMatch(/\b90 ?%|95 ?%/); // advance percentage (C4)
      expect(all).not.toMatch(/http:\/\/(?!www\.belastingdienst\.nl)/); // only the two old belastingdienst pages lack https
    }
  });
});
