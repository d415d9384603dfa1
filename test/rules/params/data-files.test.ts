import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARAMETERS, SUPPORTED_FROM } from '../../../functions/rules/params';
import { PARAM_FILES, param, UnknownParameterError } from '../../../functions/rules/params/bundled';
import { paramFileSchema, parseParamFiles } from '../../../functions/rules/params/schema';
import { SOURCES } from '../../../functions/rules/sources';

const DATA_DIR = join(import.meta.dirname, '../../../functions/rules/params/data');
const fileNames = readdirSync(DATA_DIR).filter((name) => name.endsWith('.json'));
const onDisk = Object.fromEntries(
  fileNames.map((name) => [
    name.replace(/\.json$/, ''),
    JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8')),
  ]),
);

/** A small valid parameter, to break one way at a time. */
const sampleDef = () => ({
  id: 'test.bedrag',
  description: 'Een bedrag om te testen',
  unit: 'cents-per-month',
  law: { bwb: 'BWBR0015703', law: 'Participatiewet', article: '21', lid: 'a' },
  values: [
    {
      validFrom: '2030-01-01',
      knownUntil: '2030-06-30',
      value: 100,
      source: 'DERIVED',
      verification: 'DER',
      note: 'Derived.',
    },
    {
      validFrom: '2030-07-01',
      knownUntil: '2030-12-31',
      value: 101,
      source: 'DERIVED',
      verification: 'DER',
      note: 'Derived.',
    },
  ],
});
type SampleDef = ReturnType<typeof sampleDef>;
/** The sample file, after `change` broke its parameter (and its two values). */
const sample = (
  change: (def: SampleDef, first: SampleDef['values'][0], second: SampleDef['values'][0]) => void = () => {},
) => {
  const def = sampleDef();
  const [first, second] = def.values;
  if (!first || !second) throw new Error('sample');
  change(def, first, second);
  return { description: 'A test file.', parameters: [def] };
};
const fails = (file: unknown) => paramFileSchema.safeParse(file).success === false;

describe('parameter data files (functions/rules/params/data)', () => {
  it('every file parses with the schema', () => {
    expect(fileNames.length).toBeGreaterThan(0);
    for (const [name, json] of Object.entries(onDisk)) {
      const parsed = paramFileSchema.safeParse(json);
      expect(parsed.success, `${name}.json: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('the index bundles every file in the folder, and exactly what is on disk', () => {
    expect(Object.keys(PARAM_FILES).sort()).toEqual(Object.keys(onDisk).sort());
    for (const [name, json] of Object.entries(onDisk)) expect(PARAM_FILES[name], name).toEqual(json);
  });

  it('the engine’s parameters are exactly the files’ parameters', () => {
    expect(PARAMETERS.map((d) => d.id).sort()).toEqual(
      parseParamFiles(onDisk)
        .map((d) => d.id)
        .sort(),
    );
  });

  it('every source is in the source registry', () => {
    for (const def of PARAMETERS)
      for (const value of def.values)
        expect(SOURCES[value.source], `${def.id}: ${value.source}`).toBeDefined();
  });

  it('every parameter has a value on the first supported peildatum, and some start on it', () => {
    const firsts = PARAMETERS.map((d) => d.values[0]?.validFrom ?? '');
    for (const [index, first] of firsts.entries())
      expect(first <= SUPPORTED_FROM, PARAMETERS[index]?.id).toBe(true);
    expect(firsts.sort().at(-1)).toBe(SUPPORTED_FROM);
  });

  it('an id no file has fails at load', () => {
    expect(() => param('participatiewet.norm.bestaat-niet')).toThrow(UnknownParameterError);
  });
});

describe('the schema rejects', () => {
  it('accepts the sample', () => expect(fails(sample())).toBe(false));

  it('a gap or an overlap between values', () => {
    expect(fails(sample((_d, _a, b) => (b.validFrom = '2030-07-02')))).toBe(true);
    expect(fails(sample((_d, _a, b) => (b.validFrom = '2030-06-30')))).toBe(true);
  });

  it('values out of order, and a value that ends before it starts', () => {
    expect(fails(sample((d) => d.values.reverse()))).toBe(true);
    expect(fails(sample((_d, _a, b) => (b.knownUntil = '2030-06-01')))).toBe(true);
  });

  it('a source not in the registry', () => {
    expect(fails(sample((_d, a) => (a.source = 'NOT-A-SOURCE')))).toBe(true);
  });

  it('an unknown field, a bad date, a bad BWB id, a missing unit', () => {
    expect(fails({ ...sample(), extra: 1 })).toBe(true);
    expect(fails(sample((_d, a) => (a.validFrom = '2030-02-30')))).toBe(true);
    expect(fails(sample((d) => (d.law.bwb = 'BWB15703')))).toBe(true);
    const { unit: _unit, ...noUnit } = sampleDef();
    expect(fails({ ...sample(), parameters: [noUnit] })).toBe(true);
  });

  it('a quote from a secondary source (its words go in note, named as such)', () => {
    expect(
      fails(sample((_d, a) => Object.assign(a, { source: 'KINDEROPVANG-NL', quote: 'Dagopvang | 11,23' }))),
    ).toBe(true);
    expect(
      fails(
        sample((_d, a) => Object.assign(a, { source: 'KINDEROPVANG-NL', note: 'Not official wording: …' })),
      ),
    ).toBe(false);
  });

  it('a table where a number belongs', () => {
    expect(fails(sample((_d, a) => Object.assign(a, { value: [[0, null, 960, 960]] })))).toBe(true);
  });

  it('the same id in two files', () => {
    expect(() => parseParamFiles({ a: sample(), b: sample() })).toThrow(/defined twice/);
  });
});
