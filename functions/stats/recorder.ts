import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { applyOps } from './apply';
import { type CellCount, cellName, itemKey } from './cells';
import type { DynamoStatsTable } from './dynamo';
import { errorName, type Logger, silentLogger } from './log';
import type { DeltaOp, ScreeningOp, StatsOp } from './ops';
import type { Outbox } from './outbox';
import { readCounts, tableAnswers } from './read-counts';
import type { ScreeningSignal } from './signal';
import type { StatsPeriod, StatsStore } from './store';

export interface RecorderOptions {
  table: DynamoStatsTable;
  hashSession: (sessionId: string) => string;
  /**
   * `write-behind` (local server): a screening is queued and answered at once; one writer merges
   * everything queued into one UpdateItem per counter item, and keeps failures in `outbox`, replayed
   * when the store is back. `direct` (Lambda, one request at a time): written before the response,
   * failures handed to `fallback` (the SQS queue, applied by functions/stats/queue-consumer.ts).
   */
  mode: 'write-behind' | 'direct';
  outbox?: Outbox;
  fallback?: (ops: StatsOp[]) => Promise<void>;
  /**
   * `direct` only: the hard deadline (ms) of one signal's store writes, all calls and SDK retries
   * together (DynamoStatsTable.withDeadline). Past it the signal goes to `fallback`. None if unset.
   */
  deadlineMs?: number;
  /** First retry after a failure, doubling up to maxRetryMs (default 1 s and 5 s). */
  retryMs?: number;
  maxRetryMs?: number;
  /**
   * Write-behind: the least time between the starts of two writes (default 0). Under load a batch
   * then holds all screenings of that time, merged: fewer writes to the store, one swap per visit.
   */
  batchMs?: number;
  logger?: Logger;
}

const MAX_BATCH = 5_000;

export class StatsRecorder implements StatsStore {
  private queue: StatsOp[] = [];
  private pending: StatsOp[] = []; // failed writes, mirrored in the outbox
  private unsent = new Map<string, DeltaOp>(); // merged increments in `pending` never tried yet
  private running: Promise<void> | null = null;
  private retryAt = 0;
  private retryMs: number;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  private flushing = false;
  private lastWriteAt = 0;
  private readonly log: Logger;
  /** `direct`: this writer's id and last signal number (ids `<writer>:<n>`, see addCellsSeq). */
  private writer = newWriter();
  private seq = 0;
  private direct: Promise<void> = Promise.resolve();

  constructor(private readonly options: RecorderOptions) {
    this.retryMs = options.retryMs ?? 1_000;
    this.log = options.logger ?? silentLogger;
  }

  /** Loads writes left in the outbox by an earlier run; they are replayed by the next flush. */
  async start(): Promise<void> {
    this.pending = (await this.options.outbox?.load()) ?? [];
    if (this.pending.length) {
      this.log.info('stats outbox loaded', { ops: this.pending.length });
      this.kick();
    }
  }

  async record(signal: ScreeningSignal): Promise<void> {
    if (this.options.mode === 'direct') {
      // One signal at a time (a Lambda has one request at a time anyway), numbered when its write
      // starts: a writer's numbers reach the store in order, which addCellsSeq relies on.
      const write = this.direct.then(() => this.writeNow(this.toOp(signal, `${this.writer}:${++this.seq}`)));
      this.direct = write.catch(() => {});
      return write;
    }
    this.queue.push(this.toOp(signal, randomUUID()));
    this.kick();
  }

  private toOp(signal: ScreeningSignal, id: string): ScreeningOp {
    const { month, ...dims } = signal.dims;
    return {
      t: 's',
      id,
      month,
      k: itemKey(dims),
      c: signal.cells.map(cellName),
      at: signal.at,
      ...(signal.sessionId ? { v: this.options.hashSession(signal.sessionId) } : {}),
    };
  }

  private async writeNow(op: StatsOp): Promise<void> {
    let failed: StatsOp[] = [op];
    const { deadlineMs } = this.options;
    const table =
      deadlineMs === undefined
        ? this.options.table
        : this.options.table.withDeadline(AbortSignal.timeout(deadlineMs));
    try {
      failed = await applyOps(table, [op], { guarded: false });
    } catch (error) {
      this.log.error('stats write failed', { error: errorName(error) });
    }
    if (!failed.length) return;
    // The queued signal keeps its number; no later number of this writer may reach an item before
    // the replay does, so later signals are written under a new writer.
    this.writer = newWriter();
    this.seq = 0;
    try {
      await this.options.fallback?.(failed);
      this.log.warn('stats write deferred to queue', { ops: failed.length });
    } catch (error) {
      this.log.error('stats signal lost: store and queue both failed', {
        ops: failed.length,
        error: errorName(error),
      });
    }
  }

  private kick(): void {
    if (this.running || this.closed) return;
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.queue.length) this.kick();
      else this.scheduleRetry();
    });
  }

  private scheduleRetry(): void {
    if (!this.pending.length || this.timer || this.closed) return;
    const wait = Math.max(0, this.retryAt - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.kick();
    }, wait);
    this.timer.unref();
  }

  /** One writer: replays kept writes when due, then writes everything queued, merged. */
  private async drain(): Promise<void> {
    while (true) {
      if (this.pending.length && Date.now() >= this.retryAt) {
        const replay = this.pending;
        this.unsent = new Map(); // from now on these have been tried: they keep their guard ids
        const failed = await applyOps(this.options.table, replay, { guarded: true }).catch(() => replay);
        this.pending = failed;
        await this.persist();
        if (failed.length) this.backOff();
        else {
          this.retryMs = this.options.retryMs ?? 1_000;
          this.log.info('stats outbox replayed', { ops: replay.length });
        }
      }
      if (!this.queue.length) return;
      const wait = this.lastWriteAt + (this.options.batchMs ?? 0) - Date.now();
      if (wait > 0 && !this.flushing) await new Promise((resolve) => setTimeout(resolve, wait));
      this.lastWriteAt = Date.now();
      const batch = this.queue.splice(0, MAX_BATCH);
      if (this.pending.length) {
        // The store is failing: keep the batch behind the others instead of waiting on it, merged
        // into the increments not yet tried, so a long outage replays one write per counter item.
        this.pending.push(...compact(batch, this.options.table.shards, this.unsent));
        await this.persist();
        continue;
      }
      const failed = await applyOps(this.options.table, batch, { guarded: false }).catch(() => batch);
      if (failed.length) {
        this.log.warn('stats store unavailable, writes kept in outbox', { ops: failed.length });
        this.pending.push(...failed);
        await this.options.outbox?.append(failed);
        this.backOff();
      }
    }
  }

  private backOff(): void {
    this.retryAt = Date.now() + this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, this.options.maxRetryMs ?? 5_000);
  }

  private async persist(): Promise<void> {
    await this.options.outbox?.replace(this.pending);
  }

  /** Writes what is queued and tries the outbox once more (SIGTERM); what still fails stays on disk. */
  async flush(): Promise<void> {
    await this.direct;
    this.retryAt = 0;
    this.flushing = true;
    try {
      while (this.running || this.queue.length) {
        this.kick();
        await this.running;
      }
    } finally {
      this.flushing = false;
    }
  }

  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** Writes not yet in the store (queued or kept in the outbox). */
  get backlog(): number {
    return this.queue.length + this.pending.length;
  }

  read(period: StatsPeriod): Promise<CellCount[]> {
    return readCounts(this.options.table, period);
  }

  healthy(): Promise<boolean> {
    return tableAnswers(this.options.table);
  }
}

const newWriter = () => randomBytes(6).toString('hex');

/**
 * Merges the screenings without a visit into one increment per counter item, so a replay after an
 * outage costs a write per item, not per screening. Visit screenings stay as they are: each needs
 * its own swap.
 */
function compact(ops: StatsOp[], shards: number, unsent: Map<string, DeltaOp>): StatsOp[] {
  const added: StatsOp[] = [];
  for (const op of ops) {
    if (op.t !== 's' || op.v) {
      added.push(op);
      continue;
    }
    const key = `${op.month}\n${op.k}`;
    let delta = unsent.get(key);
    if (!delta) {
      delta = { t: 'd', id: randomUUID(), month: op.month, k: op.k, d: {}, shard: randomInt(shards) };
      unsent.set(key, delta);
      added.push(delta);
    }
    for (const cell of op.c) delta.d[cell] = (delta.d[cell] ?? 0) + 1;
  }
  return added;
}
