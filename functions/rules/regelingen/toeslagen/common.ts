import type { Answers, DontKnowPath } from '../../../contract/answers';
import type { SourceRef } from '../../../contract/result';
import type { Assessment } from '../../engine/assessment';
import type { EvalContext } from '../../engine/context';
import { lawSource, registrySource } from '../../engine/sources';
import { minimumToeslag } from '../../params/awir';
import { AWIR, type ParamDef, WHT } from '../../params/define';

/** An Awir article as in force on the peildatum. */
export const awirSource = (article: string, ctx: EvalContext, lid?: string): SourceRef =>
  lawSource(AWIR(article, lid), ctx.peildatum);

/** A Wet op de huurtoeslag article as in force on the peildatum. */
export const whtSource = (article: string, ctx: EvalContext, lid?: string): SourceRef =>
  lawSource(WHT(article, lid), ctx.peildatum);

/**
 * Whether an answer was "I don't know": the rules then see an assumed value (the favourable end,
 * engine/dont-know.ts), which a reason must never state as the person's own.
 */
export const assumed = (a: Answers, path: DontKnowPath): boolean => a.dontKnow?.includes(path) ?? false;

/** Awir art. 9: Dutch nationality or lawful residence. */
export function checkToeslagResidence(x: Assessment, a: Answers): void {
  const residence = x.need('residence', a.residence);
  if (residence === 'none') x.fail('no-lawful-residence-toeslag', [awirSource('9', x.ctx)]);
}

/** Vermogen on 1 January, against the limit without or with a toeslagpartner (Awir art. 7 lid 3 family). */
export function checkToeslagAssets(x: Assessment, a: Answers, single: ParamDef, withPartner: ParamDef): void {
  const assets = x.need('assets', a.assets);
  const partner = a.partner;
  if (assets === undefined || partner === undefined) return;
  const def = partner ? withPartner : single;
  const limit = x.ctx.param(def);
  x.threshold('assets', limit, assets, 'at-most');
  if (assets > limit) x.fail('assets-above-toeslag-limit', x.ctx.sourcesOf(def), { assets, limit });
  // With "I don't know" the value is the range's favourable end: say what was assumed, not "your assets (€ 0)".
  else if (assumed(a, 'assets')) x.pass('assets-unknown-toeslag', x.ctx.sourcesOf(def), { limit });
  else x.pass('assets-within-toeslag-limit', x.ctx.sourcesOf(def), { assets, limit });
}

/** Awir art. 14: a toeslag under € 24 a year is not granted. */
export function minimumYearly(x: Assessment): { cents: number; sources: SourceRef[] } {
  return { cents: x.ctx.param(minimumToeslag), sources: x.ctx.sourcesOf(minimumToeslag) };
}

/** The repayment risk people fear, and how to keep it low: said on every toeslag that may pay out. */
export function noteRepaymentRisk(x: Assessment): void {
  x.note('toeslag-repayment-risk', [registrySource('BD-TOESLAG-AANVRAGEN'), awirSource('16', x.ctx)]);
}
