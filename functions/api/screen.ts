import type { Context } from 'hono';
import { screeningRequestSchema } from '../contract/request';
import type { ScreeningResponse } from '../contract/result';
import { isGemeenteCode } from '../regions/gemeenten';
import { renderIn } from '../rules/content/index';
import { evaluate, UnsupportedPeildatumError } from '../rules/index';
import { amsterdamDate } from '../stats/amsterdam-date';
import { errorName, type Logger } from '../stats/log';
import { screeningSignal } from '../stats/signal';
import type { StatsStore } from '../stats/store';
import { bodyText } from './body';
import { apiError } from './errors';
import { contractIssues } from './issues';

export function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * POST /api/screen: validate → evaluate → render in the request's `lang` → respond; the statistics
 * signal goes beside the response. The engine gives codes; the texts are written here, at the edge.
 */
export async function screen(c: Context, deps: { store: StatsStore; now: () => Date; logger: Logger }) {
  let body: unknown;
  try {
    body = JSON.parse(await bodyText(c));
  } catch {
    return apiError(c, 400, 'invalid_request', 'The body is not valid JSON', [
      { path: '', message: 'Malformed JSON' },
    ]);
  }
  const parsed = screeningRequestSchema.safeParse(body);
  if (!parsed.success) {
    return apiError(
      c,
      400,
      'invalid_request',
      'The request does not match the contract',
      contractIssues(parsed.error),
    );
  }
  const request = parsed.data;
  const now = deps.now();
  const peildatum = request.peildatum ?? amsterdamDate(now);
  if (request.region !== undefined && !isGemeenteCode(request.region, peildatum)) {
    return apiError(c, 400, 'invalid_request', 'The request does not match the contract', [
      { path: 'region', message: `Not a gemeentecode of the CBS list valid on ${peildatum}` },
    ]);
  }
  let response: ScreeningResponse;
  try {
    response = renderIn(request.lang, evaluate(request.answers, { peildatum }));
  } catch (error) {
    if (error instanceof UnsupportedPeildatumError) {
      return apiError(c, 422, 'unsupported_peildatum', 'The rules cover peildata from 2026-01-01', [
        { path: 'peildatum', message: 'Before 2026-01-01' },
      ]);
    }
    deps.logger.error('rules failed', { requestId: c.get('requestId'), error: errorName(error) });
    return apiError(c, 503, 'unavailable', 'The rules cannot run right now');
  }
  try {
    await deps.store.record(screeningSignal(request, response, now));
  } catch (error) {
    deps.logger.error('stats record failed', { requestId: c.get('requestId'), error: errorName(error) });
  }
  return c.json(response, 200);
}
