import type { EvalContext } from '../../engine/context';
import { wholeEuros } from '../../engine/money';
import * as p from '../../params/huurtoeslag';

export interface HuurtoeslagHousehold {
  /** Kale huur, cents per month. */
  rent: number;
  /** Everyone living in the home. */
  persons: number;
  /** Every resident is under 21 and there is no child: the lower rent limit applies. */
  youngOnly: boolean;
  /** Rekeninkomen per year, cents. */
  income: number;
}

/**
 * Huurtoeslag per month, exactly as "Berekening huurtoeslag 2026" steps 1–7:
 * A = 100% of rent from basishuur to kwaliteitskortingsgrens, B = 65% up to the aftoppingsgrens,
 * C = 40% up to the maximum huurgrens, minus D = (income − ijkpunt) × afbouw / 12.
 * Returns the unrounded amount in cents × 1200 (exact), so callers floor and test the minimum.
 */
export function huurtoeslagExact(h: HuurtoeslagHousehold, ctx: EvalContext): number {
  const { rentPart, ijkpunt, afbouw } = terms(h, ctx);
  return Math.max(0, rentPart - Math.max(0, h.income - ijkpunt) * afbouw);
}

/**
 * The highest whole-euro income at which the yearly amount still reaches `minimumCents`:
 * the income correction is linear above the ijkpunt, so the formula is solved for income.
 */
export function huurtoeslagIncomeLimit(
  h: HuurtoeslagHousehold,
  minimumCents: number,
  ctx: EvalContext,
): number | undefined {
  const { rentPart, ijkpunt, afbouw } = terms(h, ctx);
  const needed = minimumCents * 100; // yearly cents = exact / 100
  if (rentPart < needed) return undefined;
  return wholeEuros(ijkpunt + Math.floor((rentPart - needed) / afbouw));
}

function terms(h: HuurtoeslagHousehold, ctx: EvalContext) {
  const single = h.persons === 1;
  const quality = ctx.param(p.youthRentCap);
  const rekenhuur = Math.min(h.rent, h.youngOnly ? quality : ctx.param(p.maxRent));
  const basishuur = ctx.param(single ? p.basishuurSingle : p.basishuurMulti);
  const aftop = ctx.param(h.persons <= 2 ? p.aftopSmall : p.aftopLarge);
  const partA = Math.max(0, Math.min(rekenhuur, quality) - basishuur) * ctx.param(p.pctA);
  const partB = Math.max(0, Math.min(rekenhuur, aftop) - quality) * ctx.param(p.pctB);
  const partC = Math.max(0, rekenhuur - aftop) * ctx.param(p.pctC);
  return {
    // Parts are cents × 100; ×12 makes the yearly-percentage correction exact too.
    rentPart: (partA + partB + partC) * 12,
    ijkpunt: ctx.param(single ? p.ijkpuntSingle : p.ijkpuntMulti),
    afbouw: ctx.param(single ? p.afbouwSingle : p.afbouwMulti),
  };
}

/** The monthly advance: rounded down to whole euros (official examples), in cents. */
export const monthlyFromExact = (exact: number): number => Math.floor(exact / 120_000) * 100;
/** The exact yearly amount in cents, for the € 24 minimum. */
export const yearlyFromExact = (exact: number): number => exact / 100;
