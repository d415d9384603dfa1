import type { ApplyBy, RegulationId } from './regulations';

export type Verdict = 'likely' | 'possibly' | 'unlikely' | 'unknown';

export interface SourceRef {
  title: string;
  url: string;
  /**
   * `law` or `official`: the law or rule itself, on an official host. `secondary`: someone else
   * reporting it (news, a trade body, another municipality): "also reported by", never the rule.
   */
  kind: 'law' | 'official' | 'secondary';
}

export interface Reason {
  /** Stable code; copy for it lives in content/reasons.<lang>.ts. */
  code: string;
  text: string;
  sources: SourceRef[];
  /** The values the text was filled with (cents, counts), so other languages can re-render it. */
  values?: Record<string, number | string>;
}

export interface Estimate {
  /** Cents per month. With a range (don't-know answers) this is the most favourable end. */
  monthly: number;
  /** Extension: cents per year, because small monthly amounts are easy to dismiss. */
  yearly: number;
  range?: { min: number; max: number };
  /**
   * Extension: `true` when the amount is an upper bound, because something the answers do not give
   * can only lower it (the income of others in the home, for huurtoeslag). Absent otherwise.
   */
  atMost?: true;
}

/** Extension: how far the answers are from flipping the verdict, as data and as text. */
export interface Threshold {
  /** The answer path the limit applies to. */
  field: string;
  /** The limit in cents (per month for netIncomeMonthly/rent, per year for grossIncomeYearly, a stock for assets). */
  limit: number;
  value: number;
  /** limit − value: positive means under the limit by that much. */
  margin: number;
  text: string;
}

export interface ApplyInfo {
  by: ApplyBy;
  url: string;
  text: string;
}

export interface RegulationResult {
  regulation: RegulationId;
  verdict: Verdict;
  estimate: Estimate | null;
  reasons: Reason[];
  missing: string[];
  receiving: boolean | null;
  nonUse: boolean;
  apply: ApplyInfo;
  thresholds: Threshold[];
}

export interface ScreeningResponse {
  peildatum: string;
  parameters: {
    validFrom: string;
    /** True when any value used is carried over from an earlier period (past its knownUntil). */
    stale: boolean;
    /** Extension, present when stale: every carried-over value used, with the last day it was known to hold. */
    carriedOver?: CarriedOver[];
  };
  results: RegulationResult[];
}

export interface CarriedOver {
  /** The parameter's id, as in GET /api/rules. */
  id: string;
  knownUntil: string;
}
