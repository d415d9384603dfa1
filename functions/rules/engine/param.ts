import type { ParamDef, ParamValue } from '../params/define';

export class ParameterLookupError extends Error {
  constructor(id: string, peildatum: string) {
    super(`No value of legal parameter "${id}" is in force on ${peildatum}`);
    this.name = 'ParameterLookupError';
  }
}

export interface Lookup<T> {
  entry: ParamValue<T>;
  /** True when peildatum lies past the period this (last) value is known to hold. */
  stale: boolean;
}

/**
 * The value in force on `peildatum`: the last one whose validFrom is on or before it.
 * Fails loudly when none is; never falls back to another period silently.
 */
export function lookupParam<T>(def: ParamDef<T>, peildatum: string): Lookup<T> {
  let found: ParamValue<T> | undefined;
  for (const value of def.values) {
    if (value.validFrom <= peildatum) found = value;
    else break;
  }
  if (!found) throw new ParameterLookupError(def.id, peildatum);
  return { entry: found, stale: peildatum > found.knownUntil };
}
