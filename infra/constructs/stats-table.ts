import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/**
 * The only item-level actions the functions need on AWS (functions/stats/dynamo.ts): counters and
 * visit records are written with `UpdateItem` (ADD / conditional SET, one request each), and read —
 * items and shards alike — with `Query`. No GetItem, Scan, PutItem, DeleteItem or table management:
 * the adapter's table creation and expiry sweep run against the local store only.
 */
export const STATS_TABLE_ACTIONS = ['dynamodb:UpdateItem', 'dynamodb:Query'] as const;

/** DynamoDB commands the adapter sends only to the local embedded store, never on AWS. */
export const LOCAL_ONLY_COMMANDS = [
  'CreateTable',
  'DescribeTable',
  'Scan',
  'DeleteItem',
  // The local single writer's bulk visit swaps (functions/stats/apply.ts, durable-recorder.ts).
  'BatchGetItem',
  'BatchWriteItem',
] as const;

/** The statistics table: aggregate counters and short-lived visit records, nothing else. */
export class StatsTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      sortKey: { name: 'sk', type: AttributeType.STRING },
      // On-demand: no capacity to plan for a campaign peak, nothing to pay while idle.
      billingMode: BillingMode.PAY_PER_REQUEST,
      // Visit records carry `ttl` (epoch seconds) and expire within 7 days.
      timeToLiveAttribute: 'ttl',
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryption.AWS_MANAGED,
      // The statistics outlive the stack: `cdk destroy` leaves the table in place.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /** Grants exactly STATS_TABLE_ACTIONS on this table (no indexes exist, so none are granted). */
  grantStatsAccess(grantee: IGrantable): void {
    this.table.grant(grantee, ...STATS_TABLE_ACTIONS);
  }
}
