import type { Answers, Page } from '../../functions/rules/index';
import { withAnswer } from '../../web/src/flow/path';

/** Below AOW age, Dutch, renting alone on a low income, with extra costs: every flow question answered. */
export const renter: Answers = {
  age: 35,
  partner: false,
  children: [],
  livesInNetherlands: true,
  residence: 'dutch',
  housing: 'rent',
  coResidents27Plus: 0,
  netIncomeMonthly: 90_000,
  assets: 100_000,
  grossIncomeYearly: 1_200_000,
  rent: 60_000,
  selfContainedHome: true,
  healthInsuranceNL: true,
  studentFinance: false,
  selfEmployed: false,
  specialCosts: true,
};

/** A couple who both work, with a toddler, renting. */
export const workingParents: Answers = {
  ...renter,
  partner: true,
  partnerAge: 36,
  children: [{ age: 2 }],
  working: { applicant: true, partner: true },
  netIncomeMonthly: 300_000,
  grossIncomeYearly: 5_000_000,
};

/** `answers` after `person` answers `page` with its own values for the page's fields. */
export function answerPage(answers: Answers, page: Page, person: Answers): Answers {
  const values = Object.fromEntries(
    page.fields.map((path) => [
      path,
      path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], person),
    ]),
  );
  return withAnswer(answers, page, values);
}
