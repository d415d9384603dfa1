import { rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type BuildOptions, buildSync } from 'esbuild';

// The one definition of how a Lambda is built. CDK (infra/lambda-code.ts) and the benchmarks
// (bench/) both call bundleLambda, so the artefact measured is the artefact deployed.

/** Entry file inside the asset; `.mjs` makes Lambda load it as ESM without a package.json. */
export const BUNDLE_FILE = 'index.mjs';
/** Lambda handler string for a bundle built here. */
export const BUNDLE_HANDLER = 'index.handler';

// ESM needs a `require` for the CommonJS parts of dependencies (the AWS SDK's, for one).
const REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

export const LAMBDA_BUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Code behind a dynamic import() goes to its own file in chunks/, compiled only if it runs: the
  // SDK's credential providers other than the environment's, and the SQS client of the fallback
  // path. A cold start then parses about half of the code.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  // Node 20 is the oldest runtime that must load it (this machine, where the benchmarks run);
  // the deployed runtime (nodejs24.x) runs node20 syntax unchanged.
  target: 'node20',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  mainFields: ['module', 'main'],
  banner: { js: REQUIRE_BANNER },
  // No `external`: the AWS SDK is bundled, so the version deployed is the version tested.
  logLevel: 'silent',
} as const satisfies BuildOptions;

export interface BundleResult {
  /** Absolute path of the entry file (index.mjs). */
  outfile: string;
  /** Every file of the asset, relative to its folder: the entry first, then chunks/… sorted. */
  files: string[];
  /** The files a cold start loads: the entry and what it imports statically, transitively. */
  startupFiles: string[];
  /** Size of the whole asset (entry and chunks) in bytes. */
  bytes: number;
}

/** Bundles `entry` into `outdir` (synchronous, so CDK can call it while synthesising). */
export function bundleLambda(entry: string, outdir: string): BundleResult {
  // Chunk names carry content hashes: chunks of an earlier build must not linger beside these.
  rmSync(join(outdir, 'chunks'), { recursive: true, force: true });
  const { metafile } = buildSync({
    ...LAMBDA_BUILD_OPTIONS,
    entryPoints: { index: entry },
    outdir,
    metafile: true,
  });
  const outputs = new Map(
    Object.entries(metafile.outputs).map(([path, output]) => [relative(outdir, resolve(path)), output]),
  );
  const files = [...outputs.keys()].sort((a, b) =>
    a === BUNDLE_FILE ? -1 : b === BUNDLE_FILE ? 1 : a.localeCompare(b),
  );
  const startupFiles: string[] = [];
  const visit = (file: string) => {
    if (startupFiles.includes(file)) return;
    startupFiles.push(file);
    for (const { path, kind } of outputs.get(file)?.imports ?? [])
      if (kind === 'import-statement' && !path.startsWith('node:')) visit(relative(outdir, resolve(path)));
  };
  visit(BUNDLE_FILE);
  const bytes = files.reduce((sum, file) => sum + (outputs.get(file)?.bytes ?? 0), 0);
  return { outfile: join(outdir, BUNDLE_FILE), files, startupFiles, bytes };
}
