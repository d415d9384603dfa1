import { type CellCount, parseCellName, parseItemKey } from './cells';
import type { DynamoStatsTable } from './dynamo';
import type { StatsPeriod } from './store';

/** Every non-zero counter of the period at full grain: the write shards summed. */
export async function readCounts(table: DynamoStatsTable, period: StatsPeriod): Promise<CellCount[]> {
  const counts = new Map<string, CellCount>();
  for (const item of await table.readMonths(period.from, period.to)) {
    const dims = parseItemKey(item.dims);
    if (!dims) continue;
    for (const [name, value] of Object.entries(item.cells)) {
      const cell = parseCellName(name);
      if (!cell) continue;
      const key = `${item.month}|${item.dims}|${name}`;
      const seen = counts.get(key);
      if (seen) seen.screenings += value;
      else counts.set(key, { month: item.month, ...dims, ...cell, screenings: value });
    }
  }
  return [...counts.values()].filter((cell) => cell.screenings > 0);
}

/** Whether the table answers now. */
export async function tableAnswers(table: DynamoStatsTable): Promise<boolean> {
  try {
    await table.ping();
    return true;
  } catch {
    return false;
  }
}
