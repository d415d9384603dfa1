import type { LawRef } from './params/define';
import { SUPPORTED_FROM } from './params/supported-from';

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
 *
 * Its own module, importing nothing of the engine, so the web's first-load copy can link the law
 * without loading the engine chunk (web/vite.config.ts keeps it out of that chunk).
 */
export function lawUrl(law: Pick<LawRef, 'bwb' | 'article' | 'path'>, peildatum: string): string {
  const date = peildatum < SUPPORTED_FROM ? SUPPORTED_FROM : peildatum;
  const anchor = law.path ? `${law.path}_Artikel${law.article}` : `Artikel${law.article}`;
  return `https://wetten.overheid.nl/${law.bwb}/${date}#${anchor}`;
}
