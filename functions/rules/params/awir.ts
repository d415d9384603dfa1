import { param } from './bundled';

/** Amounts of the Awir that the toeslagen share: data in ./data/awir.json. */

export const childIncomeAge = param('awir.leeftijd-inkomen-kind-medebewoner');
export const childIncomeExemption = param('awir.vrijstelling-inkomen-kind-medebewoner');
export const minimumToeslag = param('awir.minimum-tegemoetkoming');
