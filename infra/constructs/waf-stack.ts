import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';

export interface WafStackProps extends StackProps {
  /** Requests per client IP per 5 minutes before that IP is blocked for a while. */
  rateLimit: number;
}

/**
 * The optional edge firewall. A CLOUDFRONT-scope web ACL can only be created in us-east-1, so it
 * lives in its own small stack there; the main stack (in the EU) reads its ARN across regions.
 * It holds no data: only a rule and request counts.
 */
export class WafStack extends Stack {
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: WafStackProps) {
    super(scope, id, props);
    const acl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: {
        cloudWatchMetricsEnabled: true,
        metricName: 'steunwijzer',
        sampledRequestsEnabled: false,
      },
      rules: [
        {
          name: 'rate-limit-per-ip',
          priority: 0,
          action: { block: {} },
          statement: { rateBasedStatement: { limit: props.rateLimit, aggregateKeyType: 'IP' } },
          // No sampled requests: they would keep client IPs.
          visibilityConfig: {
            cloudWatchMetricsEnabled: true,
            metricName: 'steunwijzer-rate-limit',
            sampledRequestsEnabled: false,
          },
        },
      ],
    });
    this.webAclArn = acl.attrArn;
  }
}
