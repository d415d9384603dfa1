import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { SPA_FALLBACK_CODE } from '../../infra/constructs/spa-fallback';

type Request = { uri: string; method: string };
// Runs the CloudFront Function source itself, in a bare context like CloudFront's.
const handler = runInNewContext(`${SPA_FALLBACK_CODE}; handler`) as (event: { request: Request }) => Request;
const served = (uri: string) => handler({ request: { uri, method: 'GET' } }).uri;

describe('SPA fallback (CloudFront Function on the default behaviour)', () => {
  it.each(['/', '/vragen', '/uitslag/', '/balie/start', '/ministerie'])(
    'serves the app shell for route %s',
    (uri) => {
      expect(served(uri)).toBe('/index.html');
    },
  );

  it.each(['/index.html', '/favicon.ico', '/robots.txt', '/manifest.webmanifest', '/nl/help.pdf'])(
    'leaves file %s alone',
    (uri) => {
      expect(served(uri)).toBe(uri);
    },
  );

  it('uses only syntax the cloudfront-js-2.0 runtime accepts (no import/export, one handler)', () => {
    expect(SPA_FALLBACK_CODE).not.toMatch(/\b(import|export|require)\b/);
    expect(SPA_FALLBACK_CODE).toMatch(/^function handler\(event\)/);
  });
});
