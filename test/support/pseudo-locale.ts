import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export { pseudoLocale, pseudoText } from './pseudo-locale-content';

/**
 * For the e2e build only: the English language chunk becomes the pseudo-locale, so the app's own
 * switch ("English") loads it, lazily, as it loads any language.
 */
export function pseudoLocalePlugin(): Plugin {
  const target = resolve(import.meta.dirname, '../../web/src/content/en.ts');
  const nlFile = resolve(import.meta.dirname, '../../web/src/content/nl.ts');
  const self = resolve(import.meta.dirname, 'pseudo-locale-content.ts');
  return {
    name: 'steunwijzer-pseudo-locale',
    enforce: 'pre',
    load(id) {
      if (id.split('?')[0] !== target) return null;
      return `import { nl } from ${JSON.stringify(nlFile)};\nimport { pseudoLocale } from ${JSON.stringify(self)};\nexport const en = pseudoLocale(nl);\n`;
    },
  };
}
