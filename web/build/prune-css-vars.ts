import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Drops custom-property declarations that nothing uses. The NL Design System theme declares
 * tokens for every component (about 1,400); this app uses a few hundred. A declaration stays
 * when an ordinary property reads it through var(), directly or via other tokens.
 */
export function pruneCssVariables(css: string): string {
  const declarations = findCustomProperties(css);
  const references = (text: string) =>
    [...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1] as string);
  const dependsOn = new Map<string, string[]>();
  for (const d of declarations)
    dependsOn.set(d.name, [...(dependsOn.get(d.name) ?? []), ...references(d.value)]);

  let outside = '';
  let at = 0;
  for (const d of declarations) {
    outside += css.slice(at, d.start);
    at = d.end;
  }
  outside += css.slice(at);

  const used = new Set<string>();
  const queue = references(outside);
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (used.has(name)) continue;
    used.add(name);
    queue.push(...(dependsOn.get(name) ?? []));
  }

  let result = '';
  at = 0;
  for (const d of declarations) {
    if (used.has(d.name)) continue;
    result += css.slice(at, d.start);
    at = d.end;
  }
  return result + css.slice(at);
}

interface Declaration {
  name: string;
  value: string;
  /** The span to remove: from the name up to and including its ";" (if any). */
  start: number;
  end: number;
}

/** Custom-property declarations, read with quotes and brackets in mind (values may hold data: URLs). */
function findCustomProperties(css: string): Declaration[] {
  const found: Declaration[] = [];
  let previous = '{';
  for (let i = 0; i < css.length; i++) {
    const char = css[i] as string;
    if (char === '"' || char === "'") {
      i = skipString(css, i);
      previous = char;
      continue;
    }
    if (char === '/' && css[i + 1] === '*') {
      i = css.indexOf('*/', i + 2) + 1 || css.length;
      continue;
    }
    if (/\s/.test(char)) continue;
    if (char === '-' && css[i + 1] === '-' && (previous === '{' || previous === ';')) {
      const colon = css.indexOf(':', i);
      const name = css.slice(i, colon).trim();
      if (colon !== -1 && /^--[\w-]+$/.test(name)) {
        let j = colon + 1;
        let depth = 0;
        for (; j < css.length; j++) {
          const c = css[j];
          if (c === '"' || c === "'") j = skipString(css, j);
          else if (c === '(' || c === '[') depth++;
          else if (c === ')' || c === ']') depth--;
          else if (depth === 0 && (c === ';' || c === '}')) break;
        }
        found.push({ name, value: css.slice(colon + 1, j), start: i, end: css[j] === ';' ? j + 1 : j });
        i = (css[j] === ';' ? j + 1 : j) - 1;
        previous = ';';
        continue;
      }
    }
    previous = char;
  }
  return found;
}

function skipString(css: string, start: number): number {
  const quote = css[start];
  for (let i = start + 1; i < css.length; i++) {
    if (css[i] === '\\') i++;
    else if (css[i] === quote) return i;
  }
  return css.length;
}

/**
 * Runs on the finished bundle, so each app's CSS is pruned against its own rules only. A pruned
 * file gets a new content hash in its name (and every reference to it is updated): hashed
 * assets are cached forever, so changed content must never keep an old name.
 */
export function pruneCssVariablesPlugin(): Plugin {
  return {
    name: 'steunwijzer-prune-css-variables',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const renames = new Map<string, string>();
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.css') || typeof file.source !== 'string')
          continue;
        const pruned = pruneCssVariables(file.source);
        if (pruned === file.source) continue;
        const hash = createHash('sha256').update(pruned).digest('base64url').slice(0, 8);
        const fileName = file.fileName.replace(/-[\w-]{8}\.css$/, `-${hash}.css`);
        if (fileName === file.fileName) {
          file.source = pruned;
          continue;
        }
        renames.set(file.fileName, fileName);
        delete bundle[file.fileName];
        this.emitFile({ type: 'asset', fileName, source: pruned });
      }
      if (renames.size === 0) return;
      const rename = (text: string) => {
        let out = text;
        for (const [from, to] of renames) out = out.split(from).join(to);
        return out;
      };
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') {
          file.code = rename(file.code);
          if (file.viteMetadata) {
            const css = [...file.viteMetadata.importedCss].map((name) => renames.get(name) ?? name);
            file.viteMetadata.importedCss = new Set(css);
          }
        } else if (typeof file.source === 'string' && /\.(html|js|json)$/.test(file.fileName)) {
          file.source = rename(file.source);
        }
      }
    },
  };
}
