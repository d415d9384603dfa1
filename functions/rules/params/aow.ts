import { defineParam } from './define';

/** AOW-leeftijd (pensioengerechtigde leeftijd) in months, by calendar year of the peildatum. */
export const aowAgeMonths = defineParam({
  id: 'aow.pensioengerechtigde-leeftijd',
  description: 'AOW-leeftijd in maanden (67 jaar = 804)',
  unit: 'months',
  law: { bwb: 'BWBR0002221', law: 'Algemene Ouderdomswet', article: '7a' },
  values: [
    {
      validFrom: '2024-01-01',
      knownUntil: '2027-12-31',
      value: 804,
      source: 'AOW-2028',
      verification: 'SEC',
      quote: 'Voor de jaren 2024 tot en met 2027 blijft de AOW-leeftijd op 67 jaar.',
    },
    {
      validFrom: '2028-01-01',
      knownUntil: '2030-12-31',
      value: 807,
      source: 'AOW-2030',
      verification: 'SEC',
      quote:
        'In 2028 gaat de leeftijd … omhoog naar 67 jaar en drie maanden en dat blijft onveranderd in de twee jaren daarna.',
    },
  ],
});
