import { BUNDLED_PARAMETERS } from './bundled';
import type { ParamDef } from './define';

/** Every legal parameter the engine uses: the registry `GET /api/rules` publishes (./data/*.json). */
export const PARAMETERS: readonly ParamDef<unknown>[] = BUNDLED_PARAMETERS;

export { SUPPORTED_FROM } from './supported-from';

/**
 * The last day the registry as a whole is known to hold: the earliest end among the parameters'
 * last known periods. Past it, results are `stale` (the last values are used, and said so).
 */
export const KNOWN_UNTIL = PARAMETERS.map((def) => def.values[def.values.length - 1]?.knownUntil ?? '')
  .sort()
  .at(0) as string;
