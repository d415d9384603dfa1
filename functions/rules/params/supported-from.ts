/** First peildatum the engine supports (contract: earlier gives 422). */
export const SUPPORTED_FROM = '2026-01-01';
