import type { Person } from './drive';

/** Households the browser suites drive through the flow, typed the way these people would. */

/** A pensioner living alone on a small AOW, renting. */
export const pensioner: Person = {
  answers: {
    age: 72,
    partner: false,
    children: [],
    livesInNetherlands: true,
    residence: 'dutch',
    housing: 'rent',
    coResidents27Plus: 0,
    netIncomeMonthly: 115_000,
    assets: 300_000,
    grossIncomeYearly: 1_700_000,
    rent: 60_000,
    selfContainedHome: true,
    healthInsuranceNL: true,
    specialCosts: false,
  },
  money: { netIncomeMonthly: '1.150,00', rent: '600' },
};

/** A single parent with two children at school, working and renting. */
export const singleParent: Person = {
  answers: {
    age: 34,
    partner: false,
    children: [{ age: 6 }, { age: 10 }],
    livesInNetherlands: true,
    residence: 'permit',
    housing: 'rent',
    coResidents27Plus: 0,
    netIncomeMonthly: 190_000,
    assets: 150_000,
    grossIncomeYearly: 2_600_000,
    rent: 85_050,
    selfContainedHome: true,
    healthInsuranceNL: true,
    studentFinance: false,
    selfEmployed: false,
    working: { applicant: true },
    childcare: [],
    receivesKinderbijslag: true,
    specialCosts: false,
  },
  money: { rent: '850,50', grossIncomeYearly: '26.000' },
};
