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

/** A 19-year-old leaving youth care whose parents cannot support them; types money the English way. */
export const youthCareLeaver: Person = {
  answers: {
    age: 19,
    partner: false,
    children: [],
    livesInNetherlands: true,
    residence: 'dutch',
    housing: 'rent',
    coResidents27Plus: 0,
    netIncomeMonthly: 0,
    assets: 20_000,
    grossIncomeYearly: 0,
    rent: 45_000,
    selfContainedHome: true,
    healthInsuranceNL: true,
    studentFinance: false,
    selfEmployed: false,
    parentsCannotSupport: true,
    specialCosts: true,
  },
  money: { rent: '450.00', assets: '200.00' },
};

/** A self-employed couple with two young children in childcare, who do not know their assets. */
export const selfEmployedCouple: Person = {
  answers: {
    age: 38,
    partner: true,
    partnerAge: 36,
    children: [{ age: 2 }, { age: 4 }],
    livesInNetherlands: true,
    residence: 'dutch',
    housing: 'own',
    homeEquity: 4_000_000,
    coResidents27Plus: 0,
    netIncomeMonthly: 320_000,
    grossIncomeYearly: 4_800_000,
    healthInsuranceNL: true,
    studentFinance: false,
    selfEmployed: true,
    partnerSelfEmployed: false,
    working: { applicant: true, partner: true },
    childcare: [
      { child: 0, type: 'dagopvang', hoursPerWeek: 18.5, hourlyRate: 1050 },
      { child: 1, type: 'dagopvang', daysPerWeek: 1, hoursPerDay: 14, hourlyRate: 1050 },
    ],
    receivesKinderbijslag: true,
    specialCosts: false,
  },
  dontKnow: ['assets'],
  money: { grossIncomeYearly: '48000' },
};
