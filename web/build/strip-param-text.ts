import type { Plugin } from 'vite';

/** The legal parameter data files (functions/rules/params/data/<concept>.json). */
const PARAM_DATA_FILE = /functions[\\/]rules[\\/]params[\\/]data[\\/][^\\/]+\.json$/;

/**
 * The texts people never see in the web apps: quotes, notes and descriptions are for GET /api/rules
 * and for whoever checks a value, and the apps show none of them (they show reasons and links). The
 * browser's engine keeps the ids, units, law references and dated values, and nothing else changes.
 */
const TEXT_FIELDS = new Set(['description', 'quote', 'note']);

/** The data file without its texts, at every level (file, parameter, value). */
export function stripParamText(json: string): string {
  return JSON.stringify(JSON.parse(json), (key, value) => (TEXT_FIELDS.has(key) ? undefined : value));
}

/** Vite plugin: strips the texts from the parameter data before Vite turns the JSON into a module. */
export function stripParamTextPlugin(): Plugin {
  return {
    name: 'steunwijzer:strip-param-text',
    enforce: 'pre',
    transform(code, id) {
      if (!PARAM_DATA_FILE.test(id.split('?')[0] ?? '')) return null;
      return { code: stripParamText(code), map: null };
    },
  };
}
