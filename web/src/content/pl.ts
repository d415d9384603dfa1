import { SRC } from './sources';
import type { Content, Fact, NextSteps } from './types';

/**
 * Polish copy (polski), translated from nl.ts on 2026-12-06. Dutch is the authoritative text; a
 * native speaker should review this before it goes live. Plain B1 sentences in the informal "ty"
 * (as gov.pl writes to citizens), with no gendered past-tense forms about the reader. Dutch legal
 * names stay in Dutch, glossed the first time in a text, so people can say them at the counter
 * (docs/glossary/pl.md).
 */

const toeslagApply: Fact[] = [
  {
    text: 'O dodatek wnioskujesz przez Mijn toeslagen (strona do wniosków o dodatki) na stronie Belastingdienst (urząd skarbowy).',
    source: SRC.bdAanvragen,
  },
  {
    text: 'Potrzebujesz do tego DigiD (cyfrowy login do urzędów) i swojego numeru BSN (osobisty numer obywatelski).',
    source: SRC.bdBsn,
  },
  {
    text: 'Wniosek składasz tylko 1 raz. Jeśli nadal spełniasz warunki, w następnym roku dostajesz dodatek automatycznie.',
    source: SRC.bdAanvragen,
  },
];

const toeslagDeadline: Fact = {
  text: 'Możesz złożyć wniosek do 31 grudnia następnego roku. Ale im później złożysz wniosek, tym później dostaniesz pieniądze.',
  source: SRC.awirArt15,
};

const toeslagDuration: Fact[] = [
  {
    text: 'Jeśli złożysz wniosek przed 1 kwietnia następnego roku, w ciągu 13 tygodni dostaniesz zaliczkę (voorschot).',
    source: SRC.awirArt16,
  },
];

const toeslagHelp: Fact[] = [
  {
    text: 'Masz pytania o toeslagen (dodatki)? Zadzwoń bezpłatnie do BelastingTelefoon (infolinia urzędu skarbowego): 0800 0543. Dzwoń na ten numer bezpośrednio, nie przez usługę przekierowania połączeń: to kosztuje.',
    source: SRC.belastingTelefoon,
  },
  {
    text: 'W wielu bibliotekach Informatiepunt Digitale Overheid (bezpłatny punkt pomocy w sprawach urzędowych) pomoże ci złożyć wniosek.',
    source: SRC.nieuwsIdoToeslagen,
  },
];

const gemeenteHelp: Fact[] = [
  {
    text: 'Nie udaje ci się złożyć wniosku? Zadzwoń na ogólny numer swojej gminy (gemeente). Zapytaj o sociaal team (zespół socjalny) albo Wmo-loket (punkt pomocy gminy). Tam ci pomogą.',
    source: SRC.wmoLoket,
  },
  {
    text: 'W bibliotece Informatiepunt Digitale Overheid (bezpłatny punkt pomocy w sprawach urzędowych) pomoże ci za darmo.',
    source: SRC.kbIdo,
  },
];

const nextSteps: Record<string, NextSteps> = {
  'algemene-bijstand': {
    apply: [
      {
        text: 'O bijstand (zasiłek socjalny z gminy) wnioskujesz przez werk.nl. Czasem można też w samej gminie. Twoja gmina ci to powie.',
        source: SRC.roBijstand,
      },
      { text: 'Gmina decyduje, czy dostaniesz bijstand, i wypłaca zasiłek.', source: SRC.roBijstand },
      {
        text: 'Masz mniej niż 27 lat? Wtedy składasz wniosek dopiero 4 tygodnie po tym, jak się zgłosisz.',
        source: SRC.pwArt41,
      },
    ],
    documents: [
      { text: 'Gmina decyduje, jakie dokumenty musisz pokazać.', source: SRC.pwArt53a },
      {
        text: 'Gmina często prosi o: ważny paszport lub dowód osobisty (nie prawo jazdy), umowę najmu, dowód dochodów z ostatnich 2 miesięcy oraz wyciągi ze wszystkich kont bankowych i oszczędnościowych. To zależy od gminy.',
        source: SRC.orionisDocs,
      },
    ],
    deadlines: [
      {
        text: 'Bijstand dostajesz od dnia, w którym się zgłosisz. Nie czekaj więc za długo.',
        source: SRC.pwArt44,
      },
      {
        text: 'Jeśli twoja sytuacja tego wymaga, gmina może dać bijstand nawet za 3 miesiące przed twoim zgłoszeniem.',
        source: SRC.pwArt44,
      },
    ],
    duration: [
      { text: 'Gmina musi podjąć decyzję w ciągu 8 tygodni.', source: SRC.awbArt413 },
      {
        text: 'Gmina nie zdecydowała po 4 tygodniach? Wtedy dostajesz zaliczkę: pieniądze, które później oddajesz lub które są rozliczane.',
        source: SRC.pwArt52,
      },
    ],
    help: gemeenteHelp,
  },
  aio: {
    apply: [
      {
        text: 'O AIO (dopłatę do emerytury AOW) wnioskujesz w SVB (urząd od AOW, AIO i kinderbijslag).',
        source: SRC.roAio,
      },
      {
        text: 'Najpierw zrób AIO-check na stronie SVB. Pokaże, czy warto złożyć wniosek.',
        source: SRC.svbAioCheck,
      },
    ],
    documents: [
      {
        text: 'SVB korzysta z informacji o twoich dochodach, sytuacji mieszkaniowej, majątku (vermogen), numerze konta i (jeśli cię to dotyczy) o twoim zezwoleniu na pobyt. Miej je pod ręką.',
        source: SRC.svbPrivacyAio,
      },
    ],
    deadlines: [
      {
        text: 'AIO dostajesz dopiero od dnia, w którym zgłosisz się do SVB. Nie czekaj więc.',
        source: SRC.pwArt47b,
      },
      {
        text: 'Coś się zmienia w twojej sytuacji? Zgłoś to w ciągu 4 tygodni.',
        source: SRC.svbSb1309,
      },
    ],
    duration: [],
    help: [
      {
        text: 'W bibliotece Informatiepunt Digitale Overheid (bezpłatny punkt pomocy w sprawach urzędowych) pomoże ci za darmo.',
        source: SRC.kbIdo,
      },
    ],
  },
  'bijzondere-bijstand': {
    apply: [
      {
        text: 'O bijzondere bijstand (pomoc gminy na dodatkowe koszty) wnioskujesz w swojej gminie, nie przez werk.nl.',
        source: SRC.pwArt41,
      },
      {
        text: 'Dostajesz AIO z SVB? Także wtedy o bijzondere bijstand wnioskujesz w gminie.',
        source: SRC.inlichtingenbureau,
      },
      {
        text: 'Gmina może dać pieniądze albo je pożyczyć (na przykład na pralkę lub meble).',
        source: SRC.pwArt51,
      },
    ],
    documents: [
      {
        text: 'Gmina często prosi o: dowód dochodów, dowód oszczędności, ważny dokument tożsamości oraz rachunek lub wycenę kosztów. To zależy od gminy.',
        source: SRC.kampenBb,
      },
    ],
    deadlines: [
      {
        text: 'Każda gmina ma własne terminy. Na przykład w Kampen trzeba złożyć wniosek w ciągu 2 miesięcy od poniesienia kosztów. Zapytaj swoją gminę, jakie terminy obowiązują u ciebie.',
        source: SRC.kampenBb,
      },
    ],
    duration: [{ text: 'Gmina musi podjąć decyzję w ciągu 8 tygodni.', source: SRC.awbArt413 }],
    help: gemeenteHelp,
  },
  zorgtoeslag: {
    apply: toeslagApply,
    documents: [
      {
        text: 'Twój numer BSN jest w paszporcie, dowodzie osobistym, prawie jazdy, na pasku wypłaty, w jaaropgaaf (rocznym zestawieniu dochodów) lub na karcie ubezpieczenia zdrowotnego.',
        source: SRC.bdBsn,
      },
      {
        text: 'Podajesz szacunek swoich dochodów w tym roku i dochodów swojego toeslagpartner (partnera w sprawie dodatków).',
      },
    ],
    deadlines: [
      {
        text: 'Zorgtoeslag (dodatek do ubezpieczenia zdrowotnego) zaczyna się 1. dnia miesiąca, w którym spełniasz wszystkie warunki.',
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
        text: 'Mieszkają z tobą inni dorośli? Wtedy oni też podpisują wniosek.',
        source: SRC.awirArt15,
      },
    ],
    documents: [
      {
        text: 'Miej pod ręką: umowę najmu lub inny dowód czynszu, swoje dochody oraz dochody toeslagpartner (partnera w sprawie dodatków) i współlokatorów, swój numer BSN i numer konta.',
        source: SRC.actiumHt,
      },
    ],
    deadlines: [
      {
        text: 'Huurtoeslag (dodatek do czynszu) zaczyna się 1. dnia miesiąca. Na przykład: masz meldunek pod tym adresem od 15 kwietnia? Wtedy dostajesz huurtoeslag od 1 maja.',
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
        text: 'Zwykle nie musisz nic robić. Dostajesz już inny dodatek, na przykład huurtoeslag (dodatek do czynszu)? Wtedy kindgebonden budget (dodatek na dzieci) dostaniesz automatycznie.',
        source: SRC.svbKgb,
      },
      {
        text: 'Wniosek przez Mijn toeslagen musisz złożyć samodzielnie, jeśli: dostajesz kinderbijslag (zasiłek na dziecko) pierwszy raz i nie masz innego dodatku, nie przyszedł list, ale uważasz, że ci się należy, albo dodatek wcześniej się skończył.',
        source: SRC.svbKgb,
      },
    ],
    documents: [],
    deadlines: [
      {
        text: 'Kindgebonden budget zaczyna się 1. dnia miesiąca po tym, jak twoje dziecko się urodzi lub zamieszka z tobą.',
        source: SRC.bdAanvragen,
      },
      toeslagDeadline,
    ],
    duration: [
      {
        text: 'Decyzję dostaniesz w ciągu 8 tygodni. List dostaniesz tylko wtedy, gdy kindgebonden budget ci przysługuje.',
        source: SRC.svbKgb,
      },
    ],
    help: toeslagHelp,
  },
  kinderopvangtoeslag: {
    apply: [
      ...toeslagApply,
      {
        text: 'Masz toeslagpartner (partnera w sprawie dodatków)? Wtedy każde z was potrzebuje własnego DigiD.',
        source: SRC.kotChecklist,
      },
    ],
    documents: [
      {
        text: 'Liczy się tylko opieka wpisana do Landelijk Register Kinderopvang (LRK, krajowy rejestr opieki nad dziećmi). Potrzebujesz numeru LRK placówki, w której jest twoje dziecko.',
        source: SRC.bdLrk,
      },
      {
        text: 'W umowie z placówką musi być: imię i nazwisko, data urodzenia i adres dziecka, cena za godzinę, liczba godzin w roku, data początku i końca oraz rodzaj opieki.',
        source: SRC.bdLrk,
      },
    ],
    deadlines: [
      {
        text: 'Złóż wniosek w ciągu 3 miesięcy od dnia, w którym dziecko zacznie chodzić do placówki. Później? Wtedy tracisz pieniądze.',
        source: SRC.bdKot,
      },
      {
        text: 'Kinderopvangtoeslag (dodatek na opiekę nad dziećmi) zaczyna się w dniu, w którym dziecko pierwszy raz idzie do placówki.',
        source: SRC.bdAanvragen,
      },
    ],
    duration: toeslagDuration,
    help: toeslagHelp,
  },
};

export const pl: Content = {
  lang: 'pl',
  dir: 'ltr',
  name: 'Polski',
  speechLang: 'pl-PL',
  apiLang: 'pl',
  locale: 'pl-PL',

  common: {
    appName: 'Steunwijzer',
    tagline: 'Sprawdź, czy możesz dostać pieniądze',
    skipLink: 'Przejdź od razu do treści',
    languageSwitch: 'Język',
    back: 'Wstecz',
    next: 'Dalej',
    startAgain: 'Zacznij od nowa',
    privacyLink: 'Prywatność: co przechowujemy, a czego nie',
    loading: 'Chwileczkę…',
    loadError: 'Nie udało się załadować tej strony. Sprawdź internet i spróbuj ponownie.',
    retry: 'Spróbuj ponownie',
    yes: 'Tak',
    no: 'Nie',
    readAloud: 'Przeczytaj na głos',
    stopReading: 'Zatrzymaj czytanie',
    noVoice: 'Czytanie na głos nie działa tutaj: ta przeglądarka nie ma głosu w języku polskim.',
    readInDutch: 'Czytaj na głos po niderlandzku (Nederlands)',
    dutchAuthoritative:
      'Ta strona jest przetłumaczona z języka niderlandzkiego. Obowiązuje wersja niderlandzka.',
    footer: 'Steunwijzer to sprawdzenie przygotowane przez rząd. Wynik to wskazówka, a nie decyzja.',
    pageTitle: (page) => `${page} - Steunwijzer`,
    errorPageTitle: (page) => `Błąd: ${page} - Steunwijzer`,
  },

  start: {
    title: 'Sprawdź, czy możesz dostać pieniądze',
    lead: 'Wiele osób ma prawo do pieniędzy od państwa, ale ich nie dostaje. To sprawdzenie szybko pokaże, co może ci przysługiwać i jak złożyć wniosek.',
    checks: 'Sprawdzamy:',
    regulations: [
      'bijstand i AIO (pieniądze na życie)',
      'bijzondere bijstand (na dodatkowe koszty)',
      'zorgtoeslag i huurtoeslag (dodatek do ubezpieczenia zdrowotnego i dodatek do czynszu)',
      'kindgebonden budget i kinderopvangtoeslag (dodatek na dzieci i dodatek na opiekę nad dziećmi)',
    ],
    safetyTitle: 'Bezpiecznie i anonimowo',
    safety: [
      'Nie musisz podawać imienia i nazwiska, numeru BSN ani DigiD.',
      'Gdy oglądasz wynik, twoje odpowiedzi trafiają na nasz serwer. Serwer oblicza wynik, a gdy zmienisz odpowiedź, oblicza go ponownie. Serwer nie przechowuje twoich odpowiedzi. Tylko anonimowo dolicza twoją wizytę do liczników, bez niczego, po czym można cię rozpoznać.',
      'W pasku adresu nie ma żadnych kwot.',
    ],
    beforeTitle: 'Warto mieć pod ręką',
    before: [
      'ile dostajesz miesięcznie: pasek wypłaty, zestawienie zasiłku albo emerytury',
      'twoje dochody za rok: jaaropgaaf (roczne zestawienie dochodów) albo zeznanie podatkowe',
      'jeśli wynajmujesz: umowę najmu lub list o ostatniej podwyżce czynszu (czynsz bez opłat za usługi)',
      'ile pieniędzy masz na kontach bankowych i oszczędnościowych',
    ],
    beforeNote: 'Czegoś nie wiesz dokładnie? Wybierz „Nie wiem” albo wpisz szacunek.',
    duration: 'To trwa około 3 minut. Odpowiadasz tylko na pytania, które są ważne dla ciebie.',
    indication: 'Wynik to wskazówka, a nie decyzja. Decyduje tylko instytucja, w której składasz wniosek.',
    startButton: 'Zacznij sprawdzanie',
  },

  flow: {
    progress: (step, total) => `Pytanie ${step} z około ${total}`,
    dontKnowButton: 'Nie wiem',
    dontKnowChosen: 'Twoja wcześniejsza odpowiedź: Nie wiem.',
    moneyPrefix: '€',
    period: { month: 'miesięcznie', year: 'rocznie', stock: 'łącznie' },
    moneyExample: 'Na przykład: 1401,50',
    childrenCount: 'Liczba dzieci',
    childAge: (n) => `Wiek dziecka ${n}`,
    childcareCount: 'Liczba dzieci w opiece (kinderopvang)',
    childcareChild: (n) => `Opieka ${n}`,
    childcareType: 'Rodzaj opieki',
    childcareTypes: {
      dagopvang: 'Żłobek (kinderdagverblijf)',
      bso: 'Świetlica po szkole (bso)',
      gastouder: 'Opiekunka domowa (gastouder)',
    },
    childcareWhich: 'Dla którego dziecka?',
    childcareChildOption: (n, age) => (age === undefined ? `Dziecko ${n}` : `Dziecko ${n} (wiek: ${age})`),
    childcareUnit: 'Jak podajesz czas opieki?',
    childcareUnits: { days: 'W dniach w tygodniu', hours: 'W godzinach w tygodniu' },
    childcareDays: 'Dni w tygodniu',
    childcarePerDay: 'Godziny dziennie',
    childcareWeekHours: 'Godziny w tygodniu',
    childcareHalfHours: 'W pełnych godzinach lub połówkach, na przykład 10,5.',
    childcareRate: 'Cena za godzinę',
    workingApplicant: 'Czy pracujesz albo uczysz się lub bierzesz udział w programie (traject)?',
    workingPartner: 'Czy twój partner pracuje albo uczy się lub bierze udział w programie (traject)?',
    yearsSuffix: 'lat',
  },

  questions: {
    age: { label: 'Ile masz lat?', hint: 'Wpisz swój wiek w latach.' },
    partner: {
      label: 'Czy masz partnera?',
      hint: 'Masz męża lub żonę albo zarejestrowanego partnera? Albo mieszkacie razem jako para? Wtedy masz partnera.',
      help: {
        title: 'Kto to jest toeslagpartner?',
        body: [
          'W sprawie toeslagen (dodatków) twój partner to twój toeslagpartner (partner w sprawie dodatków).',
          'To twój mąż lub żona, twój zarejestrowany partner albo osoba, z którą mieszkasz pod tym samym adresem. Na przykład gdy macie razem dziecko, razem kupujecie dom albo macie umowę o wspólnym życiu (samenlevingscontract).',
          'Nie masz pewności? W Mijn toeslagen widzisz, kto jest twoim toeslagpartner. Możesz też zapytać w BelastingTelefoon: 0800 0543 (bezpłatnie).',
        ],
      },
    },
    partnerAge: { label: 'Ile lat ma twój partner?', hint: 'Wpisz wiek w latach.' },
    children: {
      label: 'Ile dzieci mieszka z tobą?',
      hint: 'Policz dzieci, które mieszkają z tobą w domu. Nie masz dzieci? Wpisz 0.',
    },
    livesInNetherlands: { label: 'Czy mieszkasz w Holandii?' },
    residence: {
      label: 'Jakie masz obywatelstwo?',
      hint: 'Niektóre świadczenia są tylko dla osób, które mieszkają tu legalnie. Nie przechowujemy twojej odpowiedzi.',
      options: {
        dutch: 'Holenderskie',
        eu: 'Innego kraju UE, EOG lub Szwajcarii',
        permit: 'Inne obywatelstwo, z zezwoleniem na pobyt',
        none: 'Inne obywatelstwo, bez zezwolenia na pobyt',
      },
    },
    housing: {
      label: 'Jak mieszkasz?',
      options: {
        rent: 'Wynajmuję dom lub pokój',
        own: 'Mam własny dom lub mieszkanie',
        lodging: 'Mieszkam u kogoś, bez własnej umowy najmu',
        homeless: 'Nie mam stałego miejsca zamieszkania',
        institution: 'Mieszkam w placówce, na przykład w domu opieki',
      },
    },
    coResidents27Plus: {
      label: 'Ile innych osób w wieku 27 lat lub starszych mieszka z tobą?',
      hint: 'Nie licz siebie ani partnera. Nikt? Wpisz 0.',
      help: {
        title: 'Kto to jest kostendeler?',
        body: [
          'Kostendeler (osoba, z którą dzielisz koszty) to ktoś w wieku 27 lat lub starszy, kto mieszka z tobą. Możecie dzielić się kosztami domu. Na przykład dorosłe dziecko, rodzic albo przyjaciel.',
          'Nie licz: osoby, która wynajmuje od ciebie lub od której ty wynajmujesz, za normalną cenę, i która nie jest rodziną. Nie licz też studenta ze studiefinanciering (finansowaniem studiów).',
          'Mieszka z tobą kostendeler? Wtedy bijstand (zasiłek socjalny z gminy) jest niższy, bo dzielicie koszty.',
        ],
      },
    },
    netIncomeMonthly: {
      label: 'Ile pieniędzy dostajesz co miesiąc?',
      hint: 'Netto miesięcznie: to, co wpływa na twoje konto. Masz partnera? Wpisz kwotę twoją i partnera razem. Chodzi o wypłatę, zasiłek, emeryturę i AOW (emeryturę państwową). Nie licz toeslagen (dodatków) i kinderbijslag (zasiłku na dziecko). Z tej kwoty obliczamy bijstand (zasiłek socjalny z gminy).',
      help: {
        title: 'Gdzie znajdę tę kwotę?',
        body: [
          'Zobacz na pasku wypłaty albo w liście o zasiłku lub emeryturze. Szukaj kwoty „netto”.',
          'Albo zobacz w aplikacji banku, ile wpłynęło w zeszłym miesiącu z pracy, zasiłku lub emerytury.',
          'Co miesiąc jest inaczej? Wpisz średnią.',
        ],
      },
    },
    assets: {
      label: 'Ile masz oszczędności i majątku?',
      hint: 'Masz partnera? Dolicz majątek partnera. Nie licz swojego domu. Odejmij swoje długi.',
      help: {
        title: 'Co to jest vermogen?',
        body: [
          'Vermogen (majątek) to wszystko, co masz, minus twoje długi. Na przykład pieniądze na koncie bieżącym i oszczędnościowym, inwestycje albo drogi samochód.',
          'Gdzie to znajdę? W aplikacji banku widzisz saldo wszystkich swoich kont. Dodaj je do siebie.',
          'Masz więcej długów niż majątku? Wpisz minus, na przykład -500.',
        ],
      },
    },
    grossIncomeYearly: {
      label: 'Ile zarabiasz w tym roku brutto?',
      hint: 'Brutto rocznie: przed podatkiem, za cały rok. Masz partnera? Wpisz kwotę twoją i partnera razem. Szacunek wystarczy. To jest twój toetsingsinkomen (dochód roczny, od którego liczy się dodatek). Z tej kwoty obliczamy toeslagen (dodatki).',
      receive: { label: 'Ile dostajesz w tym roku brutto?' },
      help: {
        title: 'Co to jest toetsingsinkomen?',
        body: [
          'Toetsingsinkomen (dochód roczny, od którego liczy się dodatek) to twój dochód za rok przed podatkiem: wypłata, zasiłek, emerytura, AOW i zysk z firmy.',
          'Gdzie to znajdę? W jaaropgaaf (rocznym zestawieniu dochodów) za zeszły rok jest „fiscaal loon” (dochód do opodatkowania). Albo zobacz w Mijn toeslagen. Twój dochód w tym roku się zmienia? Weź kwotę brutto z paska wypłaty razy 12 i dodaj dodatek urlopowy (vakantiegeld).',
          'Lepiej podaj trochę za dużo niż za mało. Wtedy mniejsza szansa, że później będziesz oddawać dodatek.',
        ],
      },
    },
    studentFinance: {
      label: 'Czy chodzisz do szkoły lub studiujesz ze studiefinanciering (finansowaniem studiów)?',
      hint: 'Wybierz „Tak” także wtedy, gdy możesz dostać studiefinanciering na swoją naukę. Na przykład w mbo, hbo lub na uniwersytecie.',
    },
    selfEmployed: { label: 'Czy pracujesz na własny rachunek (zzp lub własna firma)?' },
    partnerSelfEmployed: { label: 'Czy twój partner pracuje na własny rachunek (zzp lub własna firma)?' },
    parentsCannotSupport: {
      label: 'Czy to prawda, że twoi rodzice nie mogą cię utrzymywać?',
      hint: 'Na przykład dlatego, że wcześniej opiekowała się tobą jeugdzorg (pomoc dla dzieci i młodzieży), że nie macie kontaktu albo że twoi rodzice sami mają za mało pieniędzy.',
      options: {
        true: 'Tak, moi rodzice nie mogą mnie utrzymywać',
        false: 'Nie, moi rodzice mogą mnie utrzymywać',
      },
    },
    homeEquity: {
      label: 'Ile jest wart twój dom, minus kredyt hipoteczny?',
      help: {
        title: 'Gdzie to znajdę?',
        body: [
          'Wartość domu jest w WOZ-beschikking (decyzji o wartości nieruchomości), którą co roku dostajesz od gminy.',
          'Ile kredytu hipotecznego ci zostało, jest w rocznym zestawieniu z banku.',
          'Wpisz różnicę. Kredyt jest wyższy niż wartość domu? Wpisz minus, na przykład -10000.',
        ],
      },
    },
    rent: {
      label: 'Ile wynosi twoja kale huur (czynsz bez opłat dodatkowych) miesięcznie?',
      help: {
        title: 'Co to jest kale huur?',
        body: [
          'Kale huur (czynsz bez opłat dodatkowych) to czynsz bez opłat za usługi (servicekosten) i bez gazu, wody i prądu.',
          'Gdzie to znajdę? W umowie najmu albo w liście o podwyżce czynszu, który dostajesz co roku. Jest tam napisane „kale huur” albo „netto huur”.',
        ],
      },
    },
    selfContainedHome: {
      label: 'Czy twoje mieszkanie ma własne drzwi wejściowe, kuchnię i toaletę?',
      hint: 'Czyli nie dzielisz ich z innymi mieszkańcami. To jest samodzielne mieszkanie (zelfstandige woning).',
    },
    healthInsuranceNL: {
      label: 'Czy masz holenderskie ubezpieczenie zdrowotne?',
      hint: 'Podstawowe ubezpieczenie (basisverzekering), które musi mieć każdy w Holandii.',
    },
    working: {
      label: 'Praca i nauka',
      hint: 'Program (traject) to na przykład inburgering (kurs integracyjny) albo program powrotu do pracy (re-integratie).',
    },
    childcare: {
      label: 'Ile twoich dzieci chodzi do opieki (kinderopvang)?',
      hint: 'Tylko opieka wpisana do Landelijk Register Kinderopvang (krajowy rejestr opieki nad dziećmi): żłobek, świetlica po szkole (bso) albo opiekunka domowa (gastouder). Brak opieki? Wpisz 0.',
      help: {
        title: 'Gdzie znajdę godziny i cenę?',
        body: [
          'Liczba godzin i cena za godzinę są w umowie z placówką albo na fakturze.',
          'Podaj opiekę na tydzień, w dniach lub w godzinach. My przeliczymy to na godziny w miesiącu (na tydzień × 52 ÷ 12). Dodatek liczy najwyżej 230 godzin miesięcznie na dziecko.',
        ],
      },
    },
    receivesKinderbijslag: {
      label:
        'Czy ty (lub twój partner) dostajesz kinderbijslag (zasiłek na dziecko) na dzieci poniżej 18 lat?',
      hint: 'SVB wypłaca kinderbijslag jednemu rodzicowi. Tylko ten rodzic dostaje kindgebonden budget (dodatek na dzieci). Przy opiece naprzemiennej (co-ouderschap) kinderbijslag dostaje czasem drugi rodzic. Zobaczysz to w Mijn SVB.',
    },
    specialCosts: {
      label: 'Czy masz dodatkowe koszty, których nie możesz zapłacić?',
      hint: 'Koszty, które są konieczne, na przykład koszty leczenia, nowa pralka lub łóżko albo pomoc adwokata.',
    },
  },

  errors: {
    summaryTitle: 'Wystąpił problem',
    required: 'Wybierz odpowiedź.',
    childcareType: 'Wybierz rodzaj opieki.',
    childcareChild: 'Wybierz, dla którego dziecka jest ta opieka.',
    childcareChildTwice: 'To dziecko jest już wybrane. Dla każdej opieki wybierz inne dziecko.',
    childcareUnit: 'Wybierz, czy podajesz dni w tygodniu, czy godziny w tygodniu.',
    halfHours: (min, max) =>
      `Wpisz liczbę godzin od ${min} do ${max}, w pełnych godzinach lub połówkach, na przykład 10,5.`,
    wholeNumber: (min, max) => `Wpisz liczbę całkowitą od ${min} do ${max}.`,
    money: 'Wpisz kwotę w euro, na przykład 1250 lub 1250,50.',
    moneyNegative: 'Wpisz kwotę 0 lub większą, na przykład 1250 lub 1250,50.',
    moneyTooHigh: 'Ta kwota jest za wysoka. Wpisz kwotę w euro, na przykład 1250 lub 1250,50.',
    age: (min, max) => `Wpisz wiek w latach, od ${min} do ${max}.`,
    screenFailed: 'Nie udało się pobrać wyniku. Spróbuj ponownie.',
    offline: 'Nie masz internetu. Spróbuj ponownie, gdy internet wróci.',
  },

  check: {
    title: 'Czy twoje odpowiedzi są poprawne?',
    intro: 'Sprawdź, czy wszystko się zgadza. Możesz jeszcze zmienić każdą odpowiedź.',
    change: (question) => `Zmień: ${question}`,
    submit: 'Zobacz wynik',
    dontKnowAnswer: 'Nie wiem',
    none: 'Brak',
    childrenAnswer: (ages) =>
      ages.length === 0 ? 'Brak dzieci' : `${ages.length} (wiek: ${ages.join(', ')})`,
    childcareAnswer: (entries) =>
      entries.length === 0
        ? 'Brak opieki'
        : entries
            .map((entry) => `Dziecko ${entry.child}: ${entry.hoursPerMonth} godz. miesięcznie`)
            .join('; '),
  },

  results: {
    title: 'Twój wynik',
    loadingTitle: 'Obliczamy twój wynik…',
    errorTitle: 'Coś poszło nie tak',
    intro: 'To wskazówka, a nie decyzja.',
    todoTitle: 'To możesz zrobić teraz',
    summaryNone:
      'Na podstawie twoich odpowiedzi nie znaleźliśmy świadczenia, które prawdopodobnie ci przysługuje.',
    staleNotice:
      'Nie wszystkie kwoty na tę datę są już znane. Tam, gdzie ich brak, liczyliśmy z kwotami z zeszłego roku i z zapasem na zwykłą podwyżkę. Dlatego niektóre kwoty są podane jako przedział.',
    earlierYear: {
      title: (year) => `Toeslagen (dodatki) za ${year}`,
      intro: (year, deadline) =>
        `O toeslagen (dodatki) za ${year} możesz jeszcze wnioskować, do ${deadline} włącznie. Bijstand (zasiłek socjalny z gminy) nie: zaczyna się dopiero od dnia, w którym się zgłosisz.`,
      button: (year) => `Oblicz także ${year}`,
      note: (year) =>
        `Liczyliśmy z twoimi obecnymi odpowiedziami. Jeśli twój dochód lub sytuacja w roku ${year} były inne, wynik też jest inny. W Dienst Toeslagen (urzędzie od dodatków) podaj swój dochód za ${year}.`,
    },
    workMore: {
      title: 'Co jeśli zacznę zarabiać więcej?',
      intro:
        'Zobacz, co dzieje się z twoimi pieniędzmi co miesiąc, gdy twój dochód netto rośnie. Liczymy to tutaj, na twoim telefonie. Nic do nas nie jest wysyłane.',
      button: 'Oblicz',
      caption: (raise) => `Jeśli dostajesz o ${raise} więcej na miesiąc`,
      regulation: 'Świadczenie',
      now: 'Teraz na miesiąc',
      after: 'Potem na miesiąc',
      kept: (kept, raise) => `Z dodatkowych ${raise} zostaje ci około ${kept}.`,
      nothingChanges: 'Twoje świadczenia się nie zmieniają.',
      grossNote:
        'Przy toeslagen (dodatkach) liczy się twój dochód brutto. Dodajemy 12 razy podwyżkę. Przez podatek twój dochód brutto rośnie bardziej, więc dodatki mogą spaść trochę bardziej.',
      noGross: 'Nie podałeś dochodu rocznego. Dlatego nie liczyliśmy dodatków od nowa.',
      bijstandNote:
        'Przy bijstand (zasiłku socjalnym z gminy) każde dodatkowe euro jest odejmowane. Jeśli pieniądze są z pracy, gmina może przez jakiś czas nie liczyć ich części. Zapytaj gminę.',
    },
    regulations: {
      'algemene-bijstand': 'Bijstand (zasiłek socjalny z gminy)',
      aio: 'AIO (dopłata do emerytury AOW)',
      'bijzondere-bijstand': 'Bijzondere bijstand (pomoc gminy na dodatkowe koszty)',
      zorgtoeslag: 'Zorgtoeslag (dodatek do ubezpieczenia zdrowotnego)',
      huurtoeslag: 'Huurtoeslag (dodatek do czynszu)',
      'kindgebonden-budget': 'Kindgebonden budget (dodatek na dzieci)',
      kinderopvangtoeslag: 'Kinderopvangtoeslag (dodatek na opiekę nad dziećmi)',
    },
    verdicts: {
      likely: {
        label: 'Prawdopodobnie tak',
        text: 'Prawdopodobnie masz do tego prawo. Złóż wniosek.',
      },
      possibly: {
        label: 'Może',
        text: 'Może masz do tego prawo. To zależy od rzeczy, których nie możemy sprawdzić. Mimo to złóż wniosek.',
      },
      unlikely: {
        label: 'Prawdopodobnie nie',
        text: 'Według twoich odpowiedzi prawdopodobnie nie masz do tego prawa.',
      },
      unknown: { label: 'Nie wiemy', text: 'Mamy za mało odpowiedzi, żeby to powiedzieć.' },
    },
    monthly: (amount) => `Około ${amount} miesięcznie`,
    atMost: (amount) => `Najwyżej ${amount} miesięcznie`,
    yearly: (amount) => `To ${amount} rocznie.`,
    range: (min, max) => `Od ${min} do ${max} miesięcznie.`,
    noAmount: 'Ile dostaniesz, zależy od twoich kosztów. Decyduje gmina.',
    why: 'Dlaczego tak uważamy?',
    law: 'Ustawa lub przepis',
    alsoReported: 'pisze o tym także',
    threshold: 'Jak daleko jesteś od granicy?',
    missing: 'Tego jeszcze nie wiemy:',
    perYear: (amount, upTo) => (upTo ? `do ${amount} rocznie` : `${amount} rocznie`),
    todo: {
      'algemene-bijstand': { text: 'Przeczytaj, jak złożyć wniosek o bijstand', link: true },
      aio: { text: 'Zrób AIO-check w SVB', link: true },
      'bijzondere-bijstand': {
        text: 'Zadzwoń do swojej gminy. Zapytaj o bijzondere bijstand.',
        link: false,
      },
      zorgtoeslag: { text: 'Złóż wniosek przez Mijn toeslagen', link: true },
      huurtoeslag: { text: 'Złóż wniosek przez Mijn toeslagen', link: true },
      'kindgebonden-budget': {
        text: 'Zwykle automatycznie. Nie ma listu? Złóż wniosek przez Mijn toeslagen',
        link: true,
      },
      kinderopvangtoeslag: {
        text: 'Złóż wniosek w ciągu 3 miesięcy przez Mijn toeslagen',
        link: true,
      },
    },
    newTab: '(otwiera się w nowej karcie)',
    alreadyTitle: 'To już dostajesz: sprawdź, czy kwota się zgadza',
    alreadyIntro: 'Dostajesz mniej, niż pokazuje to sprawdzenie? Sprawdź wtedy, czy wszystko się zgadza.',
    alreadyExpected: (amount) => `Według tego sprawdzenia około ${amount} miesięcznie.`,
    check: {
      toeslagen: {
        text: 'Zobacz w Mijn toeslagen w części „Mijn beschikkingen” (moje decyzje). Coś się nie zgadza? Zgłoś to.',
        source: SRC.bdVoorschot,
      },
      svb: {
        text: 'Zobacz w liście od SVB, ile AIO dostajesz. Nie zgadza się? Skontaktuj się z SVB.',
        source: SRC.roAio,
      },
      gemeente: {
        text: 'Zobacz w liście (beschikking, decyzji) od swojej gminy, ile dostajesz. Nie zgadza się? Zadzwoń do gminy.',
      },
    },
    more: (regulation) => `Więcej o: ${regulation}`,
    applyAt: {
      gemeente: 'Wniosek w twojej gminie (gemeente)',
      svb: 'Wniosek w SVB',
      toeslagen: 'Wniosek w Dienst Toeslagen (urzędzie od dodatków)',
    },
    applyHeading: 'Jak złożyć wniosek',
    documentsHeading: 'Co jest potrzebne',
    deadlinesHeading: 'Od kiedy i do kiedy',
    durationHeading: 'Ile to trwa?',
    helpHeading: 'Pomoc przy wniosku',
    sourceLabel: 'Źródło',
    repaymentTitle: 'Czy później trzeba będzie oddać pieniądze?',
    repayment: [
      {
        text: 'Toeslag (dodatek) to zaliczka. Dienst Toeslagen (urząd od dodatków) najpierw liczy z szacunkiem twojego dochodu.',
        source: SRC.bdTerugbetalen,
      },
      {
        text: 'Zarabiasz więcej, niż myślisz? Wtedy później oddasz część. Może się to też zdarzyć, gdy zmieni się dochód twojego partnera lub współlokatora.',
        source: SRC.bdTerugbetalen,
      },
      {
        text: 'Żeby zmniejszyć to ryzyko: lepiej podaj dochód trochę za wysoki niż za niski.',
        source: SRC.ikwoonleefzorgTerug,
      },
      {
        text: 'Wolisz nie ryzykować? O toeslag (dodatek) możesz też wnioskować później, gdy znasz swój dochód z całego roku. Możesz to zrobić do 31 grudnia następnego roku włącznie. Pieniądze dostaniesz wtedy później, za jednym razem.',
        source: SRC.awirArt15,
      },
      {
        text: 'Coś się zmienia, na przykład twój dochód albo to, kto z tobą mieszka? Zgłoś to w ciągu 4 tygodni w Mijn toeslagen.',
        source: SRC.bdWijzigingen,
      },
      {
        text: 'Dokładnie sprawdzaj każdy list (voorschotbeschikking, decyzja o zaliczce). Coś się nie zgadza? Zgłoś to.',
        source: SRC.bdVoorschot,
      },
      {
        text: 'Dostajesz za mało? Wtedy resztę dostaniesz później. Małej kwoty po ostatecznym rozliczeniu nie musisz oddawać.',
        source: SRC.awirArt26a,
      },
      {
        text: 'Musisz oddać pieniądze i nie dasz rady zapłacić od razu? Poproś o rozłożenie na raty (betalingsregeling).',
        source: SRC.bdBetalingsregeling,
      },
    ],
    otherResults: 'Prawdopodobnie nie przysługuje',
    receivingQuestion: 'Czy już to dostajesz?',
    reasonQuestion: 'Dlaczego (jeszcze) nie składasz wniosku?',
    reasonOptional: 'Nie musisz odpowiadać. Twoja odpowiedź pomaga państwu ulepszać przepisy.',
    nonUseReasons: {
      'did-not-know': 'Dopiero teraz dowiaduję się, że to istnieje',
      'thought-not-entitled': 'Wydawało mi się, że nie mam do tego prawa',
      'fear-of-repayment': 'Boję się, że trzeba będzie oddać pieniądze',
      'too-complicated': 'Złożenie wniosku jest za trudne',
      shame: 'Wstydzę się składać wniosek',
      'not-worth-it': 'Nie jest to warte wysiłku',
      'applied-refused': 'Mój wniosek został odrzucony',
      other: 'Inny powód',
    },
    receivingFailed: 'Nie udało się teraz policzyć twojej odpowiedzi. Wybierz ją później jeszcze raz.',
    receivingSaved: 'Dziękujemy. Twoja odpowiedź została policzona, bez twoich danych.',
    yourAnswers: 'Twoje odpowiedzi (także na wydruku)',
    print: 'Wydrukuj lub zapisz jako PDF',
    printHint:
      'Chcesz PDF? Naciśnij przycisk i w oknie drukowania wybierz przy „Drukarka” lub „Miejsce docelowe” opcję „Zapisz jako PDF”.',
    printNote: 'Weź ten wynik ze sobą, gdy prosisz o pomoc przy wniosku.',
    freeHelpTitle: 'Bezpłatna pomoc',
    freeHelp: [
      {
        text: 'W bibliotece Informatiepunt Digitale Overheid (bezpłatny punkt pomocy w sprawach urzędowych) pomoże ci za darmo ze stronami i wnioskami urzędów.',
        source: SRC.kbIdo,
      },
      {
        text: 'Masz pytania o toeslagen (dodatki)? Zadzwoń bezpłatnie do BelastingTelefoon: 0800 0543.',
        source: SRC.belastingTelefoon,
      },
      {
        text: 'Zadzwoń na ogólny numer swojej gminy (gemeente). Zapytaj o sociaal team (zespół socjalny) albo Wmo-loket (punkt pomocy gminy).',
        source: SRC.wmoLoket,
      },
      {
        text: 'Masz niski dochód i mało oszczędności? W Juridisch Loket (bezpłatna porada prawna) prawnicy pomogą ci za darmo na miejscu.',
        source: SRC.juridischLoket,
      },
      {
        text: 'Masz kłopoty z pieniędzmi? Na geldfit.nl znajdziesz pomoc w pobliżu.',
        source: SRC.geldfit,
      },
      {
        text: 'Możesz też zadzwonić bezpłatnie i anonimowo pod 0800-8115, jeśli masz kłopoty z pieniędzmi.',
        source: SRC.ndGeldfit,
      },
    ],
    checkedOn: (date) => `Obliczono na dzień ${date}.`,
    disclaimer:
      'To wskazówka, a nie decyzja. Gdy złożysz wniosek, decyduje gmina, SVB albo Dienst Toeslagen. Ten wynik nie daje ci żadnych praw.',
  },

  nextSteps: nextSteps as Content['nextSteps'],

  device: {
    title: 'Chcesz dokończyć później?',
    explain: [
      'Możesz zapisać swoje odpowiedzi na tym urządzeniu. Wtedy możesz później kontynuować, bez konta.',
      'Każdy, kto używa tego urządzenia i tej przeglądarki, może je wtedy zobaczyć. Nie rób tego więc na komputerze, z którego korzystają też inni, na przykład w bibliotece.',
      'Przy zapisywaniu nic nie trafia na serwer. Odpowiedzi są tylko w tej przeglądarce.',
      'Są przechowywane przez 30 dni. Potem Steunwijzer je usuwa. Możesz też wcześniej usunąć je samodzielnie.',
    ],
    save: 'Zapisz na tym urządzeniu',
    replaces: 'Na tym urządzeniu są już zapisane wcześniejsze odpowiedzi. Zostaną zastąpione.',
    saved: (date, until) =>
      `Twoje odpowiedzi są zapisane na tym urządzeniu (${date}). To, co jeszcze zmienisz, też zostanie zapisane. Zostaną do ${until} włącznie albo do czasu, gdy je usuniesz.`,
    remove: 'Usuń zapisane odpowiedzi',
    removed: 'Zapisane odpowiedzi zostały usunięte z tego urządzenia.',
    failed:
      'Nie udało się zapisać. Może twoja przeglądarka na to nie pozwala, na przykład w oknie prywatnym.',
    footerSummary: 'Dokończyć później? Zapisz odpowiedzi na tym urządzeniu',
    resumeTitle: 'Kontynuuj od miejsca, w którym przerwano',
    resumeText: (date, until) =>
      `Na tym urządzeniu są odpowiedzi zapisane ${date}. Zostaną do ${until} włącznie albo do czasu, gdy je usuniesz.`,
    resume: 'Kontynuuj',
  },

  privacy: {
    title: 'Prywatność: co przechowujemy, a czego nie',
    intro: [
      'Steunwijzer jest anonimowy. Nie podajesz imienia i nazwiska, numeru BSN ani DigiD.',
      'Na tej stronie nie ma plików cookie, reklam ani programów innych firm. Wszystko na tej stronie pochodzi z naszego własnego serwera.',
    ],
    browserTitle: 'Na twoim telefonie lub komputerze',
    browser: [
      'Twoje odpowiedzi są w tym oknie przeglądarki (sessionStorage). Gdy zamkniesz okno lub naciśniesz „Zacznij od nowa”, znikną.',
      'W pasku adresu widać tylko, jakie pytanie oglądasz, nigdy kwotę.',
    ],
    deviceTitle: 'Jeśli wybierzesz „Zapisz na tym urządzeniu”',
    device: [
      'Tylko jeśli to wybierzesz, zapisujemy twoje odpowiedzi także w przeglądarce na tym urządzeniu (localStorage). Bez tego wyboru Steunwijzer nic tam nie zapisuje.',
      'Każdy, kto używa tego urządzenia i tej przeglądarki, może je wtedy zobaczyć.',
      'Nic nie trafia przy tym na nasz serwer. Dopiero gdy oglądasz wynik, odpowiedzi trafiają na serwer, tak jak zawsze.',
      'To, co zmienisz później, też zostanie zapisane. Po 30 dniach Steunwijzer usuwa odpowiedzi, przy najbliższym otwarciu strony.',
      'Zawsze możesz usunąć je samodzielnie: przyciskiem „Usuń zapisane odpowiedzi” na stronie startowej, przy odpowiedziach lub przy wyniku. Gdy wyczyścisz dane przeglądarki, też znikną.',
    ],
    serverTitle: 'Gdy oglądasz wynik',
    server: [
      'Twoje odpowiedzi trafiają wtedy na nasz serwer. Serwer oblicza wynik i odsyła go. Serwer nie przechowuje twoich odpowiedzi i ich nie zapisuje.',
      'Twój adres IP nie jest przechowywany.',
      'Twoja przeglądarka wysyła losowy numer wizyty. Dzięki temu liczymy twoją wizytę tylko 1 raz, nawet gdy zmienisz odpowiedź. Serwer nie przechowuje samego numeru, tylko jego nierozpoznawalną wersję, i usuwa ją w ciągu 7 dni.',
    ],
    countedTitle: 'Co serwer liczy',
    counted: [
      'Tylko liczniki, na miesiąc i na świadczenie: ile razy wynik był „prawdopodobnie tak”, „może”, „prawdopodobnie nie” lub „nie wiemy”.',
      'Czy ludzie powiedzieli, że już dostają świadczenie: tak, nie albo bez odpowiedzi. I dlaczego nie, jeśli chcesz to powiedzieć.',
      'W jaki sposób zrobiono sprawdzenie: samodzielnie (na tej stronie) czy z pomocą w okienku urzędu (balie).',
      'Ogólne grupy: grupa wieku (na przykład od 27 do 66 lat) i rodzaj gospodarstwa domowego (na przykład osoba samotna z dziećmi).',
      'Gmina, tylko jeśli zostanie przesłana. Ta strona nie pyta o twoją gminę i jej nie przesyła.',
    ],
    notCountedTitle: 'Czego nigdy nie przechowujemy',
    notCounted: [
      'Samych twoich odpowiedzi, na przykład dochodu, czynszu czy wieku.',
      'Twojego imienia i nazwiska, adresu, numeru BSN, adresu IP ani niczego innego, po czym można cię rozpoznać.',
    ],
    example:
      'Ministerstwo widzi na przykład: „listopad 2026, huurtoeslag, samodzielnie, prawdopodobnie tak, jeszcze nie dostaje: 120 razy”. Grupa mniejsza niż 10 osób nigdy nie jest pokazywana.',
    back: 'Wstecz',
  },
  municipality: {
    title: 'W jakiej gminie (gemeente) mieszkasz?',
    hint: 'Wtedy przy wyniku zobaczysz, gdzie w twojej gminie złożyć wniosek i dostać bezpłatną pomoc. To pytanie nie jest obowiązkowe. Twoja odpowiedź nie zmienia wyniku.',
    listHint: 'Wpisz nazwę swojej gminy i wybierz ją z listy.',
    skip: 'Pomiń pytanie',
    notFound: 'Wybierz gminę z listy albo pomiń pytanie',
    summaryLabel: 'Twoja gmina',
    skipped: 'Nie podano',
  },
  localRoute: {
    title: (gemeente) => `Wnioski i bezpłatna pomoc w ${gemeente}`,
    nationalNote: (gemeente) =>
      `Nie mamy jeszcze własnych danych gminy ${gemeente}. Poniżej jest droga, która obowiązuje wszędzie.`,
    topicNational: 'Do tego nie mamy jeszcze własnych danych twojej gminy. To obowiązuje wszędzie:',
    topics: {
      bijstand: 'Wniosek o bijstand (zasiłek socjalny z gminy)',
      bijzondereBijstand: 'Wniosek o bijzondere bijstand (pomoc gminy na dodatkowe koszty)',
      clientondersteuning: 'Bezpłatna osoba, która ci pomoże: cliëntondersteuning (wsparcie klienta)',
      schuldhulp: 'Pomoc przy długach',
      formHelp: 'Pomoc przy formularzach',
    },
    what: {
      applyAtGemeente: () => 'Wniosek składasz w gminie, w której mieszkasz.',
      applyOnline: () => 'Wniosek składasz online, przez DigiD (cyfrowy login do urzędów).',
      applyPortal: () =>
        'Wniosek składasz w portalu online Werk en Inkomen gminy, przez DigiD (cyfrowy login do urzędów).',
      applyAtLocation: () =>
        'Nie masz DigiD albo komputera? Wtedy złóż wniosek w jednym z punktów Werk en Inkomen. Tam pomogą ci pracownicy.',
      callBack: ({ phone }) =>
        `Możesz też zadzwonić pod ${phone}. Wtedy gmina oddzwoni do ciebie, żeby umówić spotkanie.`,
      postForm: ({ address }) =>
        `Pobierz formularz wniosku, wypełnij go i wyślij pocztą razem z dokumentami na adres: ${address}.`,
      handInForm: () =>
        'Chcesz mieć potwierdzenie, że oddajesz formularz? Zanieś go do okienka w jednym z punktów Werk en Inkomen.',
      schemePage: () => 'Na stronie gminy przeczytasz, czego potrzebujesz i jak złożyć wniosek.',
      localRules: () => 'Zasady gminy dotyczące bijzondere bijstand (pomocy gminy na dodatkowe koszty).',
      lowIncomeSchemes: () =>
        'Programy gminy dla osób z niskim dochodem (Pak je kans). Bijzondere bijstand (pomoc gminy na dodatkowe koszty) do nich należy.',
      lowIncomeSchemesPhone: ({ phone }) => `Masz pytania o te programy? Zadzwoń pod ${phone}.`,
      clientondersteuningFree: () =>
        'Gmina musi zadbać, żeby można było bezpłatnie dostać niezależnego cliëntondersteuner (doradcę, który pomaga klientom). Zapytaj o to w swojej gminie.',
      clientondersteuningWhat: () =>
        'Cliëntondersteuner (doradca, który pomaga klientom) pomaga ci z wnioskiem i formularzami. Może też iść z tobą na rozmowy w gminie.',
      geldfit: () => 'Na geldfit.nl znajdziesz bezpłatną pomoc przy kłopotach z pieniędzmi w pobliżu.',
      geldfitPhone: ({ phone }) => `Możesz też zadzwonić bezpłatnie i anonimowo pod ${phone}.`,
      callOrVisit: ({ phone }) =>
        `Zadzwoń pod ${phone} albo przyjdź do Vraagwijzer (punktu informacji) gminy. Razem uporządkujecie rachunki.`,
      neighbourhoodDesk: () =>
        'W dzielnicach są punkty Helpdesk Geldzaken (pomoc w sprawach pieniędzy) gminy. Tam możesz poprosić o pomoc bez umawiania się.',
      buurtteam: () =>
        'Zgłoś się do buurtteam (zespołu pomocy) w swojej dzielnicy. Możesz też samodzielnie skontaktować się z gminą.',
      library: () =>
        'W bibliotece Informatiepunt Digitale Overheid (bezpłatny punkt pomocy w sprawach urzędowych) pomaga ci bezpłatnie ze stronami i formularzami urzędów.',
      authorise: () =>
        'Chcesz, żeby ktoś inny złożył wniosek za ciebie? Można to zrobić przez formularz upoważnienia gminy.',
    },
    open: 'Do strony',
    source: 'Źródło',
    reported: 'Zgłoszone przez',
    checked: (date) => `sprawdzone ${date}`,
    bringSomeone: [
      {
        text: 'Możesz zabrać kogoś ze sobą do gminy albo poprosić kogoś, żeby załatwił sprawę za ciebie.',
        source: SRC.awbArt21,
      },
      {
        text: 'Cliëntondersteuner (doradca, który pomaga klientom), Informatiepunt w bibliotece i Geldfit pomagają ci bezpłatnie.',
        source: SRC.wmoArt232,
      },
    ],
  },
  obligations: {
    title: 'Czego bijstand (zasiłek socjalny z gminy) od ciebie wymaga',
    work: {
      text: 'Szukasz pracy, którą możesz wykonywać, przyjmujesz ją i ją utrzymujesz. Rejestrujesz się jako osoba szukająca pracy w UWV (urzędzie pracy).',
      source: SRC.pwArt9,
    },
    tegenprestatie: {
      text: 'Gmina może poprosić cię o nieodpłatną, pożyteczną pracę obok zwykłej pracy: to tegenprestatie (świadczenie w zamian).',
      source: SRC.pwArt9,
    },
    inlichtingen: {
      text: 'Od razu mówisz gminie wszystko, co może mieć znaczenie dla twojego zasiłku, także gdy gmina o to nie pyta. Na przykład inny dochód albo kto z tobą mieszka.',
      source: SRC.pwArt17,
    },
    singleParentUnder5: {
      text: 'Samodzielnie opiekujesz się dzieckiem młodszym niż 5 lat? Wtedy możesz poprosić gminę o zwolnienie z obowiązku szukania pracy. Z tym zwolnieniem nie musisz też wykonywać tegenprestatie (świadczenia w zamian).',
      source: SRC.pwArt9a,
    },
    under27: [
      {
        text: 'Masz mniej niż 27 lat? Wtedy najpierw przez 4 tygodnie samodzielnie szukasz pracy albo nauki. Dopiero potem składasz wniosek.',
        source: SRC.pwArt41,
      },
      {
        text: 'Nie każda gmina wymaga tych 4 tygodni. Utrecht na przykład od razu rozpatruje wniosek. Zapytaj swoją gminę, zwłaszcza jeśli nie masz dachu nad głową albo pieniędzy na jedzenie.',
        source: SRC.utrechtNoSearchPeriod,
      },
    ],
  },
  refused: {
    title: (regulation) => `Wcześniej nie przyznano ci: ${regulation}? Oto co możesz zrobić`,
    facts: [
      {
        text: 'Twoja sytuacja się zmieniła albo wiesz coś nowego? Wtedy możesz złożyć wniosek jeszcze raz. Powiedz wtedy, co jest inaczej.',
        source: SRC.awbArt46,
      },
      {
        text: 'Nie zgadzasz się z decyzją? Złóż wtedy bezwaar (sprzeciw), w ciągu 6 tygodni od daty pisma.',
        source: SRC.awbArt67,
      },
      {
        text: 'Pomoc przy bezwaar (sprzeciwie) jest bezpłatna w Juridisch Loket (bezpłatna porada prawna), jeśli masz niski dochód i mało oszczędności.',
        source: SRC.juridischLoket,
      },
    ],
  },
};
