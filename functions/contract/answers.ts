import { REGULATION_IDS } from '../rules/regulations';
import '../rules/zod';
import * as z from 'zod';
import { NON_USE_REASONS, type NonUseReason } from '../rules/non-use-reasons';
import { MAX_MONEY } from './money';

/**
 * The contract's `answers` object (docs/screening-api.md), defined once and shared by
 * the engine, the API and the web app. Every field is optional; unknown fields are rejected.
 * The bounds on money are in money.ts (zod-free, for the web's money question).
 */
const age = z.number().int().min(0).max(120);
const cents = z.number().int().min(0).max(MAX_MONEY);
const signedCents = z.number().int().min(-MAX_MONEY).max(MAX_MONEY);

export { NON_USE_REASONS, type NonUseReason };

/** Answer paths that may be given as "I don't know" (answers.dontKnow, contract Precisions). */
export const DONT_KNOW_PATHS = [
  'netIncomeMonthly',
  'grossIncomeYearly',
  'assets',
  'homeEquity',
  'rent',
  'coResidents27Plus',
  'parentsCannotSupport',
  'receivesKinderbijslag',
  'selfContainedHome',
  'specialCosts',
] as const;
export type DontKnowPath = (typeof DONT_KNOW_PATHS)[number];

const regulationMap = <T extends z.ZodType>(value: T) =>
  z.strictObject(
    Object.fromEntries(REGULATION_IDS.map((id) => [id, value.optional()])) as {
      [K in (typeof REGULATION_IDS)[number]]: z.ZodOptional<T>;
    },
  );

/** Half hours: a week of 27,5 hours is common. */
const halfHours = (max: number) => z.number().min(0).max(max).multipleOf(0.5);

/**
 * One childcare entry (contract v1.0: `type`, `hoursPerMonth`, `hourlyRate`). Extension v1.3: the hours
 * may be given a week instead, as `hoursPerWeek` or as `daysPerWeek` × `hoursPerDay`; the rules work out
 * the hours a month (childcare/hours.ts). Exactly one of the three ways. `child` links the entry to a
 * child in `children` (its index), so the 230 hours a month count per child (Wet kinderopvang art. 1.7).
 */
const childcareEntry = z
  .strictObject({
    type: z.enum(['dagopvang', 'bso', 'gastouder']),
    hoursPerMonth: z.number().int().min(0).max(744).optional(),
    hoursPerWeek: halfHours(168).optional(),
    daysPerWeek: z.number().int().min(0).max(7).optional(),
    hoursPerDay: halfHours(24).optional(),
    child: z.number().int().min(0).max(19).optional(),
    hourlyRate: z.number().int().min(0).max(100_000),
  })
  .refine(
    (entry) =>
      [
        entry.hoursPerMonth !== undefined,
        entry.hoursPerWeek !== undefined,
        entry.daysPerWeek !== undefined || entry.hoursPerDay !== undefined,
      ].filter(Boolean).length === 1 &&
      (entry.daysPerWeek === undefined) === (entry.hoursPerDay === undefined),
    { message: 'give the hours one way: hoursPerMonth, hoursPerWeek, or daysPerWeek with hoursPerDay' },
  );

export const answersSchema = z.strictObject({
  age: age.optional(),
  partner: z.boolean().optional(),
  partnerAge: age.optional(),
  children: z
    .array(z.strictObject({ age: z.number().int().min(0).max(30) }))
    .max(20)
    .optional(),
  coResidents27Plus: z.number().int().min(0).max(20).optional(),
  housing: z.enum(['rent', 'own', 'lodging', 'homeless', 'institution']).optional(),
  rent: cents.optional(),
  selfContainedHome: z.boolean().optional(),
  homeEquity: signedCents.optional(),
  netIncomeMonthly: cents.optional(),
  grossIncomeYearly: cents.optional(),
  assets: signedCents.optional(),
  residence: z.enum(['dutch', 'eu', 'permit', 'none']).optional(),
  livesInNetherlands: z.boolean().optional(),
  healthInsuranceNL: z.boolean().optional(),
  studentFinance: z.boolean().optional(),
  selfEmployed: z.boolean().optional(),
  /**
   * Extension: the partner works as self-employed (zzp/ondernemer). `selfEmployed` stays the
   * applicant's own answer; without a partner this one is ignored.
   */
  partnerSelfEmployed: z.boolean().optional(),
  working: z.strictObject({ applicant: z.boolean().optional(), partner: z.boolean().optional() }).optional(),
  childcare: z.array(childcareEntry).max(20).optional(),
  specialCosts: z.boolean().optional(),
  receiving: regulationMap(z.boolean()).optional(),
  /** v1.1: questions asked but answered "I don't know"; evaluated over their plausible range. */
  dontKnow: z.array(z.enum(DONT_KNOW_PATHS)).max(DONT_KNOW_PATHS.length).optional(),
  /** Extension: an 18–20 year old whose parents cannot support them (Participatiewet art. 20 lid 3). */
  parentsCannotSupport: z.boolean().optional(),
  /**
   * Extension: the applicant or the toeslagpartner receives the kinderbijslag for the children under
   * 18 (only that parent gets kindgebonden budget, WKB art. 2 lid 1 and 10); may be listed in `dontKnow`.
   */
  receivesKinderbijslag: z.boolean().optional(),
  /** Extension: weeks the applicant spent, or will spend, outside the Netherlands this calendar year (Participatiewet art. 13 lid 1 e, lid 4). */
  weeksAbroadThisYear: z.number().int().min(0).max(53).optional(),
  /** Extension: per regulation not received, why not (one reason from a fixed list). */
  nonUseReasons: regulationMap(z.enum(NON_USE_REASONS)).optional(),
});

export type Answers = z.infer<typeof answersSchema>;
export type ChildcareEntry = NonNullable<Answers['childcare']>[number];
