import type { CellCount } from './cells';
import type { ScreeningSignal } from './signal';

/** A period of statistics months, inclusive. */
export interface StatsPeriod {
  from: string;
  to: string;
}

/**
 * The statistics port: the API records a screening's signal and reads counters through it, and
 * knows nothing of the store behind it (functions/stats/dynamo.ts is the one adapter).
 */
export interface StatsStore {
  /** Takes the signal of one screening. Never rejects: a store failure must not fail a screening. */
  record(signal: ScreeningSignal): Promise<void>;
  /** Every non-zero counter of the period at full grain; rejects when the store is unreachable. */
  read(period: StatsPeriod): Promise<CellCount[]>;
  /** Whether the store answers now. */
  healthy(): Promise<boolean>;
}
