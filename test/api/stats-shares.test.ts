import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/app';
import type { SharesResponse } from '../../functions/contract/statistics';
import { REGULATION_IDS } from '../../functions/rules/index';
import { rulesVersion } from '../../functions/rules/rules-version';
import { silentLogger } from '../../functions/stats/log';
import { StatsRecorder } from '../../functions/stats/recorder';
import { visitHasher } from '../../functions/stats/visit-hash';
import { wilsonInterval } from '../../functions/stats/wilson';
import { embeddedTable, type TestTable } from '../stats/embedded-table';
import { SEEDED_REGIONS, seededRequests } from '../support/seeded-month';
import { TOKEN } from './contract-cases';

// About 700 screenings of June 2026 through POST /api/screen, counted by the real store
// (dynalite), read back through GET /api/stats/shares: the done-when of the statistics issue.
let t: TestTable;
let app: ReturnType<typeof createApp>;
const requests = seededRequests();

beforeAll(async () => {
  t = await embeddedTable();
  const store = new StatsRecorder({
    table: t.table,
    mode: 'direct',
    hashSession: visitHasher('shares test secret, long enough'),
    fallback: async () => {},
  });
  app = createApp({
    store,
    statsToken: TOKEN,
    now: () => new Date('2026-06-15T10:00:00Z'),
    logger: silentLogger,
  });
  for (let i = 0; i < requests.length; i += 50) {
    const batch = requests.slice(i, i + 50).map((body) =>
      app.request('/api/screen', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
    for (const res of await Promise.all(batch)) expect(res.status).toBe(200);
  }
}, 120_000);
afterAll(() => t.close());

const get = (path: string) => app.request(path, { headers: { authorization: `Bearer ${TOKEN}` } });
const shares = async (from: string, to: string) => {
  const res = await get(`/api/stats/shares?from=${from}&to=${to}`);
  expect(res.status).toBe(200);
  return (await res.json()) as SharesResponse;
};

describe('national shares with intervals, on about 700 screenings in one month', () => {
  it('seeds both channels and five municipalities', () => {
    expect(new Set(requests.map((r) => r.channel))).toEqual(new Set(['citizen', 'counter']));
    expect(new Set(requests.map((r) => r.region))).toEqual(new Set(SEEDED_REGIONS));
  });

  it.each([
    ['the month', '2026-06', '2026-06', '2026-06'],
    ['the half-year', '2026-01', '2026-06', '2026-H1'],
  ])(
    'gives every regulation a share with a Wilson interval and its n for %s',
    async (_, from, to, id) => {
      const body = await shares(from, to);
      expect(body).toMatchObject({ period: id, withheld: false, confidence: 0.95, minCellSize: 10 });
      expect(body.shares.map((s) => s.regulation)).toEqual([...REGULATION_IDS]);
      for (const row of body.shares) {
        const { share, low, high, nLow, nHigh } = row;
        if (share === null || low === null || high === null || nLow === null || nHigh === null) {
          throw new Error(`${row.regulation} has no share with an interval: ${JSON.stringify(row)}`);
        }
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThan(share);
        expect(high).toBeGreaterThan(share);
        const no = row.notReceiving as number;
        const yes = row.receiving as number;
        expect(share).toBeCloseTo(no / (no + yes), 12);
        if (!row.suppressed) {
          const n = no + yes + (row.unanswered as number);
          expect([row.n, nLow, nHigh]).toEqual([n, n, n]);
          // All unanswered counted as receiving, and all as not receiving (Wilson 1927).
          expect(low).toBe(wilsonInterval(no, n).low);
          expect(high).toBe(wilsonInterval(no + (row.unanswered as number), n).high);
        } else {
          // A small count is published as "fewer than 10" and widens the interval over its range.
          expect(row.fewerThanMin.length).toBeGreaterThan(0);
          for (const name of row.fewerThanMin) expect(row[name]).toBeNull();
          expect(nHigh - nLow).toBe(8 * row.fewerThanMin.length);
        }
      }
    },
    120_000,
  );

  it('puts the rules version on every row of every table', async () => {
    const res = await get('/api/stats?from=2026-01&to=2026-06');
    const body = (await res.json()) as { rows: { rulesVersions: string[] }[] };
    expect(body.rows.length).toBeGreaterThan(0);
    for (const row of body.rows) expect(row.rulesVersions).toEqual([rulesVersion('2026-06-15')]);
  });

  it('answers 401 without a token and 400 outside the declared periods', async () => {
    expect((await app.request('/api/stats/shares?from=2026-06&to=2026-06')).status).toBe(401);
    expect((await get('/api/stats/shares?from=2026-05&to=2026-06')).status).toBe(400);
    expect((await get('/api/stats/shares?from=2026-06&to=2026-06&groupBy=region')).status).toBe(400);
  });
});
