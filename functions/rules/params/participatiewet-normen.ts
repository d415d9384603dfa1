import { param } from './bundled';

/** Participatiewet norms, net per month including the vakantietoeslag: data in ./data/participatiewet-normen.json. */

export const institutionCouple = param('participatiewet.norm.inrichting-gehuwden');
export const institutionIncreaseCouple = param('participatiewet.norm.inrichting-verhoging-gehuwden');
export const institutionIncreaseSingle = param('participatiewet.norm.inrichting-verhoging-alleenstaande');
export const institutionSingle = param('participatiewet.norm.inrichting-alleenstaande');
export const kdnYoungSpouse = param('participatiewet.kostendelersnorm.jonge-echtgenoot');
export const kdnYoungSpouseChildren = param('participatiewet.kostendelersnorm.jonge-echtgenoot-kinderen');
export const normAowCoupleBoth = param('participatiewet.norm.pensioengerechtigde-gehuwden-beiden');
export const normAowCoupleOne = param('participatiewet.norm.pensioengerechtigde-gehuwden-een');
export const normAowSingle = param('participatiewet.norm.pensioengerechtigde-alleenstaande');
export const normCouple = param('participatiewet.norm.gehuwden');
export const normSingle = param('participatiewet.norm.alleenstaande');
export const youthCoupleBoth = param('participatiewet.jongerennorm.gehuwden-beiden-jong');
export const youthCoupleBothChildren = param('participatiewet.jongerennorm.gehuwden-beiden-jong-kinderen');
export const youthCoupleMixed = param('participatiewet.jongerennorm.gehuwden-een-jong');
export const youthCoupleMixedChildren = param('participatiewet.jongerennorm.gehuwden-een-jong-kinderen');
export const youthParentalSupplement = param('participatiewet.jongerennorm.verhoging-ouders');
export const youthSingle = param('participatiewet.jongerennorm.alleenstaande');
export const youthSingleParent = param('participatiewet.jongerennorm.alleenstaande-ouder');
