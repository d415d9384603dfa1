import { defineParam, YEAR_2026 } from './define';

/** Zorgtoeslag 2026 (Wet op de zorgtoeslag art. 2; rules-params-2026.md §4). */
const WZT = (article: string, lid?: string) => ({
  bwb: 'BWBR0018451',
  law: 'Wet op de zorgtoeslag',
  article,
  ...(lid ? { lid } : {}),
});

export const standaardpremie = defineParam({
  id: 'zorgtoeslag.standaardpremie',
  description: 'Standaardpremie per verzekerde (verdubbeld met een toeslagpartner)',
  unit: 'cents-per-year',
  law: WZT('2', '1'),
  values: [
    {
      ...YEAR_2026,
      value: 211900,
      source: 'TAXLIVE-SP2026',
      verification: 'SEC',
      quote: 'Voor het berekeningsjaar 2026 is de standaardpremie vastgesteld op € 2119.',
    },
  ],
});

const formula = (value: number, quote: string) =>
  ({ ...YEAR_2026, value, source: 'BD-ZT-BEREKENING-2026', verification: 'SEC', quote }) as const;

export const drempelinkomen = defineParam({
  id: 'zorgtoeslag.drempelinkomen',
  description: 'Drempelinkomen (ook voor het kindgebonden budget)',
  unit: 'cents-per-year',
  law: { bwb: 'BWBR0018472', law: 'Awir', article: '1' },
  values: [formula(2973600, '// Drempelinkomen 2026. Source: PDF above, stap 3. drempelinkomen: 29736,')],
  note: 'Reproduces the official 2026 zorgtoeslag tables exactly (ZT-2026-1..3).',
});

export const normpremieSinglePct = defineParam({
  id: 'zorgtoeslag.normpremie.percentage-drempel-alleenstaande',
  description: 'Normpremie: percentage van het drempelinkomen, zonder toeslagpartner',
  unit: 'percent',
  law: WZT('2', '2'),
  values: [formula(1.912, 'pctDrempelSingle: 0.01912 (cites stcrt-2025-42977)')],
});

export const normpremiePartnerPct = defineParam({
  id: 'zorgtoeslag.normpremie.percentage-drempel-partner',
  description: 'Normpremie: percentage van het drempelinkomen, met toeslagpartner',
  unit: 'percent',
  law: WZT('2', '2'),
  values: [formula(4.289, 'pctDrempelPartner: 0.04289')],
});

export const normpremieAfbouwPct = defineParam({
  id: 'zorgtoeslag.normpremie.percentage-boven-drempel',
  description: 'Normpremie: percentage van het toetsingsinkomen boven het drempelinkomen',
  unit: 'percent',
  law: WZT('2', '2'),
  values: [
    formula(
      13.73,
      'De officiële tekst zegt "voor zover dat toetsingsinkomen het drempelinkomen te boven gaat" en noemt 4,289% en 13,730%',
    ),
  ],
});

export const vermogenSingle = defineParam({
  id: 'zorgtoeslag.vermogensgrens.alleenstaande',
  description: 'Vermogensgrens zorgtoeslag zonder toeslagpartner (op 1 januari)',
  unit: 'cents',
  law: WZT('3'),
  values: [
    {
      ...YEAR_2026,
      value: 14601100,
      source: 'BD-KGB-BEREKENING-2026',
      verification: 'SEC',
      quote: '146 duizend euro per persoon of ruim 184 duizend euro voor samenwonenden (Skipr 2026-01-30)',
    },
  ],
});

export const vermogenPartner = defineParam({
  id: 'zorgtoeslag.vermogensgrens.partner',
  description: 'Vermogensgrens zorgtoeslag met toeslagpartner (op 1 januari)',
  unit: 'cents',
  law: WZT('3'),
  values: [
    {
      ...YEAR_2026,
      value: 18463300,
      source: 'BD-KGB-BEREKENING-2026',
      verification: 'SEC',
      quote: '146 duizend euro per persoon of ruim 184 duizend euro voor samenwonenden (Skipr 2026-01-30)',
    },
  ],
});

export const incomeLimitSingle = defineParam({
  id: 'zorgtoeslag.inkomensgrens.alleenstaande',
  description:
    'Published income limit (a consequence of the formula and the € 24 minimum), used only as a cross-check',
  unit: 'cents-per-year',
  values: [
    {
      ...YEAR_2026,
      value: 4085700,
      source: 'BD-ZT-INKOMEN',
      verification: 'OFF',
      quote:
        'U kunt in 2026 zorgtoeslag krijgen als uw jaarinkomen niet boven de grens van € 40.857 uitkomt.',
    },
  ],
});

export const incomeLimitPartner = defineParam({
  id: 'zorgtoeslag.inkomensgrens.partner',
  description: 'Published joint income limit with a toeslagpartner, used only as a cross-check',
  unit: 'cents-per-year',
  values: [
    {
      ...YEAR_2026,
      value: 5114200,
      source: 'BD-ZT-INKOMEN',
      verification: 'OFF',
      quote: '… samen niet meer dan € 51.142 zijn.',
    },
  ],
});
