// The regulations' ids (the contract's fixed order), who decides on each, and the fixed list of
// non-use reasons: zod-free, so every web app can import them without the engine or zod.
export { NON_USE_REASONS, type NonUseReason } from '../rules/non-use-reasons';
export { type ApplyBy, DECIDED_BY, REGULATION_IDS, type RegulationId } from '../rules/regulations';
