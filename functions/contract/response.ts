import '../rules/zod';
import * as z from 'zod';
import { REGULATION_IDS } from '../rules/regulations';
import type { ScreeningResponse } from './result';

/**
 * The response of POST /api/screen as a zod schema, for the tests that check what the API really
 * answers (test/contract/responses.test.ts). The types stay the interfaces of result.ts, with their
 * comments; the check at the end keeps the two the same shape.
 */
const sourceRef = z.strictObject({
  title: z.string().min(1),
  url: z.url(),
  kind: z.enum(['law', 'official', 'secondary']),
});

const reason = z.strictObject({
  code: z.string().min(1),
  text: z.string().min(1),
  sources: z.array(sourceRef),
  values: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
});

const estimate = z.strictObject({
  monthly: z.number().int(),
  yearly: z.number().int(),
  range: z.strictObject({ min: z.number().int(), max: z.number().int() }).optional(),
  atMost: z.literal(true).optional(),
});

const threshold = z.strictObject({
  field: z.string(),
  limit: z.number().int(),
  value: z.number().int(),
  margin: z.number().int(),
  text: z.string().min(1),
});

const regulationResult = z.strictObject({
  regulation: z.enum(REGULATION_IDS),
  verdict: z.enum(['likely', 'possibly', 'unlikely', 'unknown']),
  estimate: estimate.nullable(),
  reasons: z.array(reason),
  missing: z.array(z.string()),
  receiving: z.boolean().nullable(),
  nonUse: z.boolean(),
  apply: z.strictObject({
    by: z.enum(['gemeente', 'svb', 'toeslagen']),
    url: z.url(),
    text: z.string().min(1),
  }),
  thresholds: z.array(threshold),
});

export const screeningResponseSchema = z.strictObject({
  peildatum: z.string(),
  parameters: z.strictObject({
    validFrom: z.string(),
    stale: z.boolean(),
    carriedOver: z.array(z.strictObject({ id: z.string(), knownUntil: z.string() })).optional(),
  }),
  results: z.array(regulationResult).length(REGULATION_IDS.length),
});

// The schema and the interfaces describe the same response (a compile error otherwise).
type Parsed = z.infer<typeof screeningResponseSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const SCHEMA_MATCHES_TYPES: Same<Parsed, ScreeningResponse> = true;
