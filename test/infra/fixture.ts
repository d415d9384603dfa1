import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { createApp, REPO_ROOT, type SteunwijzerApp } from '../../infra/create-app';

// The Lambda entries are written by the API engineer; until they exist, the infra tests bundle a
// stand-in written to a temp dir (never under functions/). Once they exist, the real ones are used.
export const REAL_API_ENTRY = join(REPO_ROOT, 'functions/api/lambda.ts');
export const REAL_CONSUMER_ENTRY = join(REPO_ROOT, 'functions/stats/queue-consumer.ts');

/** A synth inside a test: seconds alone, much longer when every suite shares two cores. */
export const SYNTH_TIMEOUT = 120_000;

export interface Fixture {
  dir: string;
  /** A tiny handler that imports the AWS SDK, written to the temp dir. */
  standInEntry: string;
  /** The real entries when they exist, else the stand-in. */
  apiEntry: string;
  consumerEntry: string;
  /** A placeholder web build: index.html and one hashed asset. */
  webDist: string;
  cleanup(): void;
}

// Imports the SDK by absolute path: a file in the temp dir cannot see the repo's node_modules.
const SDK = join(REPO_ROOT, 'node_modules/@aws-sdk/client-dynamodb');
const STAND_IN = `import { DynamoDBClient } from '${SDK}';
const client = new DynamoDBClient({});
export const handler = async () => ({ statusCode: 200, body: String(typeof client.send) });
`;

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export function createFixture(): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'steunwijzer-infra-'));
  const standInEntry = join(dir, 'stand-in', 'entry.ts');
  write(standInEntry, STAND_IN);
  const webDist = join(dir, 'dist');
  write(
    join(webDist, 'index.html'),
    '<!doctype html><title>Steunwijzer</title><script type="module" src="/assets/app-1a2b3c.js"></script>',
  );
  write(join(webDist, 'assets/app-1a2b3c.js'), 'console.log(1);');
  write(join(webDist, 'balie/index.html'), '<!doctype html><title>Balie</title>');
  return {
    dir,
    standInEntry,
    apiEntry: existsSync(REAL_API_ENTRY) ? REAL_API_ENTRY : standInEntry,
    consumerEntry: existsSync(REAL_CONSUMER_ENTRY) ? REAL_CONSUMER_ENTRY : standInEntry,
    webDist,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** cdk.json's context (feature flags, region), which the CLI hands to the app: tests see the same. */
export const CDK_JSON_CONTEXT: Record<string, unknown> = JSON.parse(
  readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8'),
).context;

export interface BuiltStack extends SteunwijzerApp {
  template: Template;
  fixture: Fixture;
}

/**
 * Builds the app in-process against the fixture and returns the main stack's template. The CDK's
 * built-in CloudFormation schema check is left to synth.test.ts (it costs seconds per synth).
 */
export function buildStack(options: { context?: Record<string, unknown>; web?: boolean } = {}): BuiltStack {
  process.env.CDK_VALIDATION = 'false';
  const fixture = createFixture();
  const built = createApp({
    apiEntry: fixture.apiEntry,
    consumerEntry: fixture.consumerEntry,
    webDist: options.web === false ? null : fixture.webDist,
    outdir: join(fixture.dir, 'cdk.out'),
    context: { ...CDK_JSON_CONTEXT, ...options.context },
  });
  return { ...built, template: Template.fromStack(built.stack), fixture };
}

// biome-ignore lint/suspicious/noExplicitAny: synthesised CloudFormation is untyped JSON
export type Cfn = any;

/** Resources of one type as [logicalId, resource] pairs. */
export function resourcesOf(template: Template, type: string): [string, Cfn][] {
  return Object.entries(template.findResources(type));
}

/** The logical id CloudFormation gets for an L2 construct's main resource. */
export function logicalId(construct: IConstruct): string {
  const stack = Stack.of(construct);
  return stack.resolve(stack.getLogicalId(construct.node.defaultChild as CfnElement));
}
