import { add, type Count, plus, share, ZERO } from './count';
import type { StatsRow } from './stats-client';

/**
 * The non-use signal of one group of screenings, summed from published cells. "Entitled" is a
 * likely or possibly verdict; the share is of those who answered the receiving question.
 */
export interface Signal {
  screenings: Count;
  entitled: Count;
  receivingYes: Count;
  receivingNo: Count;
  unanswered: Count;
}

export const EMPTY_SIGNAL: Signal = {
  screenings: ZERO,
  entitled: ZERO,
  receivingYes: ZERO,
  receivingNo: ZERO,
  unanswered: ZERO,
};

const ENTITLED = new Set(['likely', 'possibly']);

function addRow(signal: Signal, row: StatsRow): Signal {
  const next = { ...signal, screenings: add(signal.screenings, row.screenings) };
  if (!ENTITLED.has(row.verdict)) return next;
  next.entitled = add(signal.entitled, row.screenings);
  if (row.receiving === 'yes') next.receivingYes = add(signal.receivingYes, row.screenings);
  else if (row.receiving === 'no') next.receivingNo = add(signal.receivingNo, row.screenings);
  else next.unanswered = add(signal.unanswered, row.screenings);
  return next;
}

/** Share of the entitled who say they do not receive it, of those who answered; null when unknowable. */
export function nonUseShare(signal: Signal): number | null {
  return share(signal.receivingNo, plus(signal.receivingYes, signal.receivingNo));
}

/** Signals per regulation and per value of `key` (a month, a channel, an age band…), in first-seen order. */
export function signalsBy(
  rows: readonly StatsRow[],
  key: (row: StatsRow) => string,
): Map<string, Map<string, Signal>> {
  const out = new Map<string, Map<string, Signal>>();
  for (const row of rows) {
    const perRegulation = out.get(row.regulation) ?? new Map<string, Signal>();
    const k = key(row);
    perRegulation.set(k, addRow(perRegulation.get(k) ?? EMPTY_SIGNAL, row));
    out.set(row.regulation, perRegulation);
  }
  return out;
}

/**
 * Reasons given for not receiving, by the entitled who said no: regulation → reason → count,
 * over all rows or those of one month.
 */
export function reasonsBy(rows: readonly StatsRow[], month?: string): Map<string, Map<string, Count>> {
  const out = new Map<string, Map<string, Count>>();
  for (const row of rows) {
    if (!ENTITLED.has(row.verdict) || row.receiving !== 'no' || !row.reason) continue;
    if (month && row.month !== month) continue;
    const perRegulation = out.get(row.regulation) ?? new Map<string, Count>();
    perRegulation.set(row.reason, add(perRegulation.get(row.reason) ?? ZERO, row.screenings));
    out.set(row.regulation, perRegulation);
  }
  return out;
}
