import { defineParam, WKB, YEAR_2026 } from './define';

/**
 * Kindgebonden budget 2026 (rules-params-2026.md §6; h2 §3). Every amount the Wet op het
 * kindgebonden budget states is official: read in its texts in force on 2026-01-01 and 2026-07-01
 * (MinBZK regelrecht corpus), which state the same 2026 amounts. The 2026 text states them directly;
 * the "−€ 69 / +€ 66" adjustments of the domain reference come from the 2025 text (the 2026 text's
 * art. 3 lid 6–7 give −€ 71 / +€ 68 for 2026, already in these amounts). The drempelinkomen is not
 * stated in the law (108% of 12 × the January minimum wage, art. 1 lid 1 d) and stays secondary.
 */
const CHECKED_JULY = 'The text in force on 2026-07-01 (WKB-2026-07) states the same amount.';
const official = (value: number, quote: string) =>
  ({ ...YEAR_2026, value, source: 'WKB-2026', verification: 'OFF-copy', quote, note: CHECKED_JULY }) as const;

export const perChild = defineParam({
  id: 'kindgebonden-budget.bedrag-per-kind',
  description: 'Bedrag per kind per jaar',
  unit: 'cents-per-year',
  law: WKB('2', '2'),
  values: [
    official(
      258000,
      'Het kindgebonden budget bedraagt voor een berekeningsjaar: a. indien de ouder aanspraak heeft voor een kind: € 2.580; b. indien de ouder aanspraak heeft voor twee of meer kinderen: € 2.580 per kind voor het tweede of volgende kind.',
    ),
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
    official(
      72400,
      'Voor een kind dat 12 jaar of ouder is, maar jonger is dan 16 jaar bedraagt de verhoging van het kindgebonden budget € 724.',
    ),
  ],
});

export const supplement16to17 = defineParam({
  id: 'kindgebonden-budget.verhoging-16-17',
  description: 'Verhoging per kind van 16 of 17 jaar',
  unit: 'cents-per-year',
  law: WKB('2', '5'),
  values: [
    official(
      96400,
      'Voor een kind dat 16 of 17 jaar is, bedraagt de verhoging van het kindgebonden budget met ingang van de kalendermaand na de maand waarin het kind de leeftijd van 16 jaar heeft bereikt € 964,00.',
    ),
  ],
});

export const singleParentSupplement = defineParam({
  id: 'kindgebonden-budget.alleenstaande-ouderkop',
  description: 'Verhoging voor een ouder zonder toeslagpartner (alleenstaande-ouderkop)',
  unit: 'cents-per-year',
  law: WKB('2', '6'),
  values: [
    official(
      341600,
      'De ouder die geen partner heeft, heeft aanspraak op een verhoging van het kindgebonden budget van € 3.416.',
    ),
  ],
});

export const drempelSingle = defineParam({
  id: 'kindgebonden-budget.drempel.alleenstaande',
  description: 'Inkomen waarboven het budget wordt verminderd, zonder toeslagpartner (het drempelinkomen)',
  unit: 'cents-per-year',
  law: WKB('2', '7'),
  values: [
    {
      ...YEAR_2026,
      value: 2973600,
      source: 'BD-KGB-BEREKENING-2026',
      verification: 'SEC',
      note: 'Not stated in the law: the drempelinkomen is 108% of 12 × the minimum wage per month of January (WKB art. 1 lid 1 d). "Berekening kindgebonden budget 2026" (Dienst Toeslagen) stap 4, as copied by others and not checked against the document itself, gives € 29.736 (not official wording).',
    },
  ],
});

export const drempelPartners = defineParam({
  id: 'kindgebonden-budget.drempel.partners',
  description: 'Inkomen waarboven het budget wordt verminderd, met toeslagpartner (drempelinkomen + 9.405)',
  unit: 'cents-per-year',
  law: WKB('2', '8'),
  values: [
    {
      ...YEAR_2026,
      value: 3914100,
      source: 'DERIVED',
      verification: 'DER',
      quote:
        'Bij een gezamenlijk toetsingsinkomen van de ouder en zijn partner van meer dan het met € 9.405 verhoogde drempelinkomen wordt de som van de bedragen waarop recht bestaat op grond van het tweede, vierde en vijfde lid verminderd met 7,60% van het verschil tussen het gezamenlijk toetsingsinkomen en het met € 9.405 verhoogde drempelinkomen.',
      note: 'Derived: the drempelinkomen € 29.736 (not from the law text, see the single-parent drempel) + € 9.405 (WKB art. 2 lid 8, official, 2026-01-01 and 2026-07-01 texts).',
    },
  ],
});

const AFBOUW_QUOTE =
  'Met ingang van de hieronder genoemde data komen de percentages, genoemd in artikel 2, zevende en achtste lid, te luiden: a. met ingang van 1 januari 2026 7,60%; b. met ingang van 1 januari 2027 8,05%; c. met ingang van 1 januari 2028 8,50%.';

export const afbouwPct = defineParam({
  id: 'kindgebonden-budget.afbouwpercentage',
  description: 'Vermindering: percentage van het inkomen boven de drempel',
  unit: 'percent',
  law: WKB('3', '5'),
  values: [
    {
      ...YEAR_2026,
      value: 7.6,
      source: 'WKB-2026',
      verification: 'OFF-copy',
      quote: AFBOUW_QUOTE,
    },
    {
      validFrom: '2027-01-01',
      knownUntil: '2027-12-31',
      value: 8.05,
      source: 'WKB-2026',
      verification: 'OFF-copy',
      quote: AFBOUW_QUOTE,
    },
    {
      validFrom: '2028-01-01',
      knownUntil: '2028-12-31',
      value: 8.5,
      source: 'WKB-2026',
      verification: 'OFF-copy',
      quote: AFBOUW_QUOTE,
    },
  ],
});

const VERMOGEN_QUOTE =
  'In afwijking van artikel 7, derde lid, van de Algemene wet inkomensafhankelijke regelingen, bestaat geen aanspraak op kindgebonden budget indien de rendementsgrondslag, bedoeld in artikel 5.3 van de Wet inkomstenbelasting 2001, van de ouder aan het begin van het berekeningsjaar meer bedraagt dan € 146.011 of, indien de ouder het gehele berekeningsjaar dezelfde partner heeft, de gezamenlijke rendementsgrondslag, bedoeld in artikel 5.3 van de Wet inkomstenbelasting 2001, van de ouder en zijn partner aan het begin van het berekeningsjaar meer bedraagt dan € 184.633.';

export const vermogenSingle = defineParam({
  id: 'kindgebonden-budget.vermogensgrens.alleenstaande',
  description: 'Vermogensgrens zonder toeslagpartner (op 1 januari)',
  unit: 'cents',
  law: WKB('1', '4'),
  values: [official(14601100, VERMOGEN_QUOTE)],
});

export const vermogenPartners = defineParam({
  id: 'kindgebonden-budget.vermogensgrens.partners',
  description: 'Vermogensgrens met toeslagpartner (op 1 januari)',
  unit: 'cents',
  law: WKB('1', '4'),
  values: [official(18463300, VERMOGEN_QUOTE)],
});

export const maxChildAge = defineParam({
  id: 'kindgebonden-budget.leeftijdsgrens-kind',
  description: 'Het budget geldt voor kinderen jonger dan deze leeftijd (kinderbijslag)',
  unit: 'years',
  law: WKB('2', '1'),
  values: [
    {
      validFrom: '2008-01-01',
      knownUntil: '2026-12-31',
      value: 18,
      source: 'WKB-2026',
      verification: 'OFF-copy',
      quote:
        'Aanspraak op een kindgebonden budget heeft de ouder voor een kind voor wie aan die ouder op grond van artikel 18 van de Algemene Kinderbijslagwet kinderbijslag wordt betaald […], met dien verstande dat de aanspraak op een kindgebonden budget bestaat […] tot en met de kalendermaand waarin het kind de leeftijd van 18 jaar bereikt.',
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
