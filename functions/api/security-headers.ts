import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every response. The API serves JSON and CSV only, so its policy allows
 * nothing; the web app's policy (local server here, CloudFront's response-headers policy on AWS)
 * allows only this origin. No CORS header is ever sent: the web app calls the API on its own origin.
 */
type Options = NonNullable<Parameters<typeof secureHeaders>[0]>;

const common: Options = {
  xFrameOptions: 'DENY',
  referrerPolicy: 'no-referrer',
  strictTransportSecurity: 'max-age=63072000; includeSubDomains',
  permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
};

/**
 * The API's headers, as a list set on each response by functions/api/envelope.ts: the same that
 * Hono's secureHeaders sends with `common` and this policy (a test holds the two together).
 */
export const API_CSP: Options['contentSecurityPolicy'] = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
};
export const API_SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'DENY'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

/** Hono's own middleware with the API's options: the reference the list above is tested against. */
export const apiSecurityHeaders = () => secureHeaders({ ...common, contentSecurityPolicy: API_CSP });

export const WEB_CSP: Options['contentSecurityPolicy'] = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export const webSecurityHeaders = () => secureHeaders({ ...common, contentSecurityPolicy: WEB_CSP });
