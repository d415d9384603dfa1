import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParamDef } from '../../functions/rules/params/define';
import { type ParamFile, parseParamFiles } from '../../functions/rules/params/schema';

const AMOUNT_UNITS = new Set(['cents', 'cents-per-month', 'cents-per-year', 'cents-per-hour']);

/** The synthetic next-year data set, a folder of data files like functions/rules/params/data. */
export const SYNTHETIC_YEAR_DIR = join(import.meta.dirname, '../fixtures/params-next-year');

/**
 * A synthetic data set for the year after `lastDay`, file by file: every parameter keeps its values up
 * to `lastDay` and gains one value for the next calendar year, fully known, derived from the value in
 * force on `lastDay` by `percent` (amounts in cents, to whole cents; every other unit unchanged).
 * Values after `lastDay` are dropped, so the year is uniform. Used only to write the fixture
 * (test/fixtures/make-params-next-year.ts); the tests read the fixture's files.
 */
export function syntheticNextYearFiles(
  files: Readonly<Record<string, ParamFile>>,
  lastDay: string,
  percent: number,
): Record<string, ParamFile> {
  const year = Number(lastDay.slice(0, 4)) + 1;
  const nextYear = (def: ParamFile['parameters'][number]) => {
    const kept = def.values
      .filter((v) => v.validFrom <= lastDay)
      .map((v) => (v.knownUntil > lastDay ? { ...v, knownUntil: lastDay } : v));
    const current = kept.at(-1);
    if (!current) throw new Error(`${def.id} has no value on ${lastDay}`);
    const value =
      typeof current.value === 'number' && AMOUNT_UNITS.has(def.unit)
        ? Math.round((current.value * (100 + percent)) / 100)
        : current.value;
    const next = {
      validFrom: `${year}-01-01`,
      knownUntil: `${year}-12-31`,
      value,
      source: 'DERIVED',
      verification: 'DER',
      note: `Synthetic test data, derived: the ${lastDay} value + ${percent}% (amounts in cents only).`,
    } satisfies ParamFile['parameters'][number]['values'][number];
    return { ...def, values: [...kept, next] };
  };
  return Object.fromEntries(
    Object.entries(files).map(([name, file]) => [
      name,
      {
        description: `Synthetic next year (test fixture): ${name}.`,
        parameters: file.parameters.map(nextYear),
      },
    ]),
  );
}

/** Every parameter of a folder of data files, checked by the same schema as the bundled data. */
export function loadParamFolder(dir: string): ParamDef<unknown>[] {
  const names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  return parseParamFiles(
    Object.fromEntries(names.map((name) => [name, JSON.parse(readFileSync(join(dir, name), 'utf8'))])),
  );
}
