import type { ReasonCode } from '../rules/content/reasons.nl';
import type { ApplyBy, RegulationId } from '../rules/regulations';

/**
 * The screening result in two forms. `evaluate` returns the coded one (`Evaluation`): reason codes with
 * their values, limits with their kind, no text and no euro formatting. The edge (the API for the
 * request's `lang`, the web apps in the chosen language) renders it into the contract's
 * `ScreeningResponse` (docs/screening-api.md) with one language's copy (functions/rules/content/render.ts).
 */

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

/** The values a reason's text is filled with: cents, counts, dates, answer paths. */
export type ReasonValues = Record<string, number | string>;

export type { ReasonCode };

/** A reason as the engine gives it: a stable code and the values its text needs, no text. */
export interface CodedReason {
  /** Stable code; copy for it lives in functions/rules/content/reasons.<lang>.ts. */
  code: ReasonCode;
  sources: SourceRef[];
  values?: ReasonValues;
}

/** A reason as the contract shows it: the same, with the text in the request's language. */
export interface Reason {
  code: string;
  text: string;
  sources: SourceRef[];
  /** The values the text was filled with (cents, counts), so other languages can re-render it. */
  values?: ReasonValues;
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

/**
 * A threshold as the engine gives it: `kind` says whether the limit itself still counts as under it
 * (`at-most`) or not (`below`), which only the text needs.
 */
export interface CodedThreshold extends Omit<Threshold, 'text'> {
  kind: 'below' | 'at-most';
}

export interface ApplyInfo {
  by: ApplyBy;
  url: string;
  text: string;
}

export type CodedApply = Omit<ApplyInfo, 'text'>;

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

export interface CodedResult extends Omit<RegulationResult, 'reasons' | 'apply' | 'thresholds'> {
  reasons: CodedReason[];
  apply: CodedApply;
  thresholds: CodedThreshold[];
}

/** What `evaluate` returns: the response without its texts. */
export interface Evaluation extends Omit<ScreeningResponse, 'results'> {
  results: CodedResult[];
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
