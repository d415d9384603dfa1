import * as z from 'zod';

/**
 * Configures zod before any schema is built: without `jitless`, building an object schema probes
 * `new Function`, which a strict Content-Security-Policy (no 'unsafe-eval') reports as a violation in
 * the browser. Import this module for its effect, first, wherever schemas are defined; import zod
 * itself directly there (re-exporting the namespace would defeat tree-shaking).
 */
z.config({ jitless: true });
