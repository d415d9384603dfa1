/** The seven regulations, in the contract's fixed order, with who decides on each. */
export const REGULATION_IDS = [
  'algemene-bijstand',
  'aio',
  'bijzondere-bijstand',
  'zorgtoeslag',
  'huurtoeslag',
  'kindgebonden-budget',
  'kinderopvangtoeslag',
] as const;

export type RegulationId = (typeof REGULATION_IDS)[number];

export type ApplyBy = 'gemeente' | 'svb' | 'toeslagen';

export const DECIDED_BY: Record<RegulationId, ApplyBy> = {
  'algemene-bijstand': 'gemeente',
  aio: 'svb',
  'bijzondere-bijstand': 'gemeente',
  zorgtoeslag: 'toeslagen',
  huurtoeslag: 'toeslagen',
  'kindgebonden-budget': 'toeslagen',
  kinderopvangtoeslag: 'toeslagen',
};
