import { lawSource } from './engine/sources';
import { KNOWN_UNTIL, PARAMETERS, SUPPORTED_FROM } from './params';
import { SOURCES, type Source, type SourceId } from './sources';

/** What GET /api/rules says of a source: the public part only (no internal notes or copies read). */
function publicSource(id: SourceId) {
  const { title, url, publisher, kind, verification }: Source = SOURCES[id];
  return { id, title, url, publisher, kind, verification };
}

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
        source: publicSource(v.source),
        verification: v.verification,
        ...(v.quote ? { quote: v.quote } : {}),
        ...(v.note ? { note: v.note } : {}),
        ...(v.indexationPending ? { indexationPending: true } : {}),
      })),
    })),
  };
}
