import type { QuestionId } from '../../../src/content/types';

/**
 * The counter's own copy: short labels for staff who fill the form in with a visitor, and the
 * handover sheet's headings. Regulation names, verdicts, next steps and non-use reasons come from
 * the citizen app's content (web/src/content), so both channels say the same thing.
 */
export type GroupId = 'household' | 'situation' | 'income' | 'assets' | 'housing' | 'children';

export interface FieldCopy {
  label: string;
  help?: string;
  /** Labels for choice options, keyed by option value. */
  options?: Record<string, string>;
}

export interface CounterContent {
  lang: string;
  locale: string;
  name: string;
  title: string;
  intro: string;
  skipLink: string;
  staffLanguage: string;
  newVisitor: string;
  newVisitorDone: string;
  /** "New visitor" can be undone for a few seconds (a slip of the keyboard must not cost a visit). */
  undoNewVisitor: string;
  newVisitorUndone: string;
  /** The device's gemeente, set by name (the CBS code is what is stored and sent). */
  region: {
    label: string;
    hint: string;
    current: (name: string) => string;
    notSet: string;
    change: string;
    save: string;
    cancel: string;
    invalid: string;
  };
  formTitle: string;
  groups: Record<GroupId, string>;
  questions: Record<QuestionId, FieldCopy>;
  fields: {
    unanswered: string;
    yes: string;
    no: string;
    dontKnow: string;
    euro: string;
    period: Record<'month' | 'year' | 'stock', string>;
    years: string;
    childAge: (n: number) => string;
    childcareCount: string;
    childcareChild: (n: number) => string;
    childcareType: string;
    childcareTypes: Record<'dagopvang' | 'bso' | 'gastouder', string>;
    childcareHours: string;
    childcareRate: string;
    workingApplicant: string;
    workingPartner: string;
    neededFor: (regulations: string) => string;
  };
  errors: {
    wholeNumber: (min: number, max: number) => string;
    money: string;
    moneyNegative: string;
    moneyTooHigh: string;
  };
  results: {
    title: string;
    live: string;
    sent: string;
    sending: string;
    notSent: string;
    sendFailed: string;
    stale: string;
  };
  handover: {
    title: string;
    intro: string;
    visitorLanguage: string;
    print: string;
    empty: string;
  };
  /** The printed sheet, in this language; a second language prints beside it. */
  sheet: {
    title: string;
    date: (date: string) => string;
    intro: string;
    entitled: string;
    where: string;
    how: string;
    documents: string;
    deadlines: string;
    help: string;
    checklist: string;
    checkApply: (regulation: string) => string;
    checkDocuments: string;
    none: string;
    disclaimer: string;
    /** The counter's gemeente, named at the top of the sheet. */
    gemeente: (name: string) => string;
  };
}
