import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../functions/rules/answers';
import { evaluate } from '../../functions/rules/index';

interface OracleCase {
  id: string;
  regulation: string;
  household: string;
  peildatum: string;
  answers: unknown;
  expected: { verdict: string; monthly: number | null; yearly?: number; absentReasons?: string[] };
  source: string;
  gap?: string;
}

const { cases } = JSON.parse(readFileSync(new URL('./oracles-2026.json', import.meta.url), 'utf8')) as {
  cases: OracleCase[];
};

describe('official worked examples (rules-params-2026.md §9)', () => {
  for (const c of cases.filter((c) => c.gap)) it.skip(`${c.id} — known gap: ${c.gap}`, () => {});

  it.each(cases.filter((c) => !c.gap).map((c) => [c.id, c] as const))('%s', (_id, c) => {
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
  });
});
