import type { ParamDef } from '../params/define';
import type { Lang } from '../request';
import type { SourceRef } from '../result';
import { lookupParam } from './param';
import { paramSources } from './sources';

/**
 * One evaluation: the peildatum, the language for texts, and the latest validFrom of the
 * parameter values used, so the response can say which period its figures come from.
 */
export class EvalContext {
  validFrom = '0000-00-00';

  constructor(
    readonly peildatum: string,
    readonly lang: Lang,
  ) {}

  /** The value in force on the peildatum; throws ParameterLookupError when there is none. */
  param<T>(def: ParamDef<T>): T {
    const entry = lookupParam(def, this.peildatum);
    if (entry.validFrom > this.validFrom) this.validFrom = entry.validFrom;
    return entry.value;
  }

  /** Where the value in force comes from: the article and, for secondary sources, the publication. */
  sourcesOf(def: ParamDef<unknown>): SourceRef[] {
    return paramSources(def, lookupParam(def, this.peildatum), this.peildatum);
  }

  /** The first day of the value in force, for links to the law text of that date. */
  sourcesDate(def: ParamDef<unknown>): string {
    return lookupParam(def, this.peildatum).validFrom;
  }
}
