import type { Context } from 'hono';
import * as z from 'zod';
import type { SharesResponse, StatsResponse } from '../contract/statistics';
import { GROUP_BY_DIMENSIONS, type GroupByDimension } from '../stats/dimensions';
import { type DeclaredPeriod, declaredPeriod } from '../stats/disclosure/periods';
import { MIN_CELL_SIZE } from '../stats/disclosure/protect';
import { MAX_GROUP_BY } from '../stats/disclosure/tables';
import { errorName, type Logger } from '../stats/log';
import { MAX_ROWS, statsCsv, statsTable } from '../stats/query';
import { nationalShares } from '../stats/shares';
import type { StatsStore } from '../stats/store';
import { apiError } from './errors';
import { contractIssues } from './issues';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Must be a month YYYY-MM');

const periodRefinement = (query: { from: string; to: string }, ctx: z.RefinementCtx) => {
  if (query.from > query.to)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'Must not be before from' });
  else if (!declaredPeriod(query.from, query.to)) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message:
        'from and to must span one calendar month, quarter, half-year or year (2026-01 to 2026-03, for example)',
    });
  }
};

const statsQuerySchema = z
  .strictObject({
    from: month,
    to: month,
    groupBy: z
      .string()
      .optional()
      .transform((value, ctx): GroupByDimension[] => {
        const parts = value ? value.split(',').map((part) => part.trim()) : [];
        for (const part of parts) {
          if (!(GROUP_BY_DIMENSIONS as readonly string[]).includes(part)) {
            ctx.addIssue({
              code: 'custom',
              message: `Unknown dimension; use ${GROUP_BY_DIMENSIONS.join(', ')}`,
            });
            return z.NEVER;
          }
        }
        if (new Set(parts).size !== parts.length) {
          ctx.addIssue({ code: 'custom', message: 'A dimension is named twice' });
          return z.NEVER;
        }
        if (parts.length > MAX_GROUP_BY) {
          ctx.addIssue({
            code: 'custom',
            message: `At most ${MAX_GROUP_BY} dimensions (the declared tables)`,
          });
          return z.NEVER;
        }
        return parts as GroupByDimension[];
      }),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .superRefine(periodRefinement)
  .transform((query) => ({ ...query, period: declaredPeriod(query.from, query.to) as DeclaredPeriod }));

const sharesQuerySchema = z
  .strictObject({ from: month, to: month })
  .superRefine(periodRefinement)
  .transform((query) => ({ ...query, period: declaredPeriod(query.from, query.to) as DeclaredPeriod }));

const invalid = (c: Context, error: z.ZodError) =>
  apiError(c, 400, 'invalid_request', 'The query does not match the contract', contractIssues(error));

/** Every counter of the period's year (its tables are protected together), or null when the store is down. */
async function yearCells(c: Context, deps: { store: StatsStore; logger: Logger }, period: DeclaredPeriod) {
  try {
    return await deps.store.read({ from: `${period.year}-01`, to: `${period.year}-12` });
  } catch (error) {
    deps.logger.error('stats read failed', { requestId: c.get('requestId'), error: errorName(error) });
    return null;
  }
}

/** GET /api/stats/shares (token checked before): the national shares table of one declared period. */
export async function readShares(c: Context, deps: { store: StatsStore; logger: Logger }) {
  const parsed = sharesQuerySchema.safeParse(c.req.query());
  if (!parsed.success) return invalid(c, parsed.error);
  const { from, to, period } = parsed.data;
  const cells = await yearCells(c, deps, period);
  if (!cells) return apiError(c, 503, 'unavailable', 'The statistics store is unreachable');
  c.header('Cache-Control', 'no-store');
  const body: SharesResponse = {
    from,
    to,
    period: period.id,
    minCellSize: MIN_CELL_SIZE,
    confidence: 0.95,
    ...nationalShares(cells, period),
  };
  return c.json(body, 200);
}

/** GET /api/stats (token checked before): one declared table, protected with all the others of its year. */
export async function readStats(c: Context, deps: { store: StatsStore; logger: Logger }) {
  const parsed = statsQuerySchema.safeParse(c.req.query());
  if (!parsed.success) return invalid(c, parsed.error);
  const { from, to, groupBy, format, period } = parsed.data;
  const cells = await yearCells(c, deps, period);
  if (!cells) return apiError(c, 503, 'unavailable', 'The statistics store is unreachable');
  const { rows, withheld } = statsTable(cells, groupBy, period);
  if (rows.length > MAX_ROWS) {
    return apiError(c, 400, 'invalid_request', 'The query does not match the contract', [
      {
        path: 'groupBy',
        message: `This table has ${rows.length} rows, more than ${MAX_ROWS}; group by fewer dimensions or a shorter period`,
      },
    ]);
  }
  c.header('Cache-Control', 'no-store');
  if (format === 'csv') {
    return c.body(statsCsv(rows, groupBy, period), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="steunwijzer-${from}-${to}.csv"`,
    });
  }
  const response: StatsResponse = { from, to, period: period.id, minCellSize: MIN_CELL_SIZE, withheld, rows };
  return c.json(response, 200);
}
