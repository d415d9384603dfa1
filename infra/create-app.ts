import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, type AppProps, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readConfig } from './config';
import { WafStack } from './constructs/waf-stack';
import { SteunwijzerStack } from './steunwijzer-stack';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const STACK_NAME = 'Steunwijzer';
export const WAF_STACK_NAME = 'SteunwijzerEdgeWaf';

export interface CreateAppOptions extends AppProps {
  apiEntry?: string;
  consumerEntry?: string;
  /** Built web app; defaults to web/dist when it exists. `null` deploys no web content. */
  webDist?: string | null;
}

export interface SteunwijzerApp {
  app: App;
  stack: SteunwijzerStack;
  wafStack: WafStack | undefined;
}

/** The CDK app: infra/app.ts synthesises it for the CLI, tests build it in-process. */
export function createApp(options: CreateAppOptions = {}): SteunwijzerApp {
  const { apiEntry, consumerEntry, webDist, ...appProps } = options;
  const app = new App(appProps);
  const config = readConfig(app.node);
  // The account stays unresolved: synth needs no credentials; deploy takes the CLI's account.
  const account = process.env.CDK_DEFAULT_ACCOUNT;

  const wafStack = config.waf
    ? new WafStack(app, WAF_STACK_NAME, {
        env: { account, region: 'us-east-1' },
        rateLimit: config.wafRateLimit,
        crossRegionReferences: true,
        description: 'Steunwijzer: CloudFront web ACL (CLOUDFRONT scope must be in us-east-1)',
      })
    : undefined;

  const defaultDist = join(REPO_ROOT, 'web/dist');
  const stack = new SteunwijzerStack(app, STACK_NAME, {
    env: { account, region: config.region },
    crossRegionReferences: wafStack !== undefined,
    description: 'Steunwijzer: web app, API, statistics (EU)',
    config,
    apiEntry: apiEntry ?? join(REPO_ROOT, 'functions/api/lambda.ts'),
    consumerEntry: consumerEntry ?? join(REPO_ROOT, 'functions/stats/queue-consumer.ts'),
    webDist: webDist === null ? undefined : (webDist ?? (existsSync(defaultDist) ? defaultDist : undefined)),
    webAclArn: wafStack?.webAclArn,
  });
  if (wafStack) stack.addStackDependency(wafStack);

  Tags.of(app).add('project', 'steunwijzer');
  // cdk-nag runs on every synth: an unacknowledged finding (error or warning) fails `cdk synth`.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stack, wafStack };
}
