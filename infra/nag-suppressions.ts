import { Token, Validations } from 'aws-cdk-lib';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';
import type { SteunwijzerStack } from './steunwijzer-stack';

// Every cdk-nag finding we accept, each with its reason (ADR 0002 has the longer story).
// Everything not listed here must pass; the tests and `cdk synth` fail otherwise.

export interface Suppression {
  id: string;
  reason: string;
}

function ack(scope: IConstruct, ...rules: Suppression[]): void {
  Validations.of(scope).acknowledge(...rules);
}

export function applySuppressions(
  stack: SteunwijzerStack,
  options: { waf: boolean; customDomain: boolean },
): void {
  ack(stack.api.httpApi, {
    id: 'AwsSolutions-APIG4',
    reason:
      'The screening API is public and anonymous by contract; GET /api/stats checks its bearer token in the ' +
      'app (constant time). An API Gateway authorizer would add cost and latency to every screening.',
  });
  ack(stack.site.bucket, {
    id: 'AwsSolutions-S1',
    reason:
      'The only reader is CloudFront through OAC, so server access logs would only ever name CloudFront; ' +
      'requests are visible in CloudFront metrics.',
  });
  ack(
    stack.cdn.distribution,
    {
      id: 'AwsSolutions-CFR3',
      reason:
        'CloudFront access logs record every viewer IP address; the service promises not to store IPs. ' +
        'Operations use CloudFront metrics and the API access log, which has no IP.',
    },
    {
      id: 'AwsSolutions-CFR1',
      reason:
        'A national public service: residents abroad, cross-border workers and the Caribbean Netherlands must ' +
        'reach it, and IP geolocation is no access control.',
    },
  );
  if (!options.customDomain) {
    ack(stack.cdn.distribution, {
      id: 'AwsSolutions-CFR4',
      reason:
        'Without a custom domain the default *.cloudfront.net certificate is used, whose policy CloudFront fixes. ' +
        'With steunwijzer:domainName and steunwijzer:certificateArn the stack enforces TLSv1.2_2021.',
    });
  }
  if (!options.waf) {
    ack(stack.cdn.distribution, {
      id: 'AwsSolutions-CFR2',
      reason:
        'The WAF is opt-in (-c steunwijzer:waf=true, deployed in us-east-1); without it the API stage throttle ' +
        'and the reserved concurrency bound the load and the bill.',
    });
  }
  ack(stack.secrets.statsToken, {
    id: 'AwsSolutions-SMG4',
    reason:
      'The ministry token is rotated by hand (README: put-secret-value, then the next cold start uses it); ' +
      'a rotation function would have no system to coordinate with.',
  });
  ack(stack.secrets.visitHashKey, {
    id: 'AwsSolutions-SMG4',
    reason:
      'Rotating the visit HMAC key splits visits in progress in two (a screening and its repeat would count ' +
      'twice), so it is a deliberate manual step, not a schedule.',
  });
  if (stack.site.deployment) acknowledgeBucketDeployment(stack);
}

// BucketDeployment runs a CDK-managed singleton function (its own role, runtime and policy) that copies
// the web build from the CDK asset bucket into the site bucket at deploy time.
function acknowledgeBucketDeployment(stack: SteunwijzerStack): void {
  const handler = stack.node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
  if (!handler) return;
  const bucketId = stack.resolve(stack.getLogicalId(stack.site.bucket.node.defaultChild as CfnBucket));
  // cdk-nag prints the partition as a literal when the feature flag enablePartitionLiterals applies.
  const partition = Token.isUnresolved(stack.partition) ? '<AWS::Partition>' : stack.partition;
  const cdkManaged = 'CDK-managed BucketDeployment function, used only while deploying the web build';
  ack(
    handler,
    { id: 'AwsSolutions-L1', reason: `${cdkManaged}: its runtime is chosen and updated by aws-cdk-lib.` },
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: `${cdkManaged}: it logs with the standard basic execution policy.`,
    },
    ...[
      'Action::s3:GetObject*',
      'Action::s3:GetBucket*',
      'Action::s3:List*',
      'Action::s3:DeleteObject*',
      'Action::s3:Abort*',
      `Resource::<${bucketId}.Arn>/*`,
      `Resource::arn:${partition}:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${stack.region}/*`,
    ].map((finding) => ({
      id: `AwsSolutions-IAM5[${finding}]`,
      reason: `${cdkManaged}: it may read the CDK asset bucket and write only the site bucket's objects.`,
    })),
  );
}
