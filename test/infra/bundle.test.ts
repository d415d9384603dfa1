import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_FILE, bundleLambda } from '../../infra/bundle';
import { createFixture, REAL_API_ENTRY, REAL_CONSUMER_ENTRY } from './fixture';

const fixture = createFixture();
afterAll(() => fixture.cleanup());

describe('bundleLambda (the one build both CDK and the benchmarks use)', () => {
  const out = join(fixture.dir, 'bundle-out');

  it('writes one minified ESM file with the createRequire banner and the AWS SDK inside', () => {
    // The stand-in imports @aws-sdk/client-dynamodb.
    const result = bundleLambda(fixture.standInEntry, out);
    expect(result.outfile).toBe(join(out, BUNDLE_FILE));
    const code = readFileSync(result.outfile, 'utf8');
    expect(
      code.startsWith(
        "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
      ),
    ).toBe(true);
    expect(code).toMatch(/export\s*\{/);
    expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
    expect(code).toContain('DynamoDBClient');
    // Minified: a few long lines, not thousands of short ones.
    expect(code.split('\n').length).toBeLessThan(50);
    expect(result.bytes).toBe(Buffer.byteLength(code));
  });

  it('produces a bundle that loads and answers in a fresh Node process', () => {
    const { outfile } = bundleLambda(fixture.standInEntry, out);
    const script = `const m = await import(${JSON.stringify(pathToFileURL(outfile).href)}); console.log(JSON.stringify(await m.handler()));`;
    const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', AWS_REGION: 'eu-west-1' },
    });
    expect(JSON.parse(stdout)).toEqual({ statusCode: 200, body: 'function' });
  });

  it.skipIf(!existsSync(REAL_API_ENTRY))('bundles the real API entry into one self-contained file', () => {
    const { outfile, bytes } = bundleLambda(REAL_API_ENTRY, join(fixture.dir, 'real-api'));
    expect(bytes).toBeGreaterThan(0);
    expect(readFileSync(outfile, 'utf8')).not.toMatch(/from\s*["'](hono|zod|@aws-sdk)/);
  });

  it.skipIf(!existsSync(REAL_CONSUMER_ENTRY))('bundles the real queue consumer entry', () => {
    const { bytes } = bundleLambda(REAL_CONSUMER_ENTRY, join(fixture.dir, 'real-consumer'));
    expect(bytes).toBeGreaterThan(0);
  });
});
