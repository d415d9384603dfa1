import { defineParam, YEAR_2026 } from './define';

/** Kindgebonden budget 2026 (rules-params-2026.md §6; h2 §3). Steps refer to "Berekening kindgebonden budget 2026". */
const WKB = (article: string, lid?: string) => ({
  bwb: 'BWBR0022751',
  law: 'Wet op het kindgebonden budget',
  article,
  ...(lid ? { lid } : {}),
});
const step = (value: number, quote: string, note?: string) =>
  ({
    ...YEAR_2026,
    value,
    source: 'BD-KGB-BEREKENING-2026',
    verification: 'SEC',
    quote,
    ...(note ? { note } : {}),
  }) as const;

export const perChild = defineParam({
  id: 'kindgebonden-budget.bedrag-per-kind',
  description: 'Bedrag per kind per jaar',
  unit: 'cents-per-year',
  law: WKB('2', '2'),
  values: [
    step(258000, 'PDF Stap 1: 1 child 2.580, 2 children 5.160, +2.580 per extra child'),
    {
      validFrom: '2027-01-01',
      knownUntil: '2027-12-31',
      value: 264600,
      source: 'WKB-2026-07',
      verification: 'OFF-copy',
      quote:
        'Met ingang van de hieronder genoemde data worden de bedragen, bedoeld in artikel 2, tweede lid, telkens als volgt verhoogd: … b. met ingang van 1 januari 2027 met € 66; … De verlaging, bedoeld in het zesde lid, en de verhoging, bedoeld in het zevende lid, vinden plaats nadat het eerste lid toepassing heeft gevonden.',
      note: 'Art. 3 lid 7 b and lid 8: € 2.580 + € 66, after the indexation by the 2027 tabelcorrectiefactor (art. 3 lid 1), which is not yet published here; so the value is used within the indexation margin.',
      indexationPending: true,
    },
  ],
});

export const supplement12to15 = defineParam({
  id: 'kindgebonden-budget.verhoging-12-15',
  description: 'Verhoging per kind van 12 tot en met 15 jaar',
  unit: 'cents-per-year',
  law: WKB('2', '4'),
  values: [
    step(
      72400,
      'ageIncrease12To15 … value: 724 … sourceSection: "Stap 2: verhoog het maximale toeslagbedrag"',
      'Disputed (703 in one source, the un-indexed 2025 amount). 724 is chosen because the official worked example KGB-2026-2 reproduces only with it, and WKB art. 3 lid 1 indexes this amount yearly.',
    ),
  ],
});

export const supplement16to17 = defineParam({
  id: 'kindgebonden-budget.verhoging-16-17',
  description: 'Verhoging per kind van 16 of 17 jaar',
  unit: 'cents-per-year',
  law: WKB('2', '5'),
  values: [
    step(
      96400,
      'ageIncrease16To17 … value: 964',
      'Disputed (936 in one source, the un-indexed 2025 amount). 964 is chosen because the official worked example KGB-2026-2 reproduces only with it.',
    ),
  ],
});

export const singleParentSupplement = defineParam({
  id: 'kindgebonden-budget.alleenstaande-ouderkop',
  description: 'Verhoging voor een ouder zonder toeslagpartner (alleenstaande-ouderkop)',
  unit: 'cents-per-year',
  law: WKB('2', '6'),
  values: [
    step(
      341600,
      'table shows 1 kind alleenstaande € 5.996 vs met partner € 2.580 → € 3.416 (2 kinderen: € 8.576 − € 5.160 = € 3.416). Source: same PDF, stap 1.',
      'Derived from the official maxima (5.996 − 2.580). Disputed (3.320 in one source = 3.389 − 69, not indexed). 3.416 reproduces the official example KGB-2026-3.',
    ),
  ],
});

export const drempelSingle = defineParam({
  id: 'kindgebonden-budget.drempel.alleenstaande',
  description: 'Inkomen waarboven het budget wordt verminderd, zonder toeslagpartner',
  unit: 'cents-per-year',
  law: WKB('2', '1'),
  values: [step(2973600, 'value: 29_736 … Stap 4')],
});

export const drempelPartners = defineParam({
  id: 'kindgebonden-budget.drempel.partners',
  description: 'Inkomen waarboven het budget wordt verminderd, met toeslagpartner (drempelinkomen + 9.405)',
  unit: 'cents-per-year',
  law: WKB('2', '1'),
  values: [step(3914100, 'Drempelinkomen, partners … 39.141 (Stap 4)')],
});

export const afbouwPct = defineParam({
  id: 'kindgebonden-budget.afbouwpercentage',
  description: 'Vermindering: percentage van het inkomen boven de drempel',
  unit: 'percent',
  law: WKB('3', '5'),
  values: [
    {
      ...YEAR_2026,
      value: 7.6,
      source: 'WKB-2025',
      verification: 'OFF-copy',
      quote: 'met ingang van 1 januari 2026 7,60%; … 1 januari 2027 8,05%; … 1 januari 2028 8,50%.',
    },
    {
      validFrom: '2027-01-01',
      knownUntil: '2027-12-31',
      value: 8.05,
      source: 'WKB-2025',
      verification: 'OFF-copy',
      quote: 'met ingang van 1 januari 2026 7,60%; … 1 januari 2027 8,05%; … 1 januari 2028 8,50%.',
    },
    {
      validFrom: '2028-01-01',
      knownUntil: '2028-12-31',
      value: 8.5,
      source: 'WKB-2025',
      verification: 'OFF-copy',
      quote: 'met ingang van 1 januari 2026 7,60%; … 1 januari 2027 8,05%; … 1 januari 2028 8,50%.',
    },
  ],
});

export const vermogenSingle = defineParam({
  id: 'kindgebonden-budget.vermogensgrens.alleenstaande',
  description: 'Vermogensgrens zonder toeslagpartner (op 1 januari)',
  unit: 'cents',
  law: WKB('3'),
  values: [step(14601100, 'Vermogensgrens single / partner 146.011 / 184.633')],
});

export const vermogenPartners = defineParam({
  id: 'kindgebonden-budget.vermogensgrens.partners',
  description: 'Vermogensgrens met toeslagpartner (op 1 januari)',
  unit: 'cents',
  law: WKB('3'),
  values: [step(18463300, 'Vermogensgrens single / partner 146.011 / 184.633')],
});

export const maxChildAge = defineParam({
  id: 'kindgebonden-budget.leeftijdsgrens-kind',
  description: 'Het budget geldt voor kinderen jonger dan deze leeftijd (kinderbijslag)',
  unit: 'years',
  law: WKB('1'),
  values: [
    {
      validFrom: '2008-01-01',
      knownUntil: '2026-12-31',
      value: 18,
      source: 'WKB-2025',
      verification: 'OFF-copy',
      quote: 'Requires a child < 18 for whom the parent receives kinderbijslag.',
    },
    {
      validFrom: '2027-01-01',
      knownUntil: '2027-12-31',
      value: 18,
      source: 'WKB-2026-07',
      verification: 'OFF-copy',
      quote:
        '… met dien verstande dat de aanspraak op een kindgebonden budget bestaat met ingang van de kalendermaand na de maand waarin het kind is geboren dan wel tot het huishouden is gaan behoren tot en met de kalendermaand waarin het kind de leeftijd van 18 jaar bereikt.',
      note: 'Art. 2 lid 1; an age, not indexed (art. 3 lid 1 indexes amounts only), and the consolidated text of 1 July 2026 announces no change.',
    },
  ],
});
