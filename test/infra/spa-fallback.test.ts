import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { findPages, spaFallbackCode } from '../../infra/constructs/spa-fallback';

type Request = { uri: string; method: string };
const CODE = spaFallbackCode(['balie', 'ministerie']);
// Runs the CloudFront Function source itself, in a bare context like CloudFront's.
const handler = runInNewContext(`${CODE}; handler`) as (event: { request: Request }) => Request;
const served = (uri: string) => handler({ request: { uri, method: 'GET' } }).uri;

describe('SPA fallback (CloudFront Function on the default behaviour)', () => {
  it.each(['/', '/vragen', '/uitslag/', '/resultaat/stap/2', '/balietje', '/x/balie'])(
    'serves the citizen app for route %s',
    (uri) => {
      expect(served(uri)).toBe('/index.html');
    },
  );

  it.each([
    ['/balie', '/balie/index.html'],
    ['/balie/', '/balie/index.html'],
    ['/balie/bezoeker/nieuw', '/balie/index.html'],
    ['/ministerie', '/ministerie/index.html'],
  ])('serves the page app for %s', (uri, shell) => {
    expect(served(uri)).toBe(shell);
  });

  it.each(['/index.html', '/favicon.ico', '/robots.txt', '/balie/index.html', '/nl/help.pdf'])(
    'leaves file %s alone',
    (uri) => {
      expect(served(uri)).toBe(uri);
    },
  );

  it('uses only what the cloudfront-js-2.0 runtime accepts (no modules, one handler)', () => {
    expect(CODE).not.toMatch(/\b(import|export|require)\b/);
    expect(CODE).toMatch(/^function handler\(event\)/m);
  });

  it('refuses a page name that could change the code', () => {
    expect(() => spaFallbackCode(["x'];alert(1);//"])).toThrow(/not a page/);
  });
});

describe('findPages', () => {
  it('lists the subdirectories of a web build that have their own index.html', () => {
    const dist = mkdtempSync(join(tmpdir(), 'steunwijzer-pages-'));
    for (const path of ['index.html', 'balie/index.html', 'ministerie/index.html', 'assets/main.js']) {
      mkdirSync(join(dist, path, '..'), { recursive: true });
      writeFileSync(join(dist, path), '');
    }
    expect(findPages(dist)).toEqual(['balie', 'ministerie']);
    expect(findPages(join(dist, 'missing'))).toEqual([]);
    expect(findPages(undefined)).toEqual([]);
    rmSync(dist, { recursive: true, force: true });
  });
});
