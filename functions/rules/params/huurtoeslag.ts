import { defineParam, YEAR_2026 } from './define';

/** Huurtoeslag 2026 after the reform (rules-params-2026.md §5; h2 §5). Steps refer to "Berekening huurtoeslag 2026". */
const WHT = { bwb: 'BWBR0008659', law: 'Wet op de huurtoeslag', article: '21' };
const step = (value: number, quote: string) =>
  ({ ...YEAR_2026, value, source: 'BD-HT-BEREKENING-2026', verification: 'SEC', quote }) as const;

export const maxRent = defineParam({
  id: 'huurtoeslag.maximale-huurgrens',
  description: 'Kale huur telt mee tot dit bedrag (21+); geen voorwaarde meer, het deel erboven telt niet',
  unit: 'cents-per-month',
  law: WHT,
  values: [
    {
      ...YEAR_2026,
      value: 93293,
      source: 'RO-HT-2026',
      verification: 'OFF',
      quote: 'Huurgrens voor DAEB-woningtoewijzing € 932,93',
      note: 'Its role as the huurtoeslag calculation cap is secondary (THIUS-HT, Berekening huurtoeslag 2026 as transcribed).',
    },
  ],
});

export const youthRentCap = defineParam({
  id: 'huurtoeslag.kwaliteitskortingsgrens',
  description: 'Kwaliteitskortingsgrens; ook de huurgrens als alle bewoners jonger dan 21 zijn',
  unit: 'cents-per-month',
  law: WHT,
  values: [
    step(49820, 'qualityDiscountThreshold … value: 498.20 … "Stap 3: bepaal de kwaliteitskortingsgrens"'),
  ],
});

export const youthAge = defineParam({
  id: 'huurtoeslag.jongerenleeftijd',
  description: 'Onder deze leeftijd (alle bewoners) geldt de lagere huurgrens',
  unit: 'years',
  law: WHT,
  values: [
    {
      ...YEAR_2026,
      value: 21,
      source: 'THIUS-HT',
      verification: 'SEC',
      quote: 'Huurtoeslag is nu beschikbaar voor jongeren vanaf 23 jaar, maar dit wordt nu 21 jaar.',
    },
  ],
});

export const basishuurSingle = defineParam({
  id: 'huurtoeslag.basishuur.eenpersoons',
  description: 'Basishuur, eenpersoonshuishouden',
  unit: 'cents-per-month',
  law: WHT,
  values: [
    step(20252, '3. Kies basishuur: 202,52 voor 1-persoonshuishouden, 200,71 voor 2 of meer personen.'),
  ],
});

export const basishuurMulti = defineParam({
  id: 'huurtoeslag.basishuur.meerpersoons',
  description: 'Basishuur, huishouden van 2 of meer personen',
  unit: 'cents-per-month',
  law: WHT,
  values: [
    step(20071, '3. Kies basishuur: 202,52 voor 1-persoonshuishouden, 200,71 voor 2 of meer personen.'),
  ],
});

export const aftopSmall = defineParam({
  id: 'huurtoeslag.aftoppingsgrens.een-twee',
  description: 'Aftoppingsgrens, huishouden van 1 of 2 personen',
  unit: 'cents-per-month',
  law: WHT,
  values: [
    step(71302, '6. Kies aftoppingsgrens: 713,02 bij 1 of 2 personen, 764,14 bij 3 of meer personen.'),
  ],
});

export const aftopLarge = defineParam({
  id: 'huurtoeslag.aftoppingsgrens.drie-plus',
  description: 'Aftoppingsgrens, huishouden van 3 of meer personen',
  unit: 'cents-per-month',
  law: WHT,
  values: [
    step(76414, '6. Kies aftoppingsgrens: 713,02 bij 1 of 2 personen, 764,14 bij 3 of meer personen.'),
  ],
});

export const pctA = defineParam({
  id: 'huurtoeslag.vergoeding.deel-a',
  description: 'Vergoeding van de huur tussen basishuur en kwaliteitskortingsgrens',
  unit: 'percent',
  law: WHT,
  values: [step(100, 'Stap 7: Onderdeel A … 100')],
});

export const pctB = defineParam({
  id: 'huurtoeslag.vergoeding.deel-b',
  description: 'Vergoeding van de huur tussen kwaliteitskortingsgrens en aftoppingsgrens',
  unit: 'percent',
  law: WHT,
  values: [step(65, 'Stap 7: Onderdeel B … 65')],
});

export const pctC = defineParam({
  id: 'huurtoeslag.vergoeding.deel-c',
  description: 'Vergoeding van de huur tussen aftoppingsgrens en maximale huurgrens (alle huishoudens)',
  unit: 'percent',
  law: WHT,
  values: [step(40, 'Stap 7: Onderdeel C … 40')],
  note: 'Applies to all household types from 2026 (RO-HT-WETTEN; the official 3-person non-AOW example applies it).',
});

export const ijkpuntSingle = defineParam({
  id: 'huurtoeslag.inkomensijkpunt.eenpersoons',
  description: 'Inkomensijkpunt eenpersoonshuishouden (rekeninkomen per jaar)',
  unit: 'cents-per-year',
  law: WHT,
  values: [step(2342500, 'incomeReferencePointSingleHousehold … value: 23425 ("Stap 6")')],
});

export const ijkpuntMulti = defineParam({
  id: 'huurtoeslag.inkomensijkpunt.meerpersoons',
  description: 'Inkomensijkpunt meerpersoonshuishouden (rekeninkomen per jaar)',
  unit: 'cents-per-year',
  law: WHT,
  values: [step(3150000, 'incomeReferencePointMultiPersonHousehold … value: 31500 ("Stap 6")')],
});

export const afbouwSingle = defineParam({
  id: 'huurtoeslag.afbouw.eenpersoons',
  description: 'Inkomensafhankelijke correctie per jaar boven het ijkpunt, eenpersoonshuishouden',
  unit: 'percent',
  law: WHT,
  values: [step(27, 'maandcorrectie is (rekeninkomen - ijkpunt) x (27 procent / 12).')],
});

export const afbouwMulti = defineParam({
  id: 'huurtoeslag.afbouw.meerpersoons',
  description: 'Inkomensafhankelijke correctie per jaar boven het ijkpunt, meerpersoonshuishouden',
  unit: 'percent',
  law: WHT,
  values: [step(22, 'maandcorrectie is (rekeninkomen - ijkpunt) x (22 procent / 12).')],
});

export const vermogenSingle = defineParam({
  id: 'huurtoeslag.vermogensgrens.alleenstaande',
  description: 'Vermogensgrens huurtoeslag zonder toeslagpartner (op 1 januari)',
  unit: 'cents',
  law: WHT,
  values: [
    {
      ...YEAR_2026,
      value: 3847900,
      source: 'METRO-HT',
      verification: 'SEC',
      quote:
        'De vermogensgrens in 2026 is 38.479 euro voor alleenstaanden en 76.958 euro voor mensen met een toeslagenpartner.',
    },
  ],
});

export const vermogenPartner = defineParam({
  id: 'huurtoeslag.vermogensgrens.partner',
  description: 'Vermogensgrens huurtoeslag met toeslagpartner (op 1 januari)',
  unit: 'cents',
  law: WHT,
  values: [
    {
      ...YEAR_2026,
      value: 7695800,
      source: 'METRO-HT',
      verification: 'SEC',
      quote:
        'De vermogensgrens in 2026 is 38.479 euro voor alleenstaanden en 76.958 euro voor mensen met een toeslagenpartner.',
    },
  ],
});
