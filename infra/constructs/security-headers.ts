import { Duration } from 'aws-cdk-lib';
import {
  HeadersFrameOption,
  HeadersReferrerPolicy,
  ResponseHeadersPolicy,
  type ResponseSecurityHeadersBehavior,
} from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';
import { WEB_CSP } from '../../functions/api/security-headers';

/**
 * Same-origin only: the web app and its API share one domain, and nothing is loaded from a third
 * party (no fonts, analytics or CDNs); no inline script or style. One definition with the local
 * server's (functions/api/security-headers.ts), so the browser tests run under the deployed policy.
 */
export const CONTENT_SECURITY_POLICY = Object.entries(WEB_CSP ?? {})
  .map(
    ([directive, sources]) =>
      `${directive.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${[sources].flat().join(' ')}`,
  )
  .join('; ');

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

// `override` says whether the edge replaces what the origin sent: for the web the edge is the
// only source of headers; the API sets its own (stricter) ones, which the edge only fills in.
function securityHeaders(override: boolean): ResponseSecurityHeadersBehavior {
  return {
    contentSecurityPolicy: { contentSecurityPolicy: CONTENT_SECURITY_POLICY, override },
    strictTransportSecurity: {
      accessControlMaxAge: Duration.days(730),
      includeSubdomains: true,
      override,
    },
    contentTypeOptions: { override },
    frameOptions: { frameOption: HeadersFrameOption.DENY, override },
    // A visit to a benefits checker is nobody else's business: send no referrer at all.
    referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override },
    // "0" switches off the legacy XSS auditor, as current advice says; CSP does the work.
    xssProtection: { protection: false, override },
  };
}

function extraHeaders(override: boolean, cacheControl?: string) {
  const headers = [
    { header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()', override },
    { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override },
    { header: 'Cross-Origin-Resource-Policy', value: 'same-origin', override },
  ];
  if (cacheControl) headers.push({ header: 'Cache-Control', value: cacheControl, override: true });
  return { customHeaders: headers };
}

export interface HeaderPolicies {
  /** index.html and every app route: always revalidated, so a deploy is live at once. */
  page: ResponseHeadersPolicy;
  /** /assets/*: content-hashed names, cached for a year. */
  assets: ResponseHeadersPolicy;
  /** /api/*: the API's own headers win; caching is the API's decision (it never caches). */
  api: ResponseHeadersPolicy;
}

export function headerPolicies(scope: Construct): HeaderPolicies {
  const policy = (id: string, comment: string, override: boolean, cacheControl?: string) =>
    new ResponseHeadersPolicy(scope, id, {
      comment,
      securityHeadersBehavior: securityHeaders(override),
      customHeadersBehavior: extraHeaders(override, cacheControl),
    });
  return {
    page: policy('PageHeaders', 'Steunwijzer pages: strict CSP, no cache', true, CACHE_REVALIDATE),
    assets: policy('AssetHeaders', 'Steunwijzer hashed assets: strict CSP, immutable', true, CACHE_IMMUTABLE),
    api: policy('ApiHeaders', 'Steunwijzer API: fills in security headers the API did not set', false),
  };
}
