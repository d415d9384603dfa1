import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { StackConfig } from './config';
import { Alarms } from './constructs/alarms';
import { Api } from './constructs/api';
import { SiteDistribution } from './constructs/distribution';
import { StatsSecrets } from './constructs/secrets';
import { SiteBucket } from './constructs/site-bucket';
import { findPages } from './constructs/spa-fallback';
import { StatsConsumer } from './constructs/stats-consumer';
import { StatsQueue } from './constructs/stats-queue';
import { StatsTable } from './constructs/stats-table';
import { applySuppressions } from './nag-suppressions';

export interface SteunwijzerStackProps extends StackProps {
  config: StackConfig;
  /** `functions/api/lambda.ts` */
  apiEntry: string;
  /** `functions/stats/queue-consumer.ts` */
  consumerEntry: string;
  /** `web/dist`, when built. */
  webDist: string | undefined;
  /** From the us-east-1 WafStack, when `steunwijzer:waf` is on. */
  webAclArn?: string;
}

/** Everything Steunwijzer runs on, in one stack of small constructs. */
export class SteunwijzerStack extends Stack {
  readonly table: StatsTable;
  readonly queue: StatsQueue;
  readonly secrets: StatsSecrets;
  readonly api: Api;
  readonly consumer: StatsConsumer;
  readonly site: SiteBucket;
  readonly cdn: SiteDistribution;
  readonly alarms: Alarms;

  constructor(scope: Construct, id: string, props: SteunwijzerStackProps) {
    super(scope, id, props);
    const { config } = props;
    this.table = new StatsTable(this, 'Stats');
    this.queue = new StatsQueue(this, 'StatsQueue');
    this.secrets = new StatsSecrets(this, 'Secrets');
    this.api = new Api(this, 'Api', {
      entry: props.apiEntry,
      table: this.table,
      queue: this.queue,
      secrets: this.secrets,
      concurrency: config.apiConcurrency,
      rateLimit: config.apiRateLimit,
      burstLimit: config.apiBurstLimit,
    });
    this.consumer = new StatsConsumer(this, 'StatsConsumer', {
      entry: props.consumerEntry,
      table: this.table,
      queue: this.queue,
    });
    this.site = new SiteBucket(this, 'Site', { webDist: props.webDist });
    this.cdn = new SiteDistribution(this, 'Cdn', {
      bucket: this.site.bucket,
      pages: findPages(props.webDist),
      apiDomainName: this.api.originDomainName,
      webAclArn: props.webAclArn,
      domain: config.domain,
    });
    this.alarms = new Alarms(this, 'Alarms', {
      httpApi: this.api.httpApi,
      api: this.api.function,
      consumer: this.consumer.function,
      queue: this.queue.queue,
      deadLetterQueue: this.queue.deadLetterQueue,
      apiRateLimit: config.apiRateLimit,
      email: config.alarmEmail,
    });

    new CfnOutput(this, 'Url', {
      value: `https://${config.domain?.name ?? this.cdn.distribution.domainName}`,
    });
    new CfnOutput(this, 'StatsTokenSecretArn', { value: this.secrets.statsToken.secretArn });
    new CfnOutput(this, 'ApiFunctionName', { value: this.api.function.functionName });
    new CfnOutput(this, 'StatsTableName', { value: this.table.table.tableName });
    new CfnOutput(this, 'SiteBucketName', { value: this.site.bucket.bucketName });
    new CfnOutput(this, 'DeadLetterQueueArn', { value: this.queue.deadLetterQueue.queueArn });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn });

    applySuppressions(this, {
      waf: props.webAclArn !== undefined,
      customDomain: config.domain !== undefined,
    });
  }
}
