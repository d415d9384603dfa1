import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The seams of Rules v2 §3, checked on the source: every import (static, type-only, re-export,
 * side-effect or dynamic) is read from the text, so a new file cannot slip past a list.
 */
const ROOT = resolve(import.meta.dirname, '../..');

function files(dir: string, match: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && match.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((file) => !file.split('/').includes('dist') && !file.split('/').includes('node_modules'));
}

/** Every module specifier a TypeScript file imports or re-exports. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, // import x from, import type, export * from
    /\bimport\s*['"]([^'"]+)['"]/g, // import './side-effect'
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, // import('./lazy')
  ];
  for (const pattern of patterns)
    for (const match of source.matchAll(pattern)) found.push(match[1] as string);
  return found;
}

/** The repo path a relative import of `file` points at, without extension; bare packages as they are. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return relative(ROOT, resolve(ROOT, dirname(file), specifier)).replace(/\.(tsx?|json)$/, '');
}

function imports(file: string): { file: string; specifier: string; target: string }[] {
  return specifiers(readFileSync(join(ROOT, file), 'utf8')).map((specifier) => ({
    file,
    specifier,
    target: target(file, specifier),
  }));
}

describe('the import scanner', () => {
  it('finds static, type-only, re-exported, side-effect and dynamic imports', () => {
    const source = [
      "import type { StatsRow } from '../../functions/stats/query';",
      "import {\n  a,\n  type B,\n} from '../x';",
      "export * from './y';",
      "export type { Z } from './z';",
      "import './side';",
      "const lazy = () => import('./lazy');",
    ].join('\n');
    expect(specifiers(source).sort()).toEqual(
      ['../../functions/stats/query', '../x', './y', './z', './side', './lazy'].sort(),
    );
  });
});

describe('web/ reaches the rules only through the contract module and functions/rules/index.ts', () => {
  const web = files('web', /\.(ts|tsx)$/);

  it('scans the web apps', () => {
    expect(web.length).toBeGreaterThan(50);
    expect(web).toContain('web/ministerie/src/lib/stats-client.ts');
  });

  // Beside the contract and the engine's entry, the dated public data the web shows as it is: the CBS
  // gemeente list and the local routes (no rules, no server code).
  const DATA = /^functions\/(contract|regions|local-routes)\//;
  it('imports nothing of functions/ but functions/contract/*, functions/rules/index and the public data', () => {
    const forbidden = web
      .flatMap(imports)
      .filter(({ target }) => target.startsWith('functions/'))
      .filter(({ target }) => !DATA.test(target) && target !== 'functions/rules/index')
      .map(({ file, specifier }) => `${file}: ${specifier}`);
    expect(forbidden).toEqual([]);
  });

  it('imports nothing of functions/stats or functions/api, not even types', () => {
    const server = web
      .flatMap(imports)
      .filter(({ target }) => /^functions\/(stats|api)(\/|$)/.test(target))
      .map(({ file, specifier }) => `${file}: ${specifier}`);
    expect(server).toEqual([]);
  });
});

describe('the engine writes no copy', () => {
  const engine = files('functions/rules/engine', /\.ts$/);

  it('scans the engine', () => {
    expect(engine).toContain('functions/rules/engine/evaluate.ts');
    expect(engine).toContain('functions/rules/engine/assessment.ts');
  });

  it('imports no content and no formatting module', () => {
    const copy = engine
      .flatMap(imports)
      .filter(
        ({ target }) =>
          target.startsWith('functions/rules/content') ||
          /(^|\/)[^/]*format[^/]*$/i.test(target) ||
          target.startsWith('web/'),
      )
      .map(({ file, specifier }) => `${file}: ${specifier}`);
    expect(copy).toEqual([]);
  });

  it('formats no money itself: no Intl, no euro sign', () => {
    for (const file of engine) {
      const source = readFileSync(join(ROOT, file), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      expect(source, file).not.toMatch(/\bIntl\b|toLocaleString|€/);
    }
  });
});
