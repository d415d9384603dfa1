import data from './supported-from.json';

/**
 * First peildatum the engine supports (contract: earlier gives 422). Data, in its own tiny file, so
 * that the web's first-load law links (law-url.ts) need none of the parameter data.
 */
export const SUPPORTED_FROM: string = data.supportedFrom;
