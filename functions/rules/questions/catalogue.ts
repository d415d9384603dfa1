import type { DontKnowPath } from '../answers';

/**
 * The question catalogue: which answer paths each question fills, and how it is answered.
 * No copy here (that lives in the web's content files, keyed by id). Order is the default
 * asking order when several questions are equally useful.
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
   * Asking order: 1 who lives in the home, 2 the situation, 3 money. People who fear handing over
   * data answer the easy questions first; within a stage the most-needed question comes first.
   */
  stage: 1 | 2 | 3;
}

const STAGE: Record<Question['group'], Question['stage']> = {
  household: 1,
  children: 1,
  housing: 1,
  situation: 2,
  income: 3,
  assets: 3,
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
  q({ id: 'selfEmployed', kind: 'boolean', group: 'income', stage: 2 }),
  q({
    id: 'parentsCannotSupport',
    kind: 'boolean',
    dontKnow: 'parentsCannotSupport',
    group: 'household',
    stage: 2,
  }),
  q({ id: 'homeEquity', kind: 'money', period: 'stock', dontKnow: 'homeEquity', group: 'assets' }),
  q({ id: 'rent', kind: 'money', period: 'month', dontKnow: 'rent', group: 'housing', stage: 3 }),
  q({
    id: 'selfContainedHome',
    kind: 'boolean',
    dontKnow: 'selfContainedHome',
    group: 'housing',
    stage: 2,
  }),
  q({ id: 'healthInsuranceNL', kind: 'boolean', group: 'situation' }),
  q({
    id: 'working',
    fields: ['working.applicant', 'working.partner'],
    kind: 'working',
    group: 'income',
    stage: 2,
  }),
  q({ id: 'childcare', kind: 'childcare', group: 'children', stage: 2 }),
  q({
    id: 'receivesKinderbijslag',
    kind: 'boolean',
    dontKnow: 'receivesKinderbijslag',
    group: 'children',
    stage: 2,
  }),
  q({ id: 'specialCosts', kind: 'boolean', dontKnow: 'specialCosts', group: 'situation' }),
];

/** The question that fills an answer path. */
export function questionFor(path: string): Question | undefined {
  return QUESTIONS.find((question) => question.fields.includes(path));
}
