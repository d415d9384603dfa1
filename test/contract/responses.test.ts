import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/app';
import { screeningResponseSchema } from '../../functions/contract/response';
import { statsResponseSchema } from '../../functions/contract/statistics';
import { silentLogger } from '../../functions/stats/log';
import { StatsRecorder } from '../../functions/stats/recorder';
import { visitHasher } from '../../functions/stats/visit-hash';
import { TOKEN } from '../api/contract-cases';
import { embeddedTable, type TestTable } from '../stats/embedded-table';
import { adult } from '../support/screen';

// The contract module's schemas against what the server really answers (the dashboard
// relies on its types), with the real store (dynalite) behind the API.
let t: TestTable;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  t = await embeddedTable();
  const store = new StatsRecorder({
    table: t.table,
    mode: 'direct',
    hashSession: visitHasher('contract test secret, long enough'),
    fallback: async () => {},
  });
  app = createApp({
    store,
    statsToken: TOKEN,
    now: () => new Date('2026-11-24T10:00:00Z'),
    logger: silentLogger,
  });
  const answers = { age: 40, partner: false, children: [], receiving: { zorgtoeslag: false } };
  for (let i = 0; i < 12; i++)
    await app.request('/api/screen', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ region: 'GM0034', answers }),
    });
});
afterAll(() => t.close());

describe('GET /api/stats matches functions/contract/statistics.ts', () => {
  it.each(['', '&groupBy=region', '&groupBy=ageBand,household', '&groupBy=reason'])(
    'from=2026-11&to=2026-11%s',
    async (groupBy) => {
      const res = await app.request(`/api/stats?from=2026-11&to=2026-11${groupBy}`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(res.status).toBe(200);
      const parsed = statsResponseSchema.safeParse(await res.json());
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(parsed.data?.rows.length).toBeGreaterThan(0);
    },
  );

  it('and a quarter, whose rows carry a period', async () => {
    const res = await app.request('/api/stats?from=2026-10&to=2026-12', {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const parsed = statsResponseSchema.parse(await res.json());
    expect(parsed.period).toBe('2026-Q4');
    expect(parsed.rows.every((row) => row.period === '2026-Q4' && row.month === undefined)).toBe(true);
  });
});

describe('POST /api/screen matches functions/contract/response.ts', () => {
  const cases = [
    { name: 'no answers, Dutch', body: { answers: {} } },
    { name: 'a single adult, English', body: { lang: 'en', peildatum: '2026-03-01', answers: adult } },
    {
      name: "don't-know answers (ranges)",
      body: {
        peildatum: '2026-03-01',
        answers: { ...adult, netIncomeMonthly: undefined, dontKnow: ['netIncomeMonthly'] },
      },
    },
    { name: 'a 2027 peildatum (carried-over values)', body: { peildatum: '2027-02-01', answers: adult } },
  ];
  it.each(cases.map((c) => [c.name, c.body] as const))('%s', async (_name, body) => {
    const res = await app.request('/api/screen', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    const parsed = screeningResponseSchema.safeParse(await res.json());
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
