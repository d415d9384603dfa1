import { z } from 'zod';
import { SOURCES } from '../sources';
import type { ParamDef } from './define';

/**
 * The schema of a parameter data file, functions/rules/params/data/<concept>.json. Tests parse every
 * file with it (test/rules/params/data-files.test.ts), and so does any data set given to `evaluate`
 * from a folder (test/fixtures/params-next-year). The engine itself does not parse at run time: the
 * bundled files are checked here, in the tests, and the browser gets them without their texts.
 */

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'a real calendar date');

const text = z.string().trim().min(1);

export const lawRefSchema = z.strictObject({
  bwb: z.string().regex(/^BWBR\d{7}$/, 'a BWB id (BWBR and seven digits)'),
  law: text,
  article: z.string().regex(/^[0-9]+[a-z]?(\.[0-9]+[a-z]?)?$/, 'an article number such as 21, 22a or 1.7'),
  lid: text.optional(),
  path: z
    .string()
    .regex(/^Hoofdstuk[0-9A-Za-z_.]+$/, 'a wetten.overheid.nl path such as Hoofdstuk2_Paragraaf2')
    .optional(),
});

export const unitSchema = z.enum([
  'cents-per-month',
  'cents-per-year',
  'cents',
  'cents-per-hour',
  'percent',
  'hours-per-month',
  'years',
  'months',
  'table',
]);

/** A band of the kinderopvangtoeslag table: [from, to (null: no upper end), ‰ first child, ‰ next]. */
const band = z.tuple([z.number().int(), z.number().int().nullable(), z.number().int(), z.number().int()]);

export const paramValueSchema = z
  .strictObject({
    validFrom: isoDate,
    knownUntil: isoDate,
    value: z.union([z.number(), z.array(band).min(1)]),
    source: z
      .string()
      .refine((id) => Object.hasOwn(SOURCES, id), 'a source id of functions/rules/sources.ts'),
    verification: z.enum(['OFF', 'OFF-copy', 'SEC', 'DER']),
    /** Official wording only; a transcription or paraphrase goes in `note`, named as such. */
    quote: text.optional(),
    note: text.optional(),
    indexationPending: z.literal(true).optional(),
  })
  .refine(
    (value) => !value.quote || SOURCES[value.source as keyof typeof SOURCES]?.kind !== 'secondary',
    // A derived value may quote the law it is derived from; a secondary source's words are no quote.
    {
      path: ['quote'],
      message: 'a quote is official wording: what a secondary source says goes in note, named as such',
    },
  );

function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export const paramDefSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a dotted lower-case id such as zorgtoeslag.drempelinkomen'),
    description: z.string().trim().min(10),
    unit: unitSchema,
    law: lawRefSchema.optional(),
    note: text.optional(),
    values: z.array(paramValueSchema).min(1),
  })
  .superRefine((def, ctx) => {
    def.values.forEach((value, index) => {
      const issue = (message: string) => ctx.addIssue({ code: 'custom', path: ['values', index], message });
      if (value.knownUntil < value.validFrom) issue('knownUntil lies before validFrom');
      if ((def.unit === 'table') !== Array.isArray(value.value))
        issue(`a ${def.unit} value of the wrong kind`);
      const next = def.values[index + 1];
      if (next && next.validFrom !== dayAfter(value.knownUntil))
        issue(
          `not contiguous: the next value starts ${next.validFrom}, not the day after ${value.knownUntil}`,
        );
    });
  });

export const paramFileSchema = z.strictObject({
  /** What the file holds and where its values were read; not published, not sent to the browser. */
  description: text,
  parameters: z.array(paramDefSchema).min(1),
});

export type ParamFile = z.infer<typeof paramFileSchema>;

/** Every parameter of a set of data files (by file name), checked; throws naming the file and the fault. */
export function parseParamFiles(files: Record<string, unknown>): ParamDef<unknown>[] {
  const defs = Object.entries(files).flatMap(([name, json]) => {
    const parsed = paramFileSchema.safeParse(json);
    if (!parsed.success) throw new Error(`${name}: ${z.prettifyError(parsed.error)}`);
    return parsed.data.parameters as ParamDef<unknown>[];
  });
  const seen = new Set<string>();
  for (const def of defs) {
    if (seen.has(def.id)) throw new Error(`Legal parameter "${def.id}" is defined twice`);
    seen.add(def.id);
  }
  return defs;
}
