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

export const apiSecurityHeaders = () =>
  secureHeaders({
    ...common,
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"] },
  });

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
