import type { CodedReason, Estimate, ReasonCode, Verdict } from '../../contract/result';
import type { ParamDef, Unit } from '../params/define';
import type { Outcome } from './assessment';
import type { EvalContext } from './context';

/**
 * Carried-over values (used past their knownUntil, because the next year's are not published yet).
 *
 * The next value of an amount is taken to lie between the last known value and that value raised by
 * INDEXATION_MARGIN_PERCENT for every calendar year it is carried over. 5% covers every yearly
 * indexation of the amounts this engine uses from 2025 to 2026 (docs/domain/params-2027.md §1):
 * bijstand norms +3,7% (1 July 2025 → 1 July 2026), toeslagen vermogensgrenzen +2,9%, kindgebonden
 * budget +2,7–3,0%, kinderopvang maximum uurprijzen +4,84%. Only amounts in cents are indexed;
 * percentages, ages, hours and tables change by law, not by indexation, and are used as they are.
 * A cut, or any change beyond indexation, takes a law published in advance: those are dated values.
 */
export const INDEXATION_MARGIN_PERCENT = 5;

/** Factors are integers in parts per INDEXATION_SCALE, so the arithmetic stays exact. */
export const INDEXATION_SCALE = 100_000;

const INDEXED_UNITS: ReadonlySet<Unit> = new Set([
  'cents',
  'cents-per-month',
  'cents-per-year',
  'cents-per-hour',
]);

/** The factor for values last known until `knownUntil`, used on `peildatum`: the margin per calendar year. */
export function indexationFactor(peildatum: string, knownUntil: string): number {
  const years = Math.max(1, Number(peildatum.slice(0, 4)) - Number(knownUntil.slice(0, 4)));
  return Math.round(INDEXATION_SCALE * (1 + INDEXATION_MARGIN_PERCENT / 100) ** years);
}

/** A carried-over value as if indexed by `factor`; amounts to whole cents, everything else unchanged. */
export function indexedValue<T>(def: ParamDef<T>, value: T, factor: number): T {
  if (typeof value !== 'number' || !INDEXED_UNITS.has(def.unit)) return value;
  return Math.round((value * factor) / INDEXATION_SCALE) as T;
}

const RANK: Record<Verdict, number> = { likely: 3, possibly: 2, unlikely: 1, unknown: 0 };
const MARGIN_REASON: ReasonCode = 'parameters-indexation-margin';

/**
 * Evaluates one regulation as it is and, where it used carried-over values, again with those values
 * indexed by the margin. Where the two disagree on the verdict, the answer is `possibly` (never
 * `unlikely` on that ground alone) with a reason; where they disagree on the amount, it becomes a range
 * with `monthly` the most favourable end, as for "I don't know" answers (contract Precisions).
 */
export function withIndexationMargin(ctx: EvalContext, run: () => Outcome): Outcome {
  ctx.startRegulation();
  const base = run();
  if (ctx.carriedHere.size === 0 || base.verdict === 'unknown') return base;
  const oldest = [...ctx.carriedHere.values()].sort()[0] as string;
  ctx.indexation = indexationFactor(ctx.peildatum, oldest);
  const indexed = run();
  ctx.indexation = INDEXATION_SCALE;
  if (indexed.verdict === 'unknown') return base;

  const best = RANK[indexed.verdict] > RANK[base.verdict] ? indexed : base;
  const estimate = widen(base, indexed);
  if (base.verdict === indexed.verdict) return estimate === base.estimate ? base : { ...base, estimate };
  const values = {
    peildatum: ctx.peildatum,
    knownUntil: oldest,
    margin: INDEXATION_MARGIN_PERCENT,
    parameters: [...ctx.carriedHere.keys()].join(', '),
  };
  const reason: CodedReason = { code: MARGIN_REASON, sources: [], values };
  return {
    ...best,
    verdict: 'possibly',
    estimate,
    reasons: [reason, ...best.reasons],
    thresholds: base.thresholds,
  };
}

/** The estimate spanning both runs: `range` from the lowest to the highest end, `monthly` the highest. */
function widen(base: Outcome, indexed: Outcome): Estimate | null {
  const ends = (o: Outcome): [number, number] | undefined => {
    if (o.verdict === 'unlikely') return [0, 0];
    if (!o.estimate) return undefined;
    return [o.estimate.range?.min ?? o.estimate.monthly, o.estimate.range?.max ?? o.estimate.monthly];
  };
  const a = ends(base);
  const b = ends(indexed);
  if (!a || !b) return base.estimate ?? indexed.estimate;
  if (a[0] === b[0] && a[1] === b[1]) return base.estimate;
  const top =
    (indexed.estimate?.monthly ?? -1) > (base.estimate?.monthly ?? -1) ? indexed.estimate : base.estimate;
  if (!top) return null;
  return {
    monthly: top.monthly,
    yearly: top.yearly,
    range: { min: Math.min(a[0], b[0]), max: Math.max(a[1], b[1], top.monthly) },
  };
}
