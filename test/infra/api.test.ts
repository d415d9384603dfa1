import { afterAll, describe, expect, it } from 'vitest';
import { STATS_TABLE_ACTIONS } from '../../infra/constructs/stats-table';
import { buildStack, type Cfn, logicalId, resourcesOf, SYNTH_TIMEOUT } from './fixture';

const built = buildStack();
const { template, stack } = built;
afterAll(() => built.fixture.cleanup());

const resources: Cfn = template.toJSON().Resources;
const fn = (construct: Parameters<typeof logicalId>[0]): Cfn => resources[logicalId(construct)].Properties;
const api = fn(stack.api.function);
const consumer = fn(stack.consumer.function);

/** Every IAM statement attached to a function's role. */
function statementsOf(functionProps: Cfn): Cfn[] {
  const role = functionProps.Role['Fn::GetAtt'][0];
  expect(resources[role].Properties.ManagedPolicyArns).toBeUndefined();
  return resourcesOf(template, 'AWS::IAM::Policy')
    .filter(([, p]) => p.Properties.Roles.some((r: Cfn) => r.Ref === role))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
}
const actionsOf = (statements: Cfn[]) => statements.flatMap((s) => [s.Action].flat());

describe('API function', { timeout: SYNTH_TIMEOUT }, () => {
  it('is one Lambda on the current Node.js LTS, arm64, with the chosen memory and timeout', () => {
    expect(api).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: 1024,
      Timeout: 10,
      ReservedConcurrentExecutions: 100,
    });
  });

  it('gets the table, the queue and the two secret ARNs, never a secret value', () => {
    const env = api.Environment.Variables;
    expect(Object.keys(env).sort()).toEqual([
      'STATS_QUEUE_URL',
      'STATS_TABLE',
      'STATS_TOKEN_SECRET_ARN',
      'VISIT_HASH_SECRET_ARN',
    ]);
    expect(env.STATS_TABLE).toEqual({ Ref: logicalId(stack.table.table) });
    expect(env.STATS_QUEUE_URL).toEqual({ Ref: logicalId(stack.queue.queue) });
    expect(env.STATS_TOKEN_SECRET_ARN).toEqual({ Ref: logicalId(stack.secrets.statsToken) });
    expect(env.VISIT_HASH_SECRET_ARN).toEqual({ Ref: logicalId(stack.secrets.visitHashKey) });
  });

  it('may only update and query the table, send to its queue and read its two secrets', () => {
    const statements = statementsOf(api);
    const table = { 'Fn::GetAtt': [logicalId(stack.table.table), 'Arn'] };
    const dynamo = statements.filter((s) => actionsOf([s]).some((a: string) => a.startsWith('dynamodb:')));
    expect(dynamo).toHaveLength(1);
    expect(dynamo[0].Effect).toBe('Allow');
    expect([dynamo[0].Action].flat().sort()).toEqual([...STATS_TABLE_ACTIONS].sort());
    expect([dynamo[0].Resource].flat()).toEqual([table]);
    expect(STATS_TABLE_ACTIONS).toEqual(['dynamodb:UpdateItem', 'dynamodb:Query']);
    expect([...new Set(actionsOf(statements))].sort()).toEqual(
      [
        ...STATS_TABLE_ACTIONS,
        'logs:CreateLogStream',
        'logs:PutLogEvents',
        'sqs:SendMessage',
        'sqs:GetQueueAttributes',
        'sqs:GetQueueUrl',
        'secretsmanager:GetSecretValue',
        'secretsmanager:DescribeSecret',
      ].sort(),
    );
    const secretResources = statements
      .filter((s) => actionsOf([s]).includes('secretsmanager:GetSecretValue'))
      .flatMap((s) => [s.Resource].flat())
      .map((r) => r.Ref)
      .sort();
    expect(secretResources).toEqual(
      [logicalId(stack.secrets.statsToken), logicalId(stack.secrets.visitHashKey)].sort(),
    );
    expect(JSON.stringify(statements)).not.toMatch(/"\*"|:\*"/);
  });

  it('answers every path through one HTTP API route ($default), throttled at the stage', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    template.resourceCountIs('AWS::ApiGatewayV2::Route', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 500, ThrottlingBurstLimit: 1000 },
    });
  });

  it('keeps an access log with a request id and no IP address or user agent', () => {
    const [, stage] = resourcesOf(template, 'AWS::ApiGatewayV2::Stage')[0] ?? [];
    const format: string = stage.Properties.AccessLogSettings.Format;
    expect(JSON.parse(format)).toMatchObject({ requestId: '$context.requestId', status: '$context.status' });
    expect(format).not.toMatch(/sourceIp|userAgent|identity/);
  });

  it('takes concurrency and throttle from context (strings from the command line too)', () => {
    const tuned = buildStack({
      web: false,
      context: {
        'steunwijzer:apiConcurrency': '0',
        'steunwijzer:apiRateLimit': '50',
        'steunwijzer:apiBurstLimit': 80,
      },
    });
    const props = tuned.template.toJSON().Resources[logicalId(tuned.stack.api.function)].Properties;
    expect(props.ReservedConcurrentExecutions).toBeUndefined();
    tuned.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 80 },
    });
    tuned.fixture.cleanup();
  });
});

describe('statistics queue consumer', () => {
  it('runs on the same runtime with only the table name', () => {
    expect(consumer).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
    });
    expect(consumer.Environment.Variables).toEqual({ STATS_TABLE: { Ref: logicalId(stack.table.table) } });
  });

  it('reads the queue in small batches, reporting failures per message, two pollers at most', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalId(stack.queue.queue), 'Arn'] },
      FunctionName: { Ref: logicalId(stack.consumer.function) },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 2 },
    });
  });

  it('may apply counter writes and consume the queue, not send to it', () => {
    const actions = actionsOf(statementsOf(consumer));
    expect(actions.filter((a: string) => a.startsWith('dynamodb:')).sort()).toEqual(
      [...STATS_TABLE_ACTIONS].sort(),
    );
    expect(actions).toContain('sqs:DeleteMessage');
    expect(actions).not.toContain('sqs:SendMessage');
    expect(actions.filter((a: string) => a.startsWith('secretsmanager:'))).toEqual([]);
  });
});
