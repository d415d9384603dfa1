import type { Answers } from '../../../contract/answers';
import type { SourceRef } from '../../../contract/result';
import type { Assessment } from '../../engine/assessment';
import { aowStatus } from '../../engine/household';
import { mulDivRound } from '../../engine/money';
import { lawSource, registrySource } from '../../engine/sources';
import type { ParamDef } from '../../params/define';
import { PW } from '../../params/define';
import * as n from '../../params/participatiewet-normen';

export interface Norm {
  /** Cents per month, including vakantietoeslag. */
  amount: number;
  kind: 'standard' | 'youth' | 'kostendelers' | 'institution';
  sources: SourceRef[];
  /**
   * The highest norm the answers leave open, where the law can only raise `amount` and the answers
   * do not say whether it does (art. 20 lid 3 without the parents answer; art. 23 lid 3 when it is not
   * known whether one or both spouses live in the institution). The uncertainty is recorded on the assessment.
   */
  max?: number;
}

/**
 * Kostendelende medebewoners (art. 19a lid 1): the answer `coResidents27Plus` (which by the contract
 * never includes a child listed in `children`) plus the children of 27 or older living at home.
 */
export function kostendelersCount(a: Answers): number | undefined {
  if (a.coResidents27Plus === undefined) return undefined;
  return a.coResidents27Plus + (a.children ?? []).filter((child) => child.age >= 27).length;
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

  if (housing === 'institution') return institutionNorm(x, partner, target);

  const spouseAge = partnerAge ?? 0;
  const kostendelers =
    housing === 'homeless'
      ? 0
      : x.need('coResidents27Plus', a.coResidents27Plus) === undefined
        ? undefined
        : kostendelersCount(a);

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
 * Art. 23: the institution norm (lid 1) raised by lid 2. Lid 3: when only one spouse lives in the
 * institution, the norm is the sum of the norms each would have as alleenstaande; the answers do not
 * say which, so the couple norm is the sure amount and that sum the highest.
 */
function institutionNorm(x: Assessment, partner: boolean, target: NormTarget): Norm {
  const { ctx } = x;
  const single = ctx.param(n.institutionSingle) + ctx.param(n.institutionIncreaseSingle);
  const singleSources = [
    ...ctx.sourcesOf(n.institutionSingle),
    ...ctx.sourcesOf(n.institutionIncreaseSingle),
  ];
  if (!partner) return { amount: single, kind: 'institution', sources: singleSources };
  const amount = ctx.param(n.institutionCouple) + ctx.param(n.institutionIncreaseCouple);
  const sources = [...ctx.sourcesOf(n.institutionCouple), ...ctx.sourcesOf(n.institutionIncreaseCouple)];
  const atHome = target === 'aow' ? n.normAowSingle : n.normSingle;
  const max = single + ctx.param(atHome);
  x.uncertain(
    'institution-one-spouse',
    [lawSource(PW('23', '3'), ctx.sourcesDate(n.institutionCouple)), ...sources],
    { norm: amount, max },
  );
  return { amount, kind: 'institution', sources, max };
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
    if (a.parentsCannotSupport === false) return { amount: base, kind: 'youth', sources };
    // Art. 20 lid 3–4: raised when the parents cannot contribute, up to the norm of a 21-year-old
    // "in een vergelijkbare situatie": with kostendelers that is the kostendelersnorm (art. 22a).
    if (kostendelers === undefined) return undefined;
    const comparable =
      kostendelers > 0
        ? kostendelersNorm(x, n.normCouple, kostendelers + 1, 1)
        : { amount: ctx.param(n.normSingle), sources: ctx.sourcesOf(n.normSingle) };
    const raised = Math.min(base + ctx.param(n.youthParentalSupplement), comparable.amount);
    const raisedSources = [
      ...sources,
      ...ctx.sourcesOf(n.youthParentalSupplement),
      lawSource(PW('20', '4'), ctx.sourcesDate(n.youthParentalSupplement)),
      ...(kostendelers > 0 ? [...comparable.sources, registrySource('KST-33801-3')] : []),
    ];
    if (raised < base + ctx.param(n.youthParentalSupplement)) {
      x.note('youth-supplement-capped', raisedSources, { cap: comparable.amount, kostendelers });
    }
    if (a.parentsCannotSupport === true) return { amount: raised, kind: 'youth', sources: raisedSources };
    // Not answered: the jongerennorm is sure, the raised norm the most it can be.
    x.uncertain('youth-parents-unanswered', raisedSources, { norm: base, max: raised }, [
      'parentsCannotSupport',
    ]);
    return { amount: base, kind: 'youth', sources, max: raised };
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
