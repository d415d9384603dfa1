// The one builder of law links (functions/rules/law-url.ts), for the web's first-load copy: it imports
// nothing of the engine, and web/vite.config.ts keeps it in a chunk of its own.
export { lawUrl } from '../rules/law-url';
