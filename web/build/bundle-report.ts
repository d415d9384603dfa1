import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What the first visit to the start page downloads, and every other chunk, in bytes. */
export interface BundleReport {
  budgetGzip: number;
  firstLoad: { js: number; jsGzip: number; css: number; cssGzip: number; files: string[] };
  chunks: { file: string; gzip: number; name: string }[];
}

export const FIRST_LOAD_BUDGET = 35 * 1024;

interface Chunk {
  type: 'chunk';
  fileName: string;
  name: string;
  code: string;
  isEntry: boolean;
  imports: string[];
  facadeModuleId: string | null;
  viteMetadata?: { importedCss: Set<string> };
}

/**
 * Measures the citizen start page's first load: the entry chunk of web/index.html, its static imports, and the default
 * language's copy (loaded before the first render), gzipped. Writes bundle-report.json beside
 * the build; `onReport` lets the build record it in docs/benchmarks.md.
 */
export function bundleReport(onReport?: (report: BundleReport) => void): Plugin {
  return {
    name: 'steunwijzer-bundle-report',
    apply: 'build',
    writeBundle(options, bundle) {
      const files = Object.values(bundle);
      const chunks = files.filter(
        (file): file is typeof file & Chunk => file.type === 'chunk',
      ) as unknown as Chunk[];
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const first = new Set<string>();
      const visit = (fileName: string) => {
        if (first.has(fileName)) return;
        first.add(fileName);
        for (const next of byName.get(fileName)?.imports ?? []) visit(next);
      };
      const citizen = (suffix: string) =>
        chunks.find((chunk) => chunk.facadeModuleId?.endsWith(`/web/src/${suffix}`));
      // The citizen page is the build input named "main" (web/index.html → web/src/main.tsx).
      const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === 'main');
      if (entry) visit(entry.fileName);
      const nl = citizen('content/nl.ts');
      if (nl) visit(nl.fileName);

      const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
      const source = (fileName: string): string => {
        const file = bundle[fileName];
        if (!file) return '';
        return file.type === 'chunk'
          ? file.code
          : typeof file.source === 'string'
            ? file.source
            : Buffer.from(file.source).toString();
      };
      const css = new Set<string>();
      for (const fileName of first)
        for (const sheet of byName.get(fileName)?.viteMetadata?.importedCss ?? []) css.add(sheet);
      const sum = (names: Iterable<string>, measure: (text: string) => number) =>
        [...names].reduce((total, name) => total + measure(source(name)), 0);
      const report: BundleReport = {
        budgetGzip: FIRST_LOAD_BUDGET,
        firstLoad: {
          js: sum(first, (text) => Buffer.byteLength(text)),
          jsGzip: sum(first, gzip),
          css: sum(css, (text) => Buffer.byteLength(text)),
          cssGzip: sum(css, gzip),
          files: [...first, ...css].sort(),
        },
        chunks: chunks
          .map((chunk) => ({ file: chunk.fileName, name: chunk.name, gzip: gzip(chunk.code) }))
          .sort((a, b) => a.file.localeCompare(b.file)),
      };
      writeFileSync(join(options.dir ?? '.', 'bundle-report.json'), `${JSON.stringify(report, null, 2)}\n`);
      onReport?.(report);
    },
  };
}
