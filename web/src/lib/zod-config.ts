import * as z from 'zod';

// The page's Content-Security-Policy forbids eval: zod must not probe `new Function` (which
// the browser reports as a CSP violation even when caught) nor compile parsers with it.
z.config({ jitless: true });
