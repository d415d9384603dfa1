import { lawSource } from './engine/sources';
import { KNOWN_UNTIL, PARAMETERS, SUPPORTED_FROM } from './params';
import { SOURCES } from './sources';

/** The published parameter registry (GET /api/rules): every value with unit, validity and source. */
export function rulesRegistry() {
  return {
    /** Peildata from this date are supported; past knownUntil results are marked stale. */
    supportedFrom: SUPPORTED_FROM,
    knownUntil: KNOWN_UNTIL,
    parameters: PARAMETERS.map((def) => ({
      id: def.id,
      description: def.description,
      unit: def.unit,
      ...(def.note ? { note: def.note } : {}),
      // The article as in force when the parameter's first value applies (never before the rules start).
      ...(def.law ? { law: lawSource(def.law, def.values[0]?.validFrom ?? SUPPORTED_FROM) } : {}),
      values: def.values.map((v) => ({
        value: v.value,
        validFrom: v.validFrom,
        knownUntil: v.knownUntil,
        // The article as in force on the first day of this value.
        ...(def.law ? { law: lawSource(def.law, v.validFrom) } : {}),
        source: { id: v.source, ...SOURCES[v.source] },
        verification: v.verification,
        ...(v.quote ? { quote: v.quote } : {}),
        ...(v.note ? { note: v.note } : {}),
        ...(v.indexationPending ? { indexationPending: true } : {}),
      })),
    })),
  };
}
