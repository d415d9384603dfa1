import {
  ApplicationLogLevel,
  Function as LambdaFunction,
  LoggingFormat,
  SystemLogLevel,
} from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';
import { BUNDLE_HANDLER } from '../bundle';
import { lambdaCode } from '../lambda-code';
import { LAMBDA_ARCHITECTURE, LAMBDA_RUNTIME } from './api';
import { functionRole } from './function-role';
import { logGroup } from './log-group';
import { CONSUMER_TIMEOUT, type StatsQueue } from './stats-queue';
import type { StatsTable } from './stats-table';

/** Two pollers at most: a backlog drains steadily without competing with live screenings. */
export const CONSUMER_MAX_CONCURRENCY = 2;

export interface StatsConsumerProps {
  entry: string;
  table: StatsTable;
  queue: StatsQueue;
}

/** Applies queued counter writes (idempotently, in the handler); failures go to the DLQ. */
export class StatsConsumer extends Construct {
  readonly function: LambdaFunction;

  constructor(scope: Construct, id: string, props: StatsConsumerProps) {
    super(scope, id);
    const logs = logGroup(this, 'Logs');
    this.function = new LambdaFunction(this, 'Function', {
      description: 'Steunwijzer: applies counter writes the API could not apply',
      runtime: LAMBDA_RUNTIME,
      architecture: LAMBDA_ARCHITECTURE,
      handler: BUNDLE_HANDLER,
      code: lambdaCode(props.entry),
      memorySize: 256,
      timeout: CONSUMER_TIMEOUT,
      environment: { STATS_TABLE: props.table.table.tableName },
      logGroup: logs,
      role: functionRole(this, 'Role', logs),
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
    });
    props.table.grantStatsAccess(this.function);
    this.function.addEventSource(
      new SqsEventSource(props.queue.queue, {
        batchSize: 10,
        // A failed message is retried alone; the rest of its batch is not replayed.
        reportBatchItemFailures: true,
        maxConcurrency: CONSUMER_MAX_CONCURRENCY,
      }),
    );
  }
}
