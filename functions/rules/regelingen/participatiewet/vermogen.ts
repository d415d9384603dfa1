import type { Answers } from '../../../contract/answers';
import type { Assessment } from '../../engine/assessment';
import { youngChildren } from '../../engine/household';
import * as m from '../../params/participatiewet-middelen';

/**
 * The art. 34 lid 3 limit for the household: couple, single, or (only when the assets exceed the
 * single limit does it matter) single parent. Undefined, with `children` missing, when that decides.
 */
export function vermogenLimitParam(x: Assessment, a: Answers, partner: boolean, assets: number) {
  if (partner) return m.vermogenCouple;
  if (assets <= x.ctx.param(m.vermogenSingle)) return m.vermogenSingle;
  const kids = youngChildren(a);
  if (kids === undefined) {
    x.missing('children');
    return undefined;
  }
  return kids > 0 ? m.vermogenSingleParent : m.vermogenSingle;
}

/**
 * Vermogen test of art. 34: savings and other assets minus debts (answers.assets) may not exceed
 * the limit for the household; equity in an own home counts only above the vrijlating (lid 2d),
 * and then the bijstand may be given as a loan against the home (art. 50), so the verdict is only `possibly`.
 */
export function checkVermogen(x: Assessment, a: Answers): void {
  const { ctx } = x;
  const assets = x.need('assets', a.assets);
  const partner = a.partner;
  if (assets === undefined || partner === undefined) return;
  const def = vermogenLimitParam(x, a, partner, assets);
  if (!def) return;
  const limit = ctx.param(def);
  const sources = ctx.sourcesOf(def);
  x.threshold('assets', limit, assets, 'at-most');
  if (assets > limit) {
    x.fail('assets-above-limit', sources, { assets, limit });
    return;
  }
  if (a.housing === 'own') {
    const equity = x.need('homeEquity', a.homeEquity);
    if (equity === undefined) return;
    const exemption = ctx.param(m.homeEquityExemption);
    const counted = Math.max(0, equity - exemption);
    if (assets + counted > limit) {
      x.uncertain(
        'home-equity-above-exemption',
        [...ctx.sourcesOf(m.homeEquityExemption), ...sources],
        { equity, exemption },
        ['homeEquity'],
      );
      return;
    }
  }
  if (a.dontKnow?.includes('assets')) x.pass('assets-unknown-assumed', sources, { limit });
  else x.pass('assets-within-limit', sources, { assets, limit });
}
