import type { LawRef, ParamDef, ParamValue } from '../params/define';
import type { SourceRef } from '../result';
import { SOURCES, type SourceId } from '../sources';

/** Link to the article as in force on `date`, the wetten.overheid.nl way: /<BWB>/<date>#Artikel<n>. */
export function lawSource(law: LawRef, date: string): SourceRef {
  const lid = law.lid ? ` lid ${law.lid}` : '';
  return {
    title: `${law.law}, artikel ${law.article}${lid}`,
    url: `https://wetten.overheid.nl/${law.bwb}/${date}#Artikel${law.article}`,
  };
}

export function registrySource(id: SourceId): SourceRef {
  const source = SOURCES[id];
  return { title: source.title, url: source.url };
}

const cache = new WeakMap<ParamValue<unknown>, SourceRef[]>();

/**
 * The sources a parameter's value rests on: its article (if any) and the publication it was read in.
 * Values are immutable data, so the list is built once per value.
 */
export function paramSources(def: ParamDef<unknown>, value: ParamValue<unknown>): SourceRef[] {
  const cached = cache.get(value);
  if (cached) return cached;
  const refs: SourceRef[] = [];
  if (def.law) refs.push(lawSource(def.law, lawVersionDate(def.law, value.validFrom)));
  if (!def.law || SOURCES[value.source].verification !== 'OFF-copy') refs.push(registrySource(value.source));
  cache.set(value, refs);
  return refs;
}

/** wetten.overheid.nl versions: the Participatiewet has a 1 July 2026 toestand; the others are cited at 1 January. */
function lawVersionDate(law: LawRef, validFrom: string): string {
  return law.bwb === 'BWBR0015703' ? validFrom : `${validFrom.slice(0, 4)}-01-01`;
}
