import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answersSchema } from '../../functions/contract/answers';
import { evaluate, REGULATION_IDS } from '../../functions/rules/index';
import { SOURCES } from '../../functions/rules/sources';

/**
 * Official worked examples as data: test/oracles/<regulation>/<date>.json, <date> the first day of
 * the parameter period the examples belong to. Found by glob, so a new year is a new file; every file
 * is schema-checked; a case with a `gap` is an expected failure (it.fails), so fixing it shows.
 */
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const oracleCase = z
  .object({
    id: z.string().min(1),
    regulation: z.enum(REGULATION_IDS),
    household: z.string().min(1),
    peildatum: date,
    answers: z.unknown(),
    expected: z
      .object({
        verdict: z.enum(['likely', 'possibly', 'unlikely', 'unknown']),
        monthly: z.number().int().nonnegative().nullable(),
        yearly: z.number().int().nonnegative().optional(),
        absentReasons: z.array(z.string()).optional(),
      })
      .strict(),
    /** Where the example was read, as text. */
    source: z.string().min(1),
    /** The registry ids of the publications it comes from. */
    sources: z.array(z.string()).min(1),
    type: z.string().min(1),
    note: z.string().optional(),
    gap: z.string().min(1).optional(),
  })
  .strict();
const oracleFile = z.object({ description: z.string().min(1), cases: z.array(oracleCase).min(1) }).strict();
type OracleCase = z.infer<typeof oracleCase>;

const root = new URL('./', import.meta.url);
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((path) => /^[a-z-]+\/\d{4}-\d{2}-\d{2}\.json$/.test(path.replaceAll('\\', '/')))
  .sort();
const loaded = files.map((path) => {
  const [regulation, name] = path.replaceAll('\\', '/').split('/') as [string, string];
  const parsed = oracleFile.safeParse(JSON.parse(readFileSync(new URL(path, root), 'utf8')));
  return { path, regulation, from: name.replace('.json', ''), parsed };
});
const cases: OracleCase[] = loaded.flatMap((f) => (f.parsed.success ? f.parsed.data.cases : []));

function check(c: OracleCase): void {
  const answers = answersSchema.parse(c.answers);
  const result = evaluate(answers, { peildatum: c.peildatum }).results.find(
    (r) => r.regulation === c.regulation,
  );
  expect(result, c.household).toBeDefined();
  expect(result?.verdict, `${c.household} — ${c.source}`).toBe(c.expected.verdict);
  expect(result?.estimate?.monthly ?? null, `${c.household} — ${c.source}`).toBe(c.expected.monthly);
  if (c.expected.yearly !== undefined) expect(result?.estimate?.yearly).toBe(c.expected.yearly);
  for (const code of c.expected.absentReasons ?? []) {
    expect(result?.reasons.map((r) => r.code)).not.toContain(code);
  }
}

describe('oracle files', () => {
  it('are found by glob, one folder per regulation', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of loaded) expect(REGULATION_IDS as readonly string[]).toContain(f.regulation);
  });

  it.each(loaded.map((f) => [f.path, f] as const))('%s matches the schema and its place', (_path, f) => {
    expect(f.parsed.error?.issues ?? []).toEqual([]);
    for (const c of f.parsed.data?.cases ?? []) {
      expect(c.regulation, c.id).toBe(f.regulation);
      expect(c.peildatum >= f.from, `${c.id}: peildatum before the file's date`).toBe(true);
      expect(answersSchema.safeParse(c.answers).success, `${c.id}: answers`).toBe(true);
    }
  });

  it('case ids are unique', () => {
    const ids = cases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every source id is in the source registry', () => {
    for (const c of cases) for (const id of c.sources) expect(SOURCES, `${c.id}: ${id}`).toHaveProperty(id);
  });
});

describe('official worked examples (rules-params-2026.md §9)', () => {
  const known = cases.filter((c) => !c.gap);
  const gaps = cases.filter((c) => c.gap);
  it.each(known.map((c) => [c.id, c] as const))('%s', (_id, c) => check(c));
  for (const c of gaps) it.fails(`${c.id} — known gap: ${c.gap}`, () => check(c));
});
