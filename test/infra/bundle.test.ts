import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_FILE, bundleLambda } from '../../infra/bundle';
import { createFixture, REAL_API_ENTRY, REAL_CONSUMER_ENTRY } from './fixture';

const fixture = createFixture();
afterAll(() => fixture.cleanup());

describe('bundleLambda (the one build both CDK and the benchmarks use)', () => {
  const out = join(fixture.dir, 'bundle-out');

  it('writes a minified ESM entry with the createRequire banner and the AWS SDK inside', () => {
    // The stand-in imports @aws-sdk/client-dynamodb.
    const result = bundleLambda(fixture.standInEntry, out);
    expect(result.outfile).toBe(join(out, BUNDLE_FILE));
    expect(result.files[0]).toBe(BUNDLE_FILE);
    const code = readFileSync(result.outfile, 'utf8');
    expect(
      code.startsWith(
        "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
      ),
    ).toBe(true);
    expect(code).toMatch(/export\s*\{/);
    expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
    const all = result.files.map((file) => readFileSync(join(out, file), 'utf8')).join('\n');
    expect(all).toContain('DynamoDBClient');
    // Minified: a few long lines, not thousands of short ones.
    expect(code.split('\n').length).toBeLessThan(50);
    expect(result.bytes).toBe(result.files.reduce((sum, file) => sum + statSync(join(out, file)).size, 0));
  });

  it('leaves what sits behind a dynamic import() in chunks a cold start does not load', () => {
    const result = bundleLambda(fixture.standInEntry, out);
    // The SDK imports its SSO and web-identity credential providers only when the chain gets there.
    const later = result.files.filter((file) => !result.startupFiles.includes(file));
    expect(result.startupFiles[0]).toBe(BUNDLE_FILE);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((file) => file.startsWith('chunks/'))).toBe(true);
    expect(readdirSync(join(out, 'chunks')).length).toBe(result.files.length - 1);
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

  it.skipIf(!existsSync(REAL_API_ENTRY))(
    'bundles the real API entry, self-contained, the SQS client outside the cold start',
    () => {
      const dir = join(fixture.dir, 'real-api');
      const { files, startupFiles } = bundleLambda(REAL_API_ENTRY, dir);
      const text = (names: string[]) => names.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
      expect(text(files)).not.toMatch(/from\s*["'](hono|zod|@aws-sdk)/);
      // The SQS client of the fallback path is in the asset, but not in what a cold start loads.
      expect(text(files)).toContain('AmazonSQS');
      expect(text(startupFiles)).not.toContain('AmazonSQS');
      expect(text(startupFiles)).toContain('DynamoDB_20120810');
    },
  );

  it.skipIf(!existsSync(REAL_CONSUMER_ENTRY))('bundles the real queue consumer entry', () => {
    const { bytes } = bundleLambda(REAL_CONSUMER_ENTRY, join(fixture.dir, 'real-consumer'));
    expect(bytes).toBeGreaterThan(0);
  });
});
