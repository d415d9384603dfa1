import {
  type AttributeValue,
  BatchGetItemCommand,
  type BatchGetItemCommandOutput,
  BatchWriteItemCommand,
  type BatchWriteItemCommandOutput,
  ConditionalCheckFailedException,
  CreateTableCommand,
  type CreateTableCommandOutput,
  DeleteItemCommand,
  type DeleteItemCommandOutput,
  DescribeTableCommand,
  type DescribeTableCommandOutput,
  type DynamoDBClient,
  QueryCommand,
  type QueryCommandOutput,
  ResourceNotFoundException,
  ScanCommand,
  type ScanCommandOutput,
  UpdateItemCommand,
  type UpdateItemCommandOutput,
} from '@aws-sdk/client-dynamodb';
import { isCellName } from './cells';

/**
 * The one DynamoDB adapter (docs/adr/0003-statistics-keys.md). The same code talks to the embedded
 * store (dynalite) and to AWS. Only single-item operations: UpdateItem and Query (and, for the
 * local server only, CreateTable, Scan and DeleteItem, and BatchGetItem and BatchWriteItem, which
 * are many single-item operations in one request), because dynalite has no transactions.
 *
 *   counters  pk = c#<shard>            sk = <month>#ch=…#rg=…#ab=…#hh=…   attributes <reg>.<verdict>.<receiving>.<reason>
 *   visits    pk = v#<hmac(sessionId)>  sk = <month>               k, c, at, w, ttl (TTL); k0, c0, x0; w1, k1, c1, x1
 *
 * A visit record's `at` orders its screenings: the local writer stores the screening's hour there,
 * the AWS path the time in ms (its writers are many); `ttl` is rounded up to the whole hour.
 */

/** Counter writes are spread over this many partition keys, summed on read (one Query each). */
export const WRITE_SHARDS = 16;
/** The table's TTL attribute (epoch seconds), as the CDK stack declares it. */
export const TTL_ATTRIBUTE = 'ttl';
/** Guards of replayed writes are kept this long: longer than SQS retries plus the DLQ's redrive window. */
export const GUARD_TTL_SECONDS = 14 * 24 * 3600;
const MAX_TERMS_PER_UPDATE = 100; // keeps every expression well under DynamoDB's 4 KB limit
const MAX_BATCH_GET = 100; // DynamoDB's limit per BatchGetItem
const MAX_BATCH_WRITE = 25; // DynamoDB's limit per BatchWriteItem
const MAX_UNPROCESSED_ROUNDS = 8;
const PARALLEL_BATCH_WRITES = 4;

/** A visit record as stored (see the layout above). */
export type VisitItem = Record<string, AttributeValue>;

export interface VisitContribution {
  k: string;
  c: string[];
  /** TTL in epoch seconds: past it, the record counts as absent even if not yet deleted. */
  expiresAt: number;
}

export type SwapResult =
  | { kind: 'applied'; old: VisitContribution | null }
  /** A newer screening of the visit is already recorded: this one never counts. */
  | { kind: 'superseded' }
  /** This very write was applied before (a replay after a lost response): here is what it replaced. */
  | { kind: 'replayed'; old: VisitContribution | null };

export interface CounterItem {
  month: string;
  /** The dimensions part of the sort key. */
  dims: string;
  cells: Record<string, number>;
}

const s = (value: string): AttributeValue => ({ S: value });
const n = (value: number): AttributeValue => ({ N: String(value) });

/** Thrown by every call of a table view whose deadline (`withDeadline`) has passed. */
export class StatsDeadlineError extends Error {
  override name = 'StatsDeadlineError';
}

export class DynamoStatsTable {
  private deadline: AbortSignal | undefined;

  constructor(
    readonly client: DynamoDBClient,
    readonly table: string,
    readonly shards = WRITE_SHARDS,
    /** If set, every single call (SDK retries included) ends by this many ms, as by withDeadline. */
    readonly callDeadlineMs?: number,
  ) {}

  /**
   * The same table, every call of which ends by `signal`'s abort at the latest: the SDK gets the
   * signal (it stops the attempt and does not retry), and the call's promise rejects with
   * StatsDeadlineError when the signal fires even if the SDK is still busy (resolving credentials,
   * connecting, backing off), so the deadline is hard. A request aborted on the wire may still be
   * applied by the server: every write is conditional, so that does not count twice.
   */
  withDeadline(signal: AbortSignal): DynamoStatsTable {
    const view = new DynamoStatsTable(this.client, this.table, this.shards, this.callDeadlineMs);
    view.deadline = signal;
    return view;
  }

  private send(command: UpdateItemCommand): Promise<UpdateItemCommandOutput>;
  private send(command: QueryCommand): Promise<QueryCommandOutput>;
  private send(command: ScanCommand): Promise<ScanCommandOutput>;
  private send(command: DeleteItemCommand): Promise<DeleteItemCommandOutput>;
  private send(command: DescribeTableCommand): Promise<DescribeTableCommandOutput>;
  private send(command: CreateTableCommand): Promise<CreateTableCommandOutput>;
  private send(command: BatchGetItemCommand): Promise<BatchGetItemCommandOutput>;
  private send(command: BatchWriteItemCommand): Promise<BatchWriteItemCommandOutput>;
  private send(command: object): Promise<unknown> {
    const call = (options?: { abortSignal: AbortSignal }) =>
      (this.client.send as (command: unknown, options?: unknown) => Promise<unknown>).call(
        this.client,
        command,
        options,
      );
    const perCall = this.callDeadlineMs === undefined ? undefined : AbortSignal.timeout(this.callDeadlineMs);
    const signal =
      perCall && this.deadline ? AbortSignal.any([perCall, this.deadline]) : (perCall ?? this.deadline);
    if (!signal) return call();
    if (signal.aborted) return Promise.reject(new StatsDeadlineError('statistics deadline passed'));
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(new StatsDeadlineError('statistics deadline passed'));
      signal.addEventListener('abort', onAbort, { once: true });
      call({ abortSignal: signal })
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  /** Replaces a visit's recorded contribution, unless a newer screening of it is already there. */
  async swapVisit(visit: string, month: string, write: VisitContribution & { at: number; w: string }) {
    const key = { pk: s(`v#${visit}`), sk: s(month) };
    try {
      const out = await this.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key: key,
          UpdateExpression:
            'SET k0 = if_not_exists(#k, :none), c0 = if_not_exists(#c, :empty), x0 = if_not_exists(#x, :zero), ' +
            // One step of history: the write replaced and what *it* replaced, so a replay that comes
            // after the next screening still finds its own write (see the catch below).
            'w1 = if_not_exists(#w, :none), k1 = if_not_exists(k0, :none), c1 = if_not_exists(c0, :empty), ' +
            'x1 = if_not_exists(x0, :zero), ' +
            '#k = :k, #c = :c, #at = :at, #w = :w, #x = :x',
          // Reserved words (AT) and single letters are always named, never written inline.
          ConditionExpression: 'attribute_not_exists(#at) OR #at < :at OR (#at = :at AND #w < :w)',
          ExpressionAttributeNames: { '#k': 'k', '#c': 'c', '#w': 'w', '#at': 'at', '#x': TTL_ATTRIBUTE },
          ExpressionAttributeValues: {
            ':none': s(''),
            ':empty': { L: [] },
            ':zero': n(0),
            ':k': s(write.k),
            ':c': { L: write.c.map(s) },
            ':at': n(write.at),
            ':w': s(write.w),
            ':x': n(write.expiresAt),
          },
          ReturnValues: 'ALL_OLD',
        }),
      );
      return { kind: 'applied', old: contribution(out.Attributes, '') } satisfies SwapResult;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const current = await this.getItem(key);
      if (current?.w?.S === write.w) {
        return { kind: 'replayed', old: contribution(current, '0') } satisfies SwapResult;
      }
      // Applied, then replaced by the next screening, whose increments took this one's off: this
      // one's own increments are still due (once: the counter writes are conditional).
      if (current?.w1?.S === write.w) {
        return { kind: 'replayed', old: contribution(current, '1') } satisfies SwapResult;
      }
      return { kind: 'superseded' } satisfies SwapResult;
    }
  }

  /**
   * Local server only (one writer owns the store): the visit records of many visits at once,
   * strongly consistent, 100 keys per BatchGetItem. Keyed by `${visit}\n${month}`.
   */
  async getVisits(keys: { visit: string; month: string }[]): Promise<Map<string, VisitItem>> {
    const found = new Map<string, VisitItem>();
    const unique = [...new Map(keys.map((key) => [`${key.visit}\n${key.month}`, key])).values()];
    for (let i = 0; i < unique.length; i += MAX_BATCH_GET) {
      let pending: Record<string, AttributeValue>[] = unique
        .slice(i, i + MAX_BATCH_GET)
        .map(({ visit, month }) => ({ pk: s(`v#${visit}`), sk: s(month) }));
      for (let attempt = 0; pending.length; attempt++) {
        if (attempt >= MAX_UNPROCESSED_ROUNDS) throw new Error('visit records not read: store too busy');
        if (attempt) await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt));
        const out = await this.send(
          new BatchGetItemCommand({
            RequestItems: { [this.table]: { Keys: pending, ConsistentRead: true } },
          }),
        );
        for (const item of out.Responses?.[this.table] ?? []) {
          found.set(`${item.pk?.S?.slice(2)}\n${item.sk?.S}`, item);
        }
        pending = out.UnprocessedKeys?.[this.table]?.Keys ?? [];
      }
    }
    return found;
  }

  /** Local server only (one writer owns the store): writes whole visit records, 25 per BatchWriteItem. */
  async putVisits(items: VisitItem[]): Promise<void> {
    const chunks: VisitItem[][] = [];
    for (let i = 0; i < items.length; i += MAX_BATCH_WRITE) chunks.push(items.slice(i, i + MAX_BATCH_WRITE));
    // A few requests at a time: the one store process does them one by one anyway.
    let next = 0;
    const worker = async () => {
      for (let chunk = chunks[next++]; chunk; chunk = chunks[next++]) {
        let pending = chunk.map((Item) => ({ PutRequest: { Item } }));
        for (let attempt = 0; pending.length; attempt++) {
          if (attempt >= MAX_UNPROCESSED_ROUNDS) throw new Error('visit records not written: store too busy');
          if (attempt) await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt));
          const out = await this.send(new BatchWriteItemCommand({ RequestItems: { [this.table]: pending } }));
          pending = (out.UnprocessedItems?.[this.table] ?? []).flatMap((request) =>
            request.PutRequest?.Item ? [{ PutRequest: { Item: request.PutRequest.Item } }] : [],
          );
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_BATCH_WRITES, chunks.length) }, worker));
  }

  /** Adds the increments to one counter item in one UpdateItem (more only past 100 counters). */
  async addCells(month: string, sk: string, deltas: Record<string, number>, shard: number): Promise<void> {
    const entries = Object.entries(deltas).filter(([, value]) => value !== 0);
    for (let i = 0; i < entries.length; i += MAX_TERMS_PER_UPDATE) {
      const chunk = entries.slice(i, i + MAX_TERMS_PER_UPDATE);
      const { expression, names, values } = addExpression(chunk);
      await this.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key: counterKey(month, sk, shard),
          UpdateExpression: expression,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
    }
  }

  /**
   * Adds the increments at most once: the guard attribute `g_<id>` lives in the same item as the
   * counters, so "already applied?" and "apply" are one conditional write. Used for replays only,
   * which are rare, so the extra read and the guard's bytes stay off the hot path.
   */
  async addCellsOnce(month: string, sk: string, deltas: Record<string, number>, shard: number, id: string) {
    const key = counterKey(month, sk, shard);
    const guard = `g_${id}`;
    const current = await this.getItem(key);
    if (current?.[guard]) return;
    const nowSec = Math.floor(Date.now() / 1000);
    const expired = Object.entries(current ?? {})
      .filter(([name, value]) => name.startsWith('g_') && Number(value.N) < nowSec)
      .map(([name]) => name)
      .slice(0, 20);
    const entries = Object.entries(deltas).filter(([, value]) => value !== 0);
    const { expression, names, values } = addExpression(entries);
    names['#g'] = guard;
    values[':gx'] = n(nowSec + GUARD_TTL_SECONDS);
    const removals = expired.map((name, i) => {
      names[`#r${i}`] = name;
      return `#r${i}`;
    });
    const update = `${entries.length ? `${expression} ` : ''}SET #g = :gx${removals.length ? ` REMOVE ${removals.join(', ')}` : ''}`;
    try {
      await this.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key: key,
          UpdateExpression: update,
          ConditionExpression: 'attribute_not_exists(#g)',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  /**
   * Local server only (one writer): adds one numbered batch's increments to one counter item, at
   * most once. The item keeps the number of the last batch applied to it (`ls<chunk>`, one number,
   * so it never grows); batches are applied in increasing order, so a batch number not above the
   * recorded one has been applied already and its replay (after a crash) is a no-op.
   */
  async addCellsForBatch(
    month: string,
    sk: string,
    deltas: Record<string, number>,
    shard: number,
    batch: number,
  ): Promise<void> {
    const entries = Object.entries(deltas).filter(([, value]) => value !== 0);
    for (let i = 0; i < entries.length; i += MAX_TERMS_PER_UPDATE) {
      const { expression, names, values } = addExpression(entries.slice(i, i + MAX_TERMS_PER_UPDATE));
      names['#ls'] = `ls${i / MAX_TERMS_PER_UPDATE}`;
      values[':ls'] = n(batch);
      try {
        await this.send(
          new UpdateItemCommand({
            TableName: this.table,
            Key: counterKey(month, sk, shard),
            UpdateExpression: `${expression} SET #ls = :ls`,
            ConditionExpression: 'attribute_not_exists(#ls) OR #ls < :ls',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          }),
        );
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
  }

  /**
   * AWS path: adds one signal's increments to one counter item exactly once. The signal's id is
   * `<writer>:<n>` (seqId): one writer (a recorder, i.e. one Lambda instance) numbers its signals
   * 1, 2, 3… and writes them one after the other; the item keeps the last number it took from each
   * writer (`q_<writer>`, one small attribute per writer that ever wrote the item), and the write is
   * conditional on that number being lower. An SDK retry, a request applied after its deadline, or a
   * queue replay of the same signal then fails the condition: a no-op, reported as applied. A writer
   * whose signal went to the queue is retired (the recorder takes a new writer id), so no later
   * number of it can overtake the queued one.
   */
  async addCellsSeq(month: string, sk: string, deltas: Record<string, number>, shard: number, id: string) {
    const seq = parseSeqId(id);
    if (!seq) throw new Error(`not a sequenced signal id: ${id}`);
    const entries = Object.entries(deltas).filter(([, value]) => value !== 0);
    if (!entries.length) return; // a visit screened again with the same answers: nothing changes
    if (entries.length > MAX_TERMS_PER_UPDATE) throw new Error('one signal has too many counters');
    const { expression, names, values } = addExpression(entries);
    names['#q'] = `q_${seq.writer}`;
    values[':q'] = n(seq.n);
    try {
      await this.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key: counterKey(month, sk, shard),
          UpdateExpression: `${expression} SET #q = :q`,
          ConditionExpression: 'attribute_not_exists(#q) OR #q < :q',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  /** One item by its key, strongly consistent: a Query, so the Lambdas need no GetItem permission. */
  private async getItem(key: { pk: AttributeValue; sk: AttributeValue }) {
    const out = await this.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND sk = :sk',
        ExpressionAttributeValues: { ':pk': key.pk, ':sk': key.sk },
        ConsistentRead: true,
      }),
    );
    return out.Items?.[0];
  }

  /** Every counter item of the months `from`..`to`, all shards (not yet summed). */
  async readMonths(from: string, to: string): Promise<CounterItem[]> {
    const perShard = await Promise.all(
      Array.from({ length: this.shards }, (_, shard) =>
        this.queryAll(`c#${shard}`, `${from}#`, `${to}#\uffff`),
      ),
    );
    return perShard.flat().map((item) => {
      const sk = item.sk?.S ?? '';
      const cut = sk.indexOf('#');
      return {
        month: sk.slice(0, cut),
        dims: sk.slice(cut + 1),
        cells: Object.fromEntries(
          Object.entries(item)
            .filter(([name, value]) => isCellName(name) && value.N !== undefined)
            .map(([name, value]) => [name, Number(value.N)]),
        ),
      };
    });
  }

  private async queryAll(pk: string, from: string, to: string) {
    const items: Record<string, AttributeValue>[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': s(pk), ':from': s(from), ':to': s(to) },
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  /** A cheap round trip that needs only the Query permission the API already has. */
  async ping(): Promise<void> {
    await this.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': s('health') },
        Limit: 1,
      }),
    );
  }

  /** Local server only: creates the table when missing (on AWS the CDK stack owns it). */
  async ensureTable(): Promise<void> {
    try {
      await this.send(new DescribeTableCommand({ TableName: this.table }));
      return;
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
    await this.send(
      new CreateTableCommand({
        TableName: this.table,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
      }),
    );
    for (let i = 0; i < 100; i++) {
      const { Table } = await this.send(new DescribeTableCommand({ TableName: this.table }));
      if (Table?.TableStatus === 'ACTIVE') return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('statistics table did not become active');
  }

  /**
   * Local server only: deletes visit records past their TTL. DynamoDB does this itself (lazily),
   * dynalite never does. The condition keeps a record that a new screening just renewed.
   */
  async sweepExpiredVisits(nowSec: number): Promise<number> {
    let deleted = 0;
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.send(
        new ScanCommand({
          TableName: this.table,
          FilterExpression: 'begins_with(pk, :v) AND #x < :now',
          ExpressionAttributeNames: { '#x': TTL_ATTRIBUTE },
          ExpressionAttributeValues: { ':v': s('v#'), ':now': n(nowSec) },
          ProjectionExpression: 'pk, sk',
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) {
        try {
          await this.send(
            new DeleteItemCommand({
              TableName: this.table,
              Key: { pk: item.pk as AttributeValue, sk: item.sk as AttributeValue },
              ConditionExpression: '#x < :now',
              ExpressionAttributeNames: { '#x': TTL_ATTRIBUTE },
              ExpressionAttributeValues: { ':now': n(nowSec) },
            }),
          );
          deleted++;
        } catch (error) {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
        }
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return deleted;
  }
}

/** A sequenced signal id: `<writer>:<n>`, the writer 12 hex digits, n from 1. */
export function parseSeqId(id: string): { writer: string; n: number } | null {
  const match = /^([0-9a-f]{12}):([1-9][0-9]{0,14})$/.exec(id);
  return match ? { writer: match[1] as string, n: Number(match[2]) } : null;
}

/** The shard a writer's sequenced writes go to: fixed, so each item holds one number per writer. */
export function writerShard(writer: string, shards: number): number {
  return Number.parseInt(writer.slice(0, 8), 16) % shards;
}

export const counterKey = (month: string, dims: string, shard: number) => ({
  pk: s(`c#${shard}`),
  sk: s(`${month}#${dims}`),
});

function addExpression(entries: [string, number][]) {
  const names: Record<string, string> = {};
  const values: Record<string, AttributeValue> = {};
  const byValue = new Map<number, string>();
  const terms = entries.map(([name, value], i) => {
    names[`#a${i}`] = name;
    let ref = byValue.get(value);
    if (!ref) {
      ref = `:v${byValue.size}`;
      byValue.set(value, ref);
      values[ref] = n(value);
    }
    return `#a${i} ${ref}`;
  });
  return { expression: `ADD ${terms.join(', ')}`, names, values };
}

function contribution(
  item: Record<string, AttributeValue> | undefined,
  suffix: '' | '0' | '1',
): VisitContribution | null {
  const k = item?.[`k${suffix}`]?.S;
  if (!item || !k) return null;
  const c = (item[`c${suffix}`]?.L ?? []).map((v) => v.S ?? '').filter(Boolean);
  const expiresAt = Number(item[suffix === '' ? TTL_ATTRIBUTE : `x${suffix}`]?.N ?? 0);
  return { k, c, expiresAt };
}

/**
 * The visit swap of `swapVisit` worked out in memory, for the one local writer that owns the store
 * and applies its batches in order (functions/stats/apply.ts `applyBatch`): from the record as it is
 * (or none), what the swap returns and the whole record to write (none when nothing changes). Same
 * layout and history as `swapVisit`'s UpdateItem. One difference: `write.at` is a coarse order value
 * (the hour), and only a record whose order value is later than the screening itself (`screenedAt`,
 * ms) supersedes it; within the hour the writer's own order decides. (A record written by
 * `swapVisit`, with the time in ms, is so compared exactly.)
 */
export function swapInMemory(
  current: VisitItem | undefined,
  visit: string,
  month: string,
  write: VisitContribution & { at: number; w: string },
  screenedAt: number,
): { result: SwapResult; item: VisitItem | null } {
  if (current?.w?.S === write.w)
    return { result: { kind: 'replayed', old: contribution(current, '0') }, item: null };
  if (current?.w1?.S === write.w)
    return { result: { kind: 'replayed', old: contribution(current, '1') }, item: null };
  if (current && Number(current.at?.N ?? 0) > screenedAt)
    return { result: { kind: 'superseded' }, item: null };
  const item: VisitItem = {
    pk: s(`v#${visit}`),
    sk: s(month),
    k: s(write.k),
    c: { L: write.c.map(s) },
    at: n(write.at),
    w: s(write.w),
    [TTL_ATTRIBUTE]: n(write.expiresAt),
    k0: current?.k ?? s(''),
    c0: current?.c ?? { L: [] },
    x0: current?.[TTL_ATTRIBUTE] ?? n(0),
    w1: current?.w ?? s(''),
    k1: current?.k0 ?? s(''),
    c1: current?.c0 ?? { L: [] },
    x1: current?.x0 ?? n(0),
  };
  return { result: { kind: 'applied', old: contribution(current, '') }, item };
}
