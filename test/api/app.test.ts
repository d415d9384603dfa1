import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/app';
import { silentLogger } from '../../functions/stats/log';
import { StatsRecorder } from '../../functions/stats/recorder';
import { visitHasher } from '../../functions/stats/visit-hash';
import { embeddedTable, type TestTable } from '../stats/embedded-table';
import { CONTRACT_CASES, runCase, type Send, TOKEN } from './contract-cases';

// The contract through app.request(), with the real statistics store (dynalite) behind it.
let t: TestTable;
let store: StatsRecorder;
let app: ReturnType<typeof createApp>;
let send: Send;
const now = () => new Date('2026-11-24T10:00:00Z');

beforeAll(async () => {
  t = await embeddedTable();
  store = new StatsRecorder({
    table: t.table,
    mode: 'direct',
    hashSession: visitHasher('app test secret, long enough'),
    fallback: async () => {},
  });
  app = createApp({ store, statsToken: TOKEN, now, logger: silentLogger });
  send = async (method, path, init) => app.request(path, { method, ...init });
});
afterAll(() => t.close());

describe('contract, through app.request()', () => {
  it.each(CONTRACT_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await runCase(send, c);
  });
});

const post = (body: unknown) =>
  app.request('/api/screen', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const stats = async (query: string) => {
  const res = await app.request(`/api/stats?${query}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  return (await res.json()) as { rows: Record<string, unknown>[] };
};
const zt = (rows: Record<string, unknown>[]) => rows.filter((r) => r.regulation === 'zorgtoeslag');
const screenings = (rows: Record<string, unknown>[]) =>
  zt(rows).reduce((s, r) => s + Number(r.screenings ?? 0), 0);

describe('statistics through the API', () => {
  const answers = { age: 40, partner: false, children: [], receiving: { zorgtoeslag: false } };

  it('counts 200 parallel screenings exactly, and 50 repeats of one sessionId as one visit', async () => {
    const before = screenings((await stats('from=2026-11&to=2026-11')).rows);
    const results = await Promise.all(Array.from({ length: 200 }, () => post({ region: 'GM0034', answers })));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const sessionId = randomUUID();
    await Promise.all(Array.from({ length: 50 }, () => post({ region: 'GM0034', sessionId, answers })));
    expect(screenings((await stats('from=2026-11&to=2026-11')).rows) - before).toBe(201);
  });

  it('counts the reason people give, and groups by it', async () => {
    for (let i = 0; i < 12; i++) {
      await post({
        region: 'GM0200',
        answers: { ...answers, nonUseReasons: { zorgtoeslag: 'fear-of-repayment' } },
      });
    }
    // Counted exactly (the counters), published as a row of its own (shown or protected, as the
    // other small cells of this month decide).
    const counters = await store.read({ from: '2026-11', to: '2026-11' });
    const feared = counters.filter((c) => c.regulation === 'zorgtoeslag' && c.reason === 'fear-of-repayment');
    expect(feared.reduce((n, c) => n + c.screenings, 0)).toBe(12);
    const rows = zt((await stats('from=2026-11&to=2026-11&groupBy=reason')).rows);
    const row = rows.find((r) => r.receiving === 'no' && r.reason === 'fear-of-repayment');
    expect(row?.screenings ?? 12).toBe(12);
  });

  it('suppresses small cells and their complement, in JSON and CSV', async () => {
    for (let i = 0; i < 3; i++) await post({ region: 'GM0202', answers });
    const rows = zt((await stats('from=2026-11&to=2026-11&groupBy=region')).rows);
    const byRegion = Object.fromEntries(rows.map((r) => [r.region, r]));
    expect(byRegion.GM0202).toMatchObject({ screenings: null, suppressed: true });
    // GM0034 (200 + 1) and GM0200 (12) are large; GM0202 (3) alone would be 216 − 213:
    expect(byRegion.GM0200).toMatchObject({ screenings: null, suppressed: true });
    expect(byRegion.GM0034).toMatchObject({ screenings: 201, suppressed: false });
    const csv = await (
      await app.request('/api/stats?from=2026-11&to=2026-11&groupBy=region&format=csv', {
        headers: { authorization: `Bearer ${TOKEN}` },
      })
    ).text();
    expect(csv).toContain('2026-11,zorgtoeslag,citizen,unknown,no,GM0202,,true');
    expect(csv).toContain('2026-11,zorgtoeslag,citizen,unknown,no,GM0034,201,false');
  });

  it('groups by age band and household, with every requested key on every row', async () => {
    const rows = (await stats('from=2026-11&to=2026-11&groupBy=ageBand,household')).rows;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toHaveProperty('ageBand');
      expect(row).toHaveProperty('household');
      expect(row).not.toHaveProperty('region');
    }
    expect(zt(rows)).toContainEqual(expect.objectContaining({ ageBand: '27-66', household: 'single' }));
  });
});
