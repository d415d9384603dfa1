/**
 * The rules engine's one entry. Pure: no I/O, no AWS, no DOM.
 * evaluate(answers, { peildatum }) → the screening result as codes and values (`Evaluation`);
 * renderScreening(evaluation, copy) → the contract's screening response in the language of `copy`,
 * loaded with loadReasonCopy(lang) (one language per chunk in the browser);
 * nextQuestion(answers, peildatum) → the most useful unanswered question, or null.
 * The shapes (answers, request, result) and their schemas are the contract's: functions/contract/.
 */
export type { Answers, DontKnowPath, NonUseReason } from '../contract/answers';
export type { Lang, ScreeningRequest } from '../contract/request';
export type * from '../contract/result';
export { type EarlierYear, earlierToeslagYears, TOESLAG_IDS } from './claim-years';
export { loadReasonCopy } from './content/load';
export { renderResult, renderScreening } from './content/render';
export type { ReasonCopy } from './content/types';
export { type EvaluateOptions, evaluate, UnsupportedPeildatumError } from './engine/evaluate';
export { MissingParameterError, ParameterLookupError } from './engine/param';
export { lawUrl } from './engine/sources';
export { INCOME_RISE_STEPS, type IncomeRiseEffect, incomeRiseEffects } from './income-rise';
export { NON_USE_REASONS } from './non-use-reasons';
export { PARAMETERS, SUPPORTED_FROM } from './params';
export { PAGES, type Page, QUESTIONS, type Question, questionFor } from './questions/catalogue';
export { nextQuestion } from './questions/next-question';
export { type IncomeWording, incomeWording } from './questions/wording';
export { monthlyHours as childcareHoursPerMonth } from './regelingen/kinderopvangtoeslag/hours';
export { rulesRegistry } from './registry';
export { DECIDED_BY, REGULATION_IDS, type RegulationId } from './regulations';
export { SOURCES } from './sources';
