import { lookupParam } from '../../functions/rules/engine/param';
import { PARAMETERS } from '../../functions/rules/params';
import type { ParamDef, ParamValue } from '../../functions/rules/params/define';

const AMOUNT_UNITS = new Set(['cents', 'cents-per-month', 'cents-per-year', 'cents-per-hour']);

/**
 * A complete synthetic data set for the year after `lastDay`: every parameter keeps its values up to
 * `lastDay` and gains one value for the next calendar year, fully known, derived from the value in
 * force on `lastDay` by `percent` (amounts in cents, to whole cents; every other unit unchanged).
 * Values the bundled data already has after `lastDay` are replaced, so the year is uniform.
 */
export function syntheticNextYear(lastDay: string, percent: number): ParamDef<unknown>[] {
  const year = Number(lastDay.slice(0, 4)) + 1;
  return PARAMETERS.map((def) => {
    const current = lookupParam(def, lastDay);
    const kept = def.values
      .filter((v) => v.validFrom <= lastDay)
      .map((v) => (v.knownUntil > lastDay ? { ...v, knownUntil: lastDay } : v));
    const value =
      typeof current.value === 'number' && AMOUNT_UNITS.has(def.unit)
        ? Math.round((current.value * (100 + percent)) / 100)
        : current.value;
    const next: ParamValue<unknown> = {
      validFrom: `${year}-01-01`,
      knownUntil: `${year}-12-31`,
      value,
      source: 'DERIVED',
      verification: 'DER',
      note: `Synthetic test data: the ${lastDay} value + ${percent}%.`,
    };
    return { ...def, values: [...kept, next] };
  });
}
