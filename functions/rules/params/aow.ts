import { param } from './bundled';

/** AOW-leeftijd in months by calendar year: data in ./data/aow.json. */

export const aowAgeMonths = param('aow.pensioengerechtigde-leeftijd');
