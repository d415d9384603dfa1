/**
 * The shapes `GET /api/stats` and `GET /api/stats/shares` answer with, in one place (a shared
 * contract module may take them over). Documented in docs/screening-api.md, "Statistics v2".
 */

export interface StatsRow {
  /** A month table's month (`YYYY-MM`)… */
  month?: string;
  /** …or a longer period's id (`2026-Q1`, `2026-H2`, `2026`). */
  period?: string;
  regulation: string;
  channel: string;
  verdict: string;
  receiving: string;
  region?: string | null;
  ageBand?: string | null;
  household?: string | null;
  reason?: string | null;
  screenings: number | null;
  suppressed: boolean;
  /**
   * The parameter sets (rules versions, `2026-07-01.3f9a0c21`) the row's screenings were
   * evaluated with, oldest first; more than one means a norm changed within the row, so it does
   * not continue a series of one version. Empty for screenings counted before versions were kept.
   */
  rulesVersions: string[];
}

export type ShareCount = 'notReceiving' | 'receiving' | 'unanswered';

/**
 * One regulation's national share who say they do not receive it, among `likely` and `possibly`
 * results of both channels. The three counts are the cells of the national shares table: a
 * suppressed one is null, and listed in `fewerThanMin` when it is known to be 1 to
 * minCellSize − 1 (then the interval takes it at its most uncertain). Without a bound on every
 * suppressed count there is no interval.
 */
export interface ShareRow {
  regulation: string;
  /** Said they do not receive it. */
  notReceiving: number | null;
  /** Said they receive it already. */
  receiving: number | null;
  /** Did not answer "already receiving?". */
  unanswered: number | null;
  /** The suppressed counts known to be 1 to minCellSize − 1. */
  fewerThanMin: ShareCount[];
  /** notReceiving + receiving + unanswered: the interval's n, or its bounds (nLow = nHigh when exact). */
  n: number | null;
  nLow: number | null;
  nHigh: number | null;
  /** notReceiving ÷ (notReceiving + receiving): among those who answered; null unless both are shown and one is not 0. */
  share: number | null;
  /**
   * The Wilson 95 % interval, widened by the unanswered (from all of them receiving to all of
   * them not receiving) and over every value a count fewer than minCellSize may have.
   */
  low: number | null;
  high: number | null;
  /** True when any of the three counts is suppressed. */
  suppressed: boolean;
  /** As StatsRow.rulesVersions, over the three counts. */
  rulesVersions: string[];
}

export interface SharesResponse {
  from: string;
  to: string;
  period: string;
  minCellSize: number;
  confidence: 0.95;
  /** True when the year has too few screenings to publish this table at all. */
  withheld: boolean;
  shares: ShareRow[];
}
