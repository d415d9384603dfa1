import { QueryCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { VISIT_TTL_SECONDS } from '../../functions/stats/apply';
import { TTL_ATTRIBUTE } from '../../functions/stats/dynamo';
import { type BackendTable, storageBackends } from './backends';
import { embeddedTable } from './embedded-table';

const sum = (items: { cells: Record<string, number> }[], name: string) =>
  items.reduce((total, item) => total + (item.cells[name] ?? 0), 0);

// The adapter against real DynamoDB-compatible servers, no mocks: the embedded one (dynalite) and
// AWS's DynamoDB Local. Both must give the same answers to the same writes.
describe.each(storageBackends())('on $name', (backend) => {
  let t: BackendTable;
  beforeAll(async () => {
    await backend.start();
    t = await backend.table();
  });
  afterAll(async () => {
    await t?.close();
    await backend.stop();
  });

  describe('counter items', () => {
    it('adds increments on any shard and sums them on read, within the months asked', async () => {
      for (let shard = 0; shard < t.table.shards; shard++) {
        await t.table.addCells(
          '2026-03',
          'ch=citizen#rg=-#ab=-#hh=-',
          { 'zt.l.n.-': 2, 'ht.u.y.-': 1 },
          shard,
        );
      }
      await t.table.addCells('2026-03', 'ch=citizen#rg=-#ab=-#hh=-', { 'zt.l.n.-': -1 }, 3);
      await t.table.addCells('2026-04', 'ch=citizen#rg=-#ab=-#hh=-', { 'zt.l.n.-': 5 }, 0);
      const march = await t.table.readMonths('2026-03', '2026-03');
      expect(sum(march, 'zt.l.n.-')).toBe(2 * t.table.shards - 1);
      expect(sum(march, 'ht.u.y.-')).toBe(t.table.shards);
      expect(new Set(march.map((item) => item.month))).toEqual(new Set(['2026-03']));
      const both = await t.table.readMonths('2026-02', '2026-04');
      expect(sum(both, 'zt.l.n.-')).toBe(2 * t.table.shards - 1 + 5);
    });

    it('applies a guarded write once, however often it is replayed', async () => {
      const d = { 'ab.p.u.-': 1 };
      await Promise.all(
        [1, 2, 3].map(() => t.table.addCellsOnce('2026-05', 'ch=counter#rg=-#ab=-#hh=-', d, 2, 'w1.0')),
      );
      await t.table.addCellsOnce('2026-05', 'ch=counter#rg=-#ab=-#hh=-', d, 2, 'w1.0');
      await t.table.addCellsOnce('2026-05', 'ch=counter#rg=-#ab=-#hh=-', d, 2, 'w2.0');
      expect(sum(await t.table.readMonths('2026-05', '2026-05'), 'ab.p.u.-')).toBe(2);
    });

    it('drops expired guards when it writes a new one', async () => {
      const key = { pk: { S: 'c#1' }, sk: { S: '2026-06#ch=citizen#rg=-#ab=-#hh=-' } };
      await t.table.client.send(
        new UpdateItemCommand({
          TableName: t.table.table,
          Key: key,
          UpdateExpression: 'SET g_old = :past',
          ExpressionAttributeValues: { ':past': { N: '1' } },
        }),
      );
      await t.table.addCellsOnce('2026-06', 'ch=citizen#rg=-#ab=-#hh=-', { 'zt.l.n.-': 1 }, 1, 'fresh');
      const item = await t.table.client.send(
        new QueryCommand({
          TableName: t.table.table,
          KeyConditionExpression: 'pk = :pk AND sk = :sk',
          ExpressionAttributeValues: { ':pk': key.pk, ':sk': key.sk },
        }),
      );
      expect(item.Items?.[0]?.g_old).toBeUndefined();
      expect(item.Items?.[0]?.g_fresh?.N).toBeDefined();
    });
  });

  describe('visit records', () => {
    const at = Date.UTC(2026, 10, 10, 12);
    const write = (k: string, when: number, w: string) => ({
      k,
      c: ['zt.l.n.-'],
      at: when,
      w,
      expiresAt: Math.floor(when / 1000) + VISIT_TTL_SECONDS,
    });

    it('swaps in a later screening and returns what it replaced', async () => {
      expect(await t.table.swapVisit('h1', '2026-11', write('a', at, 'w1'))).toEqual({
        kind: 'applied',
        old: null,
      });
      const second = await t.table.swapVisit('h1', '2026-11', write('b', at + 1, 'w2'));
      expect(second).toMatchObject({ kind: 'applied', old: { k: 'a', c: ['zt.l.n.-'] } });
    });

    it('refuses an earlier screening of the same visit (it never counts)', async () => {
      expect(await t.table.swapVisit('h1', '2026-11', write('c', at - 10, 'w0'))).toEqual({
        kind: 'superseded',
      });
    });

    it('recognises its own write on a replay and returns what that write replaced', async () => {
      expect(await t.table.swapVisit('h1', '2026-11', write('b', at + 1, 'w2'))).toMatchObject({
        kind: 'replayed',
        old: { k: 'a' },
      });
    });

    it('keeps a visit per month', async () => {
      expect(await t.table.swapVisit('h1', '2026-12', write('z', at + 2, 'w3'))).toEqual({
        kind: 'applied',
        old: null,
      });
    });

    it('sets the TTL attribute within 7 days, and the local sweep deletes only expired records', async () => {
      const now = Math.floor(Date.now() / 1000);
      await t.table.swapVisit('fresh', '2026-11', write('a', now * 1000, 'w9'));
      const items = await t.table.client.send(
        new QueryCommand({
          TableName: t.table.table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': { S: 'v#fresh' } },
        }),
      );
      const ttl = Number(items.Items?.[0]?.[TTL_ATTRIBUTE]?.N);
      expect(ttl - now).toBeGreaterThan(0);
      expect(ttl - now).toBeLessThanOrEqual(7 * 24 * 3600);
      // h1's records are from Nov/Dec 2026 screenings: expired by a sweep a week after them.
      const deleted = await t.table.sweepExpiredVisits(Math.floor(at / 1000) + 7 * 24 * 3600);
      expect(deleted).toBe(2);
      expect(await t.table.swapVisit('fresh', '2026-11', write('b', now * 1000 + 1, 'w10'))).toMatchObject({
        kind: 'applied',
        old: { k: 'a' },
      });
    });
  });
});

// Stopping and restarting the server with its data is the embedded store's job (the local server's
// outage path); DynamoDB Local runs in memory here, so this stays on dynalite.
describe('an outage of the embedded store', () => {
  it('fails while stopped and answers again, with its data, once restarted', async () => {
    const t = await embeddedTable();
    onTestFinished(() => t.close());
    await t.table.addCells('2026-04', 'ch=citizen#rg=-#ab=-#hh=-', { 'zt.l.n.-': 5 }, 0);
    await t.table.ping();
    await t.store.stop();
    await expect(t.table.ping()).rejects.toThrow();
    await t.store.start();
    await t.table.ping();
    expect(sum(await t.table.readMonths('2026-04', '2026-04'), 'zt.l.n.-')).toBe(5);
  });
});
