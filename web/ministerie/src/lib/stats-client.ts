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

export type SharesResult =
  | { ok: true; data: SharesResponse }
  | { ok: false; error: 'unauthorized' | 'invalid' | 'failed' };

/** The national shares of a declared period, with the same token handling as fetchStats. */
export async function fetchShares(
  token: string,
  query: { from: string; to: string },
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<SharesResult> {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  try {
    const response = await fetchImpl(`/api/stats/shares?${params}`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      cache: 'no-store',
      credentials: 'omit',
    });
    if (response.status === 401) return { ok: false, error: 'unauthorized' };
    if (response.status === 400) return { ok: false, error: 'invalid' };
    if (!response.ok) return { ok: false, error: 'failed' };
    return { ok: true, data: (await response.json()) as SharesResponse };
  } catch {
    return { ok: false, error: 'failed' };
  }
}

export type StatsResult =
  | { ok: true; data: StatsResponse }
  | { ok: false; error: 'unauthorized' | 'invalid' | 'failed' };

/**
 * Reads the statistics with the token held in memory by the caller: it goes in the Authorization
 * header only, never in the URL or any storage.
 */
export async function fetchStats(
  token: string,
  query: { from: string; to: string; groupBy?: GroupBy },
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<StatsResult> {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.groupBy) params.set('groupBy', query.groupBy);
  try {
    const response = await fetchImpl(`/api/stats?${params}`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      cache: 'no-store',
      credentials: 'omit',
    });
    if (response.status === 401) return { ok: false, error: 'unauthorized' };
    if (response.status === 400) return { ok: false, error: 'invalid' };
    if (!response.ok) return { ok: false, error: 'failed' };
    return { ok: true, data: (await response.json()) as StatsResponse };
  } catch {
    return { ok: false, error: 'failed' };
  }
}
