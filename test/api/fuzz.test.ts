import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/app';
import { silentLogger } from '../../functions/stats/log';
import { StatsRecorder } from '../../functions/stats/recorder';
import { visitHasher } from '../../functions/stats/visit-hash';
import { embeddedTable, type TestTable } from '../stats/embedded-table';
import { anyAnswers } from '../support/arbitraries';

// Thousands of random bodies at POST /api/screen: only 200 or a 4xx, never a 5xx, never a stack.
let t: TestTable;
let app: ReturnType<typeof createApp>;
let recorder: StatsRecorder;

beforeAll(async () => {
  t = await embeddedTable();
  recorder = new StatsRecorder({
    table: t.table,
    mode: 'write-behind',
    hashSession: visitHasher('fuzz secret, long enough'),
  });
  app = createApp({ store: recorder, statsToken: 'fuzz-token-0123456789', logger: silentLogger });
});
afterAll(async () => {
  await recorder.close();
  await t.close();
});

const fields = ['peildatum', 'channel', 'region', 'lang', 'sessionId', 'answers', 'extra'];
const oddValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    '2026-02-30',
    '2025-12-31',
    '2026-13-01',
    '9999-12-31',
    'GM0363',
    'citizen',
    'counter',
    'en',
    '3f0c5d0e-8a51-4c3e-9d8e-3b7b4f1f2a10',
    1e308,
    -0,
    Number.MAX_SAFE_INTEGER,
    '__proto__',
  ),
);
/** Mostly near-valid requests (valid answers, one field bent), some pure noise. */
const body = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record(
        {
          answers: anyAnswers,
          peildatum: fc.constantFrom('2026-01-01', '2026-11-24', '2027-06-30', '2031-01-01'),
        },
        { requiredKeys: ['answers'] },
      )
      .map((b) => JSON.stringify(b)),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(anyAnswers, fc.constantFrom(...fields), oddValue, fc.string({ maxLength: 12 }), oddValue)
      .map(([answers, field, value, key, answerValue]) =>
        JSON.stringify({ answers: { ...answers, [key]: answerValue }, [field]: value }),
      ),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{"answers":{}',
      '{"answers":{"__proto__":{"age":1}}}',
      '{"constructor":{}}',
      '',
      'null',
    ),
  },
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  '',
  'application/jsonx',
);

describe('POST /api/screen under random input', () => {
  it('answers only 200 or 4xx with the error body, and stays healthy', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(body, contentType, async (text, type) => {
        const res = await app.request('/api/screen', {
          method: 'POST',
          headers: type ? { 'content-type': type } : {},
          body: text,
        });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const out = await res.text();
        expect([200, 400, 413, 415, 422]).toContain(res.status);
        expect(out).not.toMatch(/\bat .+:\d+:\d+|node_modules/);
        if (res.status !== 200) expect(JSON.parse(out).error.code).toEqual(expect.any(String));
      }),
      { numRuns: 3_000, interruptAfterTimeLimit: 40_000, seed: 20261201 },
    );
    expect(statuses.get(200)).toBeGreaterThan(300);
    expect(statuses.get(400)).toBeGreaterThan(500);
    await recorder.flush();
    expect((await app.request('/api/health')).status).toBe(200);
  });
});
