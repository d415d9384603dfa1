import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { bundleReport } from './build/bundle-report';
import { pruneCssVariablesPlugin } from './build/prune-css-vars';
import { recordBenchmark } from './build/record-benchmark';
import { stripParamTextPlugin } from './build/strip-param-text';

const root = resolve(import.meta.dirname);
const defaultOutDir = resolve(root, 'dist');

/**
 * The citizen app is web/index.html ("main"); other apps (web/balie, web/ministerie) are pages
 * beside it, each web/<name>/index.html. WEB_PAGES=main,balie limits a build to some of them.
 */
function pages(): Record<string, string> {
  const only = process.env.WEB_PAGES?.split(',').filter(Boolean);
  const input: Record<string, string> = { main: resolve(root, 'index.html') };
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const page = resolve(root, entry.name, 'index.html');
    if (entry.isDirectory() && !['dist', 'src', 'build'].includes(entry.name) && existsSync(page)) {
      input[entry.name] = page;
    }
  }
  return only ? Object.fromEntries(Object.entries(input).filter(([name]) => only.includes(name))) : input;
}

// `npm run build:web` (and so `npm start`) builds into web/dist and leaves the tracked docs alone;
// only `npm run bench -- web` sets RECORD_BENCHMARK=1 to write the bundle sizes to docs/benchmarks.md.
export default defineConfig(({ mode }) => {
  const outDir = resolve(process.env.WEB_OUT_DIR ?? defaultOutDir);
  return {
    root,
    base: '/',
    plugins: [
      preact(),
      // The web apps show no parameter quotes, notes or descriptions; GET /api/rules keeps them.
      stripParamTextPlugin(),
      pruneCssVariablesPlugin(),
      bundleReport((report) => {
        if (process.env.RECORD_BENCHMARK === '1' && mode !== 'test') recordBenchmark(report);
      }),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
      rollupOptions: {
        input: pages(),
        output: {
          // Named shared chunks, so the bundle report reads plainly; the engine is one lazy chunk.
          codeSplitting: {
            groups: [
              // law-url (and the date it needs) is used by the first-load copy too: a tiny chunk of its
              // own, taken before the engine group would take it as one of the engine's dependencies.
              {
                name: 'law-url',
                test: /functions[\\/](rules[\\/](law-url|params[\\/]supported-from)|contract[\\/]law-url)/,
                priority: 2,
              },
              // The contract's zod-free data: regulation ids, non-use reasons, the bounds of amounts. What
              // the dashboard needs of the rules, and the money question of the citizen app.
              {
                name: 'contract-data',
                test: /functions[\\/](rules[\\/](regulations|non-use-reasons)|contract[\\/](regulations|money))\./,
                priority: 2,
              },
              // Vite's helper for import(), used by every lazy page: not one of the engine's dependencies
              // (content/load.ts imports it too), or the first load would fetch the engine for it.
              { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 3 },
              // The contract's schemas with zod, apart from the engine: evaluate() needs neither. The
              // citizen app loads none of it; the counter does (it parses answers). functions/rules/zod.ts
              // sits with them and every schema module imports it first, so zod is configured (no eval,
              // for the CSP) before any schema is built.
              {
                name: 'contract',
                test: /functions[\\/](contract|rules[\\/]zod)|node_modules[\\/]zod/,
                priority: 1,
              },
              // Each language's reason copy (functions/rules/content/reasons.<lang>.ts) stays out: it is a
              // chunk of its own, loaded with the language (content/load.ts).
              {
                name: 'engine',
                test: /functions[\\/]rules[\\/](?!content[\\/]reasons\.)/,
              },
              { name: 'preact', test: /node_modules[\\/]preact/ },
            ],
          },
        },
      },
    },
  };
});
