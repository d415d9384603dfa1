import * as z from 'zod';

// The page's Content-Security-Policy forbids eval: zod must not probe `new Function` (which
// the browser reports as a CSP violation even when caught) nor compile parsers with it.
// It must run before the rules modules build their schemas: flow/path.ts imports it first,
// and web/vite.config.ts keeps it in the engine chunk so that order holds across chunks
// (the e2e suites fail on any CSP violation).
z.config({ jitless: true });
