import type { Answers } from '../answers';
import { KNOWN_UNTIL, SUPPORTED_FROM } from '../params';
import type { Lang } from '../request';
import type { ScreeningResponse } from '../result';
import { EvalContext } from './context';
import { evaluateRegulations } from './regulations';

export interface EvaluateOptions {
  peildatum: string;
  lang?: Lang;
}

export class UnsupportedPeildatumError extends Error {
  constructor(peildatum: string) {
    super(`peildatum ${peildatum} lies before ${SUPPORTED_FROM}, the first date these rules cover`);
    this.name = 'UnsupportedPeildatumError';
  }
}

/** Screens the answers against all seven regulations on the peildatum. Synchronous and pure. */
export function evaluate(answers: Answers, options: EvaluateOptions): ScreeningResponse {
  const { peildatum, lang = 'nl' } = options;
  if (peildatum < SUPPORTED_FROM) throw new UnsupportedPeildatumError(peildatum);
  const ctx = new EvalContext(peildatum, lang);
  const results = evaluateRegulations(answers, ctx);
  return { peildatum, parameters: { validFrom: ctx.validFrom, stale: peildatum > KNOWN_UNTIL }, results };
}
