import type { Answers } from '../../answers';
import type { Assessment } from '../../engine/assessment';
import { aowStatus } from '../../engine/household';
import { mulDivRound } from '../../engine/money';
import { lawSource } from '../../engine/sources';
import type { ParamDef } from '../../params/define';
import { PW } from '../../params/define';
import * as n from '../../params/participatiewet-normen';
import type { SourceRef } from '../../result';

export interface Norm {
  /** Cents per month, including vakantietoeslag. */
  amount: number;
  kind: 'standard' | 'youth' | 'kostendelers' | 'institution';
  sources: SourceRef[];
}

/** Which branch of the Participatiewet applies: below AOW age (art. 20–21) or at AOW age (art. 22, also AIO). */
export type NormTarget = 'below-aow' | 'aow';

/**
 * The applicable Participatiewet norm (art. 20–23), or undefined when an answer it depends on
 * is missing (recorded on the assessment). Mirrors the articles: jongerennorm (art. 20),
 * norm 21+ (art. 21), AOW age (art. 22), kostendelersnorm (art. 22a), inrichting (art. 23).
 */
export function participatiewetNorm(x: Assessment, a: Answers, target: NormTarget): Norm | undefined {
  const { ctx } = x;
  const age = x.need('age', a.age);
  const partner = x.need('partner', a.partner);
  const partnerAge = partner ? x.need('partnerAge', a.partnerAge) : undefined;
  const housing = x.need('housing', a.housing);
  if (age === undefined || partner === undefined || housing === undefined) return undefined;
  if (partner && partnerAge === undefined) return undefined;
  const use = (def: ParamDef, kind: Norm['kind']): Norm => ({
    amount: ctx.param(def),
    kind,
    sources: ctx.sourcesOf(def),
  });

  if (housing === 'institution')
    return use(partner ? n.institutionCouple : n.institutionSingle, 'institution');

  const spouseAge = partnerAge ?? 0;
  const kostendelers = housing === 'homeless' ? 0 : x.need('coResidents27Plus', a.coResidents27Plus);

  if (target === 'aow') {
    if (kostendelers === undefined) return undefined;
    const applicantAow = aowStatus(age, ctx) === 'yes';
    const bothAow = partner && applicantAow && aowStatus(spouseAge, ctx) === 'yes';
    if (kostendelers === 0) {
      return use(!partner ? n.normAowSingle : bothAow ? n.normAowCoupleBoth : n.normAowCoupleOne, 'standard');
    }
    // Art. 22a lid 1: B is 22b when the belanghebbende has AOW age, 22c when only the spouse has.
    const base = applicantAow ? n.normAowCoupleBoth : n.normAowCoupleOne;
    const adults = 1 + (partner && spouseAge >= 21 ? 1 : 0);
    return kostendelersNorm(x, base, kostendelers + adults, partner ? 2 : 1);
  }

  const applicantYoung = age < 21;
  const spouseYoung = partner && spouseAge < 21;
  if (applicantYoung || spouseYoung)
    return youthNorm(x, a, { partner, bothYoung: applicantYoung && (!partner || spouseYoung), kostendelers });

  if (kostendelers === undefined) return undefined;
  if (kostendelers === 0) return use(partner ? n.normCouple : n.normSingle, 'standard');
  return kostendelersNorm(x, n.normCouple, kostendelers + (partner ? 2 : 1), partner ? 2 : 1);
}

/**
 * Art. 22a lid 1: per person (40 + A·30) / (A·100) × B, with A the kostendelende medebewoners plus
 * the belanghebbende and a spouse of 21+; a couple gets the sum of both spouses' norms (lid 2).
 */
function kostendelersNorm(x: Assessment, base: ParamDef, a: number, persons: number): Norm {
  const perPerson = mulDivRound(x.ctx.param(base), 40 + 30 * a, 100 * a);
  return {
    amount: perPerson * persons,
    kind: 'kostendelers',
    sources: [lawSource(PW('22a', '1'), x.ctx.sourcesDate(base)), ...x.ctx.sourcesOf(base)],
  };
}

/** Art. 20 (and art. 22a lid 3 for a couple of one 18–20 year old and one 21+ with kostendelers). */
function youthNorm(
  x: Assessment,
  a: Answers,
  {
    partner,
    bothYoung,
    kostendelers,
  }: { partner: boolean; bothYoung: boolean; kostendelers: number | undefined },
): Norm | undefined {
  const { ctx } = x;
  const withChildren = (withKids: ParamDef, without: ParamDef): ParamDef | undefined => {
    // Ask about children only where the amounts differ.
    if (ctx.param(withKids) === ctx.param(without)) return without;
    const kids = x.need('children', a.children);
    if (kids === undefined) return undefined;
    return kids.some((child) => child.age < 18) ? withKids : without;
  };

  if (!partner) {
    const def = withChildren(n.youthSingleParent, n.youthSingle);
    if (!def) return undefined;
    const base = ctx.param(def);
    const sources = ctx.sourcesOf(def);
    const cannotSupport = x.need('parentsCannotSupport', a.parentsCannotSupport);
    if (cannotSupport === undefined) return undefined;
    if (!cannotSupport) return { amount: base, kind: 'youth', sources };
    // Art. 20 lid 3–4: raised when the parents cannot contribute, up to the comparable 21+ norm.
    const raised = Math.min(base + ctx.param(n.youthParentalSupplement), ctx.param(n.normSingle));
    return {
      amount: raised,
      kind: 'youth',
      sources: [...sources, ...ctx.sourcesOf(n.youthParentalSupplement)],
    };
  }

  if (bothYoung) {
    const def = withChildren(n.youthCoupleBothChildren, n.youthCoupleBoth);
    return def && { amount: ctx.param(def), kind: 'youth', sources: ctx.sourcesOf(def) };
  }

  if (kostendelers === undefined) return undefined;
  if (kostendelers === 0) {
    const def = withChildren(n.youthCoupleMixedChildren, n.youthCoupleMixed);
    return def && { amount: ctx.param(def), kind: 'youth', sources: ctx.sourcesOf(def) };
  }
  const part = withChildren(n.kdnYoungSpouseChildren, n.kdnYoungSpouse);
  if (!part) return undefined;
  const older = kostendelersNorm(x, n.normCouple, kostendelers + 1, 1);
  return {
    amount: older.amount + ctx.param(part),
    kind: 'kostendelers',
    sources: [...older.sources, ...ctx.sourcesOf(part)],
  };
}
