import { defineParam, WZT, YEAR_2026 } from './define';

/**
 * Zorgtoeslag 2026 (Wet op de zorgtoeslag art. 2; rules-params-2026.md §4). The percentages and the
 * vermogensgrenzen are stated in the Wzt as in force on 2026-01-01 (MinBZK regelrecht corpus); the
 * standaardpremie (ministeriële regeling) and the drempelinkomen (108% of 12 × the January minimum
 * wage, Wzt art. 1 f) are not, and stay secondary.
 */

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
      note: 'A news report of the Regeling standaardpremie 2026 (BWBR0051838), not official wording: "Voor het berekeningsjaar 2026 is de standaardpremie vastgesteld op € 2119."',
    },
  ],
});

const WZT_2_3 =
  'De percentages worden voor verzekerden met een partner vastgesteld op 4,289% van het drempelinkomen, vermeerderd met 13,730% van het toetsingsinkomen voor zover dat boven het drempelinkomen uitgaat en voor een verzekerde zonder partner op 1,912% van het drempelinkomen, vermeerderd met 13,730% van het toetsingsinkomen voor zover dat boven het drempelinkomen uitgaat.';
const WZT_3_1 =
  'In afwijking van artikel 7, derde lid, van de Algemene wet inkomensafhankelijke regelingen, bestaat geen aanspraak op een zorgtoeslag indien de rendementsgrondslag, bedoeld in artikel 5.3 van de Wet inkomstenbelasting 2001, van de verzekerde aan het begin van het berekeningsjaar meer bedraagt dan € 146.011 of, indien de verzekerde het gehele berekeningsjaar dezelfde partner heeft, de gezamenlijke rendementsgrondslag […] van de verzekerde en zijn partner aan het begin van het berekeningsjaar meer bedraagt dan € 184.633.';
const official = (value: number, quote: string) =>
  ({ ...YEAR_2026, value, source: 'WZT-2026', verification: 'OFF-copy', quote }) as const;

export const drempelinkomen = defineParam({
  id: 'zorgtoeslag.drempelinkomen',
  description: 'Drempelinkomen (ook voor het kindgebonden budget)',
  unit: 'cents-per-year',
  law: { bwb: 'BWBR0018472', law: 'Awir', article: '1' },
  values: [
    {
      ...YEAR_2026,
      value: 2973600,
      source: 'BD-ZT-BEREKENING-2026',
      verification: 'SEC',
      note: '"Berekening zorgtoeslag 2026" (Dienst Toeslagen) stap 3, as copied by others and not checked against the document itself (not official wording): drempelinkomen € 29.736. The Wzt (art. 1 f) defines it as 108% of 12 × the minimum wage per month of January.',
    },
  ],
  note: 'Reproduces the official 2026 zorgtoeslag tables exactly (ZT-2026-1..3).',
});

export const normpremieSinglePct = defineParam({
  id: 'zorgtoeslag.normpremie.percentage-drempel-alleenstaande',
  description: 'Normpremie: percentage van het drempelinkomen, zonder toeslagpartner',
  unit: 'percent',
  law: WZT('2', '3'),
  values: [official(1.912, WZT_2_3)],
});

export const normpremiePartnerPct = defineParam({
  id: 'zorgtoeslag.normpremie.percentage-drempel-partner',
  description: 'Normpremie: percentage van het drempelinkomen, met toeslagpartner',
  unit: 'percent',
  law: WZT('2', '3'),
  values: [official(4.289, WZT_2_3)],
});

export const normpremieAfbouwPct = defineParam({
  id: 'zorgtoeslag.normpremie.percentage-boven-drempel',
  description: 'Normpremie: percentage van het toetsingsinkomen boven het drempelinkomen',
  unit: 'percent',
  law: WZT('2', '3'),
  values: [official(13.73, WZT_2_3)],
});

export const vermogenSingle = defineParam({
  id: 'zorgtoeslag.vermogensgrens.alleenstaande',
  description: 'Vermogensgrens zorgtoeslag zonder toeslagpartner (op 1 januari)',
  unit: 'cents',
  law: WZT('3', '1'),
  values: [official(14601100, WZT_3_1)],
});

export const vermogenPartner = defineParam({
  id: 'zorgtoeslag.vermogensgrens.partner',
  description: 'Vermogensgrens zorgtoeslag met toeslagpartner (op 1 januari)',
  unit: 'cents',
  law: WZT('3', '1'),
  values: [official(18463300, WZT_3_1)],
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
