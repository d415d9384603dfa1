import { answersSchema } from '../../functions/contract/answers';
import type { Lang } from '../../functions/contract/request';
import type { ScreeningResponse } from '../../functions/contract/result';
import { renderIn } from '../../functions/rules/content/index';
import {
  type Answers,
  type EvaluateOptions,
  evaluate,
  type RegulationResult,
} from '../../functions/rules/index';
import type { RegulationId } from '../../functions/rules/regulations';

/** The contract's response as POST /api/screen writes it: evaluate, then render the texts in `lang`. */
export function respond(answers: Answers, options: EvaluateOptions & { lang?: Lang }): ScreeningResponse {
  return renderIn(options.lang ?? 'nl', evaluate(answers, options));
}

/** Validates the answers as the API would, evaluates, renders in Dutch, and returns one regulation's result. */
export function screen(id: RegulationId, answers: Answers, peildatum = '2026-03-01'): RegulationResult {
  const result = respond(answersSchema.parse(answers), { peildatum }).results.find(
    (r) => r.regulation === id,
  );
  if (!result) throw new Error(`no result for ${id}`);
  return result;
}

export const codes = (result: { reasons: readonly { code: string }[] }): string[] =>
  result.reasons.map((reason) => reason.code);

/** A person below AOW age, Dutch, living here, renting alone, no income or savings: every question answered. */
export const adult: Answers = {
  age: 35,
  partner: false,
  children: [],
  coResidents27Plus: 0,
  housing: 'rent',
  rent: 60_000,
  selfContainedHome: true,
  netIncomeMonthly: 0,
  grossIncomeYearly: 0,
  assets: 0,
  residence: 'dutch',
  livesInNetherlands: true,
  healthInsuranceNL: true,
  studentFinance: false,
  selfEmployed: false,
  working: { applicant: false },
  childcare: [],
  specialCosts: true,
};

export const couple = (age: number, partnerAge: number, extra: Answers = {}): Answers => ({
  ...adult,
  age,
  partner: true,
  partnerAge,
  ...extra,
});

/** A pensioner with a small AOW, renting alone: every question the citizen flow asks answered. */
export const pensioner: Answers = {
  age: 70,
  partner: false,
  children: [],
  livesInNetherlands: true,
  residence: 'dutch',
  housing: 'rent',
  coResidents27Plus: 0,
  netIncomeMonthly: 110_000,
  assets: 200_000,
  grossIncomeYearly: 1_500_000,
  rent: 65_000,
  selfContainedHome: true,
  healthInsuranceNL: true,
  specialCosts: false,
};
