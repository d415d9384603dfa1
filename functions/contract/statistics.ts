import '../rules/zod';
import * as z from 'zod';

/**
 * The response of GET /api/stats (docs/screening-api.md, statistics extension), shared by the server
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
});

export const statsResponseSchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  /** The declared period: `2026-11`, `2026-Q2`, `2026-H1` or `2026`. */
  period: z.string(),
  minCellSize: z.number().int().min(1),
  rows: z.array(statsRowSchema),
});

export type StatsRow = z.infer<typeof statsRowSchema>;
export type StatsResponse = z.infer<typeof statsResponseSchema>;
