import type { SourceRef } from '../../contract/result';
import { lawUrl } from '../law-url';
import type { LawRef, ParamDef, ParamValue } from '../params/define';
import { SOURCES, type Source, type SourceId } from '../sources';

export { lawUrl };

/** A law reference as a source: its title ("Awir, artikel 7 lid 2") and the link for the peildatum. */
export function lawSource(law: LawRef, peildatum: string): SourceRef {
  const lid = law.lid ? ` lid ${law.lid}` : '';
  return { title: `${law.law}, artikel ${law.article}${lid}`, url: lawUrl(law, peildatum), kind: 'law' };
}

/** A registry source as people see it: its public title, link and kind, nothing internal. */
export function registrySource(id: SourceId): SourceRef {
  const source: Source = SOURCES[id];
  // A value Steunwijzer derived rests on the law it was derived from, which is cited on its own.
  if (source.kind === 'derived') throw new Error(`${id} is derived: cite the law it comes from`);
  return { title: source.title, url: source.url, kind: source.kind };
}

const cache = new Map<string, SourceRef[]>();
const valueIds = new WeakMap<ParamValue<unknown>, number>();
let nextValueId = 0;

/**
 * The sources a parameter's value rests on, for a peildatum: its article (as in force on the
 * peildatum) and, unless that article is itself the official text the value was read in or the
 * value is derived from it, the publication it was read in. Built once per value and date.
 */
export function paramSources(
  def: ParamDef<unknown>,
  value: ParamValue<unknown>,
  peildatum: string,
): SourceRef[] {
  let id = valueIds.get(value);
  if (id === undefined) {
    id = nextValueId++;
    valueIds.set(value, id);
  }
  const key = `${id}|${peildatum}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const refs: SourceRef[] = [];
  if (def.law) refs.push(lawSource(def.law, peildatum));
  // An official copy or a value derived from the article adds nothing to the article's own link.
  const { verification, kind }: Source = SOURCES[value.source];
  if (!def.law || (verification !== 'OFF-copy' && verification !== 'DER' && kind !== 'derived'))
    refs.push(registrySource(value.source));
  if (cache.size > 10_000) cache.clear();
  cache.set(key, refs);
  return refs;
}
