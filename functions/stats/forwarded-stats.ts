import type { CellCount } from './cells';
import type { DynamoStatsTable } from './dynamo';
import { errorName, type Logger, silentLogger } from './log';
import { readCounts, tableAnswers } from './read-counts';
import type { ScreeningSignal } from './signal';
import type { StatsPeriod, StatsStore } from './store';

/**
 * The statistics port of an HTTP worker of the local server (functions/api/cluster.ts): signals go
 * to the one process that writes them (its DurableRecorder keeps the write-ahead log), gathered
 * into one message per event-loop turn. `record()` resolves when that process says the signals are
 * on disk, so the worker, too, answers 200 only for a durable signal. Counters are read from the
 * store directly.
 */
export class ForwardedStats implements StatsStore {
  private buffer: ScreeningSignal[] = [];
  private sending: Promise<void> | null = null;

  constructor(
    private readonly table: DynamoStatsTable,
    /** Hands the signals over; resolves once they are on disk. */
    private readonly send: (signals: ScreeningSignal[]) => Promise<void>,
    private readonly log: Logger = silentLogger,
  ) {}

  async record(signal: ScreeningSignal): Promise<void> {
    this.buffer.push(signal);
    this.sending ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.sendBuffer());
    await this.sending;
  }

  /** Sends what is gathered now (before the worker stops). */
  async flush(): Promise<void> {
    await this.sending;
    await this.sendBuffer();
  }

  private async sendBuffer(): Promise<void> {
    this.sending = null;
    const signals = this.buffer;
    if (!signals.length) return;
    this.buffer = [];
    try {
      await this.send(signals);
    } catch (error) {
      // Only when the writing process is gone: the server is stopping or has crashed.
      this.log.error('stats signals lost: the writer process is gone', {
        signals: signals.length,
        error: errorName(error),
      });
    }
  }

  read(period: StatsPeriod): Promise<CellCount[]> {
    return readCounts(this.table, period);
  }

  healthy(): Promise<boolean> {
    return tableAnswers(this.table);
  }
}
