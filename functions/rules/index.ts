/**
 * The rules engine's one entry. Pure: no I/O, no AWS, no DOM.
 * evaluate(answers, { peildatum }) → the contract's screening response;
 * nextQuestion(answers, peildatum) → the most useful unanswered question, or null.
 */
export { type Answers, answersSchema, DONT_KNOW_PATHS, NON_USE_REASONS, type NonUseReason } from './answers';
export { evaluate, type EvaluateOptions, UnsupportedPeildatumError } from './engine/evaluate';
export { ParameterLookupError } from './engine/param';
export { nextQuestion } from './questions/next-question';
export { QUESTIONS, type Question } from './questions/catalogue';
export { PARAMETERS, SUPPORTED_FROM } from './params';
export { rulesRegistry } from './registry';
export { DECIDED_BY, REGULATION_IDS, type RegulationId } from './regulations';
export { LANGUAGES, type Lang, screeningRequestSchema, type ScreeningRequest } from './request';
export type * from './result';
export { SOURCES } from './sources';
