import type { NonUseReason } from '../../../functions/rules/answers';
import type { ApplyBy, RegulationId } from '../../../functions/rules/regulations';
import type { Lang } from '../../../functions/rules/request';
import type { Verdict } from '../../../functions/rules/result';

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
  /** The API language for reason texts (a code functions/rules/content/languages.ts registers). */
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
