import fc from 'fast-check';
import {
  type Answers,
  DONT_KNOW_PATHS,
  NON_USE_REASONS,
  REGULATION_IDS,
} from '../../functions/contract/index';

const money = (max: number) => fc.integer({ min: 0, max });
const regulationMap = <T>(value: fc.Arbitrary<T>) =>
  fc.record(Object.fromEntries(REGULATION_IDS.map((id) => [id, value])) as Record<string, fc.Arbitrary<T>>, {
    requiredKeys: [],
  });

/** Any answers the contract accepts (every field optional), weighted towards realistic values. */
export const anyAnswers: fc.Arbitrary<Answers> = fc.record(
  {
    age: fc.integer({ min: 0, max: 120 }),
    partner: fc.boolean(),
    partnerAge: fc.integer({ min: 0, max: 120 }),
    children: fc.array(fc.record({ age: fc.integer({ min: 0, max: 30 }) }), { maxLength: 6 }),
    coResidents27Plus: fc.integer({ min: 0, max: 20 }),
    housing: fc.constantFrom('rent', 'own', 'lodging', 'homeless', 'institution'),
    rent: money(300_000),
    selfContainedHome: fc.boolean(),
    homeEquity: fc.integer({ min: -10_000_000, max: 100_000_000 }),
    netIncomeMonthly: money(1_000_000),
    grossIncomeYearly: money(20_000_000),
    assets: fc.integer({ min: -5_000_000, max: 50_000_000 }),
    residence: fc.constantFrom('dutch', 'eu', 'permit', 'none'),
    livesInNetherlands: fc.boolean(),
    healthInsuranceNL: fc.boolean(),
    studentFinance: fc.boolean(),
    selfEmployed: fc.boolean(),
    working: fc.record({ applicant: fc.boolean(), partner: fc.boolean() }, { requiredKeys: [] }),
    partnerSelfEmployed: fc.boolean(),
    childcare: fc.array(childcareEntry(744), { maxLength: 4 }),
    specialCosts: fc.boolean(),
    receiving: regulationMap(fc.boolean()),
    dontKnow: fc.uniqueArray(fc.constantFrom(...DONT_KNOW_PATHS), { maxLength: 3 }),
    parentsCannotSupport: fc.boolean(),
    nonUseReasons: regulationMap(fc.constantFrom(...NON_USE_REASONS)),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

/**
 * A childcare entry in any of the contract's three ways of giving the hours (a month, a week, or days
 * of so many hours), linked to a child or not; about `maxMonthly` hours a month at most.
 */
function childcareEntry(maxMonthly: number) {
  const weekMax = Math.min(168, Math.floor((maxMonthly * 12) / 52));
  const half = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((n) => n / 2);
  return fc
    .tuple(
      fc.constantFrom('dagopvang' as const, 'bso' as const, 'gastouder' as const),
      fc.oneof(
        fc.record({ hoursPerMonth: fc.integer({ min: 0, max: maxMonthly }) }),
        fc.record({ hoursPerWeek: half(weekMax) }),
        fc.record({
          daysPerWeek: fc.integer({ min: 0, max: 5 }),
          hoursPerDay: half(Math.min(24, Math.floor(weekMax / 5))),
        }),
      ),
      fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      fc.integer({ min: 0, max: maxMonthly > 200 ? 3000 : 1500 }),
    )
    .map(([type, hours, child, hourlyRate]) => ({
      type,
      ...hours,
      ...(child === undefined ? {} : { child }),
      hourlyRate,
    }));
}

export const anyPeildatum = fc
  .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/**
 * A household that answers every question the flow can ask (no `weeksAbroadThisYear`, which it never
 * asks), consistent where the flow is (no childcare without children), with up to three answers
 * "I don't know" instead of a value.
 */
export const fullAnswers: fc.Arbitrary<Answers> = fc
  .tuple(
    fc.record({
      age: fc.integer({ min: 0, max: 90 }),
      partner: fc.boolean(),
      partnerAge: fc.integer({ min: 16, max: 90 }),
      children: fc.array(fc.record({ age: fc.integer({ min: 0, max: 30 }) }), { maxLength: 4 }),
      coResidents27Plus: fc.integer({ min: 0, max: 3 }),
      housing: fc.constantFrom('rent', 'own', 'lodging', 'homeless', 'institution'),
      rent: money(150_000),
      selfContainedHome: fc.boolean(),
      homeEquity: fc.integer({ min: -1_000_000, max: 50_000_000 }),
      netIncomeMonthly: money(500_000),
      grossIncomeYearly: money(10_000_000),
      assets: fc.integer({ min: -500_000, max: 30_000_000 }),
      residence: fc.constantFrom('dutch', 'eu', 'permit', 'none'),
      livesInNetherlands: fc.boolean(),
      healthInsuranceNL: fc.boolean(),
      studentFinance: fc.boolean(),
      selfEmployed: fc.boolean(),
      working: fc.record({ applicant: fc.boolean(), partner: fc.boolean() }),
      partnerSelfEmployed: fc.boolean(),
      childcare: fc.array(childcareEntry(200), { maxLength: 3 }),
      specialCosts: fc.boolean(),
      parentsCannotSupport: fc.boolean(),
      receivesKinderbijslag: fc.boolean(),
    }),
    fc.uniqueArray(fc.constantFrom(...DONT_KNOW_PATHS), { maxLength: 3 }),
  )
  .map(([answers, dontKnow]) => {
    const household: Record<string, unknown> = {
      ...answers,
      childcare: answers.children.length === 0 ? [] : answers.childcare,
    };
    for (const path of dontKnow) delete household[path];
    return (dontKnow.length > 0 ? { ...household, dontKnow } : household) as Answers;
  });
