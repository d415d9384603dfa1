import * as aow from './aow';
import * as awir from './awir';
import type { ParamDef } from './define';
import * as ht from './huurtoeslag';
import * as kot from './kinderopvangtoeslag';
import * as kgb from './kindgebonden-budget';
import * as pwMiddelen from './participatiewet-middelen';
import * as pwNormen from './participatiewet-normen';
import * as zt from './zorgtoeslag';

/** Every legal parameter the engine uses: the registry `GET /api/rules` publishes. */
export const PARAMETERS: readonly ParamDef<unknown>[] = [
  pwNormen,
  pwMiddelen,
  aow,
  awir,
  zt,
  ht,
  kgb,
  kot,
].flatMap((module) => Object.values(module) as ParamDef<unknown>[]);

export { SUPPORTED_FROM } from './supported-from';

/**
 * The last day the registry as a whole is known to hold: the earliest end among the parameters'
 * last known periods. Past it, results are `stale` (the last values are used, and said so).
 */
export const KNOWN_UNTIL = PARAMETERS.map((def) => def.values[def.values.length - 1]?.knownUntil ?? '')
  .sort()
  .at(0) as string;
