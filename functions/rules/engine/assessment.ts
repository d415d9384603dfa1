import type {
  Estimate,
  CodedReason as Reason,
  ReasonCode,
  ReasonValues,
  SourceRef,
  CodedThreshold as Threshold,
  Verdict,
} from '../../contract/result';
import type { EvalContext } from './context';

export interface Outcome {
  verdict: Verdict;
  estimate: Estimate | null;
  reasons: Reason[];
  missing: string[];
  thresholds: Threshold[];
}

/**
 * Collects what one regulation's rules found: conditions that fail, answers still missing,
 * things the checker cannot judge, and explanatory notes. The verdict follows from them:
 * any failure → unlikely; else anything missing → unknown; else anything uncertain → possibly.
 */
export class Assessment {
  private readonly failures: Reason[] = [];
  private readonly uncertainties: Reason[] = [];
  private readonly passes: Reason[] = [];
  private readonly notes: Reason[] = [];
  private readonly missingFields = new Set<string>();
  private readonly settling = new Set<string>();
  readonly thresholds: Threshold[] = [];

  constructor(readonly ctx: EvalContext) {}

  /** A code and its values; the text is rendered at the edge, in the reader's language. */
  private reason(code: ReasonCode, values: ReasonValues, sources: SourceRef[]): Reason {
    return Object.keys(values).length ? { code, sources, values } : { code, sources };
  }

  /** A condition the answers clearly fail. */
  fail(code: ReasonCode, sources: SourceRef[], values: ReasonValues = {}): void {
    this.failures.push(this.reason(code, values, sources));
  }

  /** A condition the answers meet, said so people see why. */
  pass(code: ReasonCode, sources: SourceRef[], values: ReasonValues = {}): void {
    this.passes.push(this.reason(code, values, sources));
  }

  /** Something the checker cannot judge; `fields` are answers that would settle it. */
  uncertain(code: ReasonCode, sources: SourceRef[], values: ReasonValues = {}, fields: string[] = []): void {
    this.uncertainties.push(this.reason(code, values, sources));
    for (const field of fields) this.settling.add(field);
  }

  /** Information that does not change the verdict (how to apply, what does not count). */
  note(code: ReasonCode, sources: SourceRef[], values: ReasonValues = {}): void {
    this.notes.push(this.reason(code, values, sources));
  }

  /** Returns the answer, or records it as missing. */
  need<T>(field: string, value: T | undefined): T | undefined {
    if (value === undefined) this.missingFields.add(field);
    return value;
  }

  /** Records an answer as missing where the rule found out late that it needs it. */
  missing(field: string): void {
    this.missingFields.add(field);
  }

  threshold(field: string, limit: number, value: number, kind: 'below' | 'at-most'): void {
    this.thresholds.push({ field, limit, value, margin: limit - value, kind });
  }

  get failed(): boolean {
    return this.failures.length > 0;
  }

  get blocked(): boolean {
    return this.failed || this.missingFields.size > 0;
  }

  verdict(): Verdict {
    if (this.failures.length) return 'unlikely';
    if (this.missingFields.size) return 'unknown';
    if (this.uncertainties.length) return 'possibly';
    return 'likely';
  }

  /** The outcome; the estimate is kept only where entitlement is likely or possible. */
  finish(estimate: Estimate | null): Outcome {
    const verdict = this.verdict();
    const reasons =
      verdict === 'unlikely'
        ? [...this.failures, ...this.notes]
        : [...this.uncertainties, ...this.passes, ...this.notes];
    const missing =
      verdict === 'unknown' ? [...this.missingFields] : verdict === 'possibly' ? [...this.settling] : [];
    return {
      verdict,
      estimate: verdict === 'likely' || verdict === 'possibly' ? estimate : null,
      reasons,
      missing,
      thresholds: this.thresholds,
    };
  }
}

export const monthlyEstimate = (monthly: number, yearly = monthly * 12): Estimate => ({ monthly, yearly });
