import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/app';
import { StatsRecorder } from '../../functions/stats/recorder';
import { visitHasher } from '../../functions/stats/visit-hash';
import { embeddedTable, type TestTable } from './embedded-table';

// What the store holds after real screenings: counters and visit records, nothing of the answers.
let t: TestTable;
const lines: string[] = [];
const SESSION = '9b2e7c1a-5d4f-4e3a-8b1c-2d3e4f5a6b7c';

beforeAll(async () => {
  t = await embeddedTable();
  const store = new StatsRecorder({
    table: t.table,
    mode: 'direct',
    hashSession: visitHasher('privacy test secret 0123'),
  });
  const logger = { info: (m: string, f?: object) => lines.push(JSON.stringify({ m, ...f })) };
  const app = createApp({
    store,
    statsToken: 'privacy-token-0123456789',
    logger: { ...logger, warn: logger.info, error: logger.info },
  });
  const answers = {
    age: 43,
    netIncomeMonthly: 123_457,
    assets: 987_653,
    rent: 76_541,
    partner: false,
    children: [],
  };
  for (const body of [
    { answers },
    { sessionId: SESSION, region: 'GM0518', answers },
    { sessionId: SESSION, answers: { ...answers, age: 44 } },
  ]) {
    const res = await app.request('/api/screen', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
  }
});
afterAll(() => t.close());

describe('privacy of what is stored and logged', () => {
  it('stores counters and visit records only, with no answer, sessionId or address in them', async () => {
    const { Items = [] } = await t.table.client.send(new ScanCommand({ TableName: t.table.table }));
    const dump = JSON.stringify(Items);
    for (const secret of ['123457', '987653', '76541', SESSION, SESSION.replaceAll('-', ''), '203.0.113.7']) {
      expect(dump).not.toContain(secret);
    }
    for (const item of Items) {
      const pk = item.pk?.S ?? '';
      const names = Object.keys(item).sort();
      if (pk.startsWith('v#')) {
        expect(names).toEqual([
          'at',
          'c',
          'c0',
          'c1',
          'k',
          'k0',
          'k1',
          'pk',
          'sk',
          'ttl',
          'w',
          'w1',
          'x0',
          'x1',
        ]);
      } else {
        expect(pk).toMatch(/^c#\d+$/);
        // Cells, and the writer numbers of exactly-once writes (a random id per Lambda instance → a count).
        for (const name of names)
          expect(
            name === 'pk' ||
              name === 'sk' ||
              /^[a-z]+\.[a-z]\.[a-z]\.[a-z-]+$/.test(name) ||
              /^q_[0-9a-f]{12}$/.test(name),
          ).toBe(true);
      }
    }
    expect(Items.filter((item) => item.pk?.S?.startsWith('v#'))).toHaveLength(1); // one visit, keyed by its hash
  });

  it('logs a request id, route, status and time only', () => {
    expect(lines.length).toBeGreaterThan(0);
    const dump = lines.join('\n');
    for (const secret of ['123457', SESSION, '203.0.113.7', 'GM0518', 'answers'])
      expect(dump).not.toContain(secret);
  });
});
