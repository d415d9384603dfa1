/**
 * The topics of a local route and what a channel can be, without zod: the browser imports these,
 * the schema (schema.ts, checked in test/local-routes) only its types.
 */
export const TOPICS = [
  'bijstand',
  'bijzondereBijstand',
  'clientondersteuning',
  'schuldhulp',
  'formHelp',
] as const;
export type Topic = (typeof TOPICS)[number];

/** What a channel is; each one has a sentence in the copy that may use its phone or address. */
export const WHATS = [
  'applyAtGemeente',
  'applyOnline',
  'applyPortal',
  'applyAtLocation',
  'callBack',
  'postForm',
  'handInForm',
  'schemePage',
  'localRules',
  'lowIncomeSchemes',
  'lowIncomeSchemesPhone',
  'clientondersteuningFree',
  'clientondersteuningWhat',
  'geldfit',
  'geldfitPhone',
  'callOrVisit',
  'neighbourhoodDesk',
  'buurtteam',
  'library',
  'authorise',
] as const;
export type What = (typeof WHATS)[number];
