import type { Verdict } from '../contract/result';
import type { NonUseReason, RegulationId } from '../rules/index';
import {
  type AgeBand,
  type Channel,
  type Household,
  type Receiving,
  reasonCode,
  receivingCode,
  regulationCode,
  verdictCode,
} from './dimensions';

/** What one screening contributes: the screening-wide dimensions and one cell per regulation. */
export interface ScreeningDims {
  month: string;
  channel: Channel;
  region: string | null;
  ageBand: AgeBand | null;
  household: Household | null;
  /** The parameter set the screening was evaluated with (functions/rules/rules-version.ts); null on counters from before it was kept. */
  rulesVersion?: string | null;
}

export interface RegulationCell {
  regulation: RegulationId;
  verdict: Verdict;
  receiving: Receiving;
  reason: NonUseReason | null;
}

/** A counter at full grain, as read back from the store. */
export interface CellCount extends ScreeningDims, RegulationCell {
  screenings: number;
}

const NONE = '-';

/**
 * Sort key of the counter item holding these dimensions. Self-describing `key=value` parts, so a
 * dimension added later is appended and older items simply lack it (read as null): no migration.
 */
export function itemKey(dims: Omit<ScreeningDims, 'month'>): string {
  const version = dims.rulesVersion ? `#rv=${dims.rulesVersion}` : '';
  return `ch=${dims.channel}#rg=${dims.region ?? NONE}#ab=${dims.ageBand ?? NONE}#hh=${dims.household ?? NONE}${version}`;
}

export function parseItemKey(key: string): Omit<ScreeningDims, 'month'> | null {
  const parts = new Map(key.split('#').map((part) => part.split('=', 2) as [string, string]));
  const value = (name: string) => {
    const v = parts.get(name);
    return v === undefined || v === NONE ? null : v;
  };
  const channel = value('ch');
  if (channel !== 'citizen' && channel !== 'counter') return null;
  return {
    channel,
    region: value('rg'),
    ageBand: value('ab') as AgeBand | null,
    household: value('hh') as Household | null,
    rulesVersion: value('rv'),
  };
}

/** Attribute name of one counter inside an item: `<regulation>.<verdict>.<receiving>.<reason>` in short codes. */
export function cellName(cell: RegulationCell): string {
  const reason = cell.reason ? reasonCode.encode(cell.reason) : NONE;
  return `${regulationCode.encode(cell.regulation)}.${verdictCode.encode(cell.verdict)}.${receivingCode.encode(cell.receiving)}.${reason}`;
}

/** Counter attributes are the only ones with a dot in their name. */
export const isCellName = (name: string) => name.includes('.');

export function parseCellName(name: string): RegulationCell | null {
  const [reg, verdict, receiving, reason] = name.split('.');
  const regulation = reg === undefined ? undefined : regulationCode.decode(reg);
  const v = verdict === undefined ? undefined : verdictCode.decode(verdict);
  const r = receiving === undefined ? undefined : receivingCode.decode(receiving);
  if (!regulation || !v || !r) return null;
  return {
    regulation,
    verdict: v,
    receiving: r,
    reason: reason === undefined || reason === NONE ? null : (reasonCode.decode(reason) ?? null),
  };
}
