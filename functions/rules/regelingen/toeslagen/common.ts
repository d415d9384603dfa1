import type { Answers } from '../../answers';
import type { Assessment } from '../../engine/assessment';
import { lawSource, registrySource } from '../../engine/sources';
import { minimumToeslag } from '../../params/awir';
import type { ParamDef } from '../../params/define';
import type { SourceRef } from '../../result';

export const awirSource = (article: string): SourceRef =>
  lawSource({ bwb: 'BWBR0018472', law: 'Awir', article }, '2026-01-01');

/** Awir art. 9: Dutch nationality or lawful residence. */
export function checkToeslagResidence(x: Assessment, a: Answers): void {
  const residence = x.need('residence', a.residence);
  if (residence === 'none') x.fail('no-lawful-residence-toeslag', [awirSource('9')]);
}

/** Vermogen on 1 January, against the limit without or with a toeslagpartner (Awir art. 7 lid 7 family). */
export function checkToeslagAssets(x: Assessment, a: Answers, single: ParamDef, withPartner: ParamDef): void {
  const assets = x.need('assets', a.assets);
  const partner = a.partner;
  if (assets === undefined || partner === undefined) return;
  const def = partner ? withPartner : single;
  const limit = x.ctx.param(def);
  x.threshold('assets', limit, assets, 'at-most');
  if (assets > limit) x.fail('assets-above-toeslag-limit', x.ctx.sourcesOf(def), { assets, limit });
  else x.pass('assets-within-toeslag-limit', x.ctx.sourcesOf(def), { assets, limit });
}

/** Awir art. 14: a toeslag under € 24 a year is not granted. */
export function minimumYearly(x: Assessment): { cents: number; sources: SourceRef[] } {
  return { cents: x.ctx.param(minimumToeslag), sources: x.ctx.sourcesOf(minimumToeslag) };
}

/** The repayment risk people fear, and how to keep it low: said on every toeslag that may pay out. */
export function noteRepaymentRisk(x: Assessment): void {
  x.note('toeslag-repayment-risk', [registrySource('BD-TOESLAG-AANVRAGEN'), awirSource('16')]);
}
