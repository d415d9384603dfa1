import { createHash, randomInt, randomUUID } from 'node:crypto';
import {
  type DynamoStatsTable,
  parseSeqId,
  type SwapResult,
  swapInMemory,
  type VisitItem,
  writerShard,
} from './dynamo';
import type { DeltaOp, ScreeningOp, StatsOp } from './ops';

/** Visit records expire two days after the screening (contract: within 7 days). */
export const VISIT_TTL_SECONDS = 2 * 24 * 3600;
/**
 * A visit record keeps no exact time: its TTL is rounded up to the whole hour and, on the local
 * server, its order value (`at`) is the hour of the screening. (The AWS path still orders a visit's
 * screenings by their time in ms: its writers are many, see docs/adr/0011.)
 */
const HOUR_MS = 3_600_000;
export const visitExpiry = (at: number) => Math.ceil((at / 1000 + VISIT_TTL_SECONDS) / 3600) * 3600;
export const visitOrder = (at: number) => Math.floor(at / HOUR_MS) * HOUR_MS;
const PARALLEL = 16;

export interface ApplyOptions {
  /** Replays (outbox, queue) write every counter at most once, through a guard; fresh writes merge. */
  guarded: boolean;
}

type Deltas = Map<string, Record<string, number>>; // `${month}\n${k}` → counter name → increment

/**
 * Applies pending statistics writes and returns the ones that failed, ready to keep and retry.
 * Exactness: a visit's swap is atomic and returns exactly what it replaced, so the increments
 * (+new, −old) telescope to the visit's last screening however screenings interleave.
 */
export async function applyOps(
  table: DynamoStatsTable,
  ops: StatsOp[],
  options: ApplyOptions,
): Promise<StatsOp[]> {
  const failed: StatsOp[] = [];
  const merged: Deltas = new Map();
  const onceWrites: DeltaOp[] = [];
  const addDeltas = (op: ScreeningOp, swap: SwapResult | null) => {
    if (swap?.kind === 'superseded') return;
    const perItem: Deltas = new Map();
    add(perItem, op.month, op.k, op.c, 1);
    // A record past its TTL when this screening was made counts as absent, even if not yet deleted.
    const old = swap?.old;
    if (old && old.expiresAt > op.at / 1000) add(perItem, op.month, old.k, old.c, -1);
    if (options.guarded || swap?.kind === 'replayed') {
      [...perItem].forEach(([key, d], i) => {
        const id = `${op.id}.${i}`;
        onceWrites.push({
          t: 'd',
          id,
          month: op.month,
          k: key.split('\n')[1] ?? '',
          d,
          shard: shardOf(id, table.shards),
        });
      });
    } else {
      for (const [key, d] of perItem) merge(merged, key, d);
    }
  };

  const visits = new Map<string, ScreeningOp>();
  const sequenced: StatsOp[] = [];
  for (const op of ops) {
    if (parseSeqId(op.id)) sequenced.push(op);
    else if (op.t === 'd') onceWrites.push(op);
    else if (!op.v) addDeltas(op, null);
    else {
      // Within one batch only the visit's latest screening needs writing: it replaces the others.
      const key = `${op.v}\n${op.month}`;
      const seen = visits.get(key);
      if (!seen || later(op, seen)) visits.set(key, op);
    }
  }

  await eachLimit([...visits.values()], async (op) => {
    try {
      const swap = await table.swapVisit(op.v ?? '', op.month, {
        k: op.k,
        c: op.c,
        at: op.at,
        w: op.id,
        expiresAt: visitExpiry(op.at),
      });
      addDeltas(op, swap);
    } catch {
      failed.push(op);
    }
  });

  await eachLimit([...merged], async ([key, d]) => {
    const [month = '', k = ''] = key.split('\n');
    const shard = randomInt(table.shards);
    try {
      await table.addCells(month, k, d, shard);
    } catch {
      failed.push({ t: 'd', id: randomUUID(), month, k, d, shard });
    }
  });

  await eachLimit(onceWrites, async (op) => {
    try {
      await table.addCellsOnce(op.month, op.k, op.d, op.shard, op.id);
    } catch {
      failed.push(op);
    }
  });
  await eachLimit(sequenced, async (op) => {
    failed.push(...(await applySequenced(table, op)));
  });
  return failed;
}

/**
 * The AWS path (a signal whose id is `<writer>:<n>`, see DynamoStatsTable.addCellsSeq): the visit
 * swap if any, then each counter item's increments once, conditional on the writer's number. The
 * same op applied again (SDK retry, queue redelivery, replay) counts nothing twice: the swap
 * recognises its own write and returns what it replaced, the counter writes find their number.
 * Returns what is still to do, under the same id: the op itself if the swap failed, else the
 * increments of each counter item whose write failed.
 */
async function applySequenced(table: DynamoStatsTable, op: StatsOp): Promise<StatsOp[]> {
  if (op.t === 'd') {
    try {
      await table.addCellsSeq(op.month, op.k, op.d, op.shard, op.id);
      return [];
    } catch {
      return [op];
    }
  }
  const perItem: Deltas = new Map();
  add(perItem, op.month, op.k, op.c, 1);
  if (op.v) {
    let swap: SwapResult;
    try {
      swap = await table.swapVisit(op.v, op.month, {
        k: op.k,
        c: op.c,
        at: op.at,
        w: op.id,
        expiresAt: visitExpiry(op.at),
      });
    } catch {
      return [op];
    }
    if (swap.kind === 'superseded') return [];
    const old = swap.old;
    if (old && old.expiresAt > op.at / 1000) add(perItem, op.month, old.k, old.c, -1);
  }
  const shard = writerShard(parseSeqId(op.id)?.writer ?? '', table.shards);
  const failed: StatsOp[] = [];
  await Promise.all(
    [...perItem].map(async ([key, d]) => {
      const k = key.split('\n')[1] ?? '';
      try {
        await table.addCellsSeq(op.month, k, d, shard, op.id);
      } catch {
        failed.push({ t: 'd', id: op.id, month: op.month, k, d, shard });
      }
    }),
  );
  return failed;
}

function add(deltas: Deltas, month: string, k: string, cells: string[], by: number) {
  const key = `${month}\n${k}`;
  const d = deltas.get(key) ?? {};
  for (const cell of cells) d[cell] = (d[cell] ?? 0) + by;
  deltas.set(key, d);
}

function merge(into: Deltas, key: string, d: Record<string, number>) {
  const target = into.get(key) ?? {};
  for (const [cell, value] of Object.entries(d)) target[cell] = (target[cell] ?? 0) + value;
  into.set(key, target);
}

const later = (a: ScreeningOp, b: ScreeningOp) => a.at > b.at || (a.at === b.at && a.id > b.id);

/** A guarded write always goes to the same shard, so its guard is found on a retry. */
function shardOf(id: string, shards: number): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % shards;
}

async function eachLimit<T>(items: T[], fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
}

/**
 * The local server's writer: applies one numbered batch of screenings, all or nothing, and so that
 * applying it again (a retry, or a replay of the write-ahead log after a crash) counts nothing
 * twice. This writer owns the store and applies its batches one at a time, in order, so no visit
 * record changes under it: it reads the batch's visit records in bulk (BatchGetItem), works out each
 * swap in memory (`swapInMemory`: the same record and history as `swapVisit`, which recognises its
 * own earlier write `w`), and writes the new records in bulk (BatchWriteItem), with no conditional
 * round trip per visit. Then each counter item gets the batch's merged increments in one write on a
 * shard derived from the batch number, conditional on the item's last batch number
 * (DynamoStatsTable.addCellsForBatch). A crash between the two leaves records that recognise their
 * write, so the replay adds the same increments once.
 * Precondition: no later batch has been applied, or at most one (the record keeps one step of
 * history); the durable recorder marks applied batches in its log and never replays them.
 * Rejects when any write failed: the caller retries the same batch, unchanged, before any later one.
 */
export async function applyBatch(table: DynamoStatsTable, ops: ScreeningOp[], batch: number): Promise<void> {
  const deltas: Deltas = new Map();
  const visits = new Map<string, ScreeningOp>();
  for (const op of ops) {
    if (!op.v) add(deltas, op.month, op.k, op.c, 1);
    else {
      const key = `${op.v}\n${op.month}`;
      const seen = visits.get(key);
      if (!seen || later(op, seen)) visits.set(key, op);
    }
  }
  const latest = [...visits.values()];
  const records = await table.getVisits(latest.map((op) => ({ visit: op.v ?? '', month: op.month })));
  const writes: VisitItem[] = [];
  for (const op of latest) {
    const { result, item } = swapInMemory(
      records.get(`${op.v}\n${op.month}`),
      op.v ?? '',
      op.month,
      {
        k: op.k,
        c: op.c,
        at: visitOrder(op.at),
        w: op.id,
        expiresAt: visitExpiry(op.at),
      },
      op.at,
    );
    if (item) writes.push(item);
    if (result.kind === 'superseded') continue;
    add(deltas, op.month, op.k, op.c, 1);
    // A record past its TTL when this screening was made counts as absent, even if not yet deleted.
    const old = result.old;
    if (old && old.expiresAt > op.at / 1000) add(deltas, op.month, old.k, old.c, -1);
  }
  // Without every record written the batch is not done: nothing is added, all is retried.
  await table.putVisits(writes);
  let failure: unknown = null;
  await eachLimit([...deltas], async ([key, d]) => {
    const [month = '', k = ''] = key.split('\n');
    try {
      await table.addCellsForBatch(month, k, d, shardOf(`${batch}\n${key}`, table.shards), batch);
    } catch (error) {
      failure ??= error;
    }
  });
  if (failure) throw failure;
}
