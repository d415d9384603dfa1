import type { SourceRef } from '../../contract/result';
import type { ParamDef, ParamValue } from '../params/define';
import { INDEXATION_SCALE, indexedValue } from './indexation';
import { lookupParam, MissingParameterError } from './param';
import { paramSources } from './sources';

/**
 * One evaluation: the peildatum, the parameter set (the bundled one unless
 * `evaluate` was given another), and what was used: the latest validFrom, so the response can say which
 * period its figures come from, and every value used past its knownUntil (carried over).
 */
export class EvalContext {
  validFrom = '0000-00-00';
  /** Every parameter whose value was used past its knownUntil, with that knownUntil (whole evaluation). */
  readonly carriedOver = new Map<string, string>();
  /** The same, for the regulation being evaluated (reset by `startRegulation`). */
  readonly carriedHere = new Map<string, string>();
  /**
   * Carried-over amounts are multiplied by this, in parts per INDEXATION_SCALE: the scale itself means
   * last year's values; above it, the regulation is run again as if indexed (engine/indexation.ts).
   */
  indexation = INDEXATION_SCALE;
  private readonly overrides: ReadonlyMap<string, ParamDef<unknown>> | undefined;

  constructor(
    readonly peildatum: string,
    parameters?: readonly ParamDef<unknown>[],
  ) {
    this.overrides = parameters && new Map(parameters.map((def) => [def.id, def]));
  }

  /** The value in force on the peildatum; throws ParameterLookupError when there is none. */
  param<T>(def: ParamDef<T>): T {
    const resolved = this.resolve(def);
    const entry = lookupParam(resolved, this.peildatum);
    if (entry.validFrom > this.validFrom) this.validFrom = entry.validFrom;
    if (entry.knownUntil < this.peildatum || entry.indexationPending) return this.carried(resolved, entry);
    return entry.value;
  }

  /** Where the value in force comes from: the article and, for secondary sources, the publication. */
  sourcesOf(def: ParamDef<unknown>): SourceRef[] {
    const resolved = this.resolve(def);
    return paramSources(resolved, lookupParam(resolved, this.peildatum), this.peildatum);
  }

  /** The first day of the value in force, for links to the law text of that date. */
  sourcesDate(def: ParamDef<unknown>): string {
    return lookupParam(this.resolve(def), this.peildatum).validFrom;
  }

  /** Called before each regulation, so its carried-over values can be told apart. */
  startRegulation(): void {
    this.carriedHere.clear();
    this.indexation = INDEXATION_SCALE;
  }

  private resolve<T>(def: ParamDef<T>): ParamDef<T> {
    if (!this.overrides) return def;
    const given = this.overrides.get(def.id);
    if (!given) throw new MissingParameterError(def.id);
    return given as ParamDef<T>;
  }

  private carried<T>(def: ParamDef<T>, entry: ParamValue<T>): T {
    // A value still to be indexed is fully known only until the day before it starts.
    const knownUntil = entry.knownUntil < this.peildatum ? entry.knownUntil : dayBefore(entry.validFrom);
    this.carriedOver.set(def.id, knownUntil);
    this.carriedHere.set(def.id, knownUntil);
    if (this.indexation === INDEXATION_SCALE) return entry.value;
    return indexedValue(def, entry.value, this.indexation);
  }
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
