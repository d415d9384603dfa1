import { AWIR, defineParam, YEAR_2026 } from './define';

export const minimumToeslag = defineParam({
  id: 'awir.minimum-tegemoetkoming',
  description: 'Een toeslag onder dit jaarbedrag wordt niet toegekend',
  unit: 'cents-per-year',
  law: AWIR('14', '5'),
  values: [
    {
      validFrom: '2006-01-01',
      knownUntil: '2026-12-31',
      value: 2400,
      source: 'AWIR-2026',
      verification: 'OFF-copy',
      quote: 'Een tegemoetkoming wordt niet toegekend indien deze minder dan € 24 zou bedragen.',
      note: 'Art. 14 lid 5 in the text in force on 2026-01-01 (lid 4 there rounds the amount to whole euros).',
    },
    {
      validFrom: '2027-01-01',
      knownUntil: '2027-12-31',
      value: 2400,
      source: 'AWIR-2026',
      verification: 'OFF-copy',
      quote: 'Een tegemoetkoming wordt niet toegekend indien deze minder dan € 24 zou bedragen.',
      note: 'A fixed amount since 2006: the Awir has no indexation clause for it, and the text in force announces no change for 2027.',
    },
  ],
});

const AWIR_ART7_LID6 =
  'Het toetsingsinkomen van een medebewoner die een eerstegraads bloed- of aanverwant in de neergaande lijn of een pleegkind is van de belanghebbende, van zijn partner, of van een medebewoner, […] en die bij de aanvang van het berekeningsjaar de leeftijd van 23 jaar niet heeft bereikt, wordt voor de toepassing van het tweede lid slechts in aanmerking genomen voor zover het meer bedraagt dan € 6.218.';

export const childIncomeExemption = defineParam({
  id: 'awir.vrijstelling-inkomen-kind-medebewoner',
  description:
    'Van het inkomen van een inwonend kind jonger dan 23 telt voor de huurtoeslag alleen het deel boven dit bedrag',
  unit: 'cents-per-year',
  law: AWIR('7', '6'),
  values: [
    { ...YEAR_2026, value: 621800, source: 'AWIR-2026', verification: 'OFF-copy', quote: AWIR_ART7_LID6 },
  ],
});

export const childIncomeAge = defineParam({
  id: 'awir.leeftijd-inkomen-kind-medebewoner',
  description:
    'Vanaf deze leeftijd (bij het begin van het jaar) telt het hele inkomen van een inwonend kind mee',
  unit: 'years',
  law: AWIR('7', '6'),
  values: [{ ...YEAR_2026, value: 23, source: 'AWIR-2026', verification: 'OFF-copy', quote: AWIR_ART7_LID6 }],
});
