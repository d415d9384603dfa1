/**
 * About 700 screening requests of one month, as people of low income would send them: both
 * channels (a quarter at a counter), five municipalities by their CBS gemeentecode
 * (functions/regions/gemeenten-2026.json), a spread of ages, households, housing, income and
 * assets, and the "already receiving?" question answered yes, no or not at all. Fixed seed, so
 * every run sends the same requests; the verdicts come from the real rules engine.
 */
import { REGULATION_IDS } from '../../functions/rules/index';

/** Amsterdam, Rotterdam, 's-Gravenhage, Utrecht, Groningen. */
export const SEEDED_REGIONS = ['GM0363', 'GM0599', 'GM0518', 'GM0344', 'GM0014'] as const;

export function seededRequests(count = 700, seed = 20261206): Record<string, unknown>[] {
  let state = seed;
  const random = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)] as T;
  return Array.from({ length: count }, () => {
    const age = random() < 0.25 ? between(67, 90) : between(18, 66);
    const partner = random() < 0.35;
    const children =
      random() < 0.35 ? Array.from({ length: between(1, 3) }, () => ({ age: between(0, 17) })) : [];
    const housing = random() < 0.8 ? 'rent' : 'own';
    const working = age < 67 && random() < 0.45;
    const netIncomeMonthly = (random() < 0.5 ? between(300, 1300) : between(1300, 2600)) * 100;
    const receiving: Record<string, boolean> = {};
    const nonUseReasons: Record<string, string> = {};
    for (const regulation of REGULATION_IDS) {
      const draw = random();
      if (draw < 0.15) continue; // did not answer "already receiving?"
      receiving[regulation] = draw < 0.55;
      if (!receiving[regulation] && random() < 0.5) {
        nonUseReasons[regulation] = pick([
          'did-not-know',
          'thought-not-entitled',
          'too-complicated',
          'shame',
        ]);
      }
    }
    const childcare =
      children.some((c) => c.age < 13) && working && random() < 0.6
        ? [{ type: 'dagopvang', hoursPerMonth: between(40, 160), hourlyRate: 1000 }]
        : undefined;
    return {
      channel: random() < 0.25 ? 'counter' : 'citizen',
      region: pick(SEEDED_REGIONS),
      answers: {
        age,
        partner,
        ...(partner ? { partnerAge: Math.max(18, age + between(-5, 5)) } : {}),
        children,
        housing,
        coResidents27Plus: random() < 0.9 ? 0 : 1,
        ...(housing === 'rent'
          ? { rent: between(450, 1000) * 100, selfContainedHome: true }
          : { homeEquity: pick([-2_000_000, 1_500_000, 8_000_000]) }),
        netIncomeMonthly,
        grossIncomeYearly: Math.round(netIncomeMonthly * 12 * 1.25),
        assets: pick([0, 0, 150_000, 500_000, 900_000, 2_500_000, 6_000_000]),
        selfEmployed: random() < 0.08,
        studentFinance: false,
        specialCosts: random() < 0.4,
        residence: 'dutch',
        livesInNetherlands: true,
        healthInsuranceNL: true,
        working: { applicant: working, ...(partner ? { partner: random() < 0.4 } : {}) },
        ...(childcare ? { childcare } : {}),
        receiving,
        nonUseReasons,
      },
    };
  });
}
