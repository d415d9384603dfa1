import { afterAll, describe, expect, it } from 'vitest';
import { MAX_RECEIVE_COUNT } from '../../infra/constructs/stats-queue';
import { buildStack, type Cfn, logicalId, resourcesOf } from './fixture';

const built = buildStack({ web: false });
const { template, stack } = built;
afterAll(() => built.fixture.cleanup());
const resources: Cfn = template.toJSON().Resources;

describe('statistics table', () => {
  it('is keyed pk/sk (strings), on demand, with a TTL attribute for visit records', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
    });
  });

  it('has point-in-time recovery, deletion protection and AWS-managed encryption, and outlives the stack', () => {
    const table = resources[logicalId(stack.table.table)];
    expect(table.Properties).toMatchObject({
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      SSESpecification: { SSEEnabled: true },
    });
    expect(table.Properties.SSESpecification.KMSMasterKeyId).toBeUndefined();
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.Properties.GlobalSecondaryIndexes).toBeUndefined();
  });
});

describe('statistics queue and dead-letter queue', () => {
  const queue = () => resources[logicalId(stack.queue.queue)].Properties;
  const dlq = () => resources[logicalId(stack.queue.deadLetterQueue)].Properties;

  it('parks a counter write in the DLQ after repeated failures, and keeps it 14 days', () => {
    expect(queue().RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [logicalId(stack.queue.deadLetterQueue), 'Arn'] },
      maxReceiveCount: MAX_RECEIVE_COUNT,
    });
    expect(dlq().MessageRetentionPeriod).toBe(14 * 24 * 3600);
    expect(queue().MessageRetentionPeriod).toBe(14 * 24 * 3600);
  });

  it('gives the consumer six times its timeout before a message is retried', () => {
    const consumer = resources[logicalId(stack.consumer.function)].Properties;
    expect(queue().VisibilityTimeout).toBe(consumer.Timeout * 6);
  });

  it('encrypts both queues and refuses plain HTTP', () => {
    expect(queue().SqsManagedSseEnabled).toBe(true);
    expect(dlq().SqsManagedSseEnabled).toBe(true);
    const policies = resourcesOf(template, 'AWS::SQS::QueuePolicy');
    expect(policies).toHaveLength(2);
    for (const [, p] of policies) {
      expect(p.Properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });
});

describe('secrets', () => {
  it('generates the ministry token and the visit HMAC key in Secrets Manager, with no value in the template', () => {
    const secrets = resourcesOf(template, 'AWS::SecretsManager::Secret');
    expect(secrets.map(([id]) => id).sort()).toEqual(
      [logicalId(stack.secrets.statsToken), logicalId(stack.secrets.visitHashKey)].sort(),
    );
    for (const [, s] of secrets) {
      expect(s.Properties.SecretString).toBeUndefined();
      expect(s.Properties.GenerateSecretString.PasswordLength).toBeGreaterThanOrEqual(48);
    }
  });

  it('puts no secret-looking literal in any function environment', () => {
    for (const [, f] of resourcesOf(template, 'AWS::Lambda::Function')) {
      for (const [name, value] of Object.entries(f.Properties.Environment?.Variables ?? {})) {
        if (/TOKEN|SECRET|HASH|KEY/.test(name)) expect(typeof value).not.toBe('string');
      }
    }
  });
});
