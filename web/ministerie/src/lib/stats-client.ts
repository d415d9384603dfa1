// The responses of GET /api/stats and /api/stats/shares (docs/screening-api.md): the contract module's
// types only, so the page, built apart from the server, reads the contract and none of the server's code.
import type { GroupBy, SharesResponse, StatsResponse } from '../../../../functions/contract/statistics';

export type {
  GroupBy,
  ShareRow,
  SharesResponse,
  StatsResponse,
  StatsRow,
} from '../../../../functions/contract/statistics';

type Result<T> = { ok: true; data: T } | { ok: false; error: 'unauthorized' | 'invalid' | 'failed' };
export type StatsResult = Result<StatsResponse>;
export type SharesResult = Result<SharesResponse>;

/**
 * GET `path` with the token held in memory by the caller: it goes in the Authorization header only,
 * never in the URL or any storage.
 */
async function readWithToken<T>(token: string, path: string, fetchImpl: typeof fetch): Promise<Result<T>> {
  try {
    const response = await fetchImpl(path, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      cache: 'no-store',
      credentials: 'omit',
    });
    if (response.status === 401) return { ok: false, error: 'unauthorized' };
    if (response.status === 400) return { ok: false, error: 'invalid' };
    if (!response.ok) return { ok: false, error: 'failed' };
    return { ok: true, data: (await response.json()) as T };
  } catch {
    return { ok: false, error: 'failed' };
  }
}

/** The published rows of a declared period, optionally by one or two dimensions. */
export function fetchStats(
  token: string,
  query: { from: string; to: string; groupBy?: GroupBy },
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<StatsResult> {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.groupBy) params.set('groupBy', query.groupBy);
  return readWithToken(token, `/api/stats?${params}`, fetchImpl);
}

/** The national shares of a declared period. */
export function fetchShares(
  token: string,
  query: { from: string; to: string },
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<SharesResult> {
  return readWithToken(
    token,
    `/api/stats/shares?${new URLSearchParams({ from: query.from, to: query.to })}`,
    fetchImpl,
  );
}
