import { SUPPORTED_FROM } from '../params';
import type { LawRef, ParamDef, ParamValue } from '../params/define';
import type { SourceRef } from '../result';
import { SOURCES, type SourceId } from '../sources';

/**
 * The one builder of law links: the article of `law` as in force on `peildatum`, the
 * wetten.overheid.nl way, https://wetten.overheid.nl/<BWB-id>/<date>#Artikel<n>. The date in the
 * path selects the text in force on that day (any day works, not only the first day of a version),
 * so a link made for a peildatum always shows the text that applies to it. Dates before the first
 * supported peildatum are moved up to it, so no link shows a text older than the rules.
 *
 * The fragment is the short `Artikel<n>` form that the MinBZK regelrecht corpus uses. On laws
 * divided into chapters wetten.overheid.nl's own element ids carry the whole path
 * (`Hoofdstuk2_Paragraaf2.1_Artikel7`, the "conventie BWB" in the STOP documentation); where a
 * LawRef gives `path`, that full form is used.
 */
export function lawUrl(law: Pick<LawRef, 'bwb' | 'article' | 'path'>, peildatum: string): string {
  const date = peildatum < SUPPORTED_FROM ? SUPPORTED_FROM : peildatum;
  const anchor = law.path ? `${law.path}_Artikel${law.article}` : `Artikel${law.article}`;
  return `https://wetten.overheid.nl/${law.bwb}/${date}#${anchor}`;
}

/** A law reference as a source: its title ("Awir, artikel 7 lid 2") and the link for the peildatum. */
export function lawSource(law: LawRef, peildatum: string): SourceRef {
  const lid = law.lid ? ` lid ${law.lid}` : '';
  return { title: `${law.law}, artikel ${law.article}${lid}`, url: lawUrl(law, peildatum) };
}

export function registrySource(id: SourceId): SourceRef {
  const source = SOURCES[id];
  return { title: source.title, url: source.url };
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
  const verification = SOURCES[value.source].verification;
  if (!def.law || (verification !== 'OFF-copy' && verification !== 'DER'))
    refs.push(registrySource(value.source));
  if (cache.size > 10_000) cache.clear();
  cache.set(key, refs);
  return refs;
}
