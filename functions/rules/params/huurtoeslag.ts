import { AWIR, defineParam, WHT, YEAR_2026 } from './define';

/**
 * Huurtoeslag 2026 after the reform (rules-params-2026.md §5; h2 §5). Values stated in the Wet op de
 * huurtoeslag or the Awir as in force on 2026-01-01 are official (read in the MinBZK regelrecht
 * corpus); the basishuur, the ijkpunten and the AMvB percentages are not in the law text and stay
 * secondary: "Berekening huurtoeslag 2026" as transcribed in public code.
 */
const official = (value: number, quote: string) =>
  ({ ...YEAR_2026, value, source: 'WHT-2026', verification: 'OFF-copy', quote }) as const;
const transcribed = (value: number, transcription: string) =>
  ({
    ...YEAR_2026,
    value,
    source: 'BD-HT-BEREKENING-2026',
    verification: 'SEC',
    note: `Not in the law text. From "Berekening huurtoeslag 2026" (Dienst Toeslagen) as copied by others, not checked against the document itself; not official wording: ${transcription}`,
  }) as const;

const ART13 =
  'De maximale huurgrens is: a. € 932,93 per maand als: 1º. de huurder, diens partner of een van de medebewoners 21 jaar of ouder is, dan wel de woning deelt met een kind of pleegkind van de huurder, diens partner of een medebewoner of 2º. de huurder, diens partner of de medebewoner jonger dan 21 jaar is, en een handicap heeft of b. € 498,20 per maand in andere gevallen dan bedoeld onder a.';
const ART20_2 =
  'De aftoppingsgrens is: a. € 713,02 per maand als het huishouden van de huurder, afgezien van eventuele onderhuurders en personen die tot diens huishouden behoren, uit één of twee personen bestaat; b. € 764,14 per maand als het huishouden van de huurder, afgezien van eventuele onderhuurders en personen die tot diens huishouden behoren, uit drie of meer personen bestaat.';
const ART21_2 =
  'Voor elk rekeninkomen boven het minimum-inkomensijkpunt, bedoeld in artikel 17, wordt, per type huishouden als bedoeld in artikel 2, de overeenkomstig het eerste lid bepaalde hoogte van de huurtoeslag, verlaagd met de uitkomst van de formule: Y x (afbouwpercentage/12) […]; afbouwpercentage: a. 27% voor eenpersoonshuishoudens, of b. 22% voor meerpersoonshuishoudens.';
const AWIR_7_3 =
  'Indien in een inkomensafhankelijke regeling de aanspraak op een tegemoetkoming mede afhankelijk is gesteld van het vermogen, bestaat geen aanspraak op een tegemoetkoming, indien de rendementsgrondslag, bedoeld in artikel 5.3 van de Wet inkomstenbelasting 2001, van de belanghebbende aan het begin van het berekeningsjaar meer bedraagt dan € 38.479, […] Indien de belanghebbende het gehele berekeningsjaar dezelfde partner heeft, bestaat geen aanspraak op een tegemoetkoming indien de belanghebbende en zijn partner aan het begin van het berekeningsjaar een gezamenlijke rendementsgrondslag als bedoeld in artikel 5.3 van de Wet inkomstenbelasting 2001 hebben van meer dan € 76.958.';

export const maxRent = defineParam({
  id: 'huurtoeslag.maximale-huurgrens',
  description: 'Kale huur telt mee tot dit bedrag (21+); geen voorwaarde meer, het deel erboven telt niet',
  unit: 'cents-per-month',
  law: WHT('13', '1'),
  values: [official(93293, ART13)],
});

export const youthRentCap = defineParam({
  id: 'huurtoeslag.kwaliteitskortingsgrens',
  description: 'Kwaliteitskortingsgrens; ook de huurgrens als alle bewoners jonger dan 21 zijn',
  unit: 'cents-per-month',
  law: WHT('20', '1'),
  values: [
    {
      ...official(49820, 'De kwaliteitskortingsgrens is € 498,20 per maand.'),
      note: 'The same amount is the maximale huurgrens of art. 13 lid 1 b (everyone under 21, no child).',
    },
  ],
});

export const youthAge = defineParam({
  id: 'huurtoeslag.jongerenleeftijd',
  description: 'Onder deze leeftijd (alle bewoners) geldt de lagere huurgrens',
  unit: 'years',
  law: WHT('13', '1'),
  values: [official(21, ART13)],
});

export const basishuurSingle = defineParam({
  id: 'huurtoeslag.basishuur.eenpersoons',
  description: 'Basishuur, eenpersoonshuishouden',
  unit: 'cents-per-month',
  law: WHT('16'),
  values: [
    transcribed(
      20252,
      '"3. Kies basishuur: 202,52 voor 1-persoonshuishouden, 200,71 voor 2 of meer personen."',
    ),
  ],
});

export const basishuurMulti = defineParam({
  id: 'huurtoeslag.basishuur.meerpersoons',
  description: 'Basishuur, huishouden van 2 of meer personen',
  unit: 'cents-per-month',
  law: WHT('16'),
  values: [
    transcribed(
      20071,
      '"3. Kies basishuur: 202,52 voor 1-persoonshuishouden, 200,71 voor 2 of meer personen."',
    ),
  ],
});

export const aftopSmall = defineParam({
  id: 'huurtoeslag.aftoppingsgrens.een-twee',
  description: 'Aftoppingsgrens, huishouden van 1 of 2 personen',
  unit: 'cents-per-month',
  law: WHT('20', '2'),
  values: [official(71302, ART20_2)],
});

export const aftopLarge = defineParam({
  id: 'huurtoeslag.aftoppingsgrens.drie-plus',
  description: 'Aftoppingsgrens, huishouden van 3 of meer personen',
  unit: 'cents-per-month',
  law: WHT('20', '2'),
  values: [official(76414, ART20_2)],
});

export const pctA = defineParam({
  id: 'huurtoeslag.vergoeding.deel-a',
  description: 'Vergoeding van de huur tussen basishuur en kwaliteitskortingsgrens',
  unit: 'percent',
  law: WHT('21', '1'),
  values: [
    official(
      100,
      'het deel van de rekenhuur boven de basishuur tot aan de kwaliteitskortingsgrens wordt voor 100 procent gesubsidieerd;',
    ),
  ],
});

export const pctB = defineParam({
  id: 'huurtoeslag.vergoeding.deel-b',
  description: 'Vergoeding van de huur tussen kwaliteitskortingsgrens en aftoppingsgrens',
  unit: 'percent',
  law: WHT('21', '1'),
  values: [
    transcribed(
      65,
      '"Stap 7: Onderdeel B … 65". The law leaves the percentage to an AMvB (art. 21 lid 1 b).',
    ),
  ],
});

export const pctC = defineParam({
  id: 'huurtoeslag.vergoeding.deel-c',
  description: 'Vergoeding van de huur tussen aftoppingsgrens en maximale huurgrens (alle huishoudens)',
  unit: 'percent',
  law: WHT('21', '1'),
  values: [
    transcribed(
      40,
      '"Stap 7: Onderdeel C … 40". The law leaves the percentage to an AMvB (art. 21 lid 1 c).',
    ),
  ],
  note: 'Applies to all household types from 2026 (RO-HT-WETTEN; the official 3-person non-AOW example applies it).',
});

export const ijkpuntSingle = defineParam({
  id: 'huurtoeslag.inkomensijkpunt.eenpersoons',
  description: 'Inkomensijkpunt eenpersoonshuishouden (rekeninkomen per jaar)',
  unit: 'cents-per-year',
  law: WHT('17'),
  values: [
    transcribed(
      2342500,
      '€ 23.425 ("Stap 6", one-person household). Set by ministeriële regeling (art. 27 lid 4).',
    ),
  ],
});

export const ijkpuntMulti = defineParam({
  id: 'huurtoeslag.inkomensijkpunt.meerpersoons',
  description: 'Inkomensijkpunt meerpersoonshuishouden (rekeninkomen per jaar)',
  unit: 'cents-per-year',
  law: WHT('17'),
  values: [
    transcribed(
      3150000,
      '€ 31.500 ("Stap 6", household of two or more). Set by ministeriële regeling (art. 27 lid 4).',
    ),
  ],
});

export const afbouwSingle = defineParam({
  id: 'huurtoeslag.afbouw.eenpersoons',
  description: 'Inkomensafhankelijke correctie per jaar boven het ijkpunt, eenpersoonshuishouden',
  unit: 'percent',
  law: WHT('21', '2'),
  values: [official(27, ART21_2)],
});

export const afbouwMulti = defineParam({
  id: 'huurtoeslag.afbouw.meerpersoons',
  description: 'Inkomensafhankelijke correctie per jaar boven het ijkpunt, meerpersoonshuishouden',
  unit: 'percent',
  law: WHT('21', '2'),
  values: [official(22, ART21_2)],
});

export const vermogenSingle = defineParam({
  id: 'huurtoeslag.vermogensgrens.alleenstaande',
  description: 'Vermogensgrens huurtoeslag zonder toeslagpartner (op 1 januari)',
  unit: 'cents',
  law: AWIR('7', '3'),
  values: [{ ...YEAR_2026, value: 3847900, source: 'AWIR-2026', verification: 'OFF-copy', quote: AWIR_7_3 }],
});

export const vermogenPartner = defineParam({
  id: 'huurtoeslag.vermogensgrens.partner',
  description: 'Vermogensgrens huurtoeslag met toeslagpartner (op 1 januari)',
  unit: 'cents',
  law: AWIR('7', '3'),
  values: [{ ...YEAR_2026, value: 7695800, source: 'AWIR-2026', verification: 'OFF-copy', quote: AWIR_7_3 }],
});
