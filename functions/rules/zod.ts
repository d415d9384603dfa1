import * as z from 'zod';

/**
 * zod, configured before any schema is built: without `jitless`, building an object schema probes
 * `new Function`, which a strict Content-Security-Policy (no 'unsafe-eval') reports as a violation in
 * the browser. The engine's schemas run in the browser too, so this is set where they are defined.
 */
z.config({ jitless: true });

export { z };
