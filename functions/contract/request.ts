import { answersSchema } from './answers';
import '../rules/zod';
import * as z from 'zod';

/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 is rejected, contract Precisions). */
export const isoDate = z
  .string()
  .refine(isRealDate, { message: 'Must be a real date in the form YYYY-MM-DD' });

export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The languages the API speaks (ISO 639-1, the request's `lang`); any other code is a 400. Each has
 * its engine copy by type: functions/rules/content/index.ts (REASON_COPY) and load.ts are
 * Record<Lang, …>, so a code here without its reasons.<lang>.ts does not compile.
 */
export const LANGUAGES = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const screeningRequestSchema = z.strictObject({
  peildatum: isoDate.optional(),
  channel: z.enum(['citizen', 'counter']).default('citizen'),
  region: z
    .string()
    .regex(/^GM\d{4}$/, 'Must be a CBS gemeentecode: GM followed by 4 digits')
    .optional(),
  lang: z.enum(LANGUAGES).default('nl'),
  sessionId: z.uuid().optional(),
  answers: answersSchema,
});

export type ScreeningRequest = z.infer<typeof screeningRequestSchema>;
