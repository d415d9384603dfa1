import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../../functions/contract/answers';
import type { Verdict } from '../../../functions/contract/result';
import { type Answers, evaluate, PAGES, type RegulationId } from '../../../functions/rules/index';
import { walkFlow } from '../../support/flow-walk';

/**
 * Issue "Rules v2" §4, fewer questions: five households go through nextQuestion(), answering every
 * page from a full answer set, until it returns null. Counted: the pages asked (a page with several
 * fields is one question). Then the answers given must lead to the same verdicts (and amounts) as
 * the full answer set: skipping never changes a verdict. The expected verdicts are worked out below
 * from the statute and the 2026 amounts (second half-year: peildatum 24 November 2026), not by
 * running the engine.
 */
const PEILDATUM = '2026-11-24';

interface Household {
  name: string;
  /** Every answer the household would give, including those the flow should not need. */
  full: Answers;
  /** At most this many pages (the target); asked now, `after`; before this change, `before`. */
  atMost: number;
  after: number;
  before: number;
  verdicts: Record<RegulationId, Verdict>;
}

const HOUSEHOLDS: Household[] = [
  {
    // Pw norm couple € 2.027,79, vermogen limit couple € 16.000 (art. 34 lid 3), bijzondere
    // bijstand cut-off 3 × that; zorgtoeslag income limit with a partner € 51.142 (Wzt art. 2).
    name: 'a well-off couple who own their home',
    full: {
      age: 45,
      partner: true,
      partnerAge: 47,
      children: [],
      livesInNetherlands: true,
      residence: 'dutch',
      housing: 'own',
      homeEquity: 30_000_000,
      coResidents27Plus: 0,
      netIncomeMonthly: 850_000,
      grossIncomeYearly: 14_000_000,
      assets: 12_000_000,
      healthInsuranceNL: true,
      studentFinance: false,
      selfEmployed: false,
      working: { applicant: true, partner: true },
      childcare: [],
      receivesKinderbijslag: false,
      specialCosts: false,
      weeksAbroadThisYear: 3,
    },
    atMost: 9,
    after: 7,
    before: 13,
    verdicts: {
      'algemene-bijstand': 'unlikely', // € 120.000 vermogen > € 16.000 (art. 34 lid 3)
      aio: 'unlikely', // both below AOW age 67 (art. 47a)
      'bijzondere-bijstand': 'unlikely', // no extra costs (art. 35 lid 1); vermogen > 3 × € 16.000 too
      zorgtoeslag: 'unlikely', // € 140.000 > € 51.142 (Wzt art. 2)
      huurtoeslag: 'unlikely', // owners are no huurder (Wht art. 1)
      'kindgebonden-budget': 'unlikely', // no child under 18 (WKB art. 2)
      kinderopvangtoeslag: 'unlikely', // no children, no childcare (Wko art. 1.6)
    },
  },
  {
    // AOW age 67; Pw norm at AOW age single € 1.587,34 (art. 22), vermogen limit € 8.000; zorgtoeslag
    // single limit € 40.857; huurtoeslag: rent € 650 below the maximum rent € 932,93 (Wht art. 13),
    // vermogen limit € 38.479 (Awir art. 7 lid 3).
    name: 'a single pensioner who rents',
    full: {
      age: 74,
      partner: false,
      children: [],
      livesInNetherlands: true,
      residence: 'dutch',
      housing: 'rent',
      rent: 65_000,
      selfContainedHome: true,
      homeEquity: 0,
      coResidents27Plus: 0,
      netIncomeMonthly: 140_000,
      grossIncomeYearly: 1_900_000,
      assets: 500_000,
      healthInsuranceNL: true,
      studentFinance: false,
      selfEmployed: false,
      working: { applicant: false },
      childcare: [],
      receivesKinderbijslag: false,
      parentsCannotSupport: false,
      specialCosts: true,
      weeksAbroadThisYear: 6, // within the 13 weeks at AOW age (art. 13 lid 4)
    },
    atMost: 14,
    after: 13,
    before: 14,
    verdicts: {
      'algemene-bijstand': 'unlikely', // at AOW age it is AIO (art. 47a)
      aio: 'likely', // € 1.400 net < € 1.587,34; € 5.000 ≤ € 8.000
      'bijzondere-bijstand': 'possibly', // costs, income under the norm; the municipality decides (art. 35)
      zorgtoeslag: 'likely', // € 19.000 < € 40.857, insured, vermogen < € 146.011
      huurtoeslag: 'likely', // low income, rent well above the basishuur, vermogen < € 38.479
      'kindgebonden-budget': 'unlikely', // no children
      kinderopvangtoeslag: 'unlikely', // no children
    },
  },
  {
    // Jongerennorm 18–20 single € 350,42, raised by € 762,24 when the parents cannot support
    // (art. 20 lid 1 a, lid 3): € 1.112,66, below the 21+ norm € 1.419,46 that caps it (lid 4).
    name: 'a young care leaver',
    full: {
      age: 19,
      partner: false,
      children: [],
      livesInNetherlands: true,
      residence: 'dutch',
      housing: 'rent',
      rent: 45_000,
      selfContainedHome: true,
      homeEquity: 0,
      coResidents27Plus: 0,
      netIncomeMonthly: 0,
      grossIncomeYearly: 0,
      assets: 20_000,
      healthInsuranceNL: true,
      studentFinance: false,
      selfEmployed: false,
      parentsCannotSupport: true,
      working: { applicant: false },
      childcare: [],
      receivesKinderbijslag: false,
      specialCosts: true,
      weeksAbroadThisYear: 0,
    },
    atMost: 15,
    after: 15,
    before: 17,
    verdicts: {
      'algemene-bijstand': 'likely', // no income, € 200 < € 8.000, no studiefinanciering (art. 13 lid 2 c)
      aio: 'unlikely', // below AOW age
      'bijzondere-bijstand': 'possibly', // the municipality decides (art. 35)
      zorgtoeslag: 'likely', // 18 or older (Wzt art. 1 c), insured, no income
      huurtoeslag: 'likely', // adult (Wht art. 8), self-contained (art. 11), € 450 under the € 498,20 limit under 21 (art. 13)
      'kindgebonden-budget': 'unlikely',
      kinderopvangtoeslag: 'unlikely',
    },
  },
  {
    // Pw norm single parent € 1.419,46; zorgtoeslag single € 40.857; kindgebonden budget: € 264 above
    // the single drempel € 29.736 lowers the year by 7,60 % of that, about € 20 (WKB art. 2);
    // kinderopvangtoeslag: working, registered childcare (Wko art. 1.5, 1.6).
    name: 'a single parent with childcare',
    full: {
      age: 32,
      partner: false,
      children: [{ age: 2 }, { age: 6 }],
      livesInNetherlands: true,
      residence: 'dutch',
      housing: 'rent',
      rent: 80_000,
      selfContainedHome: true,
      homeEquity: 0,
      coResidents27Plus: 0,
      netIncomeMonthly: 210_000,
      grossIncomeYearly: 3_000_000,
      assets: 150_000,
      healthInsuranceNL: true,
      studentFinance: false,
      selfEmployed: false,
      working: { applicant: true },
      receivesKinderbijslag: true,
      childcare: [
        { type: 'dagopvang', hoursPerMonth: 80, hourlyRate: 1000 },
        { type: 'bso', hoursPerMonth: 40, hourlyRate: 900 },
      ],
      parentsCannotSupport: false,
      specialCosts: false,
      weeksAbroadThisYear: 1,
    },
    atMost: 18,
    after: 16,
    before: 17,
    verdicts: {
      'algemene-bijstand': 'unlikely', // € 2.100 net ≥ € 1.419,46 (art. 19)
      aio: 'unlikely',
      'bijzondere-bijstand': 'unlikely', // no extra costs (art. 35 lid 1)
      zorgtoeslag: 'likely', // € 30.000 < € 40.857
      huurtoeslag: 'likely', // three persons, € 30.000, rent € 800 under € 932,93
      'kindgebonden-budget': 'likely', // two children under 18, she gets the kinderbijslag
      kinderopvangtoeslag: 'likely', // she works; income € 30.000, a high percentage
    },
  },
  {
    // Pw norm couple € 2.027,79; zorgtoeslag with a partner € 51.142; kindgebonden budget drempel
    // partners € 39.141, so full; huurtoeslag four persons at € 30.000 and rent € 750.
    name: 'a self-employed family with childcare',
    full: {
      age: 38,
      partner: true,
      partnerAge: 36,
      children: [{ age: 1 }, { age: 4 }],
      livesInNetherlands: true,
      residence: 'dutch',
      housing: 'rent',
      rent: 75_000,
      selfContainedHome: true,
      homeEquity: 0,
      coResidents27Plus: 0,
      netIncomeMonthly: 230_000,
      grossIncomeYearly: 3_000_000,
      assets: 1_000_000,
      healthInsuranceNL: true,
      studentFinance: false,
      selfEmployed: true,
      working: { applicant: true, partner: true },
      receivesKinderbijslag: true,
      childcare: [
        { type: 'dagopvang', hoursPerMonth: 100, hourlyRate: 1050 },
        { type: 'gastouder', hoursPerMonth: 40, hourlyRate: 800 },
      ],
      parentsCannotSupport: false,
      specialCosts: false,
      weeksAbroadThisYear: 2,
    },
    atMost: 20,
    after: 17,
    before: 18,
    verdicts: {
      'algemene-bijstand': 'unlikely', // € 2.300 net ≥ € 2.027,79 (art. 19); self-employed: Bbz anyway
      aio: 'unlikely',
      'bijzondere-bijstand': 'unlikely', // no extra costs
      zorgtoeslag: 'likely', // € 30.000 < € 51.142
      huurtoeslag: 'likely', // four persons, low income, rent under € 932,93, vermogen < € 76.958
      'kindgebonden-budget': 'likely', // under the partners' drempel: the full amount
      kinderopvangtoeslag: 'likely', // both work, registered childcare
    },
  },
];

/** The flow walked from `full`, its answers validated as the API would. */
function walk(full: Answers): { asked: string[]; answers: Answers } {
  const { asked, answers } = walkFlow(full, PEILDATUM);
  return { asked, answers: answersSchema.parse(answers) };
}

const outcome = (answers: Answers) =>
  evaluate(answers, { peildatum: PEILDATUM }).results.map(({ regulation, verdict, estimate }) => ({
    regulation,
    verdict,
    monthly: estimate?.monthly ?? null,
  }));

describe('fewer questions: five households', () => {
  it.each(HOUSEHOLDS)('$name: $after pages, at most $atMost (was $before)', ({ full, atMost, after }) => {
    const { asked } = walk(answersSchema.parse(full));
    expect(asked.length).toBeLessThanOrEqual(atMost);
    expect(asked.length).toBe(after);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it.each(HOUSEHOLDS)('$name: the full answers give the verdicts the statute gives', ({ full, verdicts }) => {
    const results = evaluate(answersSchema.parse(full), { peildatum: PEILDATUM }).results;
    expect(Object.fromEntries(results.map((result) => [result.regulation, result.verdict]))).toEqual(
      verdicts,
    );
  });

  it.each(HOUSEHOLDS)('$name: the answers asked give the same verdicts and amounts', ({ full }) => {
    const { answers } = walk(answersSchema.parse(full));
    expect(outcome(answers)).toEqual(outcome(answersSchema.parse(full)));
  });
});

describe('fewer questions: what is asked only where it decides', () => {
  const parent = HOUSEHOLDS[3] as Household;
  it('receivesKinderbijslag is asked where kindgebonden budget is open (WKB art. 2 lid 1, 10)', () => {
    expect(walk(parent.full).asked).toContain('receivesKinderbijslag');
    const other = walk({ ...parent.full, receivesKinderbijslag: false });
    expect(evaluate(other.answers, { peildatum: PEILDATUM }).results[5]?.verdict).toBe('unlikely');
  });
  it('and not where kindgebonden budget is decided without it (income far above the limit)', () => {
    expect(walk({ ...parent.full, grossIncomeYearly: 20_000_000 }).asked).not.toContain(
      'receivesKinderbijslag',
    );
  });
  it('studiefinanciering from 27 shares the self-employment page, and decides bijstand (art. 15 lid 1)', () => {
    const student: Answers = { ...(HOUSEHOLDS[2] as Household).full, age: 28, studentFinance: true };
    const { asked, answers } = walk(student);
    expect(asked).toContain('selfEmployed');
    expect(answers.studentFinance).toBe(true);
    expect(evaluate(answers, { peildatum: PEILDATUM }).results[0]?.verdict).toBe('possibly');
  });
  it('weeksAbroadThisYear is on no page: bijstand carries the limit as a reason instead', () => {
    expect(PAGES.some((page) => page.fields.includes('weeksAbroadThisYear'))).toBe(false);
    const { answers } = walk((HOUSEHOLDS[2] as Household).full);
    const bijstand = evaluate(answers, { peildatum: PEILDATUM }).results[0];
    expect(bijstand?.reasons.map((reason) => reason.code)).toContain('abroad-weeks-limit');
  });
  it('a page with two questions counts once and fills both', () => {
    const pairs = PAGES.filter((page) => page.kind === 'pair');
    expect(pairs.map((page) => page.fields)).toEqual([
      ['livesInNetherlands', 'residence'],
      ['selfEmployed', 'studentFinance'],
    ]);
  });
});
