import type { Answers } from '../../functions/contract/answers';

/** A small deterministic PRNG (mulberry32), so generated households are the same on every run. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A varied but realistic household: every regulation gets decided for most of them. */
export function household(random: () => number): Answers {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const age = pick([18, 19, 20, 22, 25, 30, 35, 42, 50, 58, 66, 67, 70, 80]);
  const partner = random() < 0.45;
  const childCount = age < 60 ? pick([0, 0, 1, 2, 3]) : 0;
  const children = Array.from({ length: childCount }, () => ({ age: int(0, 17) }));
  const housing = pick(['rent', 'rent', 'rent', 'own', 'lodging', 'homeless', 'institution'] as const);
  const working = { applicant: random() < 0.6, partner: random() < 0.6 };
  return {
    age,
    partner,
    ...(partner ? { partnerAge: Math.max(18, age + int(-5, 5)) } : {}),
    children,
    coResidents27Plus: pick([0, 0, 0, 1, 2]),
    housing,
    rent: int(30_000, 120_000),
    selfContainedHome: random() < 0.9,
    homeEquity: housing === 'own' ? int(-2_000_000, 20_000_000) : 0,
    netIncomeMonthly: pick([0, int(0, 100_000), int(50_000, 250_000), int(100_000, 500_000)]),
    grossIncomeYearly: pick([int(0, 2_000_000), int(1_500_000, 4_500_000), int(3_000_000, 12_000_000)]),
    assets: pick([int(-500_000, 500_000), int(0, 2_000_000), int(1_000_000, 20_000_000)]),
    residence: pick(['dutch', 'dutch', 'dutch', 'eu', 'permit', 'none'] as const),
    livesInNetherlands: random() < 0.97,
    healthInsuranceNL: random() < 0.97,
    studentFinance: age < 27 && random() < 0.3,
    selfEmployed: random() < 0.12,
    parentsCannotSupport: random() < 0.4,
    working,
    childcare: children
      .filter((child) => child.age < 13 && random() < 0.5)
      .map((child) => ({
        type: child.age < 4 ? ('dagopvang' as const) : pick(['bso', 'gastouder'] as const),
        hoursPerMonth: int(20, 240),
        hourlyRate: int(700, 1300),
      })),
    specialCosts: random() < 0.3,
  };
}

export function households(count: number, seed = 2026): Answers[] {
  const random = prng(seed);
  return Array.from({ length: count }, () => household(random));
}
