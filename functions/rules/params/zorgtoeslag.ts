import { param } from './bundled';

/** Zorgtoeslag parameters: data in ./data/zorgtoeslag.json. */

export const drempelinkomen = param('zorgtoeslag.drempelinkomen');
export const incomeLimitPartner = param('zorgtoeslag.inkomensgrens.partner');
export const incomeLimitSingle = param('zorgtoeslag.inkomensgrens.alleenstaande');
export const normpremieAfbouwPct = param('zorgtoeslag.normpremie.percentage-boven-drempel');
export const normpremiePartnerPct = param('zorgtoeslag.normpremie.percentage-drempel-partner');
export const normpremieSinglePct = param('zorgtoeslag.normpremie.percentage-drempel-alleenstaande');
export const standaardpremie = param('zorgtoeslag.standaardpremie');
export const vermogenPartner = param('zorgtoeslag.vermogensgrens.partner');
export const vermogenSingle = param('zorgtoeslag.vermogensgrens.alleenstaande');
