import { defineParam, H1_2026, H2_2026, PW, YEAR_2026 } from './define';

/** Participatiewet amounts for vermogen, vrijlatingen and bijzondere bijstand (art. 31, 33, 34, 35). */
/** Same wording in the official texts of 1 January and 1 July 2026 (regelrecht corpus copies). */
const both = (value: number, quote: string) =>
  ({ ...YEAR_2026, value, source: 'PW-RR-2026-07', verification: 'OFF-copy', quote }) as const;

export const vermogenSingle = defineParam({
  id: 'participatiewet.vermogensgrens.alleenstaande',
  description: 'Vermogensgrens alleenstaande',
  unit: 'cents',
  law: PW('34', '3'),
  values: [both(800000, 'voor een alleenstaande: € 8.000,00;')],
  note: 'Unchanged on 1 July 2026 (Normenbrief 1 Jan 2026: "alleenstaande € 7.770 € 8.000").',
});

export const vermogenSingleParent = defineParam({
  id: 'participatiewet.vermogensgrens.alleenstaande-ouder',
  description: 'Vermogensgrens alleenstaande ouder',
  unit: 'cents',
  law: PW('34', '3'),
  values: [both(1600000, 'voor een alleenstaande ouder: € 16.000,00;')],
});

export const vermogenCouple = defineParam({
  id: 'participatiewet.vermogensgrens.gehuwden',
  description: 'Vermogensgrens gehuwden samen',
  unit: 'cents',
  law: PW('34', '3'),
  values: [both(1600000, 'voor de gehuwden tezamen: € 16.000,00.')],
});

export const homeEquityExemption = defineParam({
  id: 'participatiewet.vrijlating-eigen-woning',
  description: 'Vermogen in de eigen woning dat niet meetelt',
  unit: 'cents',
  law: PW('34', '2'),
  values: [
    both(
      6750000,
      'het vermogen gebonden in de woning met bijbehorend erf, bedoeld in artikel 50, eerste lid, voorzover dit minder bedraagt dan € 67.500,00;',
    ),
  ],
});

export const earningsExemptionMax = defineParam({
  id: 'participatiewet.inkomstenvrijlating.maximum',
  description:
    'Inkomstenvrijlating: 25% van inkomsten uit arbeid, ten hoogste dit bedrag, 6 maanden, niet onder 27 jaar',
  unit: 'cents-per-month',
  law: PW('31', '2'),
  values: [
    {
      ...H1_2026,
      value: 28500,
      source: 'PW-RR-2026-01',
      verification: 'OFF-copy',
      quote:
        'inkomsten uit arbeid tot 25 procent van deze inkomsten, met een maximum van € 285,00 per maand, voor zover hij algemene bijstand ontvangt, waarbij voor een persoon die de pensioengerechtigde leeftijd nog niet heeft bereikt geldt dat die inkomsten gedurende ten hoogste zes maanden niet tot de middelen worden gerekend …',
    },
    {
      ...H2_2026,
      value: 28900,
      source: 'PW-2026-07',
      verification: 'OFF-copy',
      note: 'Not quoted (no official wording at hand). A copy of the amounts of the normenbrief 1 juli 2026 gives € 289,00. The text of the Participatiewet of 1 July 2026 as copied still reads "met een maximum van € 285,00 per maand" in art. 31 lid 2 n; unresolved, kept at € 289,00 pending the Staatscourant mededeling.',
    },
  ],
});

export const earningsExemptionMinAge = defineParam({
  id: 'participatiewet.inkomstenvrijlating.minimumleeftijd',
  description: 'De inkomstenvrijlating geldt niet voor wie jonger is dan deze leeftijd',
  unit: 'years',
  law: PW('31', '5'),
  values: [
    both(
      27,
      'Het tweede lid, onderdelen c, j, k, n en r, zijn niet van toepassing op de persoon die jonger is dan 27 jaar',
    ),
  ],
});

export const giftsExemption = defineParam({
  id: 'participatiewet.vrijlating-giften',
  description: 'Giften die per kalenderjaar niet als inkomen tellen',
  unit: 'cents-per-year',
  law: PW('31', '2'),
  values: [
    both(
      120000,
      'giften, voor zover de som van deze giften en de bijdragen, bedoeld in artikel 18, achtste lid, niet meer bedraagt dan € 1.200,00 per kalenderjaar;',
    ),
  ],
});

export const pensionDisregardSingle = defineParam({
  id: 'participatiewet.vrijlating-oudedagsvoorziening.alleenstaande',
  description: 'Particuliere oudedagsvoorziening die bij AOW-leeftijd niet meetelt, alleenstaande (ouder)',
  unit: 'cents-per-month',
  law: PW('33', '5'),
  values: [both(2650, 'voor een alleenstaande en een alleenstaande ouder: € 26,50 per kalendermaand;')],
});

export const pensionDisregardCouple = defineParam({
  id: 'participatiewet.vrijlating-oudedagsvoorziening.gehuwden',
  description: 'Particuliere oudedagsvoorziening die bij AOW-leeftijd niet meetelt, gehuwden samen',
  unit: 'cents-per-month',
  law: PW('33', '5'),
  values: [both(5300, 'voor de gehuwden tezamen: € 53,00 per kalendermaand.')],
});

export const specialCostsThreshold = defineParam({
  id: 'participatiewet.bijzondere-bijstand.drempel',
  description: 'Kosten onder dit bedrag in twaalf maanden mag de gemeente weigeren',
  unit: 'cents-per-year',
  law: PW('35', '2'),
  values: [
    both(
      17600,
      'Het college kan bijzondere bijstand weigeren, indien de in het eerste lid bedoelde kosten binnen twaalf maanden een bedrag van € 176,00 niet te boven gaan.',
    ),
  ],
});

export const earningsDisregardAowPct = defineParam({
  id: 'participatiewet.inkomstenvrijlating.pensioengerechtigde.percentage',
  description:
    'Inkomsten uit arbeid die bij AOW-leeftijd niet met de algemene bijstand (AIO) worden verrekend: percentage',
  unit: 'percent',
  law: PW('34a', '1'),
  values: [
    {
      ...YEAR_2026,
      value: 25,
      source: 'PW-RR-2026-07',
      verification: 'OFF-copy',
      quote:
        'Inkomsten uit arbeid worden niet met de algemene bijstand verrekend ten aanzien van degene die: … c. de pensioengerechtigde leeftijd heeft bereikt: voor 25 procent en tot € 226,00 van deze inkomsten per maand.',
    },
  ],
  note: 'Art. 34a lid 1 c is in the texts of 1 January and 1 July 2026 and is specific to AOW age. Art. 31 lid 2 n (25 %, max € 285,00) still names AOW age too ("waarbij voor een persoon die de pensioengerechtigde leeftijd nog niet heeft bereikt geldt dat die inkomsten gedurende ten hoogste zes maanden …"): it does not stop at AOW age, only its six-month limit does. The screening uses the lower 34a amount as the sure one.',
});

export const earningsDisregardAowMax = defineParam({
  id: 'participatiewet.inkomstenvrijlating.pensioengerechtigde.maximum',
  description:
    'Inkomsten uit arbeid die bij AOW-leeftijd niet worden verrekend: maximum per persoon per maand',
  unit: 'cents-per-month',
  law: PW('34a', '1'),
  values: [
    {
      ...YEAR_2026,
      value: 22600,
      source: 'PW-RR-2026-07',
      verification: 'OFF-copy',
      quote:
        'c. de pensioengerechtigde leeftijd heeft bereikt: voor 25 procent en tot € 226,00 van deze inkomsten per maand.',
    },
  ],
});

export const holidayPayPct = defineParam({
  id: 'screening.vakantiebijslag-marge',
  description:
    'Screening margin: the monthly net pay people know usually excludes their holiday pay, so a bijstand/AIO verdict within this percentage of the net pay of the norm is only "possibly"',
  unit: 'percent',
  values: [
    {
      ...YEAR_2026,
      value: 8,
      source: 'WML-VAKANTIEBIJSLAG',
      verification: 'SEC',
      note: 'The norms include vakantietoeslag (Pw art. 19 lid 3); the estimate stays norm − net as the official examples compute it.',
    },
  ],
});

export const specialAssistanceIncomeCutoff = defineParam({
  id: 'screening.bijzondere-bijstand.inkomen-ver-boven-norm',
  description:
    'Screening cut-off: income above this percentage of the applicable norm is "far above" it, so bijzondere bijstand becomes unlikely; between the norm and this, income above the norm is draagkracht (art. 35 lid 1), not a bar',
  unit: 'percent',
  law: PW('35', '1'),
  values: [
    {
      // Steunwijzer's own choice, not law: it holds until we change it, so it is never carried over.
      validFrom: '2026-01-01',
      knownUntil: '9999-12-31',
      value: 200,
      source: 'DERIVED',
      verification: 'DER',
      note: 'Derived screening choice of Steunwijzer, not law: art. 35 lid 1 counts income above the norm as draagkracht ("het inkomen voor zover dit meer bedraagt dan de bijstandsnorm"). At twice the norm the draagkracht (a full norm per month) exceeds plausible necessary extra costs for most households.',
    },
  ],
});

export const specialAssistanceAssetsCutoff = defineParam({
  id: 'screening.bijzondere-bijstand.vermogen-ver-boven-grens',
  description:
    'Screening cut-off: vermogen above this percentage of the art. 34 limit is "far above" it, so bijzondere bijstand becomes unlikely; between the limit and this, vermogen is draagkracht (art. 35 lid 1), not a bar',
  unit: 'percent',
  law: PW('35', '1'),
  values: [
    {
      // Steunwijzer's own choice, not law: it holds until we change it, so it is never carried over.
      validFrom: '2026-01-01',
      knownUntil: '9999-12-31',
      value: 300,
      source: 'DERIVED',
      verification: 'DER',
      note: 'Derived screening choice of Steunwijzer, not law: art. 35 lid 1 counts "het vermogen" as draagkracht and sets art. 34 lid 2 (the vrijlating) aside, so the vermogen above the limit and even below it may count, by municipal policy. Above three times the limit the vermogen alone covers plausible necessary extra costs.',
    },
  ],
});
