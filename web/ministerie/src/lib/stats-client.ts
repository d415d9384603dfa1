// The response of GET /api/stats (docs/screening-api.md), declared here as types only: the page is
// built apart from the server, and reads the contract, not the server's code.

/** The dimensions `groupBy` may name. */
export type GroupBy = 'region' | 'ageBand' | 'household' | 'reason';

/** One published cell. A protected cell has `screenings: null` and `suppressed: true`. */
export interface StatsRow {
  /** A month table's month (`YYYY-MM`)… */
  month?: string;
  /** …or a longer period's id (`2026-Q2`, `2026-H1`, `2026`). */
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
  /** The parameter sets the row's screenings were evaluated with. */
  rulesVersions?: string[];
}

export interface StatsResponse {
  from: string;
  to: string;
  /** The declared period: `2026-11`, `2026-Q2`, `2026-H1` or `2026`. */
  period: string;
  minCellSize: number;
  /** The year has too few screenings to publish this table at all (no rows: not zero). */
  withheld?: boolean;
  rows: StatsRow[];
}

/** One regulation's national share (GET /api/stats/shares). */
export interface ShareRow {
  regulation: string;
  notReceiving: number | null;
  receiving: number | null;
  unanswered: number | null;
  fewerThanMin: ('notReceiving' | 'receiving' | 'unanswered')[];
  n: number | null;
  nLow: number | null;
  nHigh: number | null;
  share: number | null;
  low: number | null;
  high: number | null;
  suppressed: boolean;
  rulesVersions: string[];
}

export interface SharesResponse {
  from: string;
  to: string;
  period: string;
  minCellSize: number;
  confidence: number;
  withheld: boolean;
  shares: ShareRow[];
}

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
