/**
 * Pending statistics writes, as kept in the local outbox and sent through SQS. Plain JSON, and
 * never the answers or the sessionId: a visit is named by its keyed hash only.
 */

/** A screening whose visit record (if any) and counters are still to be written. */
export interface ScreeningOp {
  t: 's';
  /**
   * The signal's id, kept through retries, the queue and replays. AWS path: `<writer>:<n>` (the
   * writer's number conditions every counter write, see DynamoStatsTable.addCellsSeq); else random,
   * the guard of its counter writes on replay.
   */
  id: string;
  month: string;
  /** Counter item sort key (dimensions) and the counter names, one per regulation. */
  k: string;
  c: string[];
  at: number;
  /** HMAC-SHA-256 of the sessionId, when the screening belongs to a visit. */
  v?: string;
}

/** Counter increments for one item whose write failed; applied at most once through its guard. */
export interface DeltaOp {
  t: 'd';
  id: string;
  month: string;
  k: string;
  d: Record<string, number>;
  shard: number;
}

export type StatsOp = ScreeningOp | DeltaOp;

export function isStatsOp(value: unknown): value is StatsOp {
  if (typeof value !== 'object' || value === null) return false;
  const op = value as Record<string, unknown>;
  if (typeof op.id !== 'string' || typeof op.month !== 'string' || typeof op.k !== 'string') return false;
  if (op.t === 's') return Array.isArray(op.c) && typeof op.at === 'number';
  if (op.t === 'd') return typeof op.d === 'object' && op.d !== null && typeof op.shard === 'number';
  return false;
}
