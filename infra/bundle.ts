import { statSync } from 'node:fs';
import { join } from 'node:path';
import { type BuildOptions, buildSync } from 'esbuild';

// The one definition of how a Lambda is built. CDK (infra/lambda-code.ts) and the benchmarks
// (bench/) both call bundleLambda, so the artefact measured is the artefact deployed.

/** File name inside the asset; `.mjs` makes Lambda load it as ESM without a package.json. */
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
  /** Absolute path of the bundle file. */
  outfile: string;
  /** Size of the bundle file in bytes. */
  bytes: number;
}

/** Bundles `entry` into `outdir/index.mjs` (synchronous, so CDK can call it while synthesising). */
export function bundleLambda(entry: string, outdir: string): BundleResult {
  const outfile = join(outdir, BUNDLE_FILE);
  buildSync({ ...LAMBDA_BUILD_OPTIONS, entryPoints: [entry], outfile });
  return { outfile, bytes: statSync(outfile).size };
}
