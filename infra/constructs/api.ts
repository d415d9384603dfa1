import { Duration } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import {
  ApplicationLogLevel,
  Architecture,
  Function as LambdaFunction,
  LoggingFormat,
  Runtime,
  SystemLogLevel,
} from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { BUNDLE_HANDLER } from '../bundle';
import { lambdaCode } from '../lambda-code';
import { functionRole } from './function-role';
import { logGroup } from './log-group';
import type { StatsSecrets } from './secrets';
import type { StatsQueue } from './stats-queue';
import type { StatsTable } from './stats-table';

/** Current Node.js LTS on Lambda; arm64 is ~20% cheaper per GB-second than x86. */
export const LAMBDA_RUNTIME = Runtime.NODEJS_24_X;
export const LAMBDA_ARCHITECTURE = Architecture.ARM_64;
/** 1 GB buys ~0.6 vCPU: a short cold start and single-digit-ms screenings (see ADR 0002). */
export const API_MEMORY_MB = 1024;
/** A screening takes milliseconds; 10 s covers a cold start plus SDK retries and caps a hung call. */
export const API_TIMEOUT = Duration.seconds(10);

// Access log: what operations need, and nothing that identifies a person (no IP, no user agent).
const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  time: '$context.requestTime',
  routeKey: '$context.routeKey',
  path: '$context.path',
  status: '$context.status',
  latencyMs: '$context.responseLatency',
  integrationError: '$context.integrationErrorMessage',
});

export interface ApiProps {
  entry: string;
  table: StatsTable;
  queue: StatsQueue;
  secrets: StatsSecrets;
  /** Reserved concurrency; 0 leaves the function in the account's unreserved pool. */
  concurrency: number;
  rateLimit: number;
  burstLimit: number;
}

/** The Hono app as one Lambda behind an HTTP API whose stage throttles every request. */
export class Api extends Construct {
  readonly function: LambdaFunction;
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const logs = logGroup(this, 'Logs');
    this.function = new LambdaFunction(this, 'Function', {
      description: 'Steunwijzer API (Hono): screen, rules, stats, health',
      runtime: LAMBDA_RUNTIME,
      architecture: LAMBDA_ARCHITECTURE,
      handler: BUNDLE_HANDLER,
      code: lambdaCode(props.entry),
      memorySize: API_MEMORY_MB,
      timeout: API_TIMEOUT,
      reservedConcurrentExecutions: props.concurrency > 0 ? props.concurrency : undefined,
      environment: {
        STATS_TABLE: props.table.table.tableName,
        STATS_QUEUE_URL: props.queue.queue.queueUrl,
        // ARNs only; the values are fetched once per cold start.
        STATS_TOKEN_SECRET_ARN: props.secrets.statsToken.secretArn,
        VISIT_HASH_SECRET_ARN: props.secrets.visitHashKey.secretArn,
      },
      logGroup: logs,
      role: functionRole(this, 'Role', logs),
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
    });
    props.table.grantStatsAccess(this.function);
    props.queue.queue.grantSendMessages(this.function);
    props.secrets.grantRead(this.function);

    // Every path goes to the one function; Hono answers 404/405 itself (the contract's error body).
    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Steunwijzer API, reached through CloudFront under /api/*',
      createDefaultStage: false,
      defaultIntegration: new HttpLambdaIntegration('Lambda', this.function),
    });
    this.stage = new HttpStage(this, 'Stage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.rateLimit, burstLimit: props.burstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(logGroup(this, 'AccessLogs')),
        format: AccessLogFormat.custom(ACCESS_LOG_FORMAT),
      },
    });
  }

  /** Host name of the API for CloudFront's origin (the $default stage serves at the root). */
  get originDomainName(): string {
    return `${this.httpApi.apiId}.execute-api.${this.httpApi.stack.region}.${this.httpApi.stack.urlSuffix}`;
  }
}
