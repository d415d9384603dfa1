import indeling from './gemeenten-2026.json';

/**
 * The CBS gemeente lists, by the period each was valid. One list for the API, the statistics and
 * the apps. A peildatum after the last list's knownUntil uses that list (the next one is not in
 * the repo yet): a herindeling then shows up as a 400 for the new code, never as a wrong count.
 * A new year's list is one more data file of the same shape and one more entry here.
 */
interface GemeenteList {
  validFrom: string;
  knownUntil: string;
  /** Everyday names beside the CBS name ("Den Haag" for 's-Gravenhage), by code. */
  aliases: Record<string, string[]>;
  gemeenten: Gemeente[];
}

const LISTS: readonly GemeenteList[] = [indeling];

export interface Gemeente {
  code: string;
  name: string;
}

function listOn(peildatum: string): GemeenteList {
  const valid = LISTS.filter((l) => l.validFrom <= peildatum);
  return valid.find((l) => peildatum <= l.knownUntil) ?? valid.at(-1) ?? (LISTS[0] as GemeenteList);
}

const codesByList = new Map(LISTS.map((l) => [l, new Set(l.gemeenten.map((g) => g.code))]));

/** Whether `code` is a gemeentecode of the CBS list valid on `peildatum` (`YYYY-MM-DD`). */
export function isGemeenteCode(code: string, peildatum: string): boolean {
  return codesByList.get(listOn(peildatum))?.has(code) ?? false;
}

export function gemeenten(peildatum: string): readonly Gemeente[] {
  return listOn(peildatum).gemeenten;
}

/** The CBS name of a gemeente on the peildatum; null when the code is not on that list. */
export function gemeenteName(code: string, peildatum: string): string | null {
  return listOn(peildatum).gemeenten.find((g) => g.code === code)?.name ?? null;
}

/** The names a person may type for a gemeente: the CBS name, then its everyday names. */
export function gemeenteNames(code: string, peildatum: string): string[] {
  const list = listOn(peildatum);
  const name = list.gemeenten.find((g) => g.code === code)?.name;
  return name ? [name, ...(list.aliases[code] ?? [])] : [];
}

/** Lower case, no accents, no punctuation, single spaces: "'s-Gravenhage" and "s gravenhage" match. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The gemeente a typed answer names: its CBS name or an everyday name, in any case and with or
 * without accents and punctuation, or its code (GM0363). Null when it names none, or more than one.
 */
export function findGemeente(input: string, peildatum: string): Gemeente | null {
  const list = listOn(peildatum);
  const code = input.trim().toUpperCase();
  const byCode = list.gemeenten.find((g) => g.code === code);
  if (byCode) return byCode;
  const wanted = normaliseName(input);
  if (!wanted) return null;
  const found = list.gemeenten.filter((g) =>
    [g.name, ...(list.aliases[g.code] ?? [])].some((name) => normaliseName(name) === wanted),
  );
  return found.length === 1 ? (found[0] as Gemeente) : null;
}
