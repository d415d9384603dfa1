import { SRC } from './sources';
import type { Content, Fact, NextSteps } from './types';

/** Dutch copy, at B1 level: short sentences, "u", everyday words; legal terms explained where used. */

const toeslagApply: Fact[] = [
  {
    text: 'U vraagt de toeslag aan met Mijn toeslagen op de website van de Belastingdienst.',
    source: SRC.bdAanvragen,
  },
  { text: 'Daarvoor heeft u een DigiD en uw burgerservicenummer (BSN) nodig.', source: SRC.bdBsn },
  {
    text: 'U vraagt maar 1 keer aan. Blijft u aan de voorwaarden voldoen? Dan krijgt u de toeslag het jaar erna vanzelf.',
    source: SRC.bdAanvragen,
  },
];

const toeslagDeadline: Fact = {
  text: 'U kunt aanvragen tot en met 31 december van het jaar erna. Maar hoe later u aanvraagt, hoe later u het geld krijgt.',
  source: SRC.awirArt15,
};

const toeslagDuration: Fact[] = [
  {
    text: 'Vraagt u aan vóór 1 april van het jaar erna? Dan krijgt u binnen 13 weken een voorschot.',
    source: SRC.awirArt16,
  },
];

const toeslagHelp: Fact[] = [
  {
    text: 'Vragen over toeslagen? Bel gratis de BelastingTelefoon: 0800 0543. Bel dit nummer zelf, niet via een doorverbinddienst: die kost geld.',
    source: SRC.belastingTelefoon,
  },
  {
    text: 'In veel bibliotheken helpt het Informatiepunt Digitale Overheid u gratis met aanvragen.',
    source: SRC.nieuwsIdoToeslagen,
  },
];

const gemeenteHelp: Fact[] = [
  {
    text: 'Lukt het aanvragen niet? Bel het algemene nummer van uw gemeente. Vraag naar het sociaal team of het Wmo-loket. Zij helpen u verder.',
    source: SRC.wmoLoket,
  },
  { text: 'In de bibliotheek helpt het Informatiepunt Digitale Overheid u gratis.', source: SRC.kbIdo },
];

const nextSteps: Record<string, NextSteps> = {
  'algemene-bijstand': {
    apply: [
      {
        text: 'U vraagt bijstand aan via werk.nl. Soms kan het ook bij de gemeente zelf. Uw gemeente kan u dat vertellen.',
        source: SRC.roBijstand,
      },
      { text: 'De gemeente beslist of u bijstand krijgt en betaalt de uitkering.', source: SRC.roBijstand },
      {
        text: 'Bent u jonger dan 27? Dan dient u de aanvraag pas in 4 weken nadat u zich heeft gemeld.',
        source: SRC.pwArt41,
      },
    ],
    documents: [
      { text: 'De gemeente bepaalt welke papieren u moet laten zien.', source: SRC.pwArt53a },
      {
        text: 'Vaak vraagt de gemeente: een geldig paspoort of ID-kaart (geen rijbewijs), uw huurcontract, bewijs van uw inkomen van de laatste 2 maanden, en afschriften van al uw bankrekeningen en spaarrekeningen. Dit verschilt per gemeente.',
        source: SRC.orionisDocs,
      },
    ],
    deadlines: [
      {
        text: 'U krijgt bijstand vanaf de dag dat u zich meldt. Wacht dus niet te lang.',
        source: SRC.pwArt44,
      },
      {
        text: 'Vraagt uw situatie erom? Dan mag de gemeente bijstand geven tot 3 maanden vóór uw melding.',
        source: SRC.pwArt44,
      },
    ],
    duration: [
      { text: 'De gemeente moet binnen 8 weken beslissen.', source: SRC.awbArt413 },
      {
        text: 'Heeft de gemeente na 4 weken nog niet beslist? Dan krijgt u een voorschot: geld dat u later terugbetaalt of verrekent.',
        source: SRC.pwArt52,
      },
    ],
    help: gemeenteHelp,
  },
  aio: {
    apply: [
      { text: 'U vraagt de AIO-aanvulling aan bij de SVB.', source: SRC.roAio },
      {
        text: 'Doe eerst de AIO-check op de website van de SVB. Die laat zien of aanvragen zin heeft.',
        source: SRC.svbAioCheck,
      },
    ],
    documents: [
      {
        text: 'De SVB gebruikt gegevens over uw inkomen, uw woonsituatie, uw vermogen, uw rekeningnummer en (als dat voor u geldt) uw verblijfsvergunning. Houd die bij de hand.',
        source: SRC.svbPrivacyAio,
      },
    ],
    deadlines: [
      {
        text: 'U krijgt AIO pas vanaf de dag dat u zich meldt bij de SVB. Wacht dus niet.',
        source: SRC.pwArt47b,
      },
      {
        text: 'Verandert er iets in uw situatie? Geef het binnen 4 weken door.',
        source: SRC.svbSb1309,
      },
    ],
    duration: [],
    help: [
      { text: 'In de bibliotheek helpt het Informatiepunt Digitale Overheid u gratis.', source: SRC.kbIdo },
    ],
  },
  'bijzondere-bijstand': {
    apply: [
      { text: 'U vraagt bijzondere bijstand aan bij uw gemeente, niet via werk.nl.', source: SRC.pwArt41 },
      {
        text: 'Krijgt u AIO van de SVB? Ook dan vraagt u bijzondere bijstand aan bij de gemeente.',
        source: SRC.inlichtingenbureau,
      },
      {
        text: 'De gemeente kan het geld geven, of lenen (bijvoorbeeld voor een wasmachine of meubels).',
        source: SRC.pwArt51,
      },
    ],
    documents: [
      {
        text: 'Vaak vraagt de gemeente: bewijs van uw inkomen, bewijs van uw spaargeld, een geldig identiteitsbewijs en de rekening of offerte van de kosten. Dit verschilt per gemeente.',
        source: SRC.kampenBb,
      },
    ],
    deadlines: [
      {
        text: 'Elke gemeente heeft eigen termijnen. In Kampen moet u bijvoorbeeld aanvragen binnen 2 maanden nadat u de kosten maakte. Vraag uw gemeente wat bij u geldt.',
        source: SRC.kampenBb,
      },
    ],
    duration: [{ text: 'De gemeente moet binnen 8 weken beslissen.', source: SRC.awbArt413 }],
    help: gemeenteHelp,
  },
  zorgtoeslag: {
    apply: toeslagApply,
    documents: [
      {
        text: 'Uw BSN staat op uw paspoort, ID-kaart, rijbewijs, loonstrook, jaaropgaaf of zorgpas.',
        source: SRC.bdBsn,
      },
      { text: 'U geeft een schatting van uw inkomen van dit jaar, en dat van uw toeslagpartner.' },
    ],
    deadlines: [
      {
        text: 'Zorgtoeslag gaat in op de 1e van de maand waarin u aan alle voorwaarden voldoet.',
        source: SRC.bdAanvragen,
      },
      toeslagDeadline,
    ],
    duration: toeslagDuration,
    help: toeslagHelp,
  },
  huurtoeslag: {
    apply: [
      ...toeslagApply,
      {
        text: 'Wonen er andere volwassenen bij u? Dan ondertekenen zij de aanvraag mee.',
        source: SRC.awirArt15,
      },
    ],
    documents: [
      {
        text: 'Houd bij de hand: uw huurcontract of een ander bewijs van uw huur, uw inkomen en dat van uw toeslagpartner en medebewoners, uw BSN en uw rekeningnummer.',
        source: SRC.actiumHt,
      },
    ],
    deadlines: [
      {
        text: 'Huurtoeslag gaat in op de 1e van de maand. Staat u bijvoorbeeld vanaf 15 april op het adres ingeschreven? Dan krijgt u huurtoeslag vanaf 1 mei.',
        source: SRC.bdAanvragen,
      },
      toeslagDeadline,
    ],
    duration: toeslagDuration,
    help: toeslagHelp,
  },
  'kindgebonden-budget': {
    apply: [
      {
        text: 'Meestal hoeft u niets te doen. Krijgt u al een andere toeslag, zoals huurtoeslag? Dan krijgt u kindgebonden budget vanzelf.',
        source: SRC.svbKgb,
      },
      {
        text: 'Zelf aanvragen met Mijn toeslagen moet als: u voor het eerst kinderbijslag krijgt en geen andere toeslag, u geen brief kreeg maar denkt dat u recht heeft, of het eerder gestopt is.',
        source: SRC.svbKgb,
      },
    ],
    documents: [],
    deadlines: [
      {
        text: 'Kindgebonden budget gaat in op de 1e dag van de maand nadat uw kind geboren is of bij u kwam wonen.',
        source: SRC.bdAanvragen,
      },
      toeslagDeadline,
    ],
    duration: [
      {
        text: 'U krijgt binnen 8 weken een beslissing. U krijgt alleen een brief als u kindgebonden budget krijgt.',
        source: SRC.svbKgb,
      },
    ],
    help: toeslagHelp,
  },
  kinderopvangtoeslag: {
    apply: [
      ...toeslagApply,
      {
        text: 'Heeft u een toeslagpartner? Dan heeft u allebei een eigen DigiD nodig.',
        source: SRC.kotChecklist,
      },
    ],
    documents: [
      {
        text: 'Alleen opvang in het Landelijk Register Kinderopvang (LRK) telt. U heeft het LRK-nummer nodig van het adres waar uw kind wordt opgevangen.',
        source: SRC.bdLrk,
      },
      {
        text: 'In het contract met de opvang moet staan: naam, geboortedatum en adres van het kind, de uurprijs, het aantal uren per jaar, de begin- en einddatum en het soort opvang.',
        source: SRC.bdLrk,
      },
    ],
    deadlines: [
      {
        text: 'Vraag aan binnen 3 maanden nadat uw kind naar de opvang gaat. Bent u later? Dan mist u geld.',
        source: SRC.bdKot,
      },
      {
        text: 'Kinderopvangtoeslag gaat in op de dag dat uw kind voor het eerst naar de opvang gaat.',
        source: SRC.bdAanvragen,
      },
    ],
    duration: toeslagDuration,
    help: toeslagHelp,
  },
};

export const nl: Content = {
  lang: 'nl',
  dir: 'ltr',
  name: 'Nederlands',
  speechLang: 'nl-NL',
  apiLang: 'nl',
  locale: 'nl-NL',

  common: {
    appName: 'Steunwijzer',
    tagline: 'Kijk of u geld kunt krijgen',
    skipLink: 'Ga direct naar de inhoud',
    languageSwitch: 'Taal',
    back: 'Terug',
    next: 'Volgende',
    startAgain: 'Opnieuw beginnen',
    privacyLink: 'Privacy: wat wij wel en niet bewaren',
    loading: 'Even geduld…',
    loadError: 'Deze pagina kon niet laden. Controleer uw internet en probeer het opnieuw.',
    retry: 'Probeer opnieuw',
    yes: 'Ja',
    no: 'Nee',
    readAloud: 'Lees voor',
    stopReading: 'Stop met voorlezen',
    noVoice: 'Voorlezen kan hier niet: deze browser heeft geen Nederlandse stem.',
    readInDutch: 'Voorlezen in het Nederlands',
    dutchAuthoritative: 'De Nederlandse tekst is de officiële tekst.',
    footer: 'Steunwijzer is een check van de overheid. De uitkomst is een indicatie, geen besluit.',
    pageTitle: (page) => `${page} - Steunwijzer`,
    errorPageTitle: (page) => `Fout: ${page} - Steunwijzer`,
  },

  start: {
    title: 'Kijk of u geld kunt krijgen',
    lead: 'Veel mensen hebben recht op geld van de overheid, maar krijgen het niet. Met deze check ziet u snel wat u misschien kunt krijgen, en hoe u het aanvraagt.',
    checks: 'Wij kijken naar:',
    regulations: [
      'bijstand en AIO (geld om van te leven)',
      'bijzondere bijstand (voor extra kosten)',
      'zorgtoeslag en huurtoeslag',
      'kindgebonden budget en kinderopvangtoeslag',
    ],
    safetyTitle: 'Veilig en anoniem',
    safety: [
      'U hoeft uw naam, BSN of DigiD niet te geven.',
      'Als u de uitkomst bekijkt, gaan uw antwoorden naar onze server. Die rekent de uitkomst uit, en opnieuw als u een antwoord verandert. De server bewaart uw antwoorden niet. Hij telt alleen anoniem mee, zonder iets waaraan u te herkennen bent.',
      'Er komen geen bedragen in de adresbalk.',
    ],
    beforeTitle: 'Handig om bij de hand te hebben',
    before: [
      'wat u per maand krijgt: een loonstrook, uitkeringsspecificatie of pensioenoverzicht',
      'uw inkomen per jaar: de jaaropgaaf, of uw aangifte inkomstenbelasting',
      'als u huurt: uw huurcontract of de laatste huurverhoging (de huur zonder servicekosten)',
      'wat er op uw bankrekeningen en spaarrekeningen staat',
    ],
    beforeNote: 'Weet u iets niet precies? Dan kiest u "Ik weet het niet" of vult u een schatting in.',
    duration: 'Het duurt ongeveer 3 minuten. U beantwoordt alleen de vragen die voor u belangrijk zijn.',
    indication:
      'De uitkomst is een indicatie, geen besluit. Alleen de organisatie waar u aanvraagt, beslist.',
    startButton: 'Start de check',
  },

  flow: {
    progress: (step, total) => `Vraag ${step} van ongeveer ${total}`,
    dontKnowButton: 'Ik weet het niet',
    dontKnowChosen: 'U koos eerder: Ik weet het niet.',
    moneyPrefix: '€',
    period: { month: 'per maand', year: 'per jaar', stock: 'in totaal' },
    moneyExample: 'Bijvoorbeeld: 1.401,50',
    childrenCount: 'Aantal kinderen',
    childAge: (n) => `Leeftijd van kind ${n}`,
    childcareCount: 'Aantal kinderen in de kinderopvang',
    childcareChild: (n) => `Opvang ${n}`,
    childcareType: 'Soort opvang',
    childcareTypes: {
      dagopvang: 'Kinderdagverblijf',
      bso: 'Buitenschoolse opvang (bso)',
      gastouder: 'Gastouder',
    },
    childcareWhich: 'Voor welk kind?',
    childcareChildOption: (n, age) => (age === undefined ? `Kind ${n}` : `Kind ${n} (${age} jaar)`),
    childcareUnit: 'Hoe vult u de opvang in?',
    childcareUnits: { days: 'In dagen per week', hours: 'In uren per week' },
    childcareDays: 'Dagen per week',
    childcarePerDay: 'Uren per dag',
    childcareWeekHours: 'Uren per week',
    childcareHalfHours: 'In hele of halve uren, bijvoorbeeld 10,5.',
    childcareRate: 'Prijs per uur',
    workingApplicant: 'Werkt u, of volgt u een opleiding of traject?',
    workingPartner: 'Werkt uw partner, of volgt uw partner een opleiding of traject?',
    yearsSuffix: 'jaar',
  },

  questions: {
    age: { label: 'Hoe oud bent u?', hint: 'Vul uw leeftijd in jaren in.' },
    partner: {
      label: 'Heeft u een partner?',
      hint: 'Bent u getrouwd of geregistreerd partner? Of woont u samen als stel? Dan heeft u een partner.',
      help: {
        title: 'Wat is een toeslagpartner?',
        body: [
          'Voor toeslagen heet uw partner uw toeslagpartner.',
          'Dat is uw man of vrouw, uw geregistreerd partner, of iemand met wie u samenwoont op hetzelfde adres. Bijvoorbeeld als u samen een kind heeft, samen een huis koopt of een samenlevingscontract heeft.',
          'Twijfelt u? In Mijn toeslagen ziet u wie uw toeslagpartner is. U kunt het ook vragen aan de BelastingTelefoon: 0800 0543 (gratis).',
        ],
      },
    },
    partnerAge: { label: 'Hoe oud is uw partner?', hint: 'Vul de leeftijd in jaren in.' },
    children: {
      label: 'Hoeveel kinderen wonen er bij u?',
      hint: 'Tel de kinderen die bij u in huis wonen. Geen kinderen? Vul 0 in.',
    },
    livesInNetherlands: { label: 'Woont u in Nederland?' },
    residence: {
      label: 'Welke nationaliteit heeft u?',
      hint: 'Sommige regelingen zijn alleen voor mensen die hier wettig wonen. Wij bewaren uw antwoord niet.',
      options: {
        dutch: 'Nederlands',
        eu: 'Van een ander land in de EU, de EER of Zwitserland',
        permit: 'Een andere nationaliteit, met een verblijfsvergunning',
        none: 'Een andere nationaliteit, zonder verblijfsvergunning',
      },
    },
    housing: {
      label: 'Hoe woont u?',
      options: {
        rent: 'Ik huur een huis of kamer',
        own: 'Ik heb een koophuis',
        lodging: 'Ik woon bij iemand in, zonder eigen huurcontract',
        homeless: 'Ik heb geen vaste woonplek',
        institution: 'Ik woon in een instelling, bijvoorbeeld een zorginstelling',
      },
    },
    coResidents27Plus: {
      label: 'Hoeveel andere mensen van 27 jaar of ouder wonen bij u?',
      hint: 'Tel uzelf en uw partner niet mee. Niemand? Vul 0 in.',
      help: {
        title: 'Wat is een kostendeler?',
        body: [
          'Een kostendeler is iemand van 27 jaar of ouder die bij u woont. U kunt de kosten van het huis met elkaar delen. Bijvoorbeeld een volwassen kind, een ouder of een vriend.',
          'Tel niet mee: iemand die bij u huurt, of bij wie u huurt, voor een normale prijs en die geen familie is. En ook geen student met studiefinanciering.',
          'Woont er een kostendeler bij u? Dan is de bijstand lager, omdat u de kosten deelt.',
        ],
      },
    },
    netIncomeMonthly: {
      label: 'Hoeveel geld krijgt u elke maand binnen?',
      hint: 'Netto per maand: wat er op uw bankrekening komt. Heeft u een partner? Vul het bedrag van u en uw partner samen in. Het gaat om loon, uitkering, pensioen en AOW. Tel toeslagen en kinderbijslag niet mee. Met dit bedrag rekenen we de bijstand uit.',
      help: {
        title: 'Waar vind ik dit bedrag?',
        body: [
          'Kijk op uw loonstrook of op de brief over uw uitkering of pensioen. Zoek het bedrag "netto".',
          'Of kijk in uw bankapp wat er vorige maand binnenkwam van werk, uitkering of pensioen.',
          'Is het elke maand anders? Vul dan een gemiddelde in.',
        ],
      },
    },
    assets: {
      label: 'Hoeveel spaargeld en bezit heeft u?',
      hint: 'Heeft u een partner? Tel het bezit van uw partner mee. Tel uw eigen huis niet mee. Haal uw schulden eraf.',
      help: {
        title: 'Wat is vermogen?',
        body: [
          'Vermogen is alles wat u bezit, min wat u schuldig bent. Bijvoorbeeld geld op uw betaalrekening en spaarrekening, beleggingen, of een dure auto.',
          'Waar vind ik het? In uw bankapp ziet u het saldo van al uw rekeningen. Tel die bij elkaar op.',
          'Heeft u meer schulden dan bezit? Vul dan een min in, bijvoorbeeld -500.',
        ],
      },
    },
    grossIncomeYearly: {
      label: 'Hoeveel verdient u dit jaar bruto?',
      hint: 'Bruto per jaar: vóór belasting, voor het hele jaar. Heeft u een partner? Vul het bedrag van u en uw partner samen in. Een schatting is goed. Dit heet uw toetsingsinkomen. Met dit bedrag rekenen we de toeslagen uit.',
      receive: { label: 'Hoeveel ontvangt u dit jaar bruto?' },
      help: {
        title: 'Wat is het toetsingsinkomen?',
        body: [
          'Het toetsingsinkomen is uw inkomen per jaar vóór belasting: loon, uitkering, pensioen, AOW en winst.',
          'Waar vind ik het? Op uw jaaropgaaf van vorig jaar staat het fiscaal loon. Of kijk in Mijn toeslagen. Verandert uw inkomen dit jaar? Neem het bruto bedrag op uw loonstrook keer 12, plus uw vakantiegeld.',
          'Schat liever iets te hoog dan te laag. Dan hoeft u later minder snel toeslag terug te betalen.',
        ],
      },
    },
    studentFinance: {
      label: 'Gaat u naar school of studeert u, met studiefinanciering?',
      hint: 'Kies ook "Ja" als u studiefinanciering zou kunnen krijgen voor uw opleiding. Bijvoorbeeld in het mbo, hbo of aan de universiteit.',
    },
    selfEmployed: { label: 'Werkt u als zelfstandige (zzp of eigen bedrijf)?' },
    partnerSelfEmployed: { label: 'Werkt uw partner als zelfstandige (zzp of eigen bedrijf)?' },
    parentsCannotSupport: {
      label: 'Klopt het dat uw ouders u niet kunnen onderhouden?',
      hint: 'Bijvoorbeeld omdat u uit de jeugdzorg komt, omdat er geen contact is, of omdat uw ouders zelf te weinig geld hebben.',
      options: {
        true: 'Ja, mijn ouders kunnen mij niet onderhouden',
        false: 'Nee, mijn ouders kunnen mij wel onderhouden',
      },
    },
    homeEquity: {
      label: 'Hoeveel is uw huis waard, min de hypotheek?',
      help: {
        title: 'Waar vind ik dit?',
        body: [
          'De waarde van uw huis staat op de WOZ-beschikking die u elk jaar van de gemeente krijgt.',
          'Hoeveel hypotheek u nog heeft, staat op het jaaroverzicht van uw bank.',
          'Vul het verschil in. Is de hypotheek hoger dan de waarde? Vul dan een min in, bijvoorbeeld -10.000.',
        ],
      },
    },
    rent: {
      label: 'Hoeveel kale huur betaalt u per maand?',
      help: {
        title: 'Wat is kale huur?',
        body: [
          'Kale huur is de huur zonder servicekosten, en zonder gas, water en stroom.',
          'Waar vind ik het? In uw huurcontract, of in de brief over de huurverhoging die u elk jaar krijgt. Daar staat "kale huur" of "netto huur".',
        ],
      },
    },
    selfContainedHome: {
      label: 'Heeft uw woning een eigen voordeur, keuken en wc?',
      hint: 'U deelt die dus niet met andere bewoners. Dit heet een zelfstandige woning.',
    },
    healthInsuranceNL: {
      label: 'Heeft u een Nederlandse zorgverzekering?',
      hint: 'De basisverzekering die iedereen in Nederland moet hebben.',
    },
    working: {
      label: 'Werk en opleiding',
      hint: 'Een opleiding of traject is bijvoorbeeld inburgering of een re-integratietraject.',
    },
    childcare: {
      label: 'Hoeveel van uw kinderen gaan naar de kinderopvang?',
      hint: 'Alleen opvang in het Landelijk Register Kinderopvang: een kinderdagverblijf, buitenschoolse opvang (bso) of een gastouder. Geen opvang? Vul 0 in.',
      help: {
        title: 'Waar vind ik de uren en de prijs?',
        body: [
          'Het aantal uren en de prijs per uur staan in uw contract met de opvang, of op de factuur.',
          'Vul de opvang per week in, in dagen of in uren. Wij rekenen dat om naar uren per maand (per week × 52 ÷ 12). De toeslag telt per kind ten hoogste 230 uur per maand.',
        ],
      },
    },
    receivesKinderbijslag: {
      label: 'Krijgt u (of uw partner) de kinderbijslag voor uw kinderen onder 18?',
      hint: 'De SVB betaalt de kinderbijslag aan één ouder. Alleen die ouder krijgt kindgebonden budget. Bij co-ouderschap krijgt soms de andere ouder de kinderbijslag. U ziet het in Mijn SVB.',
    },
    specialCosts: {
      label: 'Heeft u extra kosten die u niet kunt betalen?',
      hint: 'Kosten die nodig zijn, zoals medische kosten, een nieuwe wasmachine of bed, of hulp van een advocaat.',
    },
  },

  errors: {
    summaryTitle: 'Er is een probleem',
    required: 'Kies een antwoord.',
    childcareType: 'Kies de soort opvang.',
    childcareChild: 'Kies voor welk kind deze opvang is.',
    childcareChildTwice: 'U koos dit kind al. Kies voor elke opvang een ander kind.',
    childcareUnit: 'Kies of u dagen per week of uren per week invult.',
    halfHours: (min, max) =>
      `Vul een aantal uren in van ${min} tot en met ${max}, in hele of halve uren, zoals 10,5.`,
    wholeNumber: (min, max) => `Vul een heel getal in van ${min} tot en met ${max}.`,
    money: 'Vul een bedrag in euro in, zoals 1250 of 1.250,50.',
    moneyNegative: 'Vul een bedrag van 0 of meer in, zoals 1250 of 1.250,50.',
    moneyTooHigh: 'Dit bedrag is te hoog. Vul het bedrag in euro in, zoals 1250 of 1.250,50.',
    age: (min, max) => `Vul een leeftijd in jaren in, van ${min} tot en met ${max}.`,
    screenFailed: 'Het lukte niet om de uitkomst op te halen. Probeer het opnieuw.',
    offline: 'U heeft geen internet. Probeer het opnieuw als u weer internet heeft.',
  },

  municipality: {
    title: 'In welke gemeente woont u?',
    hint: 'Dan ziet u bij de uitkomst waar u in uw gemeente aanvraagt en gratis hulp krijgt. Deze vraag is niet verplicht. Uw antwoord verandert de uitkomst niet.',
    listHint: 'Typ de naam van uw gemeente en kies hem uit de lijst.',
    skip: 'Vraag overslaan',
    notFound: 'Kies een gemeente uit de lijst, of sla de vraag over',
    summaryLabel: 'Uw gemeente',
    skipped: 'Niet ingevuld',
  },

  localRoute: {
    title: (gemeente) => `Aanvragen en gratis hulp in ${gemeente}`,
    nationalNote: (gemeente) =>
      `We hebben nog geen eigen gegevens van de gemeente ${gemeente}. Hieronder staat de weg die overal geldt.`,
    topicNational: 'Hiervoor hebben we nog geen eigen gegevens van uw gemeente. Dit geldt overal:',
    topics: {
      bijstand: 'Bijstandsuitkering aanvragen',
      bijzondereBijstand: 'Bijzondere bijstand aanvragen',
      clientondersteuning: 'Gratis iemand die u helpt: cliëntondersteuning',
      schuldhulp: 'Hulp bij schulden',
      formHelp: 'Hulp bij formulieren',
    },
    what: {
      applyAtGemeente: () => 'U vraagt dit aan bij de gemeente waar u woont.',
      applyOnline: () => 'U vraagt online aan met uw DigiD.',
      applyPortal: () => 'U vraagt aan in het online portaal Werk en Inkomen van de gemeente, met uw DigiD.',
      applyAtLocation: () =>
        'Heeft u geen DigiD of computer? Dan vraagt u aan op een locatie van Werk en Inkomen. Daar helpen medewerkers u.',
      callBack: ({ phone }) => `U kunt ook ${phone} bellen. Dan belt de gemeente u terug voor een afspraak.`,
      postForm: ({ address }) =>
        `U downloadt het aanvraagformulier, vult het in en stuurt het met de bewijsstukken per post naar: ${address}.`,
      handInForm: () =>
        'Wilt u een bewijs dat u het formulier heeft ingeleverd? Breng het dan naar de servicebalie van een locatie van Werk en Inkomen.',
      schemePage: () => 'Op de pagina van de gemeente leest u wat u nodig heeft en hoe u aanvraagt.',
      localRules: () => 'De regels van de gemeente voor bijzondere bijstand.',
      lowIncomeSchemes: () =>
        'De regelingen van de gemeente voor mensen met een laag inkomen (Pak je kans). Bijzondere bijstand hoort daarbij.',
      lowIncomeSchemesPhone: ({ phone }) => `Vragen over deze regelingen? Bel ${phone}.`,
      clientondersteuningFree: () =>
        'De gemeente moet zorgen dat u gratis een onafhankelijke cliëntondersteuner kunt krijgen. Vraag ernaar bij uw gemeente.',
      clientondersteuningWhat: () =>
        'Een cliëntondersteuner helpt u met uw aanvraag en formulieren, en kan mee naar gesprekken met de gemeente.',
      geldfit: () => 'Op geldfit.nl vindt u gratis hulp bij geldzorgen bij u in de buurt.',
      geldfitPhone: ({ phone }) => `U kunt ook gratis en anoniem bellen met ${phone}.`,
      callOrVisit: ({ phone }) =>
        `Bel ${phone} of kom langs bij een Vraagwijzer van de gemeente. Samen zet u de rekeningen op een rij.`,
      neighbourhoodDesk: () =>
        'In de wijken zijn Helpdesks Geldzaken van de gemeente. Daar kunt u zonder afspraak hulp vragen.',
      buurtteam: () =>
        'U meldt zich bij het buurtteam in uw wijk. U kunt ook zelf contact opnemen met de gemeente.',
      library: () =>
        'In de bibliotheek helpt het Informatiepunt Digitale Overheid u gratis met websites en formulieren van de overheid.',
      authorise: () =>
        'Wilt u dat iemand anders de aanvraag voor u doet? Dat kan met het machtigingsformulier van de gemeente.',
    },
    open: 'Naar de pagina',
    source: 'Bron',
    reported: 'Gemeld door',
    checked: (date) => `gecontroleerd op ${date}`,
    bringSomeone: [
      {
        text: 'U mag iemand meenemen naar de gemeente, of iemand voor u laten regelen.',
        source: SRC.awbArt21,
      },
      {
        text: 'De cliëntondersteuner, het Informatiepunt in de bibliotheek en Geldfit helpen u gratis.',
        source: SRC.wmoArt232,
      },
    ],
  },

  obligations: {
    title: 'Wat de bijstand van u vraagt',
    work: {
      text: 'U zoekt werk dat u kunt doen, neemt het aan en houdt het. U schrijft u in als werkzoekende bij het UWV.',
      source: SRC.pwArt9,
    },
    tegenprestatie: {
      text: 'De gemeente kan u vragen onbetaald nuttig werk te doen, naast gewoon werk: de tegenprestatie.',
      source: SRC.pwArt9,
    },
    inlichtingen: {
      text: 'U vertelt de gemeente meteen alles wat voor uw uitkering van belang kan zijn, ook als zij er niet om vraagt. Bijvoorbeeld ander inkomen, of wie er bij u woont.',
      source: SRC.pwArt17,
    },
    singleParentUnder5: {
      text: 'Zorgt u alleen voor een kind jonger dan 5? Dan kunt u de gemeente vragen u vrij te stellen van de plicht om werk te zoeken. Met die vrijstelling hoeft u ook geen tegenprestatie te doen.',
      source: SRC.pwArt9a,
    },
    under27: [
      {
        text: 'Bent u jonger dan 27? Dan zoekt u eerst 4 weken zelf naar werk of een opleiding. Pas daarna dient u de aanvraag in.',
        source: SRC.pwArt41,
      },
      {
        text: 'Niet elke gemeente vraagt die 4 weken. Utrecht bijvoorbeeld behandelt de aanvraag meteen. Vraag het uw gemeente, zeker als u geen dak boven uw hoofd of geen geld voor eten heeft.',
        source: SRC.utrechtNoSearchPeriod,
      },
    ],
  },

  refused: {
    title: (regulation) => `U kreeg ${regulation} eerder niet? Dit kunt u doen`,
    facts: [
      {
        text: 'Is uw situatie veranderd, of weet u iets nieuws? Dan kunt u opnieuw aanvragen. Zeg dan wat er anders is.',
        source: SRC.awbArt46,
      },
      {
        text: 'Bent u het niet eens met de beslissing? Maak dan bezwaar, binnen 6 weken na de datum van de brief.',
        source: SRC.awbArt67,
      },
      {
        text: 'Hulp bij bezwaar is gratis bij het Juridisch Loket, als u een laag inkomen en weinig spaargeld heeft.',
        source: SRC.juridischLoket,
      },
    ],
  },

  check: {
    title: 'Kloppen uw antwoorden?',
    intro: 'Kijk of alles goed is. U kunt elk antwoord nog veranderen.',
    change: (question) => `Verander: ${question}`,
    submit: 'Bekijk de uitkomst',
    dontKnowAnswer: 'Weet ik niet',
    none: 'Geen',
    childrenAnswer: (ages) =>
      ages.length === 0 ? 'Geen kinderen' : `${ages.length}: ${ages.map((age) => `${age} jaar`).join(', ')}`,
    childcareAnswer: (entries) =>
      entries.length === 0
        ? 'Geen opvang'
        : entries.map((entry) => `Kind ${entry.child}: ${entry.hoursPerMonth} uur per maand`).join('; '),
  },

  results: {
    title: 'Uw uitkomst',
    loadingTitle: 'Uw uitkomst wordt berekend…',
    errorTitle: 'Er ging iets mis',
    intro: 'Dit is een indicatie, geen besluit.',
    todoTitle: 'Dit kunt u nu doen',
    summaryNone: 'Met uw antwoorden vonden we geen regeling waar u waarschijnlijk recht op heeft.',
    staleNotice:
      'Nog niet alle bedragen voor deze datum zijn bekend. Waar dat zo is, rekenden we met de bedragen van vorig jaar en een marge voor de gewone verhoging. Daarom zijn sommige bedragen een bandbreedte.',
    earlierYear: {
      title: (year) => `Toeslagen over ${year}`,
      intro: (year, deadline) =>
        `Toeslagen over ${year} kunt u nog aanvragen, tot en met ${deadline}. Bijstand niet: die begint pas vanaf de dag dat u zich meldt.`,
      button: (year) => `Bereken ook ${year}`,
      note: (year) =>
        `We rekenden met uw antwoorden van nu. Was uw inkomen of uw situatie in ${year} anders, dan is de uitkomst ook anders. Vul bij Dienst Toeslagen uw inkomen over ${year} in.`,
    },
    workMore: {
      title: 'Wat als ik meer ga verdienen?',
      intro:
        'Zie wat er met uw geld per maand gebeurt als uw netto inkomen stijgt. We rekenen dat hier op uw telefoon uit. Er gaat niets naar ons toe.',
      button: 'Reken het uit',
      caption: (raise) => `Als u ${raise} per maand meer krijgt`,
      regulation: 'Regeling',
      now: 'Nu per maand',
      after: 'Daarna per maand',
      kept: (kept, raise) => `Van de ${raise} extra houdt u ongeveer ${kept} over.`,
      nothingChanges: 'Uw regelingen blijven dan hetzelfde.',
      grossNote:
        'Voor de toeslagen telt uw bruto inkomen. Wij tellen 12 keer de verhoging erbij. Door de belasting stijgt uw bruto inkomen meer, dus de toeslagen kunnen iets meer dalen.',
      noGross: 'U gaf geen inkomen per jaar op. Daarom rekenden we de toeslagen niet opnieuw uit.',
      bijstandNote:
        'Bij bijstand gaat elke euro die u meer krijgt eraf. Krijgt u het geld door werk, dan mag de gemeente een deel een tijd lang niet meetellen. Vraag het de gemeente.',
    },
    regulations: {
      'algemene-bijstand': 'Bijstand',
      aio: 'AIO (aanvulling op de AOW)',
      'bijzondere-bijstand': 'Bijzondere bijstand',
      zorgtoeslag: 'Zorgtoeslag',
      huurtoeslag: 'Huurtoeslag',
      'kindgebonden-budget': 'Kindgebonden budget',
      kinderopvangtoeslag: 'Kinderopvangtoeslag',
    },
    verdicts: {
      likely: { label: 'Waarschijnlijk wel', text: 'U heeft hier waarschijnlijk recht op. Vraag het aan.' },
      possibly: {
        label: 'Misschien',
        text: 'U heeft hier misschien recht op. Dat hangt af van dingen die wij niet kunnen nagaan. Vraag het toch aan.',
      },
      unlikely: {
        label: 'Waarschijnlijk niet',
        text: 'Met uw antwoorden heeft u hier waarschijnlijk geen recht op.',
      },
      unknown: { label: 'Dat weten we niet', text: 'We hebben te weinig antwoorden om dit te zeggen.' },
    },
    monthly: (amount) => `Ongeveer ${amount} per maand`,
    atMost: (amount) => `Hoogstens ${amount} per maand`,
    yearly: (amount) => `Dat is ${amount} per jaar.`,
    range: (min, max) => `Tussen ${min} en ${max} per maand.`,
    noAmount: 'Hoeveel u krijgt, hangt af van uw kosten. De gemeente beslist.',
    why: 'Waarom denken we dit?',
    law: 'Wet of regel',
    alsoReported: 'ook gemeld door',
    threshold: 'Hoe ver bent u van de grens?',
    missing: 'Dit weten we nog niet:',
    perYear: (amount, upTo) => (upTo ? `tot ${amount} per jaar` : `${amount} per jaar`),
    todo: {
      'algemene-bijstand': { text: 'Lees hoe u bijstand aanvraagt', link: true },
      aio: { text: 'Doe de AIO-check van de SVB', link: true },
      'bijzondere-bijstand': {
        text: 'Bel uw gemeente. Vraag naar bijzondere bijstand.',
        link: false,
      },
      zorgtoeslag: { text: 'Vraag aan met Mijn toeslagen', link: true },
      huurtoeslag: { text: 'Vraag aan met Mijn toeslagen', link: true },
      'kindgebonden-budget': {
        text: 'Meestal vanzelf. Geen brief? Vraag aan met Mijn toeslagen',
        link: true,
      },
      kinderopvangtoeslag: {
        text: 'Vraag binnen 3 maanden aan met Mijn toeslagen',
        link: true,
      },
    },
    newTab: '(opent in nieuw tabblad)',
    alreadyTitle: 'Dit krijgt u al: kijk of het bedrag klopt',
    alreadyIntro: 'Krijgt u minder dan deze check zegt? Kijk dan na of alles klopt.',
    alreadyExpected: (amount) => `Volgens deze check ongeveer ${amount} per maand.`,
    check: {
      toeslagen: {
        text: "Kijk in Mijn toeslagen bij 'Mijn beschikkingen'. Klopt er iets niet? Geef het door.",
        source: SRC.bdVoorschot,
      },
      svb: {
        text: 'Kijk in de brief van de SVB hoeveel AIO u krijgt. Klopt het niet? Neem contact op met de SVB.',
        source: SRC.roAio,
      },
      gemeente: {
        text: 'Kijk in de brief (beschikking) van uw gemeente hoeveel u krijgt. Klopt het niet? Bel uw gemeente.',
      },
    },
    more: (regulation) => `Meer over ${regulation}`,
    applyAt: {
      gemeente: 'Aanvragen bij uw gemeente',
      svb: 'Aanvragen bij de SVB',
      toeslagen: 'Aanvragen bij Dienst Toeslagen',
    },
    applyHeading: 'Zo vraagt u het aan',
    documentsHeading: 'Dit heeft u nodig',
    deadlinesHeading: 'Vanaf wanneer en tot wanneer',
    durationHeading: 'Hoe lang duurt het?',
    helpHeading: 'Hulp bij aanvragen',
    sourceLabel: 'Bron',
    repaymentTitle: 'Moet ik later terugbetalen?',
    repayment: [
      {
        text: 'Een toeslag is een voorschot. Dienst Toeslagen rekent eerst met een schatting van uw inkomen.',
        source: SRC.bdTerugbetalen,
      },
      {
        text: 'Verdient u meer dan u dacht? Dan betaalt u later een deel terug. Dat kan ook als het inkomen van uw partner of medebewoner verandert.',
        source: SRC.bdTerugbetalen,
      },
      {
        text: 'Zo houdt u de kans klein: schat uw inkomen liever iets te hoog dan te laag.',
        source: SRC.ikwoonleefzorgTerug,
      },
      {
        text: 'Liever geen risico? U kunt een toeslag ook achteraf aanvragen, als uw inkomen over het hele jaar bekend is. Dat kan tot en met 31 december van het jaar erna. U krijgt het geld dan later, in één keer.',
        source: SRC.awirArt15,
      },
      {
        text: 'Verandert er iets, zoals uw inkomen of wie er bij u woont? Geef het binnen 4 weken door in Mijn toeslagen.',
        source: SRC.bdWijzigingen,
      },
      {
        text: 'Kijk elke brief (voorschotbeschikking) goed na. Klopt er iets niet? Geef het door.',
        source: SRC.bdVoorschot,
      },
      {
        text: 'Kreeg u te weinig? Dan krijgt u dat later alsnog. Een klein bedrag hoeft u na de definitieve berekening niet terug te betalen.',
        source: SRC.awirArt26a,
      },
      {
        text: 'Moet u terugbetalen en lukt dat niet in 1 keer? Vraag dan een betalingsregeling.',
        source: SRC.bdBetalingsregeling,
      },
    ],
    otherResults: 'Waarschijnlijk geen recht',
    receivingQuestion: 'Krijgt u dit al?',
    reasonQuestion: 'Waarom vraagt u het (nog) niet aan?',
    reasonOptional:
      'U hoeft dit niet te beantwoorden. Uw antwoord helpt de overheid om de regels beter te maken.',
    nonUseReasons: {
      'did-not-know': 'Ik wist niet dat dit bestond',
      'thought-not-entitled': 'Ik dacht dat ik er geen recht op had',
      'fear-of-repayment': 'Ik ben bang dat ik moet terugbetalen',
      'too-complicated': 'Aanvragen is te moeilijk',
      shame: 'Ik schaam me om het aan te vragen',
      'not-worth-it': 'Het is me de moeite niet waard',
      'applied-refused': 'Ik heb het aangevraagd, maar kreeg het niet',
      other: 'Een andere reden',
    },
    receivingFailed: 'Uw antwoord kon nu niet worden meegeteld. Kies het antwoord later nog een keer.',
    receivingSaved: 'Dank u. Uw antwoord is meegeteld, zonder uw gegevens.',
    yourAnswers: 'Uw antwoorden (ook op de print)',
    print: 'Print of bewaar als pdf',
    printHint:
      'Wilt u een pdf? Druk op de knop en kies in het printvenster bij "Printer" of "Bestemming" voor "Opslaan als pdf".',
    printNote: 'Neem deze uitkomst mee als u hulp vraagt bij het aanvragen.',
    freeHelpTitle: 'Gratis hulp',
    freeHelp: [
      {
        text: 'In de bibliotheek helpt het Informatiepunt Digitale Overheid u gratis met websites en aanvragen van de overheid.',
        source: SRC.kbIdo,
      },
      {
        text: 'Vragen over toeslagen? Bel gratis de BelastingTelefoon: 0800 0543.',
        source: SRC.belastingTelefoon,
      },
      {
        text: 'Bel het algemene nummer van uw gemeente. Vraag naar het sociaal team of het Wmo-loket.',
        source: SRC.wmoLoket,
      },
      {
        text: 'Heeft u een laag inkomen en weinig spaargeld? Bij het Juridisch Loket helpen juristen u gratis in een vestiging.',
        source: SRC.juridischLoket,
      },
      {
        text: 'Geldzorgen? Op geldfit.nl vindt u hulp bij u in de buurt.',
        source: SRC.geldfit,
      },
      {
        text: 'U kunt ook gratis en anoniem bellen met 0800-8115 als u geldzorgen heeft.',
        source: SRC.ndGeldfit,
      },
    ],
    checkedOn: (date) => `Berekend voor ${date}.`,
    disclaimer:
      'Dit is een indicatie, geen besluit. De gemeente, de SVB of Dienst Toeslagen beslist als u aanvraagt. Aan deze uitkomst kunt u geen rechten ontlenen.',
  },

  nextSteps: nextSteps as Content['nextSteps'],

  device: {
    title: 'Later verder gaan?',
    explain: [
      'U kunt uw antwoorden bewaren op dit apparaat. Dan kunt u later verder, zonder account.',
      'Iedereen die dit apparaat en deze browser gebruikt, kan ze dan zien. Doe dit dus niet op een computer die u met anderen deelt, zoals in de bibliotheek.',
      'Voor het bewaren gaat er niets naar een server. De antwoorden staan alleen in deze browser.',
      'Ze blijven 30 dagen bewaard. Daarna wist Steunwijzer ze. U kunt ze ook eerder zelf verwijderen.',
    ],
    save: 'Bewaar op dit apparaat',
    replaces: 'Er staan al eerder bewaarde antwoorden op dit apparaat. Die worden dan vervangen.',
    saved: (date, until) =>
      `Uw antwoorden zijn bewaard op dit apparaat (${date}). Wat u nog verandert, wordt ook bewaard. Ze blijven tot en met ${until}, of tot u ze verwijdert.`,
    remove: 'Verwijder bewaarde antwoorden',
    removed: 'De bewaarde antwoorden zijn verwijderd van dit apparaat.',
    failed: 'Bewaren lukte niet. Misschien staat uw browser het niet toe, bijvoorbeeld in een privévenster.',
    footerSummary: 'Later verder? Bewaar uw antwoorden op dit apparaat',
    resumeTitle: 'Verder waar u was',
    resumeText: (date, until) =>
      `Op dit apparaat staan antwoorden die u bewaarde op ${date}. Ze blijven tot en met ${until}, of tot u ze verwijdert.`,
    resume: 'Ga verder waar u was',
  },

  privacy: {
    title: 'Privacy: wat wij wel en niet bewaren',
    intro: [
      'Steunwijzer is anoniem. U geeft geen naam, geen BSN en geen DigiD.',
      'Er zijn geen cookies, geen advertenties en geen programma’s van andere bedrijven op deze website. Alles op deze website komt van onze eigen server.',
    ],
    browserTitle: 'Op uw eigen telefoon of computer',
    browser: [
      'Uw antwoorden staan in dit venster van uw browser (sessionStorage). Als u het venster sluit of op "Opnieuw beginnen" drukt, zijn ze weg.',
      'In de adresbalk staat alleen welke vraag u ziet, nooit een bedrag.',
    ],
    deviceTitle: 'Als u kiest voor "Bewaar op dit apparaat"',
    device: [
      'Alleen als u daar zelf voor kiest, bewaren we uw antwoorden ook in de browser op dit apparaat (localStorage). Zonder die keuze zet Steunwijzer daar niets.',
      'Iedereen die dit apparaat en deze browser gebruikt, kan ze dan zien.',
      'Er gaat daarvoor niets naar onze server. Pas als u de uitkomst bekijkt, gaan de antwoorden naar de server, net als anders.',
      'Wat u daarna nog verandert, wordt ook bewaard. Na 30 dagen wist Steunwijzer de antwoorden, de eerstvolgende keer dat u de website opent.',
      'U kunt ze altijd zelf verwijderen: met de knop "Verwijder bewaarde antwoorden" op de startpagina, bij de antwoorden of bij de uitkomst. Als u de gegevens van uw browser wist, zijn ze ook weg.',
    ],
    serverTitle: 'Als u de uitkomst bekijkt',
    server: [
      'Uw antwoorden gaan dan naar onze server. Die rekent de uitkomst uit en stuurt die terug. De server bewaart uw antwoorden niet en schrijft ze niet op.',
      'Uw IP-adres wordt niet bewaard.',
      'Uw browser stuurt een willekeurig bezoeknummer mee. Zo tellen we uw bezoek maar 1 keer, ook als u een antwoord verandert. De server bewaart dat nummer niet zelf, alleen een onherkenbare versie ervan, en gooit die binnen 7 dagen weg.',
    ],
    countedTitle: 'Wat de server wel telt',
    counted: [
      'Alleen tellers, per maand en per regeling: hoeveel keer de uitkomst "waarschijnlijk wel", "misschien", "waarschijnlijk niet" of "weten we niet" was.',
      'Of mensen zeiden dat ze de regeling al krijgen: ja, nee of niet beantwoord. En waarom niet, als u dat wilt zeggen.',
      'Via welke weg de check werd gedaan: zelf (deze website) of met hulp aan een balie.',
      'Grove groepen: een leeftijdsgroep (zoals 27 tot en met 66 jaar) en het soort huishouden (zoals alleenstaand met kinderen).',
      'De gemeente, alleen als die wordt meegestuurd. Deze website vraagt niet naar uw gemeente en stuurt die niet mee.',
    ],
    notCountedTitle: 'Wat nooit wordt bewaard',
    notCounted: [
      'Uw antwoorden zelf, zoals uw inkomen, huur of leeftijd.',
      'Uw naam, adres, BSN, IP-adres of iets anders waaraan u te herkennen bent.',
    ],
    example:
      'Het ministerie ziet bijvoorbeeld: "november 2026, huurtoeslag, zelf, waarschijnlijk wel, krijgt het nog niet: 120 keer". Een groep van minder dan 10 mensen wordt nooit getoond.',
    back: 'Terug',
  },
};
