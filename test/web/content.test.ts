import { describe, expect, it } from 'vitest';
import { NON_USE_REASONS, QUESTIONS, REGULATION_IDS } from '../../functions/rules/index';
import { en } from '../../web/src/content/en';
import { nl } from '../../web/src/content/nl';
import { SRC } from '../../web/src/content/sources';
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

describe('content', () => {
  it('has copy for exactly the questions in the engine’s catalogue', () => {
    expect([...QUESTION_IDS].sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
    for (const content of [nl, en])
      expect(Object.keys(content.questions).sort()).toEqual([...QUESTION_IDS].sort());
  });

  it('is complete in both languages: the same keys, lists and facts', () => {
    const { lang: _nl, name: _n1, speechLang: _s1, apiLang: _a1, locale: _l1, ...dutch } = nl;
    const { lang: _en, name: _n2, speechLang: _s2, apiLang: _a2, locale: _l2, ...english } = en;
    expect(shape(english)).toEqual(shape(dutch));
  });

  it('labels every option, verdict, regulation and non-use reason', () => {
    for (const content of [nl, en]) {
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
    for (const content of [nl, en]) {
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
    for (const content of [nl, en]) {
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
    for (const content of [nl, en]) {
      const all = strings(content).join('\n');
      expect(all).not.toMatch(/088 949|633 55 33|0900-8020|0800-8020/); // SVB and Juridisch Loket numbers: not verified
      expect(all).not.toMatch(/€\s?(106|116|121)\b/); // repayment waiver: amount needs a live check (C2)
      expect(all).not.toMatch(/1 september/); // old toeslag deadline (C1)
      expect(all).not.toMatch(/\b90 ?%|95 ?%/); // advance percentage (C4)
      expect(all).not.toMatch(/http:\/\/(?!www\.belastingdienst\.nl)/); // only the two old belastingdienst pages lack https
    }
  });
});
