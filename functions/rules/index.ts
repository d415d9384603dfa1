/**
 * The rules engine's one entry. Pure: no I/O, no AWS, no DOM.
 * evaluate(answers, { peildatum }) → the contract's screening response;
 * nextQuestion(answers, peildatum) → the most useful unanswered question, or null.
 */
export { type Answers, answersSchema, DONT_KNOW_PATHS, NON_USE_REASONS, type NonUseReason } from './answers';
export { type EarlierYear, earlierToeslagYears, TOESLAG_IDS } from './claim-years';
export { type EvaluateOptions, evaluate, UnsupportedPeildatumError } from './engine/evaluate';
export { MissingParameterError, ParameterLookupError } from './engine/param';
export { lawUrl } from './engine/sources';
export { INCOME_RISE_STEPS, type IncomeRiseEffect, incomeRiseEffects } from './income-rise';
export { PARAMETERS, SUPPORTED_FROM } from './params';
export { PAGES, type Page, QUESTIONS, type Question } from './questions/catalogue';
export { nextQuestion } from './questions/next-question';
export { type IncomeWording, incomeWording } from './questions/wording';
export { monthlyHours as childcareHoursPerMonth } from './regelingen/kinderopvangtoeslag/hours';
export { rulesRegistry } from './registry';
export { DECIDED_BY, REGULATION_IDS, type RegulationId } from './regulations';
export { LANGUAGES, type Lang, type ScreeningRequest, screeningRequestSchema } from './request';
export type * from './result';
export { SOURCES } from './sources';
