import { describe, expect, it } from 'vitest';
import { applyNl, fieldsNl, reasonsNl } from '../../functions/rules/content/reasons.nl';
import { applyPl, fieldsPl, reasonsPl } from '../../functions/rules/content/reasons.pl';
import { applyUk, fieldsUk, reasonsUk } from '../../functions/rules/content/reasons.uk';
import type { Format } from '../../functions/rules/content/types';
import { nl as counterNl } from '../../web/balie/src/content/nl';
import { pl as counterPl } from '../../web/balie/src/content/pl';
import { uk as counterUk } from '../../web/balie/src/content/uk';
import { nl } from '../../web/src/content/nl';
import { pl } from '../../web/src/content/pl';
import { uk } from '../../web/src/content/uk';

/**
 * Polish and Ukrainian have every key Dutch has and no other: deep, through nested objects and
 * arrays, with functions of the same arity. Links, kinds and booleans must be the very same
 * values, because a translation changes words, never where a link goes. The merger may fold this
 * into the general completeness test (test/web/content.test.ts).
 */

/** Keys that carry data rather than words: these must equal the Dutch value. */
const SAME_VALUE = new Set(['url', 'kind', 'link', 'dir', 'appName', 'moneyPrefix', 'euro']);

function shape(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => shape(item));
  if (typeof value === 'function') return `function/${value.length}`;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, shape((value as Record<string, unknown>)[k], k)]),
    );
  }
  if (typeof value === 'boolean' || SAME_VALUE.has(key)) return value;
  return typeof value;
}

/** Every non-empty string leaf, to catch an untranslated or empty text. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The values a reason text reads (its placeholders), found by handing it a recording object. */
function placeholders(text: (v: Record<string, number | string>, f: Format) => string, fill: number) {
  const read = new Set<string>();
  const values = new Proxy({} as Record<string, number | string>, {
    get: (_target, name) => {
      read.add(String(name));
      return name === 'fields' ? 'rent, assets' : fill;
    },
  });
  const format: Format = { euro: (cents) => `EUR${String(cents)}`, field: (path) => `FIELD(${path})` };
  const out = text(values, format);
  return { read: [...read].sort(), out };
}

/** Tokens a rendered text must keep: formatted amounts, field names and numbers we passed in. */
const tokens = (out: string) => (out.match(/EUR\d+|FIELD\([^)]*\)/g) ?? []).sort();

describe.each([
  ['pl', pl, reasonsPl, fieldsPl, applyPl, counterPl],
  ['uk', uk, reasonsUk, fieldsUk, applyUk, counterUk],
] as const)('%s copy', (code, web, reasons, fields, apply, counter) => {
  it('has the citizen copy of nl.ts: the same keys, lists, arities and links', () => {
    expect(web.lang).toBe(code);
    expect(shape(web)).toEqual(shape(nl));
  });

  it('has the counter copy of the Dutch counter: the same keys and arities', () => {
    expect(counter.lang).toBe(code);
    expect(shape(counter)).toEqual(shape(counterNl));
  });

  it('has a reason text for every Dutch reason code, and the same field names and apply lines', () => {
    expect(Object.keys(reasons).sort()).toEqual(Object.keys(reasonsNl).sort());
    expect(Object.keys(fields).sort()).toEqual(Object.keys(fieldsNl).sort());
    expect(Object.keys(apply).sort()).toEqual(Object.keys(applyNl).sort());
  });

  it('keeps every placeholder of each Dutch reason text, with either value of a condition', () => {
    const problems: string[] = [];
    for (const [reason, dutch] of Object.entries(reasonsNl)) {
      const translated = reasons[reason as keyof typeof reasonsNl];
      for (const fill of [0, 2]) {
        const want = placeholders(dutch, fill);
        const got = placeholders(translated, fill);
        if (JSON.stringify(got.read) !== JSON.stringify(want.read))
          problems.push(`${reason} (${fill}) reads ${got.read} instead of ${want.read}`);
        if (JSON.stringify(tokens(got.out)) !== JSON.stringify(tokens(want.out)))
          problems.push(`${reason} (${fill}) shows ${tokens(got.out)} instead of ${tokens(want.out)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the Dutch legal names people must say at the counter (the glossary’s rule)', () => {
    for (const [id, dutch] of Object.entries(nl.results.regulations)) {
      const name = dutch.split(' (')[0]?.toLowerCase() ?? '';
      expect(web.results.regulations[id as keyof typeof nl.results.regulations].toLowerCase()).toContain(
        name,
      );
    }
    expect(web.questions.rent.help?.title).toMatch(/kale huur/i);
    expect(web.questions.grossIncomeYearly.help?.title).toMatch(/toetsingsinkomen/i);
    expect(web.questions.assets.help?.title).toMatch(/vermogen/i);
    expect(web.questions.coResidents27Plus.help?.title).toMatch(/kostendeler/i);
    expect(web.questions.partner.help?.title).toMatch(/toeslagpartner/i);
  });

  it('has no empty text, and names its own language where the Dutch names Dutch', () => {
    for (const text of [
      ...strings(web),
      ...strings(counter),
      ...Object.values(fields),
      ...Object.values(apply),
    ])
      expect(text.trim()).not.toBe('');
    // The Dutch read-aloud notice names the missing Dutch voice; this language names its own.
    expect(web.common.noVoice).not.toEqual(nl.common.noVoice);
    expect(web.name).not.toEqual(nl.name);
  });
});
