import '../rules/zod';
import * as z from 'zod';

/**
 * The responses of GET /api/stats and GET /api/stats/shares (docs/screening-api.md, statistics), shared by the server
 * (functions/stats/query.ts builds the rows, functions/api/stats.ts answers), the ministry dashboard
 * (types only: it reads the contract, not the server's code) and the tests (the schema).
 */

/** The dimensions `groupBy` may name. */
export type GroupBy = 'region' | 'ageBand' | 'household' | 'reason';

/** One published cell. A protected cell has `screenings: null` and `suppressed: true`. */
export const statsRowSchema = z.strictObject({
  /** A month table's month (`YYYY-MM`)… */
  month: z.string().optional(),
  /** …or a longer period's id (`2026-Q2`, `2026-H1`, `2026`). */
  period: z.string().optional(),
  regulation: z.string(),
  channel: z.string(),
  verdict: z.string(),
  receiving: z.string(),
  region: z.string().nullable().optional(),
  ageBand: z.string().nullable().optional(),
  household: z.string().nullable().optional(),
  reason: z.string().nullable().optional(),
  screenings: z.number().int().min(0).nullable(),
  suppressed: z.boolean(),
  /**
   * The parameter sets (rules versions, `2026-07-01.3f9a0c21`) the row's screenings were evaluated
   * with, oldest first; more than one means a norm changed within the row, so it does not continue
   * a series of one version. Empty for screenings counted before versions were kept.
   */
  rulesVersions: z.array(z.string()),
});

export const statsResponseSchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  /** The declared period: `2026-11`, `2026-Q2`, `2026-H1` or `2026`. */
  period: z.string(),
  minCellSize: z.number().int().min(1),
  /** The year has too few screenings to publish this table at all (no rows: not zero). */
  withheld: z.boolean(),
  rows: z.array(statsRowSchema),
});

export type StatsRow = z.infer<typeof statsRowSchema>;
export type StatsResponse = z.infer<typeof statsResponseSchema>;

const shareCount = z.enum(['notReceiving', 'receiving', 'unanswered']);
export type ShareCount = z.infer<typeof shareCount>;
const share = z.number().min(0).max(1).nullable();
const count = z.number().int().min(0).nullable();

/**
 * One regulation's national share who say they do not receive it, among `likely` and `possibly`
 * results of both channels (GET /api/stats/shares). The three counts are the cells of the national
 * shares table: a suppressed one is null, and listed in `fewerThanMin` when it is known to be 1 to
 * minCellSize − 1 (the interval then takes it at its most uncertain).
 */
export const shareRowSchema = z.strictObject({
  regulation: z.string(),
  /** Said they do not receive it. */
  notReceiving: count,
  /** Said they receive it already. */
  receiving: count,
  /** Did not answer "already receiving?". */
  unanswered: count,
  fewerThanMin: z.array(shareCount),
  /** notReceiving + receiving + unanswered: the interval's n, or its bounds (nLow = nHigh when exact). */
  n: count,
  nLow: count,
  nHigh: count,
  /** notReceiving ÷ (notReceiving + receiving), among those who answered. */
  share,
  /** The Wilson 95 % interval, widened by the unanswered and by every value a small count may have. */
  low: share,
  high: share,
  suppressed: z.boolean(),
  rulesVersions: z.array(z.string()),
});

export const sharesResponseSchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  period: z.string(),
  minCellSize: z.number().int().min(1),
  confidence: z.literal(0.95),
  withheld: z.boolean(),
  shares: z.array(shareRowSchema),
});

export type ShareRow = z.infer<typeof shareRowSchema>;
export type SharesResponse = z.infer<typeof sharesResponseSchema>;
