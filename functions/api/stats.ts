import type { Context } from 'hono';
import * as z from 'zod';
import { GROUP_BY_DIMENSIONS, type GroupByDimension } from '../stats/dimensions';
import { errorName, type Logger } from '../stats/log';
import { monthsBetween } from '../stats/months';
import { MIN_CELL_SIZE, statsCsv, statsRows } from '../stats/query';
import type { StatsStore } from '../stats/store';
import { apiError } from './errors';
import { contractIssues } from './issues';

const MAX_MONTHS = 36;
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Must be a month YYYY-MM');

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
        return parts as GroupByDimension[];
      }),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .superRefine((query, ctx) => {
    if (query.from > query.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Must not be before from' });
    else if (monthsBetween(query.from, query.to).length > MAX_MONTHS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `At most ${MAX_MONTHS} months` });
    }
  });

/** GET /api/stats (token checked before): aggregate counters only, small cells suppressed. */
export async function readStats(c: Context, deps: { store: StatsStore; logger: Logger }) {
  const parsed = statsQuerySchema.safeParse(c.req.query());
  if (!parsed.success) {
    return apiError(
      c,
      400,
      'invalid_request',
      'The query does not match the contract',
      contractIssues(parsed.error),
    );
  }
  const { from, to, groupBy, format } = parsed.data;
  let cells: Awaited<ReturnType<StatsStore['read']>>;
  try {
    cells = await deps.store.read({ from, to });
  } catch (error) {
    deps.logger.error('stats read failed', { requestId: c.get('requestId'), error: errorName(error) });
    return apiError(c, 503, 'unavailable', 'The statistics store is unreachable');
  }
  const rows = statsRows(cells, groupBy);
  c.header('Cache-Control', 'no-store');
  if (format === 'csv') {
    return c.body(statsCsv(rows, groupBy), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="steunwijzer-${from}-${to}.csv"`,
    });
  }
  return c.json({ from, to, minCellSize: MIN_CELL_SIZE, rows }, 200);
}
