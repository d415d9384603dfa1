import type { ParamDef, ParamValue } from '../params/define';

export class ParameterLookupError extends Error {
  constructor(id: string, peildatum: string) {
    super(`No value of legal parameter "${id}" is in force on ${peildatum}`);
    this.name = 'ParameterLookupError';
  }
}

/**
 * The value in force on `peildatum`: the last one whose validFrom is on or before it.
 * Fails loudly when none is; never falls back to another period silently. (Past the last
 * value's knownUntil it is still that value; the response then says `stale`.)
 */
export function lookupParam<T>(def: ParamDef<T>, peildatum: string): ParamValue<T> {
  let found: ParamValue<T> | undefined;
  for (const value of def.values) {
    if (value.validFrom <= peildatum) found = value;
    else break;
  }
  if (!found) throw new ParameterLookupError(def.id, peildatum);
  return found;
}

/** An explicit parameter set given to `evaluate` lacks a parameter the rules use. */
export class MissingParameterError extends Error {
  constructor(id: string) {
    super(`The parameter set given to evaluate has no legal parameter "${id}"`);
    this.name = 'MissingParameterError';
  }
}
