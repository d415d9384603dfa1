import type { RegulationId } from '../../../../functions/rules/regulations';

/** The dashboard's copy; a new language is one more file of this type and a line in content/index.ts. */
export type Dimension = 'channel' | 'ageBand' | 'household' | 'region';

export interface DashboardContent {
  lang: string;
  locale: string;
  name: string;
  title: string;
  language: string;
  caveatTitle: string;
  caveat: string[];
  signIn: {
    title: string;
    intro: string;
    token: string;
    tokenHint: string;
    submit: string;
    checking: string;
    wrongToken: string;
    empty: string;
    failed: string;
    signOut: string;
  };
  period: {
    title: string;
    from: string;
    to: string;
    show: string;
    invalid: string;
    tooLong: (max: number) => string;
    loading: string;
    shown: (from: string, to: string) => string;
  };
  regulations: Record<RegulationId, string>;
  columns: {
    regulation: string;
    estimate: string;
    month: string;
    group: string;
    reason: string;
    screenings: string;
    entitled: string;
    notReceiving: string;
    share: string;
    unanswered: string;
    count: string;
  };
  counts: {
    fewerThan: (n: number) => string;
    between: (min: number, max: number) => string;
    percent: (value: string) => string;
    notComputable: string;
  };
  estimates: {
    figure: (figure: string, year: number) => string;
    none: string;
    about: string;
    justOver: string;
  };
  summary: { title: string; tableCaption: string; intro: string };
  trend: { title: string; intro: string; chartLabel: (regulation: string) => string; tableCaption: string };
  breakdown: {
    title: string;
    intro: string;
    by: string;
    dimensions: Record<Dimension, string>;
    values: Record<string, string>;
    largest: (n: number) => string;
    notGiven: string;
    chartLabel: (regulation: string, dimension: string) => string;
    tableCaption: (dimension: string) => string;
  };
  reasons: {
    wholePeriod: string;
    title: string;
    intro: string;
    labels: Record<string, string>;
    chartLabel: (regulation: string) => string;
    tableCaption: string;
    none: string;
  };
  download: { button: string; note: string };
  empty: string;
}
