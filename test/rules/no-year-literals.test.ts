import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No year in the rules' code: a year belongs in the dated data (functions/rules/params/data), so that
 * adding one touches only data. Comments may mention years; string and number literals may not.
 *
 * Not scanned: params/data (the data itself), content/ (copy), and sources.ts, the registry of the
 * publications a value was read in, whose titles and addresses name their year ("Normenbrief 1 januari
 * 2026"): it is a bibliography, looked up by the data's `source`, and no rule branches on it.
 */
const RULES = join(import.meta.dirname, '../../functions/rules');
const SKIPPED = ['params/data/', 'content/', 'sources.ts'];
/** The name of a law, not a date: Directive 2004/38/EC (the EU residence directive). */
const ALLOWED = [/Richtlijn 2004\/38\/EG/];

const YEAR = /(?<![\w.])(19|20)\d{2}(?![\w])/g;

/** The source with its comments blanked (strings, template literals and regexes kept). */
function withoutComments(source: string): string {
  let out = '';
  let i = 0;
  let quote: string | null = null;
  while (i < source.length) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (quote) {
      out += c;
      if (c === '\\') {
        out += next ?? '';
        i += 2;
        continue;
      }
      if (c === quote) quote = null;
      i++;
    } else if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      if (c === "'" || c === '"' || c === '`') quote = c;
      out += c;
      i++;
    }
  }
  return out;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function yearLiterals(source: string): string[] {
  return withoutComments(source)
    .split('\n')
    .map((line, index) => ({ line: ALLOWED.reduce((l, allowed) => l.replace(allowed, ''), line), index }))
    .filter(({ line }) => line.match(YEAR) !== null)
    .map(({ line, index }) => `${index + 1}: ${line.trim()}`);
}

describe('no year literals in functions/rules code', () => {
  const scanned = files(RULES).filter(
    (path) => !SKIPPED.some((skip) => relative(RULES, path).startsWith(skip)),
  );

  it('scans the rules (and skips only data, copy and the source registry)', () => {
    expect(scanned.length).toBeGreaterThan(30);
    expect(scanned.some((path) => path.endsWith('params/define.ts'))).toBe(true);
  });

  it.each(scanned.map((path) => [relative(RULES, path), path]))('%s', (_name, path) => {
    expect(yearLiterals(readFileSync(path, 'utf8'))).toEqual([]);
  });

  it('finds a year in a string or a number, not in a comment or a longer number', () => {
    expect(yearLiterals("const a = '2026-01-01';")).toHaveLength(1);
    expect(yearLiterals('if (year === 2027) run();')).toHaveLength(1);
    expect(yearLiterals('const t = `x-2026`;')).toHaveLength(1);
    expect(yearLiterals('// in force on 2026-01-01\n/* 2027 */ const n = 12026 + 2_000 + 1.2026;')).toEqual(
      [],
    );
    expect(yearLiterals("const url = 'https://example.org'; // 2026")).toEqual([]);
  });
});
