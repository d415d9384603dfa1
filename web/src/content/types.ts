import type { NonUseReason } from '../../../functions/contract/answers';
import type { ApplyBy, RegulationId } from '../../../functions/contract/regulations';
import type { Lang } from '../../../functions/contract/request';
import type { Verdict } from '../../../functions/contract/result';
import type { Topic, What } from '../../../functions/local-routes/schema';

/**
 * The shape every language's copy must have. A new language is one more file of this type
 * (and one entry in content/index.ts); the type makes it complete.
 */

/** Every question id in the engine's catalogue (test/web/content.test.ts checks they match). */
export const QUESTION_IDS = [
  'age',
  'partner',
  'partnerAge',
  'children',
  'livesInNetherlands',
  'residence',
  'housing',
  'coResidents27Plus',
  'netIncomeMonthly',
  'assets',
  'grossIncomeYearly',
  'studentFinance',
  'selfEmployed',
  'partnerSelfEmployed',
  'parentsCannotSupport',
  'homeEquity',
  'rent',
  'selfContainedHome',
  'healthInsuranceNL',
  'working',
  'childcare',
  'receivesKinderbijslag',
  'specialCosts',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export interface Link {
  title: string;
  url: string;
  /**
   * `law` or `official`: the law or the body's own page (an official host), shown as the source;
   * `secondary`: someone else who reported it, shown only as "also reported by".
   */
  kind: 'law' | 'official' | 'secondary';
}

/** A fact shown as a next step, with the public page or law text it comes from. */
export interface Fact {
  text: string;
  source?: Link;
}

export interface Help {
  /** The summary line, phrased as the question people ask ("What is kale huur?"). */
  title: string;
  body: string[];
}

export interface QuestionCopy {
  /** The page heading: the question itself. */
  label: string;
  hint?: string;
  help?: Help;
  /** Labels for choice (and boolean) options, keyed by option value. */
  options?: Record<string, string>;
  /** How an answer is shown on the "check your answers" page, when the default does not fit. */
  summaryLabel?: string;
  /**
   * The wording for a household at AOW age ("Hoeveel ontvangt u" instead of "verdient"), used where
   * the rules' incomeWording says `receive`; what it leaves out comes from the default.
   */
  receive?: { label?: string; hint?: string };
}

export interface NextSteps {
  apply: Fact[];
  documents: Fact[];
  deadlines: Fact[];
  duration: Fact[];
  help: Fact[];
}

export interface Content {
  /** BCP 47 tag for the html lang attribute. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language's own name, for the switch. */
  name: string;
  /** Voice language for speech synthesis. */
  speechLang: string;
  /** The API language for reason texts (a code of LANGUAGES in functions/contract/request.ts). */
  apiLang: Lang;
  locale: string;

  common: {
    appName: string;
    tagline: string;
    skipLink: string;
    languageSwitch: string;
    back: string;
    next: string;
    startAgain: string;
    privacyLink: string;
    loading: string;
    loadError: string;
    retry: string;
    yes: string;
    no: string;
    readAloud: string;
    stopReading: string;
    /** Shown instead of the read-aloud button where the browser has no voice for this language. */
    noVoice: string;
    /** Beside noVoice: read the page's Dutch text with a Dutch voice instead (never this text). */
    readInDutch: string;
    /** On the start and results pages of every language but Dutch, in that language. */
    dutchAuthoritative: string;
    footer: string;
    pageTitle: (page: string) => string;
    /** The page title after a submit with errors: "Error: … - Steunwijzer" (GOV.UK). */
    errorPageTitle: (page: string) => string;
  };

  start: {
    title: string;
    lead: string;
    checks: string;
    regulations: string[];
    safetyTitle: string;
    safety: string[];
    /** "Before you start": the papers that answer the money questions. */
    beforeTitle: string;
    before: string[];
    beforeNote: string;
    duration: string;
    indication: string;
    startButton: string;
  };

  flow: {
    progress: (step: number, total: number) => string;
    /** The one "I don't know" button, the same on every question that allows it. */
    dontKnowButton: string;
    /** Shown with it when the question was answered "I don't know" before. */
    dontKnowChosen: string;
    moneyPrefix: string;
    period: Record<'month' | 'year' | 'stock', string>;
    moneyExample: string;
    childrenCount: string;
    childAge: (n: number) => string;
    childcareCount: string;
    childcareChild: (n: number) => string;
    childcareType: string;
    childcareTypes: Record<'dagopvang' | 'bso' | 'gastouder', string>;
    /** The select that links a childcare entry to a child entered before. */
    childcareWhich: string;
    /** An option of that select: the child's number and, when known, age. */
    childcareChildOption: (n: number, age: number | undefined) => string;
    childcareUnit: string;
    childcareUnits: Record<'days' | 'hours', string>;
    childcareDays: string;
    childcarePerDay: string;
    childcareWeekHours: string;
    childcareHalfHours: string;
    childcareRate: string;
    workingApplicant: string;
    workingPartner: string;
    yearsSuffix: string;
  };

  questions: Record<QuestionId, QuestionCopy>;

  /** Each message says what to do; money ones show an amount in the format the field takes. */
  errors: {
    /** The error summary's heading, "There is a problem". */
    summaryTitle: string;
    /** A radio group left empty. */
    required: string;
    childcareType: string;
    childcareChild: string;
    childcareChildTwice: string;
    childcareUnit: string;
    /** Hours in whole or half hours, from min to max. */
    halfHours: (min: number, max: number) => string;
    wholeNumber: (min: number, max: number) => string;
    money: string;
    moneyNegative: string;
    moneyTooHigh: string;
    age: (min: number, max: number) => string;
    screenFailed: string;
    offline: string;
  };

  /** The optional gemeente question, on its own page before the first question (decides no verdict). */
  municipality: {
    title: string;
    hint: string;
    /** The typeahead's instruction, for screen readers too. */
    listHint: string;
    skip: string;
    /** The typed name is not a gemeente of the list. */
    notFound: string;
    /** Its row on the check page and in "your answers". */
    summaryLabel: string;
    skipped: string;
  };

  /** Where to apply and find free help in the chosen gemeente (functions/local-routes). */
  localRoute: {
    /** The section on the results page and the sheet: "Aanvragen en hulp in Rotterdam". */
    title: (gemeente: string) => string;
    /** Shown when the data has nothing of the gemeente's own: the national route. */
    nationalNote: (gemeente: string) => string;
    /** Shown above a topic that falls back to the national route in a gemeente that has some of its own. */
    topicNational: string;
    topics: Record<Topic, string>;
    /** One sentence per kind of channel; phone and address come from the data. */
    what: Record<What, (facts: { phone?: string | undefined; address?: string | undefined }) => string>;
    /** The link text of a channel's page. */
    open: string;
    source: string;
    reported: string;
    checked: (date: string) => string;
    /** "You can bring someone, and this help is free", with the law behind it. */
    bringSomeone: Fact[];
  };

  /** Beside a bijstand result: what bijstand asks in return, plainly, each with its article. */
  obligations: {
    title: string;
    work: Fact;
    tegenprestatie: Fact;
    inlichtingen: Fact;
    /** Only for a single parent with a child under 5 (Pw art. 9a). */
    singleParentUnder5: Fact;
    /** Only under 27 (Pw art. 41 lid 4). */
    under27: Fact[];
  };

  /** Shown when someone says they applied and were refused. */
  refused: {
    title: (regulation: string) => string;
    facts: Fact[];
  };

  check: {
    title: string;
    intro: string;
    change: (question: string) => string;
    submit: string;
    dontKnowAnswer: string;
    none: string;
    childrenAnswer: (ages: number[]) => string;
    /** Per childcare entry its child (numbered from 1) and the hours a month the rules count from it. */
    childcareAnswer: (entries: { child: number; hoursPerMonth: number }[]) => string;
  };

  results: {
    title: string;
    loadingTitle: string;
    errorTitle: string;
    intro: string;
    /** The one-screen to-do list at the top, ordered by what each regulation is worth per year. */
    todoTitle: string;
    summaryNone: string;
    /** Per year, from the API's estimate.yearly; `upTo` when the amount is a range or an upper bound. */
    perYear: (amount: string, upTo: boolean) => string;
    /** The one "what to do now" per regulation: a link to the API's apply page, or a call. */
    todo: Record<RegulationId, { text: string; link: boolean }>;
    /** Said plainly after every link that opens a new tab. */
    newTab: string;
    /** "Do you already get this?" yes: the regulation moves here, with the means to check the amount. */
    alreadyTitle: string;
    alreadyIntro: string;
    alreadyExpected: (amount: string) => string;
    check: Record<ApplyBy, Fact>;
    /** The closed disclosure on each card: why, documents, deadlines, help. */
    more: (regulation: string) => string;
    staleNotice: string;
    /** Toeslagen of the year before, which can still be applied for (Awir art. 15 lid 1). */
    earlierYear: {
      title: (year: number) => string;
      intro: (year: number, deadline: string) => string;
      button: (year: number) => string;
      note: (year: number) => string;
    };
    /** "What if I work more?" (issue 17): worked out in the browser, never sent or counted. */
    workMore: {
      title: string;
      intro: string;
      button: string;
      /** Caption of one raise's table: "If you get €100 more a month". */
      caption: (raise: string) => string;
      regulation: string;
      now: string;
      after: string;
      /** What is left of the raise once support falls: the honest marginal rate. */
      kept: (kept: string, raise: string) => string;
      nothingChanges: string;
      /** Toeslagen test the gross yearly income; we raise it by 12 × the raise, the least it rises. */
      grossNote: string;
      /** No yearly income was given: the toeslagen are left as they are. */
      noGross: string;
      /** The gemeente may leave part of income from work out for a while (Pw art. 31 lid 2). */
      bijstandNote: string;
    };
    regulations: Record<RegulationId, string>;
    verdicts: Record<Verdict, { label: string; text: string }>;
    monthly: (amount: string) => string;
    /** The amount is an upper bound (estimate.atMost): something not asked can only lower it. */
    atMost: (amount: string) => string;
    yearly: (amount: string) => string;
    range: (min: string, max: string) => string;
    noAmount: string;
    why: string;
    law: string;
    /** Before the news sites or other organisations that also reported a rule (never the rule itself). */
    alsoReported: string;
    threshold: string;
    missing: string;
    /** Where to apply, by who decides (also the counter's hand-over sheet). */
    applyAt: Record<ApplyBy, string>;
    applyHeading: string;
    documentsHeading: string;
    deadlinesHeading: string;
    durationHeading: string;
    helpHeading: string;
    sourceLabel: string;
    repaymentTitle: string;
    repayment: Fact[];
    otherResults: string;
    receivingQuestion: string;
    reasonQuestion: string;
    reasonOptional: string;
    nonUseReasons: Record<NonUseReason, string>;
    receivingSaved: string;
    receivingFailed: string;
    yourAnswers: string;
    print: string;
    /** Next to the print button: how to get a PDF from the print dialog (no PDF library). */
    printHint: string;
    printNote: string;
    freeHelpTitle: string;
    freeHelp: Fact[];
    checkedOn: (date: string) => string;
    disclaimer: string;
  };

  nextSteps: Record<RegulationId, NextSteps>;

  /** "Save on this device" (localStorage, opt-in) and, on a later visit, "Continue where you left off". */
  device: {
    title: string;
    /** Who can see it, that nothing goes to a server, how long it is kept. */
    explain: string[];
    save: string;
    /** When a copy from an earlier visit is there: saving replaces it. */
    replaces: string;
    saved: (date: string, until: string) => string;
    remove: string;
    removed: string;
    failed: string;
    /** The folded offer in the footer of the question pages. */
    footerSummary: string;
    resumeTitle: string;
    resumeText: (date: string, until: string) => string;
    resume: string;
  };

  privacy: {
    title: string;
    intro: string[];
    browserTitle: string;
    browser: string[];
    deviceTitle: string;
    device: string[];
    serverTitle: string;
    server: string[];
    countedTitle: string;
    counted: string[];
    notCountedTitle: string;
    notCounted: string[];
    example: string;
    back: string;
  };
}
