import indeling from '../../../../functions/regions/gemeenten-2026.json';

// The CBS gemeente list (functions/regions, with its source), for names only: the dashboard shows
// a municipality by name and keeps its code in the CSV. Importing the data file, not the
// statistics code, keeps the web apart from the server.
const NAMES = new Map(indeling.gemeenten.map((g) => [g.code, g.name]));

/** The municipality's name by its CBS gemeentecode, or undefined for a code not on the list. */
export const municipalityName = (code: string): string | undefined => NAMES.get(code);
