import { PARAMETERS } from './params';

/**
 * The version of the parameter set a screening on `peildatum` is evaluated with: the first day of
 * the newest value in force, and a short hash of every value in force, so that a corrected value
 * with the same date is a new version too. A norm change breaks a statistics series: the version
 * goes with every published row (docs/adr/0017). Example: `2026-07-01.3f9a0c21`.
 */
export function rulesVersion(peildatum: string): string {
  let newest = '';
  let hash = 0x811c9dc5; // FNV-1a, 32 bits: no crypto needed, the same in every runtime
  for (const def of PARAMETERS) {
    // As the engine looks values up: the last whose validFrom is on or before the peildatum
    // (past its knownUntil it is carried over, and the response says stale).
    const value = def.values.filter((v) => v.validFrom <= peildatum).at(-1);
    if (!value) continue;
    if (value.validFrom > newest) newest = value.validFrom;
    for (const ch of `${def.id}=${JSON.stringify(value.value)}@${value.validFrom};`) {
      hash ^= ch.charCodeAt(0);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  if (!newest) throw new Error(`no parameter is in force on ${peildatum}`);
  return `${newest}.${hash.toString(16).padStart(8, '0')}`;
}

const cache = new Map<string, string>();
/** rulesVersion(), computed once per peildatum (a screening's hot path). */
export function rulesVersionOf(peildatum: string): string {
  let version = cache.get(peildatum);
  if (version === undefined) {
    version = rulesVersion(peildatum);
    if (cache.size > 1_000) cache.clear();
    cache.set(peildatum, version);
  }
  return version;
}
