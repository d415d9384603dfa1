import data from './supported-from.json';

/**
 * First peildatum the engine supports (contract: earlier gives 422). Every parameter has a value on
 * it (test/rules/params/data-files.test.ts). Data, in its own tiny file without comments, so that the
 * web's first-load law links (law-url.ts) carry none of the parameter data.
 */
export const SUPPORTED_FROM: string = data.supportedFrom;
