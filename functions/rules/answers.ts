import { REGULATION_IDS } from './regulations';
import './zod';
import * as z from 'zod';
import { NON_USE_REASONS, type NonUseReason } from './non-use-reasons';

/**
 * The contract's `answers` object (docs/screening-api.md), defined once and shared by
 * the engine, the API and the web app. Every field is optional; unknown fields are rejected.
 * Upper bounds on money keep arithmetic within safe integers; they are far above any real household.
 */
const MAX_MONEY = 100_000_000_00; // € 100 million, in cents
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
  childcare: z
    .array(
      z.strictObject({
        type: z.enum(['dagopvang', 'bso', 'gastouder']),
        hoursPerMonth: z.number().int().min(0).max(744),
        hourlyRate: z.number().int().min(0).max(100_000),
      }),
    )
    .max(20)
    .optional(),
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
