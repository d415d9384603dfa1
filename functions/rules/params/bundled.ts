import aow from './data/aow.json';
import awir from './data/awir.json';
import huurtoeslag from './data/huurtoeslag.json';
import kinderopvangtoeslag from './data/kinderopvangtoeslag.json';
import kindgebondenBudget from './data/kindgebonden-budget.json';
import participatiewetMiddelen from './data/participatiewet-middelen.json';
import participatiewetNormen from './data/participatiewet-normen.json';
import zorgtoeslag from './data/zorgtoeslag.json';
import type { ParamDef } from './define';

/**
 * The one index of the legal data: every file in ./data, imported statically so that esbuild and Vite
 * bundle it (no file reads at run time, `evaluate` stays synchronous, the same data in the browser, the
 * Lambda and the tests). A file added to ./data must be added here too; test/rules/params/data-files
 * fails until it is. The files are checked against ./schema.ts by that test, not at run time (the
 * browser bundle has no need of zod for them, and gets them without quotes, notes and descriptions:
 * web/build/strip-param-text.ts).
 */
export const PARAM_FILES: Readonly<Record<string, { parameters: readonly unknown[] }>> = {
  'participatiewet-normen': participatiewetNormen,
  'participatiewet-middelen': participatiewetMiddelen,
  aow,
  awir,
  zorgtoeslag,
  huurtoeslag,
  'kindgebonden-budget': kindgebondenBudget,
  kinderopvangtoeslag,
};

/** Every bundled parameter, in file order. */
export const BUNDLED_PARAMETERS: readonly ParamDef<unknown>[] = Object.values(PARAM_FILES).flatMap(
  (file) => file.parameters as ParamDef<unknown>[],
);

const byId = new Map(BUNDLED_PARAMETERS.map((def) => [def.id, def]));

/** Thrown at load when a module names a parameter that no data file has: a lookup that fails loudly. */
export class UnknownParameterError extends Error {
  constructor(id: string) {
    super(`No legal parameter "${id}" in functions/rules/params/data`);
    this.name = 'UnknownParameterError';
  }
}

/** The bundled parameter with this id; throws when there is none, so a typo fails at load. */
export function param<T = number>(id: string): ParamDef<T> {
  const def = byId.get(id);
  if (!def) throw new UnknownParameterError(id);
  return def as ParamDef<T>;
}
