import type { applyNl, reasonsNl } from './reasons.nl';
import type { Format, ReasonValues, ThresholdWords } from './types';

type V = ReasonValues;
type F = Format;

/**
 * Reason texts in Polish, translated from reasons.nl.ts on 2026-12-06. Dutch is the authoritative
 * text; a native speaker should review this. Plain B1 sentences in the informal "ty" (as gov.pl
 * writes), Dutch legal names kept with a short gloss (docs/glossary/pl.md), every placeholder as in
 * Dutch; amounts come formatted from f.euro. Every Dutch code must have one (checked by the type).
 */
export const reasonsPl: Record<keyof typeof reasonsNl, (v: V, f: F) => string> = {
  'under-18': () => 'Masz mniej niż 18 lat. Nie możesz jeszcze dostać bijstand (zasiłku socjalnego z gminy).',
  'no-lawful-residence': () =>
    'Bez ważnego zezwolenia na pobyt nie możesz dostać bijstand (zasiłku socjalnego z gminy). Poproś o pomoc sociaal raadslid (doradcę socjalnego) albo Juridisch Loket (bezpłatną poradę prawną).',
  'lives-abroad': () =>
    'Nie mieszkasz w Holandii. Bijstand (zasiłek socjalny z gminy) jest tylko dla osób, które mieszkają w Holandii.',
  'income-not-below-norm': (v: V, f: F) =>
    `Twój dochód (${f.euro(v.income)} miesięcznie) nie jest niższy niż bijstandsnorm (kwota zasiłku dla twojej sytuacji: ${f.euro(v.norm)} miesięcznie).`,
  'income-below-norm': (v: V, f: F) =>
    `Twój dochód (${f.euro(v.income)} miesięcznie) jest niższy niż bijstandsnorm (kwota zasiłku dla twojej sytuacji: ${f.euro(v.norm)} miesięcznie, z dodatkiem urlopowym). Bijstand (zasiłek socjalny z gminy) dopłaca różnicę.`,
  'aow-age-see-aio': () =>
    'Masz wiek emerytalny AOW. Wtedy nie dostajesz algemene bijstand (zasiłku socjalnego) z gminy, ale może dostaniesz AIO (dopłatę do emerytury AOW) z SVB.',
  'partner-aow-age-see-aio': () =>
    'Twój partner ma wiek emerytalny AOW. Wtedy razem składacie wniosek o AIO (dopłatę do emerytury AOW) w SVB, a nie o bijstand w gminie.',
  'aow-age-uncertain': () =>
    'Twój wiek jest dokładnie w okolicy wieku emerytalnego AOW. To, czy idziesz do gminy, czy do SVB, zależy od twojej daty urodzenia.',
  'student-finance-under-27': () =>
    'Masz mniej niż 27 lat i możesz dostać studiefinanciering (finansowanie studiów). Wtedy nie masz prawa do bijstand (zasiłku socjalnego z gminy).',
  'self-employed-bbz': () =>
    'Prowadzisz własną firmę. Dla przedsiębiorców gmina ma osobne świadczenie (Bbz). Gmina sprawdza, czy twoja firma ma szansę się utrzymać.',
  'partner-self-employed-bbz': () =>
    'Twój partner prowadzi własną firmę. Dla pary z własną firmą gmina sprawdza dochód z tej firmy i osobne świadczenie dla przedsiębiorców (Bbz).',
  'homeless-briefadres': () =>
    'Nie masz stałego miejsca zamieszkania. Mimo to możesz dostać bijstand (zasiłek socjalny z gminy), z briefadres (adresem do korespondencji). Gmina może jednak przyjąć niższą kwotę, jeśli nie masz kosztów mieszkania.',
  'institution-norm': () =>
    'Mieszkasz w placówce (instelling). Tam obowiązują inne, niższe kwoty. Gmina sprawdza twoją sytuację.',
  'kostendelersnorm-applied': (v: V) =>
    `Z tobą mieszkają inni dorośli w wieku 27 lat lub starsi (liczba: ${v.kostendelers}). Dzielicie wtedy koszty. Dlatego twoja kwota jest niższa (kostendelersnorm, kwota dla osób dzielących koszty).`,
  'income-not-counted': (v: V, f: F) =>
    `Toeslagen (dodatki), kinderbijslag (zasiłek na dziecko) i darowizny do ${f.euro(v.gifts)} rocznie nie liczą się jako dochód.`,
  'earnings-exemption': (v: V, f: F) =>
    `Zaczynasz pracować (więcej), gdy dostajesz bijstand (zasiłek socjalny z gminy)? Wtedy możesz zatrzymać część: 25% tego, co zarabiasz, do ${f.euro(v.max)} miesięcznie, przez pół roku. Tego nie ma w kwocie powyżej.`,
  'under-27-rules': () =>
    'Masz mniej niż 27 lat. Wtedy po zgłoszeniu najpierw przez 4 tygodnie samodzielnie szukasz pracy lub szkoły, zanim złożysz wniosek.',
  'assets-above-limit': (v: V, f: F) =>
    `Twoje oszczędności i majątek (${f.euro(v.assets)}) są wyższe niż granica ${f.euro(v.limit)}. Najpierw wykorzystujesz te pieniądze.`,
  'assets-within-limit': (v: V, f: F) =>
    `Twoje oszczędności i majątek (${f.euro(v.assets)}) nie są wyższe niż granica ${f.euro(v.limit)}.`,
  'home-equity-above-exemption': (v: V, f: F) =>
    `W twoim domu jest więcej niż ${f.euro(v.exemption)} własnych pieniędzy (overwaarde, wartość ponad kredyt hipoteczny). Wtedy często i tak możesz dostać bijstand (zasiłek socjalny z gminy), ale jako pożyczkę z zabezpieczeniem na twoim domu.`,
  'below-aow-age': (v: V) =>
    `AIO (dopłata do emerytury AOW) jest dla osób w wieku emerytalnym AOW (${v.years} lat${Number(v.months) ? ` i ${v.months} mies.` : ''}) lub ich partnerów. Sprawdź algemene bijstand (zasiłek socjalny z gminy).`,
  'aio-split-between-partners': () => 'W parze każdy partner dostaje połowę AIO (dopłaty do emerytury AOW).',
  'aow-counts-as-income': (v: V, f: F) =>
    `Twoja AOW (emerytura państwowa) liczy się jako dochód. Z małej emerytury dodatkowej ${f.euro(v.disregard)} miesięcznie się nie liczy. Huurtoeslag i zorgtoeslag (dodatki do czynszu i do ubezpieczenia zdrowotnego) się nie liczą.`,
  'aio-apply-now': () =>
    'Złóż wniosek o AIO (dopłatę do emerytury AOW) teraz. AIO nie dostajesz za czas wstecz: dopiero od dnia, w którym zgłosisz się do SVB.',
  'no-special-costs': () =>
    'Nie masz dodatkowych kosztów, których nie możesz zapłacić. Bijzondere bijstand (pomoc gminy na dodatkowe koszty) jest tylko na takie koszty.',
  'income-well-above-norm': (v: V, f: F) =>
    `Twój dochód (${f.euro(v.income)} miesięcznie) jest wyższy niż ${v.factor}% bijstandsnorm (kwoty zasiłku: ${f.euro(v.limit)}). Wiele gmin uważa, że wtedy możesz zapłacić koszty samodzielnie, chyba że są bardzo wysokie.`,
  'income-low-for-special-costs': (v: V, f: F) =>
    `Twój dochód (${f.euro(v.income)} miesięcznie) nie jest dużo wyższy niż bijstandsnorm (kwota zasiłku: ${f.euro(v.norm)}). Wtedy gmina często pomaga w koniecznych dodatkowych kosztach.`,
  'municipal-policy-decides': () =>
    'Każda gmina ma własne zasady bijzondere bijstand (pomocy na dodatkowe koszty). Twoja gmina decyduje, czy i ile dostaniesz.',
  'special-costs-threshold': (v: V, f: F) =>
    `Koszty razem są niższe niż ${f.euro(v.threshold)} w ciągu 12 miesięcy? Wtedy gmina może odmówić.`,
  'youth-supplement-capped': (v: V, f: F) =>
    `Podwyżka dla młodych osób, których rodzice nie mogą się dokładać, nie jest wyższa niż to, co dostaje osoba w wieku 21 lat w tej samej sytuacji${Number(v.kostendelers) ? ` (ze współlokatorami w wieku 27 lat lub starszymi, liczba: ${v.kostendelers}, to kostendelersnorm, kwota dla osób dzielących koszty)` : ''}: ${f.euro(v.cap)} miesięcznie.`,
  'youth-parents-unanswered': (v: V, f: F) =>
    `Masz 18, 19 lub 20 lat. Jongerennorm (kwota dla młodych) ${f.euro(v.norm)} miesięcznie jest pewna. Twoi rodzice nie mogą cię utrzymywać? Wtedy gmina podwyższa kwotę, do ${f.euro(v.max)} miesięcznie. To zależy od twoich rodziców; tego jeszcze nie wiemy.`,
  'institution-one-spouse': (v: V, f: F) =>
    `W placówce mieszka tylko jedno z was? Wtedy gmina dodaje do siebie kwoty, które każde z was miałoby jako osoba samotna: do ${f.euro(v.max)} miesięcznie zamiast ${f.euro(v.norm)}.`,
  'institution-under-21': () =>
    'Masz 18, 19 lub 20 lat i mieszkasz w placówce (instelling). Wtedy nie dostajesz algemene bijstand (zasiłku socjalnego z gminy). Bijzondere bijstand (pomoc na dodatkowe koszty) jest możliwa.',
  'student-finance-27-plus': () =>
    'Masz 27 lat lub więcej i możesz dostać studiefinanciering (finansowanie studiów). Gmina zwykle uważa, że studiefinanciering ma pierwszeństwo. Wtedy często nie dostajesz bijstand (zasiłku socjalnego z gminy). Decyduje gmina.',
  'eu-citizen-residence-right': () =>
    'Pochodzisz z innego kraju UE. W pierwszych 3 miesiącach albo jeśli szukasz tu tylko pracy, nie dostajesz bijstand (zasiłku socjalnego z gminy). Potem zwykle tak, ale bijstand może mieć wpływ na twoje prawo pobytu. Zapytaj o to w gminie albo w Juridisch Loket (bezpłatnej poradzie prawnej).',
  'abroad-weeks-limit': (v: V) =>
    `Jesteś w tym roku kalendarzowym za granicą dłużej niż ${v.weeks} tyg. (albo dłużej niż ${v.weeks} tyg. bez przerwy)? Wtedy za ten czas nie masz prawa do bijstand (zasiłku socjalnego z gminy).`,
  'abroad-over-limit': (v: V) =>
    `W tym roku jesteś za granicą ${v.abroad} tyg. To dłużej niż ${v.weeks} tyg. Za ten czas nie masz prawa do bijstand (zasiłku socjalnego z gminy).`,
  'aio-disregards-may-apply': (v: V, f: F) =>
    `Twój dochód (${f.euro(v.income)} miesięcznie) jest trochę wyższy niż kwota (${f.euro(v.norm)}). Część małej emerytury dodatkowej i część zarobków z pracy się nie liczy, razem do ${f.euro(v.disregard)} miesięcznie. Może wtedy i tak jesteś poniżej kwoty.`,
  'aio-earnings-disregard': (v: V, f: F) =>
    `Pracujesz w wieku emerytalnym AOW? Wtedy ${v.pct}% tego, co zarabiasz pracą, się nie liczy, do ${f.euro(v.max)} miesięcznie.`,
  'income-unknown-assumed': (v: V, f: F) =>
    `Nie znasz swojego dochodu. Bijstandsnorm (kwota zasiłku) dla twojej sytuacji to ${f.euro(v.norm)} miesięcznie, z dodatkiem urlopowym. Bijstand (zasiłek socjalny z gminy) to ta kwota minus twój dochód; kwota powyżej obowiązuje, jeśli nie masz dochodu.`,
  'holiday-pay-margin': (v: V, f: F) =>
    `Twój dochód jest blisko kwoty zasiłku (bijstandsnorm). Ta kwota obejmuje dodatek urlopowy (vakantiegeld), ale twoja miesięczna pensja netto zwykle nie (często ${v.pct}% więcej, u ciebie około ${f.euro(v.margin)} miesięcznie). Z dodatkiem urlopowym twój dochód może być za wysoki. Gmina to obliczy.`,
  'income-above-norm-draagkracht': (v: V, f: F) =>
    `Twój dochód (${f.euro(v.income)} miesięcznie) jest wyższy niż bijstandsnorm (kwota zasiłku: ${f.euro(v.norm)}). To nie jest powód do odmowy: gmina prosi wtedy o własny wkład w koszty (draagkracht): część różnicy (${f.euro(v.excess)} miesięcznie).`,
  'assets-far-above-limit': (v: V, f: F) =>
    `Twoje oszczędności i majątek (${f.euro(v.assets)}) są dużo wyższe niż granica ${f.euro(v.limit)} (więcej niż ${f.euro(v.cutoff)}). Wtedy zwykle możesz samodzielnie zapłacić dodatkowe koszty.`,
  'assets-draagkracht': (v: V, f: F) =>
    `Twoje oszczędności i majątek (${f.euro(v.assets)}) są wyższe niż granica ${f.euro(v.limit)}. To nie jest powód do odmowy: gmina prosi wtedy o własny wkład w koszty (draagkracht).`,
  'assets-unknown-assumed': (v: V, f: F) =>
    `Nie znasz swojego vermogen (majątku). Nie może być wyższy niż ${f.euro(v.limit)}; kwota powyżej obowiązuje, jeśli jest niższy.`,
  'no-lawful-residence-toeslag': () =>
    'Żeby dostać toeslagen (dodatki), musisz mieć obywatelstwo holenderskie albo ważne zezwolenie na pobyt.',
  'assets-above-toeslag-limit': (v: V, f: F) =>
    `Twój vermogen (majątek: ${f.euro(v.assets)}) jest wyższy niż granica ${f.euro(v.limit)} dla tego dodatku.`,
  'assets-within-toeslag-limit': (v: V, f: F) =>
    `Twój vermogen (majątek: ${f.euro(v.assets)}) nie jest wyższy niż granica ${f.euro(v.limit)}.`,
  'toeslag-repayment-risk': () =>
    'Toeslag (dodatek) dostajesz jako zaliczkę. Jeśli zarabiasz więcej, niż podajesz, później musisz oddać pieniądze. Dlatego podaj swój dochód jak najdokładniej, a zmiany zgłaszaj w ciągu 4 tygodni w Mijn toeslagen.',
  'under-18-toeslag': () => 'Masz mniej niż 18 lat. Ten dodatek jest dla osób od 18 lat.',
  'no-dutch-health-insurance': () =>
    'Zorgtoeslag (dodatek do ubezpieczenia zdrowotnego) jest tylko dla osób z holenderskim ubezpieczeniem zdrowotnym (basisverzekering).',
  'income-above-toeslag-limit': (v: V, f: F) =>
    `Twój dochód (${f.euro(v.income)} rocznie) jest za wysoki. Przy dochodzie poniżej około ${f.euro(v.limit)} rocznie ten dodatek by ci przysługiwał.`,
  'zorgtoeslag-calculated': (v: V, f: F) =>
    `Przy dochodzie ${f.euro(v.income)} rocznie twój zorgtoeslag (dodatek do ubezpieczenia zdrowotnego) to ${f.euro(v.yearly)} rocznie. Dostajesz go co miesiąc.`,
  'self-employed-income-estimate': () =>
    'Jako przedsiębiorca często znasz swój dochód dopiero po czasie. Lepiej podaj trochę za dużo niż za mało.',
  'not-renting': () =>
    'Huurtoeslag (dodatek do czynszu) jest tylko dla osób, które wynajmują mieszkanie z własną umową najmu.',
  'not-self-contained': () =>
    'Huurtoeslag (dodatek do czynszu) jest zwykle tylko na samodzielne mieszkanie (własne drzwi wejściowe, kuchnia i toaleta). Są wyjątki; zapytaj w BelastingTelefoon.',
  'rent-below-basishuur': (v: V, f: F) =>
    `Twoja kale huur (czynsz bez opłat dodatkowych: ${f.euro(v.rent)} miesięcznie) jest za niska. Liczy się tylko część powyżej basishuur (czynszu podstawowego) ${f.euro(v.basishuur)}, a to daje mniej niż 24 € rocznie.`,
  'huurtoeslag-calculated': (v: V, f: F) =>
    `Liczyliśmy z twoją kale huur (czynszem bez opłat dodatkowych) ${f.euro(v.rent)} miesięcznie i liczbą mieszkańców: ${v.persons}.`,
  'huurtoeslag-young-rent-limit': (v: V, f: F) =>
    `Wszyscy w twoim domu mają mniej niż 21 lat. Wtedy twój czynsz liczy się do ${f.euro(v.cap)} miesięcznie.`,
  'rent-above-max': (v: V, f: F) =>
    `Twój czynsz jest wyższy niż ${f.euro(v.max)}. I tak dostajesz huurtoeslag (dodatek do czynszu), ale nie od części powyżej tej kwoty.`,
  'co-resident-income-counts': () =>
    'Z tobą mieszkają inni dorośli. Ich dochód (i ich majątek) też liczy się do huurtoeslag (dodatku do czynszu). Tego nie wiemy, więc kwota jest najwyżej taka, jak tutaj.',
  'no-child-under-18': () =>
    'Kindgebonden budget (dodatek na dzieci) jest dla rodziców z dzieckiem poniżej 18 lat.',
  'kindgebonden-budget-calculated': (v: V, f: F) =>
    `Twój kindgebonden budget (dodatek na dzieci) to ${f.euro(v.yearly)} rocznie. Dostajesz go co miesiąc.`,
  'kgb-usually-automatic': () =>
    'Dostajesz kinderbijslag (zasiłek na dziecko) i już inny dodatek? Wtedy kindgebonden budget (dodatek na dzieci) zwykle dostajesz automatycznie. Jeśli nie, złóż wniosek samodzielnie.',
  'huurtoeslag-not-main-residence': () =>
    'Nie mieszkasz w Holandii. Huurtoeslag (dodatek do czynszu) jest tylko na wynajmowane mieszkanie w Holandii, w którym głównie mieszkasz i masz meldunek.',
  'under-18-huurtoeslag': () =>
    'Masz mniej niż 18 lat. Huurtoeslag (dodatek do czynszu) jest dla dorosłych. Osoba niepełnoletnia z dzieckiem liczy się jednak jako dorosła, tak samo jak osoba niepełnoletnia, której oboje rodzice nie żyją.',
  'minor-with-child-counts-as-adult': () =>
    'Masz mniej niż 18 lat, ale masz dziecko. Dla toeslagen (dodatków) liczysz się wtedy jako osoba dorosła.',
  'huurtoeslag-calculated-rent-assumed': (v: V, f: F) =>
    `Nie znasz swojego czynszu. Najwyższa kwota obowiązuje przy kale huur (czynszu bez opłat dodatkowych) ${f.euro(v.max)} miesięcznie lub więcej; przy niższym czynszu dostajesz mniej. Liczyliśmy z liczbą mieszkańców: ${v.persons}.`,
  'adult-child-income-counts': (v: V) =>
    `Z tobą mieszka dziecko w wieku od ${v.age} lat wzwyż. Dochód tego dziecka liczy się w całości do huurtoeslag (dodatku do czynszu). Tego nie wiemy, więc kwota jest najwyżej taka, jak tutaj.`,
  'young-adult-child-income-counts': (v: V, f: F) =>
    `Z tobą mieszka dziecko w wieku od 18 do ${v.age} lat. Jeśli zarabia więcej niż ${f.euro(v.exemption)} rocznie, część powyżej tej kwoty liczy się do huurtoeslag (dodatku do czynszu). Wtedy kwota jest niższa niż tutaj.`,
  'co-residents-unknown-huurtoeslag': () =>
    'Nie wiesz, ilu dorosłych z tobą mieszka. Przyjęliśmy, że nikt. Jeśli mieszkają inni, ich dochód się liczy i kwota jest niższa.',
  'assets-unknown-toeslag': (v: V, f: F) =>
    `Nie znasz swojego vermogen (majątku). Przyjęliśmy, że nie jest wyższy niż granica ${f.euro(v.limit)}. Jeśli jest wyższy, nie dostaniesz tego dodatku.`,
  'zorgtoeslag-calculated-income-assumed': (v: V, f: F) =>
    `Nie znasz swojego dochodu. Przy niskim dochodzie twój zorgtoeslag (dodatek do ubezpieczenia zdrowotnego) to ${f.euro(v.yearly)} rocznie; im wyższy dochód, tym mniej dostajesz.`,
  'kindgebonden-budget-calculated-income-assumed': (v: V, f: F) =>
    `Nie znasz swojego dochodu. Przy niskim dochodzie twój kindgebonden budget (dodatek na dzieci) to ${f.euro(v.yearly)} rocznie; powyżej ${f.euro(v.drempel)} rocznie jest niższy.`,
  'kgb-kinderbijslag-decides': () =>
    'Kindgebonden budget (dodatek na dzieci) dostaje tylko rodzic, który dostaje kinderbijslag (zasiłek na dziecko). Jeśli kinderbijslag dostaje drugi rodzic (na przykład przy opiece naprzemiennej, co-ouderschap), ty go nie dostajesz.',
  'kgb-no-kinderbijslag': () =>
    'Ty i twój toeslagpartner (partner w sprawie dodatków) nie dostajecie kinderbijslag (zasiłku na dziecko) na te dzieci. Kindgebonden budget (dodatek na dzieci) dostaje tylko rodzic, który dostaje kinderbijslag.',
  'kgb-kinderbijslag-unknown': () =>
    'Nie wiesz, kto dostaje kinderbijslag (zasiłek na dziecko). To decyduje: kindgebonden budget (dodatek na dzieci) dostaje tylko rodzic, który dostaje kinderbijslag. Zobaczysz to w Mijn SVB.',
  'kgb-lives-abroad': () =>
    'Nie mieszkasz w Holandii. Wtedy kinderbijslag (zasiłek na dziecko), a więc i kindgebonden budget (dodatek na dzieci), dostajesz tylko wtedy, gdy masz ubezpieczenie na kinderbijslag, zwykle dlatego, że ty (lub twój partner) pracujesz w Holandii. Jeśli mieszkasz w innym kraju UE, przepisy europejskie mówią, który kraj płaci pierwszy; czasem dostajesz tylko dopłatę. O kinderbijslag decyduje SVB.',
  'zorgtoeslag-minor-not-insured': () =>
    'Masz mniej niż 18 lat. Zorgtoeslag (dodatek do ubezpieczenia zdrowotnego) jest dla ubezpieczonych od miesiąca po 18. urodzinach; do 18 lat nie płacisz składki. Tak jest też wtedy, gdy masz dziecko.',
  'no-childcare': () =>
    'Nie korzystasz z opieki nad dziećmi (kinderopvang). Kinderopvangtoeslag (dodatek na opiekę nad dziećmi) jest tylko na opiekę nad dziećmi.',
  'applicant-not-working': () =>
    'Żeby dostać kinderopvangtoeslag (dodatek na opiekę nad dziećmi), musisz pracować, uczyć się albo brać udział w programie (na przykład inburgering, kurs integracyjny, lub re-integratie, powrót do pracy).',
  'partner-not-working': () =>
    'Żeby dostać kinderopvangtoeslag (dodatek na opiekę nad dziećmi), ty i twój partner musicie oboje pracować, uczyć się albo brać udział w programie.',
  'childcare-costs-too-low': () => 'Dodatek na twoją opiekę nad dziećmi byłby niższy niż 24 € rocznie.',
  'kinderopvangtoeslag-calculated': (v: V) =>
    `Liczyliśmy z opieką dla dzieci (liczba: ${v.children}), do najwyższej ceny za godzinę i 230 godzin miesięcznie.`,
  'kot-first-child-tie': (v: V, f: F) =>
    `Dwoje dzieci ma tyle samo godzin opieki. Wtedy nie wiadomo na pewno, które dziecko liczy się jako pierwsze. Kwota to ${f.euro(v.low)} albo ${f.euro(v.high)} miesięcznie; pokazujemy niższą.`,
  'kot-hours-capped': (v: V) => `Dodatek dostajesz najwyżej za ${v.max} godz. na dziecko miesięcznie.`,
  'kot-registered-childcare': () =>
    'Placówka opieki musi być wpisana do Landelijk Register Kinderopvang (krajowego rejestru opieki nad dziećmi). Do wniosku potrzebujesz numeru LRK.',
  'dont-know-range': (v: V, f: F) =>
    `Nie wszystko wiesz (${String(v.fields)
      .split(', ')
      .filter(Boolean)
      .map((path) => f.field(path))
      .join(', ')}). Dlatego podajemy przedział: może masz prawo, a może nie.`,
  'parameters-stale': (v: V) =>
    `Na dzień ${v.peildatum} nie wszystkie nowe kwoty są jeszcze znane. Częściowo liczyliśmy z ostatnimi znanymi kwotami (do ${v.knownUntil} włącznie), z zapasem ${v.margin}% rocznie na zwykłą coroczną podwyżkę.`,
  'parameters-indexation-margin': (v: V) =>
    `Jesteś blisko granicy. Ta granica na dzień ${v.peildatum} nie jest jeszcze znana: użyliśmy granicy z zeszłego roku (do ${v.knownUntil} włącznie). Ze zwykłą coroczną podwyżką (do ${v.margin}%) wynik może być inny. Dlatego: może.`,
};

/** Answer fields, as named in "we do not know: …" and the threshold line. */
export const fieldsPl: Record<string, string> = {
  age: 'wiek',
  partner: 'partner',
  partnerAge: 'wiek partnera',
  children: 'dzieci',
  coResidents27Plus: 'współlokatorzy w wieku 27 lat lub starsi',
  housing: 'sytuacja mieszkaniowa',
  rent: 'kale huur (czynsz bez opłat dodatkowych)',
  selfContainedHome: 'samodzielne mieszkanie',
  homeEquity: 'overwaarde (wartość domu ponad kredyt hipoteczny)',
  netIncomeMonthly: 'dochód netto miesięcznie',
  grossIncomeYearly: 'dochód brutto za rok (toetsingsinkomen)',
  assets: 'vermogen (majątek)',
  residence: 'obywatelstwo lub zezwolenie na pobyt',
  livesInNetherlands: 'mieszkanie w Holandii',
  healthInsuranceNL: 'ubezpieczenie zdrowotne',
  studentFinance: 'studiefinanciering (finansowanie studiów)',
  selfEmployed: 'własna firma',
  partnerSelfEmployed: 'własna firma partnera',
  'working.applicant': 'praca',
  'working.partner': 'praca partnera',
  childcare: 'kinderopvang (opieka nad dziećmi)',
  specialCosts: 'dodatkowe koszty',
  parentsCannotSupport: 'wsparcie od rodziców',
  receivesKinderbijslag: 'kinderbijslag (zasiłek na dziecko)',
};

export const applyPl: Record<keyof typeof applyNl, string> = {
  'algemene-bijstand': 'Wniosek w twojej gminie (gemeente), często przez werk.nl',
  aio: 'Wniosek w SVB',
  'bijzondere-bijstand': 'Wniosek w twojej gminie (gemeente)',
  zorgtoeslag: 'Wniosek w Dienst Toeslagen (urzędzie od dodatków), przez Mijn toeslagen',
  huurtoeslag: 'Wniosek w Dienst Toeslagen (urzędzie od dodatków), przez Mijn toeslagen',
  'kindgebonden-budget': 'Zwykle automatycznie; w innym razie wniosek w Dienst Toeslagen',
  kinderopvangtoeslag: 'Wniosek w Dienst Toeslagen, w ciągu 3 miesięcy od początku opieki',
};

export const thresholdPl: ThresholdWords = {
  per: { month: ' miesięcznie', year: ' rocznie', stock: '' },
  under: (amount, per, limit, field) => `${amount}${per} poniżej granicy ${limit} (${field})`,
  over: (amount, per, limit, field) => `${amount}${per} powyżej granicy ${limit} (${field})`,
};
