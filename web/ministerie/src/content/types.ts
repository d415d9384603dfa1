import type { RegulationId } from '../../../../functions/contract/regulations';
import type { PeriodKind } from '../lib/periods';
import type { ColumnKey } from '../lib/views';

/** The groups a breakdown table is by; the channel is a column of every table. */
export type Dimension = 'ageBand' | 'household' | 'region';

/** The dashboard's copy; a new language is one more file of this type and a line in content/index.ts. */
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
    kind: string;
    which: string;
    kinds: Record<PeriodKind, string>;
    quarter: (n: number, year: string) => string;
    half: (n: number, year: string) => string;
    show: string;
    loading: string;
    shown: (period: string) => string;
  };
  regulations: Record<RegulationId, string>;
  columns: Record<ColumnKey, string>;
  /** A protected cell: its count is not published (it may be small, or give a small one away). */
  suppressed: string;
  channels: Record<string, string>;
  verdicts: Record<string, string>;
  receiving: Record<string, string>;
  percent: (value: string) => string;
  estimates: {
    figure: (figure: string, year: number) => string;
    none: string;
    about: string;
    justOver: string;
    almost: string;
    /** The official series' direction, from its first figure to its last. */
    trend: Record<'rising' | 'falling' | 'flat', string>;
    trendText: (direction: string, from: string, to: string) => string;
    noTrend: string;
  };
  /** The national shares with their intervals (GET /api/stats/shares). */
  shares: {
    title: string;
    intro: string;
    tableCaption: (period: string) => string;
    fewerThan10: string;
    noShare: string;
    noInterval: string;
    chartLabel: (period: string) => string;
    barText: (share: string, low: string, high: string, n: string) => string;
  };
  /** A table withheld for the year: too few screenings to publish it at all. */
  withheld: string;
  /** How to read the figures: self-selection, double counting, the protection, small n. */
  methods: { title: string; items: string[] };
  estimatesTable: { title: string; intro: string; tableCaption: string };
  summary: { title: string; tableCaption: (period: string) => string; intro: string };
  breakdown: {
    title: string;
    intro: string;
    by: string;
    dimensions: Record<Dimension, string>;
    values: Record<string, string>;
    notGiven: string;
    tableCaption: (dimension: string, period: string) => string;
  };
  reasons: {
    title: string;
    intro: string;
    labels: Record<string, string>;
    tableCaption: (period: string) => string;
    none: string;
  };
  download: {
    /** The Dutch-Excel variant: `;` and decimal commas. */
    excel: string;
    button: string;
    note: string;
  };
  empty: string;
}
