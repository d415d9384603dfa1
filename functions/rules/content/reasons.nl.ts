import type { Format, ReasonValues, ThresholdWords } from './types';

type V = ReasonValues;
type F = Format;

/** Reason texts in Dutch, taalniveau B1: short sentences, no jargon without an explanation. */
export const reasonsNl = {
  'under-18': () => 'U bent jonger dan 18 jaar. Dan kunt u nog geen bijstand krijgen.',
  'no-lawful-residence': () =>
    'Zonder geldige verblijfsvergunning kunt u geen bijstand krijgen. Vraag hulp bij een sociaal raadslid of het Juridisch Loket.',
  'lives-abroad': () => 'U woont niet in Nederland. Bijstand is alleen voor mensen die in Nederland wonen.',
  'income-not-below-norm': (v: V, f: F) =>
    `Uw inkomen (${f.euro(v.income)} per maand) is niet lager dan de bijstandsnorm voor uw situatie (${f.euro(v.norm)} per maand).`,
  'income-below-norm': (v: V, f: F) =>
    `Uw inkomen (${f.euro(v.income)} per maand) is lager dan de bijstandsnorm voor uw situatie (${f.euro(v.norm)} per maand, met vakantiegeld). De bijstand vult het verschil aan.`,
  'aow-age-see-aio': () =>
    'U heeft de AOW-leeftijd. Dan krijgt u geen algemene bijstand van de gemeente, maar misschien wel AIO van de SVB.',
  'partner-aow-age-see-aio': () =>
    'Uw partner heeft de AOW-leeftijd. Dan vraagt u samen AIO aan bij de SVB, niet bijstand bij de gemeente.',
  'aow-age-uncertain': () =>
    'Uw leeftijd ligt precies rond de AOW-leeftijd. Of u bij de gemeente of de SVB moet zijn, hangt af van uw geboortedatum.',
  'student-finance-under-27': () =>
    'U bent jonger dan 27 en kunt studiefinanciering krijgen. Dan heeft u geen recht op bijstand.',
  'self-employed-bbz': () =>
    'U bent zelfstandig ondernemer. Voor ondernemers heeft de gemeente een aparte regeling (Bbz). De gemeente kijkt of uw bedrijf levensvatbaar is.',
  'partner-self-employed-bbz': () =>
    'Uw partner is zelfstandig ondernemer. Voor een stel met een eigen bedrijf kijkt de gemeente naar het inkomen uit dat bedrijf en naar de aparte regeling voor ondernemers (Bbz).',
  'homeless-briefadres': () =>
    'U heeft geen vaste woonplek. U kunt toch bijstand krijgen, met een briefadres. De gemeente mag wel een lagere norm gebruiken als u geen woonkosten heeft.',
  'institution-norm': () =>
    'U woont in een instelling (inrichting). Daar gelden andere, lagere normen. De gemeente kijkt naar uw situatie.',
  'kostendelersnorm-applied': (v: V) =>
    `Er wonen ${v.kostendelers} andere volwassene(n) van 27 jaar of ouder bij u. U deelt dan de kosten. Daarom is uw norm lager (kostendelersnorm).`,
  'income-not-counted': (v: V, f: F) =>
    `Toeslagen, kinderbijslag en giften tot ${f.euro(v.gifts)} per jaar tellen niet mee als inkomen.`,
  'earnings-exemption': (v: V, f: F) =>
    `Gaat u (meer) werken terwijl u bijstand krijgt? Dan mag u een deel houden: 25% van wat u verdient, tot ${f.euro(v.max)} per maand, een half jaar lang. Dat staat niet in het bedrag hierboven.`,
  'under-27-rules': () =>
    'U bent jonger dan 27. Dan moet u na uw melding eerst 4 weken zelf werk of school zoeken voordat u de aanvraag doet.',
  'assets-above-limit': (v: V, f: F) =>
    `Uw spaargeld en bezit (${f.euro(v.assets)}) is hoger dan de grens van ${f.euro(v.limit)}. Eerst gebruikt u dat geld.`,
  'assets-within-limit': (v: V, f: F) =>
    `Uw spaargeld en bezit (${f.euro(v.assets)}) is niet hoger dan de grens van ${f.euro(v.limit)}.`,
  'home-equity-above-exemption': (v: V, f: F) =>
    `In uw huis zit meer dan ${f.euro(v.exemption)} eigen geld (overwaarde). U kunt dan vaak toch bijstand krijgen, maar als lening met uw huis als onderpand.`,
  'below-aow-age': (v: V) =>
    `AIO is voor mensen met de AOW-leeftijd (${v.years} jaar${Number(v.months) ? ` en ${v.months} maanden` : ''}) of hun partner. Kijk bij algemene bijstand.`,
  'aio-split-between-partners': () => 'Bij een stel krijgt iedere partner de helft van de AIO-aanvulling.',
  'aow-counts-as-income': (v: V, f: F) =>
    `Uw AOW telt mee als inkomen. Van een klein pensioen telt ${f.euro(v.disregard)} per maand niet mee. Huurtoeslag en zorgtoeslag tellen niet mee.`,
  'aio-apply-now': () =>
    'Vraag AIO nu aan. U krijgt AIO niet met terugwerkende kracht: pas vanaf de dag dat u zich meldt bij de SVB.',
  'no-special-costs': () =>
    'U heeft geen extra kosten die u niet kunt betalen. Bijzondere bijstand is alleen voor zulke kosten.',
  'income-well-above-norm': (v: V, f: F) =>
    `Uw inkomen (${f.euro(v.income)} per maand) is hoger dan ${v.factor}% van de bijstandsnorm (${f.euro(v.limit)}). Veel gemeenten vinden dat u de kosten dan zelf kunt betalen, behalve als ze erg hoog zijn.`,
  'income-low-for-special-costs': (v: V, f: F) =>
    `Uw inkomen (${f.euro(v.income)} per maand) is niet veel hoger dan de bijstandsnorm (${f.euro(v.norm)}). Dan helpt de gemeente vaak met noodzakelijke extra kosten.`,
  'municipal-policy-decides': () =>
    'Iedere gemeente heeft eigen regels voor bijzondere bijstand. Uw gemeente beslist of en hoeveel u krijgt.',
  'special-costs-threshold': (v: V, f: F) =>
    `Zijn de kosten samen minder dan ${f.euro(v.threshold)} in 12 maanden? Dan mag de gemeente nee zeggen.`,
  'youth-supplement-capped': (v: V, f: F) =>
    `De verhoging voor jongeren van wie de ouders niet kunnen bijdragen is niet hoger dan wat iemand van 21 jaar in dezelfde situatie krijgt${Number(v.kostendelers) ? ` (met ${v.kostendelers} medebewoner(s) van 27 jaar of ouder is dat de kostendelersnorm)` : ''}: ${f.euro(v.cap)} per maand.`,
  'youth-parents-unanswered': (v: V, f: F) =>
    `U bent 18, 19 of 20 jaar. De jongerennorm van ${f.euro(v.norm)} per maand is zeker. Kunnen uw ouders u niet onderhouden? Dan verhoogt de gemeente de norm, tot ${f.euro(v.max)} per maand. Dat hangt af van uw ouders; dat weten wij nog niet.`,
  'institution-one-spouse': (v: V, f: F) =>
    `Woont maar één van u in de instelling? Dan telt de gemeente de normen op die ieder van u als alleenstaande zou hebben: tot ${f.euro(v.max)} per maand in plaats van ${f.euro(v.norm)}.`,
  'institution-under-21': () =>
    'U bent 18, 19 of 20 jaar en woont in een instelling (inrichting). Dan krijgt u geen algemene bijstand. Bijzondere bijstand kan wel.',
  'student-finance-27-plus': () =>
    'U bent 27 jaar of ouder en kunt studiefinanciering krijgen. De gemeente ziet studiefinanciering meestal als de regeling die voorgaat. Dan krijgt u vaak geen bijstand. De gemeente beslist.',
  'eu-citizen-residence-right': () =>
    'U komt uit een ander EU-land. In de eerste 3 maanden, of als u hier alleen werk zoekt, krijgt u geen bijstand. Daarna meestal wel, maar bijstand kan gevolgen hebben voor uw verblijfsrecht. Vraag dit na bij de gemeente of het Juridisch Loket.',
  'abroad-weeks-limit': (v: V) =>
    `Bent u dit kalenderjaar langer dan ${v.weeks} weken in het buitenland (of langer dan ${v.weeks} weken achter elkaar)? Dan heeft u over die tijd geen recht op bijstand.`,
  'abroad-over-limit': (v: V) =>
    `U bent dit jaar ${v.abroad} weken in het buitenland. Dat is langer dan ${v.weeks} weken. Over die tijd heeft u geen recht op bijstand.`,
  'aio-disregards-may-apply': (v: V, f: F) =>
    `Uw inkomen (${f.euro(v.income)} per maand) is iets hoger dan de norm (${f.euro(v.norm)}). Een deel van een klein pensioen en van wat u verdient met werk telt niet mee, samen tot ${f.euro(v.disregard)} per maand. Misschien komt u dan toch onder de norm.`,
  'aio-earnings-disregard': (v: V, f: F) =>
    `Werkt u met de AOW-leeftijd? Dan telt ${v.pct}% van wat u met werk verdient niet mee, tot ${f.euro(v.max)} per maand.`,
  'income-unknown-assumed': (v: V, f: F) =>
    `U wist uw inkomen niet. De bijstandsnorm voor uw situatie is ${f.euro(v.norm)} per maand, met vakantiegeld. De bijstand is de norm min uw inkomen; het bedrag hierboven geldt als u geen inkomen heeft.`,
  'holiday-pay-margin': (v: V, f: F) =>
    `Uw inkomen ligt dicht bij de norm. De norm telt vakantiegeld mee, maar uw nettoloon per maand meestal niet (vaak ${v.pct}% extra, bij u ongeveer ${f.euro(v.margin)} per maand). Met uw vakantiegeld erbij kan uw inkomen te hoog zijn. De gemeente rekent het uit.`,
  'income-above-norm-draagkracht': (v: V, f: F) =>
    `Uw inkomen (${f.euro(v.income)} per maand) is hoger dan de bijstandsnorm (${f.euro(v.norm)}). Dat is geen reden voor nee: de gemeente vraagt dan dat u een deel van het verschil (${f.euro(v.excess)} per maand) zelf aan de kosten betaalt (draagkracht).`,
  'assets-far-above-limit': (v: V, f: F) =>
    `Uw spaargeld en bezit (${f.euro(v.assets)}) is veel hoger dan de grens van ${f.euro(v.limit)} (meer dan ${f.euro(v.cutoff)}). Dan kunt u extra kosten meestal zelf betalen.`,
  'assets-draagkracht': (v: V, f: F) =>
    `Uw spaargeld en bezit (${f.euro(v.assets)}) is hoger dan de grens van ${f.euro(v.limit)}. Dat is geen reden voor nee: de gemeente vraagt dan dat u een deel zelf betaalt (draagkracht).`,
  'assets-unknown-assumed': (v: V, f: F) =>
    `U wist uw vermogen niet. Het mag niet hoger zijn dan ${f.euro(v.limit)}; het bedrag hierboven geldt als het lager is.`,
  'no-lawful-residence-toeslag': () =>
    'Voor toeslagen moet u de Nederlandse nationaliteit hebben of een geldige verblijfsvergunning.',
  'assets-above-toeslag-limit': (v: V, f: F) =>
    `Uw vermogen (${f.euro(v.assets)}) is hoger dan de grens van ${f.euro(v.limit)} voor deze toeslag.`,
  'assets-within-toeslag-limit': (v: V, f: F) =>
    `Uw vermogen (${f.euro(v.assets)}) is niet hoger dan de grens van ${f.euro(v.limit)}.`,
  'toeslag-repayment-risk': () =>
    'U krijgt een toeslag als voorschot. Verdient u meer dan u opgaf, dan moet u later terugbetalen. Geef uw inkomen daarom zo goed mogelijk op, en geef veranderingen binnen 4 weken door in Mijn toeslagen.',
  'under-18-toeslag': () => 'U bent jonger dan 18 jaar. Deze toeslag is voor mensen vanaf 18 jaar.',
  'no-dutch-health-insurance': () =>
    'Zorgtoeslag is alleen voor mensen met een Nederlandse zorgverzekering (basisverzekering).',
  'income-above-toeslag-limit': (v: V, f: F) =>
    `Uw inkomen (${f.euro(v.income)} per jaar) is te hoog. Onder ongeveer ${f.euro(v.limit)} per jaar zou u deze toeslag wel krijgen.`,
  'zorgtoeslag-calculated': (v: V, f: F) =>
    `Met een inkomen van ${f.euro(v.income)} per jaar is uw zorgtoeslag ${f.euro(v.yearly)} per jaar. U krijgt dat per maand.`,
  'self-employed-income-estimate': () =>
    'Als ondernemer weet u uw inkomen vaak pas achteraf. Schat het liever iets te hoog dan te laag.',
  'not-renting': () => 'Huurtoeslag is alleen voor mensen die een woning huren met een eigen huurcontract.',
  'not-self-contained': () =>
    'Huurtoeslag is meestal alleen voor een zelfstandige woning (eigen voordeur, keuken en wc). Er zijn uitzonderingen; vraag het na bij de Belastingtelefoon.',
  'rent-below-basishuur': (v: V, f: F) =>
    `Uw kale huur (${f.euro(v.rent)} per maand) is te laag. Alleen het deel boven de basishuur van ${f.euro(v.basishuur)} telt mee, en dat geeft minder dan € 24 per jaar.`,
  'huurtoeslag-calculated': (v: V, f: F) =>
    `Wij rekenden met uw kale huur van ${f.euro(v.rent)} per maand en ${v.persons} bewoner(s).`,
  'huurtoeslag-young-rent-limit': (v: V, f: F) =>
    `Iedereen in uw huis is jonger dan 21. Dan telt uw huur mee tot ${f.euro(v.cap)} per maand.`,
  'rent-above-max': (v: V, f: F) =>
    `Uw huur is hoger dan ${f.euro(v.max)}. U krijgt toch huurtoeslag, maar niet over het deel boven dat bedrag.`,
  'co-resident-income-counts': () =>
    'Er wonen andere volwassenen bij u. Hun inkomen (en hun vermogen) telt ook mee voor de huurtoeslag. Dat weten wij niet, dus het bedrag is hoogstens wat hier staat.',
  'no-child-under-18': () => 'Kindgebonden budget is voor ouders met een kind jonger dan 18 jaar.',
  'kindgebonden-budget-calculated': (v: V, f: F) =>
    `Uw kindgebonden budget is ${f.euro(v.yearly)} per jaar. U krijgt het per maand.`,
  'kgb-usually-automatic': () =>
    'Krijgt u kinderbijslag en al een andere toeslag? Dan krijgt u kindgebonden budget meestal vanzelf. Zo niet, vraag het dan zelf aan.',
  'huurtoeslag-not-main-residence': () =>
    'U woont niet in Nederland. Huurtoeslag is alleen voor een huurwoning in Nederland waar u zelf hoofdzakelijk woont en staat ingeschreven.',
  'under-18-huurtoeslag': () =>
    'U bent jonger dan 18 jaar. Huurtoeslag is voor volwassenen. Een minderjarige met een kind telt wel als volwassene, en ook een minderjarige van wie beide ouders zijn overleden.',
  'minor-with-child-counts-as-adult': () =>
    'U bent jonger dan 18, maar u heeft een kind. Voor de toeslagen telt u dan als volwassene.',
  'huurtoeslag-calculated-rent-assumed': (v: V, f: F) =>
    `U weet uw huur niet. Het hoogste bedrag geldt bij een kale huur van ${f.euro(v.max)} per maand of meer; bij een lagere huur krijgt u minder. Wij rekenden met ${v.persons} bewoner(s).`,
  'adult-child-income-counts': (v: V) =>
    `Bij u woont een kind van ${v.age} jaar of ouder. Het inkomen van dat kind telt helemaal mee voor de huurtoeslag. Dat weten wij niet, dus het bedrag is hoogstens wat hier staat.`,
  'young-adult-child-income-counts': (v: V, f: F) =>
    `Bij u woont een kind van 18 tot ${v.age} jaar. Verdient het meer dan ${f.euro(v.exemption)} per jaar, dan telt het deel daarboven mee voor de huurtoeslag. Dan is het bedrag lager dan wat hier staat.`,
  'co-residents-unknown-huurtoeslag': () =>
    'U weet niet hoeveel volwassenen bij u wonen. Wij gingen uit van niemand. Wonen er anderen, dan telt hun inkomen mee en is het bedrag lager.',
  'assets-unknown-toeslag': (v: V, f: F) =>
    `U weet uw vermogen niet. Wij gingen ervan uit dat het niet hoger is dan de grens van ${f.euro(v.limit)}. Is het hoger, dan krijgt u deze toeslag niet.`,
  'zorgtoeslag-calculated-income-assumed': (v: V, f: F) =>
    `U weet uw inkomen niet. Bij een laag inkomen is uw zorgtoeslag ${f.euro(v.yearly)} per jaar; hoe hoger uw inkomen, hoe minder u krijgt.`,
  'kindgebonden-budget-calculated-income-assumed': (v: V, f: F) =>
    `U weet uw inkomen niet. Bij een laag inkomen is uw kindgebonden budget ${f.euro(v.yearly)} per jaar; boven ${f.euro(v.drempel)} per jaar wordt het lager.`,
  'kgb-kinderbijslag-decides': () =>
    'Alleen de ouder die de kinderbijslag krijgt, krijgt het kindgebonden budget. Krijgt de andere ouder de kinderbijslag (bijvoorbeeld bij co-ouderschap), dan krijgt u het niet.',
  'kgb-no-kinderbijslag': () =>
    'U en uw toeslagpartner krijgen geen kinderbijslag voor deze kinderen. Kindgebonden budget krijgt alleen de ouder die de kinderbijslag krijgt.',
  'kgb-kinderbijslag-unknown': () =>
    'U weet niet wie de kinderbijslag krijgt. Dat beslist het: alleen de ouder die de kinderbijslag krijgt, krijgt het kindgebonden budget. U ziet het in Mijn SVB.',
  'kgb-lives-abroad': () =>
    'U woont niet in Nederland. Dan krijgt u kinderbijslag, en dus kindgebonden budget, alleen als u verzekerd bent voor de kinderbijslag, meestal omdat u (of uw partner) in Nederland werkt. Woont u in een ander EU-land, dan regelen Europese regels welk land eerst betaalt; soms krijgt u alleen een aanvulling. De SVB beslist over de kinderbijslag.',
  'zorgtoeslag-minor-not-insured': () =>
    'U bent jonger dan 18 jaar. Zorgtoeslag is voor verzekerden vanaf de maand nadat zij 18 worden; tot 18 betaalt u geen premie. Dat geldt ook als u een kind heeft.',
  'no-childcare': () => 'U gebruikt geen kinderopvang. Kinderopvangtoeslag is alleen voor kinderopvang.',
  'applicant-not-working': () =>
    'Voor kinderopvangtoeslag moet u werken, studeren of een traject volgen (bijvoorbeeld inburgering of re-integratie).',
  'partner-not-working': () =>
    'Voor kinderopvangtoeslag moeten u én uw partner allebei werken, studeren of een traject volgen.',
  'childcare-costs-too-low': () => 'De toeslag voor uw opvang zou lager zijn dan € 24 per jaar.',
  'kinderopvangtoeslag-calculated': (v: V) =>
    `Wij rekenden met de opvang voor ${v.children} kind(eren), tot de maximale uurprijs en 230 uur per maand.`,
  'kot-first-child-tie': (v: V, f: F) =>
    `Twee kinderen hebben evenveel opvanguren. Dan is niet zeker welk kind als eerste telt. Het bedrag is ${f.euro(v.low)} of ${f.euro(v.high)} per maand; wij tonen het laagste.`,
  'kot-hours-capped': (v: V) => `U krijgt toeslag voor ten hoogste ${v.max} uur per kind per maand.`,
  'kot-registered-childcare': () =>
    'De opvang moet in het Landelijk Register Kinderopvang staan. U heeft het LRK-nummer nodig voor uw aanvraag.',
  'dont-know-range': (v: V, f: F) =>
    `U wist niet alles (${String(v.fields)
      .split(', ')
      .filter(Boolean)
      .map((path) => f.field(path))
      .join(', ')}). Daarom geven wij een bandbreedte: misschien heeft u recht, misschien niet.`,
  'parameters-stale': (v: V) =>
    `Voor ${v.peildatum} zijn nog niet alle nieuwe bedragen bekend. Voor een deel rekenden wij met de laatst bekende bedragen (tot en met ${v.knownUntil}), met een marge van ${v.margin}% per jaar voor de gewone jaarlijkse verhoging.`,
  'parameters-indexation-margin': (v: V) =>
    `U zit dicht bij een grens. Die grens is voor ${v.peildatum} nog niet bekend: wij gebruikten die van vorig jaar (tot en met ${v.knownUntil}). Met de gewone jaarlijkse verhoging (tot ${v.margin}%) kan de uitkomst anders zijn. Daarom: misschien.`,
} satisfies Record<string, (v: V, f: F) => string>;

export type ReasonCode = keyof typeof reasonsNl;

export const fieldsNl: Record<string, string> = {
  age: 'leeftijd',
  partner: 'partner',
  partnerAge: 'leeftijd partner',
  children: 'kinderen',
  coResidents27Plus: 'medebewoners van 27 jaar of ouder',
  housing: 'woonsituatie',
  rent: 'kale huur',
  selfContainedHome: 'zelfstandige woning',
  homeEquity: 'overwaarde van uw huis',
  netIncomeMonthly: 'netto inkomen per maand',
  grossIncomeYearly: 'bruto jaarinkomen (toetsingsinkomen)',
  assets: 'vermogen',
  residence: 'nationaliteit of verblijfsvergunning',
  livesInNetherlands: 'wonen in Nederland',
  healthInsuranceNL: 'zorgverzekering',
  studentFinance: 'studiefinanciering',
  selfEmployed: 'zelfstandig ondernemer',
  partnerSelfEmployed: 'partner zelfstandig ondernemer',
  'working.applicant': 'werk',
  'working.partner': 'werk partner',
  childcare: 'kinderopvang',
  specialCosts: 'extra kosten',
  parentsCannotSupport: 'steun van uw ouders',
  receivesKinderbijslag: 'kinderbijslag',
};

export const applyNl = {
  'algemene-bijstand': 'Aanvragen bij uw gemeente (vaak via werk.nl)',
  aio: 'Aanvragen bij de SVB',
  'bijzondere-bijstand': 'Aanvragen bij uw gemeente',
  zorgtoeslag: 'Aanvragen bij Dienst Toeslagen (Mijn toeslagen)',
  huurtoeslag: 'Aanvragen bij Dienst Toeslagen (Mijn toeslagen)',
  'kindgebonden-budget': 'Meestal vanzelf; anders aanvragen bij Dienst Toeslagen',
  kinderopvangtoeslag: 'Aanvragen bij Dienst Toeslagen, binnen 3 maanden na de start van de opvang',
};

export const thresholdNl: ThresholdWords = {
  per: { month: ' per maand', year: ' per jaar', stock: '' },
  under: (amount, per, limit, field) => `${amount}${per} onder de grens van ${limit} (${field})`,
  over: (amount, per, limit, field) => `${amount}${per} boven de grens van ${limit} (${field})`,
};
