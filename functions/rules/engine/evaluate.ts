import type { Answers } from '../../contract/answers';
import type { Evaluation } from '../../contract/result';
import { SUPPORTED_FROM } from '../params';
import type { ParamDef } from '../params/define';
import { EvalContext } from './context';
import { evaluateRegulations } from './regulations';

export interface EvaluateOptions {
  peildatum: string;
  /**
   * The legal parameters to apply: every parameter the rules use, by id. Defaults to the bundled
   * registry (`PARAMETERS`); another set (a next year's data set, a test's) needs no code change.
   */
  parameters?: readonly ParamDef<unknown>[];
}

export class UnsupportedPeildatumError extends Error {
  constructor(peildatum: string) {
    super(`peildatum ${peildatum} lies before ${SUPPORTED_FROM}, the first date these rules cover`);
    this.name = 'UnsupportedPeildatumError';
  }
}

/**
 * Screens the answers against all seven regulations on the peildatum. Synchronous and pure. Returns
 * codes and values, no text: the edge renders them in a language (content/render.ts).
 */
export function evaluate(answers: Answers, options: EvaluateOptions): Evaluation {
  const { peildatum, parameters } = options;
  if (peildatum < SUPPORTED_FROM) throw new UnsupportedPeildatumError(peildatum);
  const ctx = new EvalContext(peildatum, parameters);
  const results = evaluateRegulations(answers, ctx);
  if (ctx.carriedOver.size === 0)
    return { peildatum, parameters: { validFrom: ctx.validFrom, stale: false }, results };
  const carriedOver = [...ctx.carriedOver].map(([id, knownUntil]) => ({ id, knownUntil }));
  return { peildatum, parameters: { validFrom: ctx.validFrom, stale: true, carriedOver }, results };
}
