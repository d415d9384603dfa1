import { randomUUID } from 'node:crypto';
import { applyBatch } from './apply';
import { type CellCount, cellName, itemKey } from './cells';
import type { DiskReserve } from './disk-reserve';
import type { DynamoStatsTable } from './dynamo';
import { errorName, type Logger, silentLogger } from './log';
import { isStatsOp, type ScreeningOp } from './ops';
import { readCounts, tableAnswers } from './read-counts';
import type { ScreeningSignal } from './signal';
import type { StatsPeriod, StatsStore } from './store';
import { WriteAheadLog } from './wal';

export interface DurableRecorderOptions {
  table: DynamoStatsTable;
  /** The write-ahead log (JSON lines), e.g. DATA_DIR/stats-wal.jsonl. */
  path: string;
  hashSession: (sessionId: string) => string;
  /** The least time between the starts of two batches (default 0); the local server uses 100 ms. */
  batchMs?: number;
  /** First retry after a failure, doubling up to maxRetryMs (default 1 s and 5 s). */
  retryMs?: number;
  maxRetryMs?: number;
  /** Room kept free for the log on its disk; while given up (the disk full), counting pauses. */
  reserve?: DiskReserve;
  logger?: Logger;
}

/** The log's lines besides the screenings (ScreeningOp, `t: 's'`). */
interface BatchLine {
  t: 'b';
  /** Batch number: increasing, also across restarts (see nextBatch). */
  n: number;
  ids: string[];
}
/** Written (not awaited) once a batch is applied: it is then never replayed. */
interface AppliedLine {
  t: 'a';
  n: number;
}
interface HeaderLine {
  t: 'h';
  /** The highest batch number used so far. */
  n: number;
}
interface Batch {
  n: number;
  ops: ScreeningOp[];
  /** Whether its BatchLine is on disk: only then may it be applied. */
  marked: boolean;
}

const MAX_BATCH = 5_000;
/** The log is rewritten without what is applied once it holds this much, or when idle. */
const COMPACT_BYTES = 1 << 20;

/**
 * The local server's statistics writer (docs/adr/0010-durable-local-statistics.md). A screening's
 * signal is appended to a write-ahead log and `record()` resolves once that line is fsynced, so the
 * API answers 200 only for a signal that survives a crash of the whole product. One writer then
 * applies the log in numbered batches (all screenings that came in since the last, merged into one
 * write per counter item; the visit records read and written in bulk). A batch's line (its number and signal ids) is on
 * disk before it is applied, and applying it again is a no-op (functions/stats/apply.ts
 * `applyBatch`), so on restart the log is replayed from the start without counting anything twice;
 * applied lines are dropped by compaction, never before. A batch that fails (the store is down) is
 * retried, unchanged, before anything later.
 */
export class DurableRecorder implements StatsStore {
  private queue: ScreeningOp[] = [];
  private batches: Batch[] = [];
  private lastBatch = 0;
  private running: Promise<void> | null = null;
  private retryAt = 0;
  private retryMs: number;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  private flushing = false;
  private flushFailed = false;
  private lastWriteAt = 0;
  private readonly log: Logger;

  private constructor(
    private readonly options: DurableRecorderOptions,
    private readonly wal: WriteAheadLog,
  ) {
    this.retryMs = options.retryMs ?? 1_000;
    this.log = options.logger ?? silentLogger;
  }

  /** Opens the log and queues what it holds (batches first, in their order); replay starts at once. */
  static async open(options: DurableRecorderOptions): Promise<DurableRecorder> {
    const { reserve } = options;
    await reserve?.restore();
    const { log, records } = await WriteAheadLog.open(
      options.path,
      reserve ? { onDiskFull: () => reserve.release() } : {},
    );
    const recorder = new DurableRecorder(options, log);
    recorder.load(records);
    await recorder.compact();
    if (recorder.backlog) {
      recorder.log.info('stats log replaying', { signals: recorder.backlog });
      recorder.kick();
    }
    return recorder;
  }

  private load(records: unknown[]): void {
    const ops = new Map<string, ScreeningOp>();
    const marks: BatchLine[] = [];
    const applied = new Set<number>();
    for (const record of records) {
      if (isStatsOp(record) && record.t === 's') {
        if (!ops.has(record.id)) ops.set(record.id, record);
      } else if (isBatchLine(record)) marks.push(record);
      else if (isAppliedLine(record)) applied.add(record.n);
      else if (isHeaderLine(record)) this.lastBatch = Math.max(this.lastBatch, record.n);
    }
    const batched = new Set<string>();
    for (const mark of marks.sort((a, b) => a.n - b.n)) {
      this.lastBatch = Math.max(this.lastBatch, mark.n);
      const batchOps = mark.ids.filter((id) => !batched.has(id)).flatMap((id) => ops.get(id) ?? []);
      for (const op of batchOps) batched.add(op.id);
      // Applied already: a replay would be a no-op for the counters and only rewrite visit records
      // (applyBatch's precondition), so it is dropped, not replayed.
      if (batchOps.length && !applied.has(mark.n))
        this.batches.push({ n: mark.n, ops: batchOps, marked: true });
    }
    this.queue = [...ops.values()].filter((op) => !batched.has(op.id));
  }

  /** Resolves once the signal is on disk; never rejects (a disk error is logged, the signal kept). */
  async record(signal: ScreeningSignal): Promise<void> {
    const op = this.toOp(signal);
    this.queue.push(op);
    this.kick();
    try {
      await this.wal.append([op]);
    } catch (error) {
      this.log.error('stats signal not on disk: the log refused it', { error: errorName(error) });
    }
  }

  private toOp(signal: ScreeningSignal): ScreeningOp {
    const { month, ...dims } = signal.dims;
    return {
      t: 's',
      id: randomUUID(),
      month,
      k: itemKey(dims),
      c: signal.cells.map(cellName),
      at: signal.at,
      ...(signal.sessionId ? { v: this.options.hashSession(signal.sessionId) } : {}),
    };
  }

  /** Increasing across restarts: from the log, and from the clock should the log be gone. */
  private nextBatch(): number {
    this.lastBatch = Math.max(this.lastBatch + 1, Date.now() * 1_000);
    return this.lastBatch;
  }

  private kick(): void {
    if (this.running || this.closed) return;
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.retryAt <= Date.now() && (this.queue.length || this.batches.length) && !this.flushing)
        this.kick();
      else this.scheduleRetry();
    });
  }

  private scheduleRetry(): void {
    if (!this.batches.length || this.timer || this.closed) return;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.kick();
      },
      Math.max(0, this.retryAt - Date.now()),
    );
    this.timer.unref();
  }

  private async drain(): Promise<void> {
    while (true) {
      if (!this.batches.length) {
        if (!this.queue.length) return;
        const wait = this.lastWriteAt + (this.options.batchMs ?? 0) - Date.now();
        if (wait > 0 && !this.flushing) await new Promise((resolve) => setTimeout(resolve, wait));
        this.batches.push({ n: this.nextBatch(), ops: this.queue.splice(0, MAX_BATCH), marked: false });
      }
      const batch = this.batches[0] as Batch;
      if (Date.now() < this.retryAt) return;
      if (!(await this.diskHasRoom())) {
        this.log.warn('disk full, counting paused, signals kept in the log', { signals: this.backlog });
        this.backOff();
        if (this.flushing) this.flushFailed = true;
        return;
      }
      this.lastWriteAt = Date.now();
      try {
        if (!batch.marked) {
          await this.wal.append([
            { t: 'b', n: batch.n, ids: batch.ops.map((op) => op.id) } satisfies BatchLine,
          ]);
          batch.marked = true;
        }
        await applyBatch(this.options.table, batch.ops, batch.n);
      } catch (error) {
        this.log.warn('stats store unavailable, signals kept in the log', {
          signals: this.backlog,
          error: errorName(error),
        });
        this.backOff();
        if (this.flushing) this.flushFailed = true;
        return;
      }
      this.batches.shift();
      // Before the next batch's line in the log (appends keep their order), so a replay never
      // applies this batch after a later one. Not awaited: that next line's fsync covers it.
      this.wal.append([{ t: 'a', n: batch.n } satisfies AppliedLine]).catch(() => {});
      if (this.retryMs !== (this.options.retryMs ?? 1_000)) {
        this.retryMs = this.options.retryMs ?? 1_000;
        this.log.info('stats store back, counting resumed', { signals: this.backlog });
      }
      if (!this.batches.length && (!this.queue.length || this.wal.bytes > COMPACT_BYTES))
        await this.compact();
    }
  }

  /** Rewrites the log with only what is not applied yet (after every earlier line is on disk). */
  private async compact(): Promise<void> {
    try {
      await this.wal.compact(() => [
        { t: 'h', n: this.lastBatch } satisfies HeaderLine,
        ...this.batches.flatMap((batch): unknown[] =>
          batch.marked
            ? [...batch.ops, { t: 'b', n: batch.n, ids: batch.ops.map((op) => op.id) }]
            : batch.ops,
        ),
        ...this.queue,
      ]);
    } catch (error) {
      this.log.warn('stats log not compacted', { error: errorName(error) });
    }
  }

  private backOff(): void {
    this.retryAt = Date.now() + this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, this.options.maxRetryMs ?? 5_000);
  }

  /** Applies everything queued, trying a failing store once more (SIGTERM); the log keeps the rest. */
  async flush(): Promise<void> {
    this.retryAt = 0;
    this.flushing = true;
    this.flushFailed = false;
    try {
      while (!this.flushFailed && (this.running || this.queue.length || this.batches.length)) {
        this.kick();
        if (!this.running) break;
        await this.running;
      }
    } finally {
      this.flushing = false;
    }
    await this.wal.settle();
  }

  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.compact();
    await this.wal.close();
  }

  /** Signals not yet in the store. */
  get backlog(): number {
    return this.queue.length + this.batches.reduce((sum, batch) => sum + batch.ops.length, 0);
  }

  read(period: StatsPeriod): Promise<CellCount[]> {
    return readCounts(this.options.table, period);
  }

  async healthy(): Promise<boolean> {
    if (!(await this.diskHasRoom())) return false;
    return tableAnswers(this.options.table);
  }

  /** False while the log's reserve is given up and the disk has no room to make it again. */
  private async diskHasRoom(): Promise<boolean> {
    const { reserve } = this.options;
    if (!reserve?.released) return true;
    if (!(await reserve.restore())) return false;
    this.log.info('disk has room again, counting resumes', { signals: this.backlog });
    this.kick();
    return true;
  }
}

function isBatchLine(value: unknown): value is BatchLine {
  const line = value as Partial<BatchLine> | null;
  return line?.t === 'b' && typeof line.n === 'number' && Array.isArray(line.ids);
}

function isAppliedLine(value: unknown): value is AppliedLine {
  const line = value as Partial<AppliedLine> | null;
  return line?.t === 'a' && typeof line.n === 'number';
}

function isHeaderLine(value: unknown): value is HeaderLine {
  const line = value as Partial<HeaderLine> | null;
  return line?.t === 'h' && typeof line.n === 'number';
}
