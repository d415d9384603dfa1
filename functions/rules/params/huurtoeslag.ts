import { param } from './bundled';

/** Huurtoeslag parameters: data in ./data/huurtoeslag.json (official where the Wht or Awir states them). */

export const afbouwMulti = param('huurtoeslag.afbouw.meerpersoons');
export const afbouwSingle = param('huurtoeslag.afbouw.eenpersoons');
export const aftopLarge = param('huurtoeslag.aftoppingsgrens.drie-plus');
export const aftopSmall = param('huurtoeslag.aftoppingsgrens.een-twee');
export const basishuurMulti = param('huurtoeslag.basishuur.meerpersoons');
export const basishuurSingle = param('huurtoeslag.basishuur.eenpersoons');
export const ijkpuntMulti = param('huurtoeslag.inkomensijkpunt.meerpersoons');
export const ijkpuntSingle = param('huurtoeslag.inkomensijkpunt.eenpersoons');
export const maxRent = param('huurtoeslag.maximale-huurgrens');
export const pctA = param('huurtoeslag.vergoeding.deel-a');
export const pctB = param('huurtoeslag.vergoeding.deel-b');
export const pctC = param('huurtoeslag.vergoeding.deel-c');
export const vermogenPartner = param('huurtoeslag.vermogensgrens.partner');
export const vermogenSingle = param('huurtoeslag.vermogensgrens.alleenstaande');
export const youthAge = param('huurtoeslag.jongerenleeftijd');
export const youthRentCap = param('huurtoeslag.kwaliteitskortingsgrens');
