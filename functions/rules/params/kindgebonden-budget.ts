import { param } from './bundled';

/** Kindgebonden budget parameters: data in ./data/kindgebonden-budget.json. */

export const afbouwPct = param('kindgebonden-budget.afbouwpercentage');
export const drempelPartners = param('kindgebonden-budget.drempel.partners');
export const drempelSingle = param('kindgebonden-budget.drempel.alleenstaande');
export const maxChildAge = param('kindgebonden-budget.leeftijdsgrens-kind');
export const perChild = param('kindgebonden-budget.bedrag-per-kind');
export const singleParentSupplement = param('kindgebonden-budget.alleenstaande-ouderkop');
export const supplement12to15 = param('kindgebonden-budget.verhoging-12-15');
export const supplement16to17 = param('kindgebonden-budget.verhoging-16-17');
export const vermogenPartners = param('kindgebonden-budget.vermogensgrens.partners');
export const vermogenSingle = param('kindgebonden-budget.vermogensgrens.alleenstaande');
