import { defineParam, H1_2026, H2_2026, PW, YEAR_2026 } from './define';

/**
 * Participatiewet norms, net per calendar month, including the vakantietoeslag (art. 19 lid 3).
 * Every value and quote is the official text in force on 1 January and 1 July 2026
 * (wetten.overheid.nl, read in the MinBZK regelrecht corpus copies PW-RR-2026-01 / PW-RR-2026-07).
 * Quotes are the text's wording; where a sentence is shortened, "…" marks it.
 */
const jan = (value: number, quote: string) =>
  ({ ...H1_2026, value, source: 'PW-RR-2026-01', verification: 'OFF-copy', quote }) as const;
const jul = (value: number, quote: string) =>
  ({ ...H2_2026, value, source: 'PW-RR-2026-07', verification: 'OFF-copy', quote }) as const;

export const normSingle = defineParam({
  id: 'participatiewet.norm.alleenstaande',
  description: 'Norm alleenstaande of alleenstaande ouder, 21 jaar tot AOW-leeftijd, zonder kostendelers',
  unit: 'cents-per-month',
  law: PW('21', 'a'),
  values: [
    jan(
      140150,
      'een alleenstaande of een alleenstaande ouder zonder kostendelende medebewoners: € 1.401,50;',
    ),
    jul(
      141946,
      'een alleenstaande of een alleenstaande ouder zonder kostendelende medebewoners: € 1.419,46;',
    ),
  ],
});

export const normCouple = defineParam({
  id: 'participatiewet.norm.gehuwden',
  description: 'Norm gehuwden, beiden 21 jaar tot AOW-leeftijd, zonder kostendelers',
  unit: 'cents-per-month',
  law: PW('21', 'b'),
  values: [
    jan(
      200213,
      'gehuwden waarvan beide echtgenoten jonger zijn dan de pensioengerechtigde leeftijd, zonder kostendelende medebewoners: € 2.002,13.',
    ),
    jul(
      202779,
      'gehuwden waarvan beide echtgenoten jonger zijn dan de pensioengerechtigde leeftijd, zonder kostendelende medebewoners: € 2.027,79.',
    ),
  ],
});

export const normAowSingle = defineParam({
  id: 'participatiewet.norm.pensioengerechtigde-alleenstaande',
  description: 'Norm alleenstaande (ouder) met AOW-leeftijd, zonder kostendelers (ook AIO)',
  unit: 'cents-per-month',
  law: PW('22', 'a'),
  values: [
    jan(
      156469,
      'een alleenstaande of een alleenstaande ouder zonder kostendelende medebewoners: € 1.564,69;',
    ),
    jul(
      158734,
      'een alleenstaande of een alleenstaande ouder zonder kostendelende medebewoners: € 1.587,34;',
    ),
  ],
});

export const normAowCoupleBoth = defineParam({
  id: 'participatiewet.norm.pensioengerechtigde-gehuwden-beiden',
  description: 'Norm gehuwden die allebei de AOW-leeftijd hebben, zonder kostendelers (ook AIO)',
  unit: 'cents-per-month',
  law: PW('22', 'b'),
  values: [
    jan(
      214416,
      'gehuwden waarvan beide echtgenoten de pensioengerechtigde leeftijd hebben bereikt, zonder kostendelende medebewoners: € 2.144,16;',
    ),
    jul(
      217610,
      'gehuwden waarvan beide echtgenoten de pensioengerechtigde leeftijd hebben bereikt, zonder kostendelende medebewoners: € 2.176,10;',
    ),
  ],
});

export const normAowCoupleOne = defineParam({
  id: 'participatiewet.norm.pensioengerechtigde-gehuwden-een',
  description: 'Norm gehuwden van wie één echtgenoot de AOW-leeftijd heeft, zonder kostendelers (ook AIO)',
  unit: 'cents-per-month',
  law: PW('22', 'c'),
  values: [
    jan(
      214416,
      'gehuwden waarvan een echtgenoot de pensioengerechtigde leeftijd heeft bereikt en de andere echtgenoot 21 jaar of ouder, doch de pensioengerechtigde leeftijd nog niet heeft bereikt, zonder kostendelende medebewoners: € 2.144,16.',
    ),
    jul(
      217610,
      'gehuwden waarvan een echtgenoot de pensioengerechtigde leeftijd heeft bereikt en de andere echtgenoot 21 jaar of ouder, doch de pensioengerechtigde leeftijd nog niet heeft bereikt, zonder kostendelende medebewoners: € 2.176,10.',
    ),
  ],
});

export const youthSingle = defineParam({
  id: 'participatiewet.jongerennorm.alleenstaande',
  description: 'Jongerennorm alleenstaande van 18, 19 of 20 jaar',
  unit: 'cents-per-month',
  law: PW('20', '1'),
  values: [
    jan(34599, 'een alleenstaande van 18, 19 of 20 jaar: € 345,99;'),
    jul(35042, 'een alleenstaande van 18, 19 of 20 jaar: € 350,42;'),
  ],
});

export const youthCoupleBoth = defineParam({
  id: 'participatiewet.jongerennorm.gehuwden-beiden-jong',
  description: 'Jongerennorm gehuwden, beiden 18, 19 of 20 jaar, zonder kinderen',
  unit: 'cents-per-month',
  law: PW('20', '1'),
  values: [
    jan(69198, 'gehuwden waarvan beide echtgenoten 18, 19 of 20 jaar zijn: € 691,98;'),
    jul(70084, 'gehuwden waarvan beide echtgenoten 18, 19 of 20 jaar zijn: € 700,84;'),
  ],
});

export const youthCoupleMixed = defineParam({
  id: 'participatiewet.jongerennorm.gehuwden-een-jong',
  description: 'Jongerennorm gehuwden, één 18–20 jaar en één 21 jaar of ouder, zonder kinderen',
  unit: 'cents-per-month',
  law: PW('20', '1'),
  values: [
    jan(
      134706,
      'gehuwden waarvan een echtgenoot 18, 19 of 20 jaar is en de andere echtgenoot 21 jaar of ouder, zonder kostendelende medebewoners: € 1.347,06.',
    ),
    jul(
      136432,
      'gehuwden waarvan een echtgenoot 18, 19 of 20 jaar is en de andere echtgenoot 21 jaar of ouder, zonder kostendelende medebewoners: € 1.364,32.',
    ),
  ],
});

export const youthSingleParent = defineParam({
  id: 'participatiewet.jongerennorm.alleenstaande-ouder',
  description: 'Jongerennorm alleenstaande ouder van 18, 19 of 20 jaar',
  unit: 'cents-per-month',
  law: PW('20', '2'),
  values: [
    jan(34599, 'een alleenstaande ouder van 18, 19 of 20 jaar: € 345,99;'),
    jul(35042, 'een alleenstaande ouder van 18, 19 of 20 jaar: € 350,42;'),
  ],
});

export const youthCoupleBothChildren = defineParam({
  id: 'participatiewet.jongerennorm.gehuwden-beiden-jong-kinderen',
  description: 'Jongerennorm gehuwden, beiden 18, 19 of 20 jaar, met kinderen',
  unit: 'cents-per-month',
  law: PW('20', '2'),
  values: [
    jan(109241, 'gehuwden waarvan beide echtgenoten 18, 19 of 20 jaar zijn: € 1.092,41;'),
    jul(110640, 'gehuwden waarvan beide echtgenoten 18, 19 of 20 jaar zijn: € 1.106,40;'),
  ],
});

export const youthCoupleMixedChildren = defineParam({
  id: 'participatiewet.jongerennorm.gehuwden-een-jong-kinderen',
  description: 'Jongerennorm gehuwden, één 18–20 jaar en één 21 jaar of ouder, met kinderen',
  unit: 'cents-per-month',
  law: PW('20', '2'),
  values: [
    jan(
      174749,
      'gehuwden waarvan een echtgenoot 18, 19 of 20 jaar is en de andere echtgenoot 21 jaar of ouder, zonder kostendelende medebewoners: € 1.747,49.',
    ),
    jul(
      176988,
      'gehuwden waarvan een echtgenoot 18, 19 of 20 jaar is en de andere echtgenoot 21 jaar of ouder, zonder kostendelende medebewoners: € 1.769,88.',
    ),
  ],
});

export const youthParentalSupplement = defineParam({
  id: 'participatiewet.jongerennorm.verhoging-ouders',
  description:
    'Verhoging van de jongerennorm als de ouders niet kunnen bijdragen (tot ten hoogste de vergelijkbare norm voor 21+)',
  unit: 'cents-per-month',
  law: PW('20', '3'),
  values: [
    jan(
      74645,
      'Voor belanghebbenden van 18, 19 of 20 jaar verhoogt het college de norm met een bedrag van € 746,45, indien die belanghebbende voor de kosten van levensonderhoud geen beroep kan doen op zijn ouders, …',
    ),
    jul(
      76224,
      'Voor belanghebbenden van 18, 19 of 20 jaar verhoogt het college de norm met een bedrag van € 762,24, indien …',
    ),
  ],
});

export const kdnYoungSpouseChildren = defineParam({
  id: 'participatiewet.kostendelersnorm.jonge-echtgenoot-kinderen',
  description:
    'Kostendelersnorm: deel voor een echtgenoot van 18–20 jaar, met kinderen (plus de norm van de oudere echtgenoot)',
  unit: 'cents-per-month',
  law: PW('22a', '3'),
  values: [
    jan(
      74642,
      'indien ze een of meer ten laste komende kinderen hebben: € 746,42 plus de op basis van dit artikel van toepassing zijnde norm voor de echtgenoot van 21 jaar of ouder,',
    ),
    jul(
      75598,
      'indien ze een of meer ten laste komende kinderen hebben: € 755,98 plus de op basis van dit artikel van toepassing zijnde norm voor de echtgenoot van 21 jaar of ouder,',
    ),
  ],
});

export const kdnYoungSpouse = defineParam({
  id: 'participatiewet.kostendelersnorm.jonge-echtgenoot',
  description: 'Kostendelersnorm: deel voor een echtgenoot van 18–20 jaar, zonder kinderen',
  unit: 'cents-per-month',
  law: PW('22a', '3'),
  values: [
    jan(
      34599,
      'indien ze geen ten laste komende kinderen hebben: € 345,99 plus de op basis van dit artikel van toepassing zijnde norm voor de echtgenoot van 21 jaar of ouder.',
    ),
    jul(
      35042,
      'indien ze geen ten laste komende kinderen hebben: € 350,42 plus de op basis van dit artikel van toepassing zijnde norm voor de echtgenoot van 21 jaar of ouder.',
    ),
  ],
});

export const institutionSingle = defineParam({
  id: 'participatiewet.norm.inrichting-alleenstaande',
  description: 'Norm voor iemand in een inrichting, alleenstaande (ouder)',
  unit: 'cents-per-month',
  law: PW('23', '1'),
  values: [
    jan(44376, 'een alleenstaande of een alleenstaande ouder: € 443,76;'),
    jul(44944, 'een alleenstaande of een alleenstaande ouder: € 449,44;'),
  ],
});

export const institutionCouple = defineParam({
  id: 'participatiewet.norm.inrichting-gehuwden',
  description: 'Norm voor gehuwden in een inrichting',
  unit: 'cents-per-month',
  law: PW('23', '1'),
  values: [jan(69027, 'gehuwden: € 690,27.'), jul(69911, 'gehuwden: € 699,11.')],
});

/** Official wording of the 2026 texts (MinBZK regelrecht corpus copies of wetten.overheid.nl). */
const rrYear = (value: number, quote: string) =>
  ({ ...YEAR_2026, value, source: 'PW-RR-2026-07', verification: 'OFF-copy', quote }) as const;

export const institutionIncreaseSingle = defineParam({
  id: 'participatiewet.norm.inrichting-verhoging-alleenstaande',
  description: 'Verhoging van de inrichtingsnorm, alleenstaande (ouder) (art. 23 lid 2 a)',
  unit: 'cents-per-month',
  law: PW('23', '2'),
  values: [
    rrYear(
      4700,
      'Het bedrag van de norm, bedoeld in het eerste lid, wordt verhoogd met: a. voor een alleenstaande of een alleenstaande ouder € 47,00;',
    ),
  ],
  note: 'Same wording in the texts of 1 January and 1 July 2026.',
});

export const institutionIncreaseCouple = defineParam({
  id: 'participatiewet.norm.inrichting-verhoging-gehuwden',
  description: 'Verhoging van de inrichtingsnorm, gehuwden (art. 23 lid 2 b)',
  unit: 'cents-per-month',
  law: PW('23', '2'),
  values: [rrYear(10600, 'b. voor gehuwden € 106,00.')],
  note: 'Same wording in the texts of 1 January and 1 July 2026.',
});
