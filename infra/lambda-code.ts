import { dirname } from 'node:path';
import { AssetHashType, DockerImage } from 'aws-cdk-lib';
import { Code } from 'aws-cdk-lib/aws-lambda';
import { bundleLambda } from './bundle';

/**
 * Lambda code built by bundleLambda at synth time, on this machine: no Docker, no network.
 * The asset hash is taken from the bundle, so an unchanged bundle is not re-uploaded.
 */
export function lambdaCode(entry: string): Code {
  return Code.fromAsset(dirname(entry), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Required by the type, never pulled: local bundling below always succeeds or throws.
      image: DockerImage.fromRegistry('local-esbuild-only'),
      local: {
        tryBundle(outputDir: string): boolean {
          bundleLambda(entry, outputDir);
          return true;
        },
      },
    },
  });
}
