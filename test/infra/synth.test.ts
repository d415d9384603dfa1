import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleLambda } from '../../infra/bundle';
import { createApp, STACK_NAME, WAF_STACK_NAME } from '../../infra/create-app';
import { CDK_JSON_CONTEXT, type Cfn, createFixture, logicalId, SYNTH_TIMEOUT } from './fixture';

// What `npx cdk synth` does, in-process: the whole app, with cdk-nag and CDK's own CloudFormation
// checks on, and no AWS credentials or account anywhere.
const fixture = createFixture();
beforeAll(() => {
  for (const key of Object.keys(process.env))
    if (key.startsWith('AWS_') || key.startsWith('CDK_')) delete process.env[key];
  process.env.AWS_CONFIG_FILE = join(fixture.dir, 'no-config');
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(fixture.dir, 'no-credentials');
});
afterAll(() => fixture.cleanup());

function synth(name: string, context: Record<string, unknown> = {}) {
  const outdir = join(fixture.dir, name);
  const built = createApp({
    apiEntry: fixture.apiEntry,
    consumerEntry: fixture.consumerEntry,
    webDist: fixture.webDist,
    outdir,
    context: { ...CDK_JSON_CONTEXT, ...context },
  });
  return { ...built, outdir, assembly: built.app.synth() };
}

describe('synth without an AWS account', { timeout: SYNTH_TIMEOUT }, () => {
  it('writes the stack template and its assets, in the EU region', () => {
    const { assembly, stack } = synth('default');
    const artifact = assembly.getStackByName(STACK_NAME);
    expect(artifact.environment.region).toBe('eu-west-1');
    expect(artifact.environment.account).toBe('unknown-account');
    expect(Object.keys(artifact.template.Resources).length).toBeGreaterThan(30);
    expect(assembly.stacks.map((s) => s.stackName)).toEqual([STACK_NAME]);
    expect(stack.site.deployment).toBeDefined();
  });

  it('deploys exactly the bundle that bundleLambda builds (the artefact the benchmarks measure)', () => {
    const { assembly, stack, outdir } = synth('artefact');
    const template: Cfn = assembly.getStackByName(STACK_NAME).template;
    const code = template.Resources[logicalId(stack.api.function)].Properties.Code;
    const hash = String(code.S3Key).replace(/\.zip$/, '');
    const benchLike = join(fixture.dir, 'bench-like');
    const { files } = bundleLambda(fixture.apiEntry, benchLike);
    const asset = join(outdir, `asset.${hash}`);
    expect(
      readdirSync(asset, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length,
    ).toBe(files.length);
    for (const file of files) {
      expect(readFileSync(join(asset, file)).equals(readFileSync(join(benchLike, file))), file).toBe(true);
    }
  });

  it('with steunwijzer:waf adds the us-east-1 firewall stack and still passes every check', () => {
    const { assembly } = synth('waf', { 'steunwijzer:waf': true });
    const names = assembly.stacks.map((s) => s.stackName).sort();
    expect(names).toEqual([STACK_NAME, WAF_STACK_NAME].sort());
    expect(assembly.getStackByName(WAF_STACK_NAME).environment.region).toBe('us-east-1');
  });

  it('in eu-central-1 when the context says so', () => {
    const { assembly } = synth('frankfurt', { 'steunwijzer:region': 'eu-central-1' });
    expect(assembly.getStackByName(STACK_NAME).environment.region).toBe('eu-central-1');
  });

  it('with a custom domain enforces TLSv1.2_2021 and needs no CFR4 acknowledgment', () => {
    const { assembly, stack } = synth('domain', {
      'steunwijzer:domainName': 'steunwijzer.example',
      'steunwijzer:certificateArn': 'arn:aws:acm:us-east-1:111111111111:certificate/abc',
    });
    const template: Cfn = assembly.getStackByName(STACK_NAME).template;
    const config = template.Resources[logicalId(stack.cdn.distribution)].Properties.DistributionConfig;
    expect(config.Aliases).toEqual(['steunwijzer.example']);
    expect(config.ViewerCertificate).toMatchObject({
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
  });

  it('fails when cdk-nag finds something unacknowledged', () => {
    const built = createApp({
      apiEntry: fixture.apiEntry,
      consumerEntry: fixture.consumerEntry,
      webDist: null,
      outdir: join(fixture.dir, 'nag-fails'),
      context: CDK_JSON_CONTEXT,
    });
    new Bucket(built.stack, 'Unchecked');
    expect(() => built.app.synth()).toThrow(/AwsSolutions-S10/);
  });
});
