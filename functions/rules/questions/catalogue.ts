import type { Answers, DontKnowPath } from '../../contract/answers';

/**
 * The question catalogue: which answer paths each question fills, and how it is answered.
 * No copy here (that lives in the web's content files, keyed by id). Order is the default
 * asking order when several questions are equally useful. The citizen flow asks them as PAGES:
 * each question on its own page, except where two share one (a page's `parts`).
 */
export type QuestionKind = 'integer' | 'boolean' | 'choice' | 'money' | 'children' | 'childcare' | 'working';

export interface Question {
  /** The answer path this question fills (contract field name, dotted for nested ones). */
  id: string;
  /** All answer paths the page sets, when one page asks more than one. */
  fields: string[];
  kind: QuestionKind;
  /** Choice options, for kind 'choice'. */
  options?: readonly string[];
  /** For money: per month or per year, so the page can say so. */
  period?: 'month' | 'year' | 'stock';
  min?: number;
  max?: number;
  /** The person may answer "I don't know" (answers.dontKnow). */
  dontKnow?: DontKnowPath;
  /** Grouping for the counter screen. */
  group: 'household' | 'income' | 'assets' | 'housing' | 'children' | 'situation';
  /**
   * Asking order, by how often the answer decides a regulation on its own (issue Rules v2 §4):
   * 1 the gates (who lives in the home, age, own or rented home: AIO or bijstand by age, huurtoeslag
   * by housing, the child regulations by children), 2 money (above a limit rules out most
   * regulations), 3 the situation and the details of the amount, which seldom rule anything out and
   * so come last, when fewer regulations are still open. Within a stage, the question the most
   * open regulations need comes first.
   */
  stage: 1 | 2 | 3;
  /**
   * Answers the rules do not require (an unanswered one leaves the verdict as it is, with a reason
   * naming the condition) but that can change a verdict. After every required question, the flow
   * asks this one where setting any of these answers would change some verdict.
   */
  probe?: readonly Partial<Answers>[];
}

/**
 * One page of the citizen flow: a question, or (kind 'pair') two questions answered together,
 * `parts`, whose answer paths are all in `fields`. A page counts as one question.
 */
export interface Page extends Omit<Question, 'kind'> {
  kind: QuestionKind | 'pair';
  parts?: readonly Question[];
}

const STAGE: Record<Question['group'], Question['stage']> = {
  household: 1,
  children: 1,
  housing: 1,
  income: 2,
  assets: 2,
  situation: 3,
};

const q = (
  question: Omit<Question, 'fields' | 'stage'> & { fields?: string[]; stage?: Question['stage'] },
): Question => ({
  fields: [question.id],
  stage: STAGE[question.group],
  ...question,
});

export const QUESTIONS: readonly Question[] = [
  q({ id: 'age', kind: 'integer', min: 0, max: 120, group: 'household' }),
  q({ id: 'partner', kind: 'boolean', group: 'household' }),
  q({ id: 'partnerAge', kind: 'integer', min: 0, max: 120, group: 'household' }),
  q({ id: 'children', kind: 'children', group: 'children' }),
  q({ id: 'livesInNetherlands', kind: 'boolean', group: 'situation' }),
  q({ id: 'residence', kind: 'choice', options: ['dutch', 'eu', 'permit', 'none'], group: 'situation' }),
  q({
    id: 'housing',
    kind: 'choice',
    options: ['rent', 'own', 'lodging', 'homeless', 'institution'],
    group: 'housing',
  }),
  q({
    id: 'coResidents27Plus',
    kind: 'integer',
    min: 0,
    max: 20,
    dontKnow: 'coResidents27Plus',
    group: 'household',
    stage: 3,
  }),
  q({
    id: 'netIncomeMonthly',
    kind: 'money',
    period: 'month',
    dontKnow: 'netIncomeMonthly',
    group: 'income',
  }),
  q({ id: 'assets', kind: 'money', period: 'stock', dontKnow: 'assets', group: 'assets' }),
  q({
    id: 'grossIncomeYearly',
    kind: 'money',
    period: 'year',
    dontKnow: 'grossIncomeYearly',
    group: 'income',
  }),
  q({ id: 'studentFinance', kind: 'boolean', group: 'situation' }),
  q({ id: 'selfEmployed', kind: 'boolean', group: 'income', stage: 3 }),
  q({
    id: 'partnerSelfEmployed',
    kind: 'boolean',
    group: 'income',
    stage: 3,
    // Not required (v1.1 clients never send it): a self-employed partner makes bijstand `possibly`
    // (Participatiewet art. 11 lid 1 and 31 lid 1, the gezin's middelen; Bbz 2004).
    probe: [{ partnerSelfEmployed: true }],
  }),
  q({
    id: 'parentsCannotSupport',
    kind: 'boolean',
    dontKnow: 'parentsCannotSupport',
    group: 'household',
    stage: 3,
  }),
  q({
    id: 'homeEquity',
    kind: 'money',
    period: 'stock',
    dontKnow: 'homeEquity',
    group: 'assets',
    stage: 3,
  }),
  q({ id: 'rent', kind: 'money', period: 'month', dontKnow: 'rent', group: 'housing', stage: 3 }),
  q({
    id: 'selfContainedHome',
    kind: 'boolean',
    dontKnow: 'selfContainedHome',
    group: 'housing',
    stage: 3,
  }),
  q({ id: 'healthInsuranceNL', kind: 'boolean', group: 'situation' }),
  q({
    id: 'working',
    fields: ['working.applicant', 'working.partner'],
    kind: 'working',
    group: 'income',
    stage: 3,
    // Not required: unanswered, AIO assumes earnings may be disregarded (art. 34a) and bijstand
    // sees no holiday-pay margin (art. 19 lid 3); either answer can change the verdict.
    probe: [
      { working: { applicant: false, partner: false } },
      { working: { applicant: true, partner: true } },
    ],
  }),
  q({ id: 'childcare', kind: 'childcare', group: 'children', stage: 3 }),
  q({
    id: 'receivesKinderbijslag',
    kind: 'boolean',
    dontKnow: 'receivesKinderbijslag',
    group: 'children',
    stage: 3,
    // WKB art. 2 lid 1 and 10: only the parent paid the kinderbijslag gets kindgebonden budget.
    probe: [{ receivesKinderbijslag: false }],
  }),
  q({ id: 'specialCosts', kind: 'boolean', dontKnow: 'specialCosts', group: 'situation' }),
];

const byId = (id: string): Question => {
  const question = QUESTIONS.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`no question ${id}`);
  return question;
};

/** Two questions on one page: the first one's id, stage and group; every part's fields. */
const pair = (first: string, second: string): Page => {
  const parts = [byId(first), byId(second)];
  // The pair page has radio groups only: no "I don't know", no probes.
  if (
    parts.some((part) => part.dontKnow || part.probe || (part.kind !== 'boolean' && part.kind !== 'choice'))
  )
    throw new Error(`${first} and ${second} cannot share a page`);
  const [lead] = parts as [Question, Question];
  return { ...lead, kind: 'pair', fields: parts.flatMap((part) => part.fields), parts };
};

/**
 * The citizen flow's pages. Two pairs of yes/no and choice questions that the same households need
 * share a page: living in the Netherlands and lawful residence (residence needed by all seven,
 * living here by all but zorgtoeslag and kinderopvangtoeslag); self-employment and studiefinanciering
 * (both needed only by algemene bijstand). The second
 * pair also asks studiefinanciering from 27, where it makes bijstand `possibly` (art. 15 lid 1).
 */
const PAIRED = new Map([
  ['livesInNetherlands', 'residence'],
  ['selfEmployed', 'studentFinance'],
]);
const SECOND = new Set(PAIRED.values());
export const PAGES: readonly Page[] = QUESTIONS.filter((question) => !SECOND.has(question.id)).map(
  (question) => {
    const second = PAIRED.get(question.id);
    return second ? pair(question.id, second) : question;
  },
);

/** The question that fills an answer path. */
export function questionFor(path: string): Question | undefined {
  return QUESTIONS.find((question) => question.fields.includes(path));
}
