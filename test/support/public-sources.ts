/**
 * What may be shown to people as a source (issue "Citizen app v2" §2), for the tests that walk
 * the engine's, the API's and the web's sources.
 */

/** Hosts of laws and of the bodies that carry the regulations out. */
export const OFFICIAL_HOSTS = [
  'wetten.overheid.nl',
  'lokaleregelgeving.overheid.nl', // CVDR
  'puc.overheid.nl', // SVB's published policy rules
  'officielebekendmakingen.nl',
  'rijksoverheid.nl',
  'government.nl',
  'belastingdienst.nl',
  'svb.nl',
  'eur-lex.europa.eu',
];
export const officialHost = (url: string) => {
  const { host, protocol } = new URL(url);
  return protocol === 'https:' && OFFICIAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
};

/** Our working notes, never for people: how a value was read, where, in which repository. */
export const INTERNAL =
  /transcribed|public code|\(secondary\)|\bsecondary\b|github|gitlab|regelrecht|corpus|MinBZK\/|sgort|ttl-editor|CPRMV|\.ya?ml\b|@ ?[0-9a-f]{7,40}\b|local example|not opened|read here|parameter note|as in the normenbrief/i;
