import { param } from './bundled';

// Kinderopvangtoeslag parameters: data in ./data/kinderopvangtoeslag.json.

/** [income from, income to (null: no upper end), per mille 1st child, per mille next child]; whole euros per year. */
export type KotBand = readonly [number, number | null, number, number];

export const maxHours = param('kinderopvangtoeslag.maximum-uren');
export const maxRateBso = param('kinderopvangtoeslag.maximum-uurprijs.bso');
export const maxRateDagopvang = param('kinderopvangtoeslag.maximum-uurprijs.dagopvang');
export const maxRateGastouder = param('kinderopvangtoeslag.maximum-uurprijs.gastouder');
export const percentageTable = param<readonly KotBand[]>('kinderopvangtoeslag.tabel');
