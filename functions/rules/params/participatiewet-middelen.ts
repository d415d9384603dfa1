import { param } from './bundled';

/**
 * Participatiewet amounts for vermogen, vrijlatingen and bijzondere bijstand (art. 31, 33, 34, 34a, 35),
 * and Steunwijzer's screening margins: data in ./data/participatiewet-middelen.json.
 */

export const earningsDisregardAowMax = param(
  'participatiewet.inkomstenvrijlating.pensioengerechtigde.maximum',
);
export const earningsDisregardAowPct = param(
  'participatiewet.inkomstenvrijlating.pensioengerechtigde.percentage',
);
export const earningsExemptionMax = param('participatiewet.inkomstenvrijlating.maximum');
export const earningsExemptionMinAge = param('participatiewet.inkomstenvrijlating.minimumleeftijd');
export const giftsExemption = param('participatiewet.vrijlating-giften');
export const holidayPayPct = param('screening.vakantiebijslag-marge');
export const homeEquityExemption = param('participatiewet.vrijlating-eigen-woning');
export const pensionDisregardCouple = param('participatiewet.vrijlating-oudedagsvoorziening.gehuwden');
export const pensionDisregardSingle = param('participatiewet.vrijlating-oudedagsvoorziening.alleenstaande');
export const specialAssistanceAssetsCutoff = param('screening.bijzondere-bijstand.vermogen-ver-boven-grens');
export const specialAssistanceIncomeCutoff = param('screening.bijzondere-bijstand.inkomen-ver-boven-norm');
export const specialCostsThreshold = param('participatiewet.bijzondere-bijstand.drempel');
export const vermogenCouple = param('participatiewet.vermogensgrens.gehuwden');
export const vermogenSingle = param('participatiewet.vermogensgrens.alleenstaande');
export const vermogenSingleParent = param('participatiewet.vermogensgrens.alleenstaande-ouder');
