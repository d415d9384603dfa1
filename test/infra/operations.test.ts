import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { buildStack, type Cfn, logicalId, resourcesOf, SYNTH_TIMEOUT } from './fixture';

const built = buildStack({ context: { 'steunwijzer:alarmEmail': 'ops@example.org' } });
const { template, stack } = built;
afterAll(() => built.fixture.cleanup());
const resources: Cfn = template.toJSON().Resources;

describe('logs', () => {
  it('keeps every log group 30 days, and every function logs to one of them', () => {
    const groups = resourcesOf(template, 'AWS::Logs::LogGroup');
    expect(groups.length).toBeGreaterThanOrEqual(4);
    for (const [, g] of groups) expect(g.Properties.RetentionInDays).toBe(30);
    const ids = new Set(groups.map(([id]) => id));
    for (const [, f] of resourcesOf(template, 'AWS::Lambda::Function')) {
      expect(ids.has(f.Properties.LoggingConfig?.LogGroup?.Ref)).toBe(true);
    }
  });

  it('writes application logs as JSON', () => {
    const api = resources[logicalId(stack.api.function)].Properties;
    expect(api.LoggingConfig).toMatchObject({ LogFormat: 'JSON', ApplicationLogLevel: 'INFO' });
  });
});

describe('alarms', () => {
  const alarms = resourcesOf(template, 'AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
  const find = (namespace: string, metric: string) =>
    alarms.filter((a) => a.Namespace === namespace && a.MetricName === metric);
  const dims = (a: Cfn) => JSON.stringify(a.Dimensions);

  it('watches API 5xx', () => {
    const [a] = find('AWS/ApiGateway', '5xx');
    expect(dims(a)).toContain(logicalId(stack.api.httpApi));
  });

  it('watches Lambda errors of both functions and API throttles', () => {
    const errors = find('AWS/Lambda', 'Errors').map(dims).join();
    expect(errors).toContain(logicalId(stack.api.function));
    expect(errors).toContain(logicalId(stack.consumer.function));
    const [throttles] = find('AWS/Lambda', 'Throttles');
    expect(dims(throttles)).toContain(logicalId(stack.api.function));
  });

  it('fires on the first message in the dead-letter queue', () => {
    const [a] = find('AWS/SQS', 'ApproximateNumberOfMessagesVisible');
    expect(dims(a)).toContain(logicalId(stack.queue.deadLetterQueue));
    expect(a).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
  });

  it('watches for a flood near the throttle limit', () => {
    const [a] = find('AWS/ApiGateway', 'Count');
    expect(a.Threshold).toBe(500 * 300 * 0.8);
  });

  it('sends every alarm to the topic, which e-mails the configured address over TLS only', () => {
    const topic = logicalId(stack.alarms.topic);
    expect(alarms.length).toBe(7);
    for (const a of alarms) {
      expect(a.AlarmActions).toEqual([{ Ref: topic }]);
      expect(a.TreatMissingData).toBe('notBreaching');
    }
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.org',
    });
    const [, policy] = resourcesOf(template, 'AWS::SNS::TopicPolicy')[0] ?? [];
    expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });
});

describe('optional WAF (steunwijzer:waf)', { timeout: SYNTH_TIMEOUT }, () => {
  it('is off by default', () => {
    expect(built.wafStack).toBeUndefined();
    expect(
      resources[logicalId(stack.cdn.distribution)].Properties.DistributionConfig.WebACLId,
    ).toBeUndefined();
  });

  it('adds a us-east-1 stack with a per-IP rate rule, attached to the distribution', () => {
    const withWaf = buildStack({
      web: false,
      context: { 'steunwijzer:waf': 'true', 'steunwijzer:wafRateLimit': 300 },
    });
    const waf = withWaf.wafStack;
    expect(waf?.region).toBe('us-east-1');
    expect(withWaf.stack.region).toBe('eu-west-1');
    const acl: Cfn[] = Object.values(
      Template.fromStack(waf as NonNullable<typeof waf>).findResources('AWS::WAFv2::WebACL'),
    );
    expect(acl).toHaveLength(1);
    expect(acl[0].Properties).toMatchObject({
      Scope: 'CLOUDFRONT',
      DefaultAction: { Allow: {} },
      Rules: [
        { Action: { Block: {} }, Statement: { RateBasedStatement: { Limit: 300, AggregateKeyType: 'IP' } } },
      ],
    });
    const config =
      withWaf.template.toJSON().Resources[logicalId(withWaf.stack.cdn.distribution)].Properties
        .DistributionConfig;
    expect(config.WebACLId).toBeDefined();
    withWaf.fixture.cleanup();
  });
});

describe('stack outputs (the README uses them)', () => {
  it.each([
    'Url',
    'StatsTokenSecretArn',
    'ApiFunctionName',
    'StatsTableName',
    'SiteBucketName',
    'DeadLetterQueueArn',
    'AlarmTopicArn',
  ])('outputs %s', (name) => {
    expect(Object.keys(template.findOutputs(name))).toEqual([name]);
  });
});
