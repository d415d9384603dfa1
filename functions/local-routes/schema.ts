import '../rules/zod';
import * as z from 'zod';
import { TOPICS, type Topic, WHATS } from './vocabulary';

/**
 * The shape of a local-routes data file (local-routes-<year>.json). Facts only: the words around
 * them are copy, keyed by `what`, in each app's content files.
 */
export { TOPICS, type Topic, WHATS, type What } from './vocabulary';

/** A real calendar date YYYY-MM-DD (2026-02-30 is not). */
const date = z.string().refine((value) => {
  const time = Date.parse(`${value}T00:00:00Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(value)
  );
}, 'Must be a real date YYYY-MM-DD');
const httpUrl = z.url({ protocol: /^https?$/ });

const source = z.union([
  z.strictObject({ title: z.string().min(1), url: httpUrl, kind: z.enum(['official', 'secondary']) }),
  z.strictObject({
    title: z.string().min(1),
    law: z.strictObject({
      bwb: z.string().regex(/^BWBR\d{7}$/),
      article: z.string(),
      path: z.string().optional(),
    }),
    kind: z.literal('law'),
  }),
]);

const channel = z.strictObject({
  what: z.enum(WHATS),
  url: httpUrl.optional(),
  phone: z
    .string()
    .regex(/^[0-9 -]{5,}$/)
    .optional(),
  address: z.string().min(1).optional(),
  source,
  checked: date,
});

const route = z.strictObject(
  Object.fromEntries(TOPICS.map((topic) => [topic, z.array(channel).min(1).optional()])) as Record<
    Topic,
    z.ZodOptional<z.ZodArray<typeof channel>>
  >,
);

export const localRoutesFileSchema = z.strictObject({
  validFrom: date,
  about: z.string(),
  national: route.required(),
  gemeenten: z.record(z.string().regex(/^GM\d{4}$/), route),
});

export type LocalRoutesFile = z.infer<typeof localRoutesFileSchema>;
export type Channel = z.infer<typeof channel>;
export type ChannelSource = z.infer<typeof source>;
