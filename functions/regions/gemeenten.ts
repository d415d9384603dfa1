import indeling from './gemeenten-2026.json';

/**
 * The CBS gemeente lists, by the period each was valid. One list for the API, the statistics and
 * the apps. A peildatum after the last list's knownUntil uses that list (the next one is not in
 * the repo yet): a herindeling then shows up as a 400 for the new code, never as a wrong count.
 */
const LISTS = [indeling] as const;

export interface Gemeente {
  code: string;
  name: string;
}

function listOn(peildatum: string) {
  const valid = LISTS.filter((l) => l.validFrom <= peildatum);
  return valid.find((l) => peildatum <= l.knownUntil) ?? valid.at(-1) ?? LISTS[0];
}

const codesByList = new Map(LISTS.map((l) => [l, new Set(l.gemeenten.map((g) => g.code))]));

/** Whether `code` is a gemeentecode of the CBS list valid on `peildatum` (`YYYY-MM-DD`). */
export function isGemeenteCode(code: string, peildatum: string): boolean {
  return codesByList.get(listOn(peildatum))?.has(code) ?? false;
}

export function gemeenten(peildatum: string): readonly Gemeente[] {
  return listOn(peildatum).gemeenten;
}
