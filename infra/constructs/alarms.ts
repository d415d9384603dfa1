import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, type IMetric, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

const PERIOD = Duration.minutes(5);

export interface AlarmsProps {
  httpApi: HttpApi;
  api: IFunction;
  consumer: IFunction;
  queue: IQueue;
  deadLetterQueue: IQueue;
  /** The stage's steady rate limit; the flood alarm fires near it. */
  apiRateLimit: number;
  email: string | undefined;
}

/** Every alarm goes to one topic; subscribe an address with `-c steunwijzer:alarmEmail=…`. */
export class Alarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Record<string, Alarm> = {};

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { displayName: 'Steunwijzer alarms', enforceSSL: true });
    if (props.email) this.topic.addSubscription(new EmailSubscription(props.email));

    const sum = { period: PERIOD, statistic: Stats.SUM };
    this.add(
      'Api5xx',
      'The API answered 5xx (a screening must never fail)',
      props.httpApi.metricServerError(sum),
      5,
    );
    this.add('ApiErrors', 'The API function threw', props.api.metricErrors(sum), 1);
    this.add(
      'ApiThrottles',
      'The API function hit its reserved concurrency',
      props.api.metricThrottles(sum),
      1,
    );
    this.add('ConsumerErrors', 'The statistics consumer threw', props.consumer.metricErrors(sum), 1);
    this.add(
      'DeadLetters',
      'Counter writes are waiting in the dead-letter queue: apply them by hand (README)',
      props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: PERIOD,
        statistic: Stats.MAXIMUM,
      }),
      1,
    );
    this.add(
      'QueueBacklog',
      'Queued counter writes are older than 15 minutes: the table may be unreachable',
      props.queue.metricApproximateAgeOfOldestMessage({ period: PERIOD, statistic: Stats.MAXIMUM }),
      15 * 60,
    );
    // Sustained traffic near the stage's throttle: a campaign peak, or a flood running up the bill.
    this.add(
      'ApiFlood',
      'Requests are near the throttle limit for 15 minutes',
      props.httpApi.metricCount(sum),
      Math.round(props.apiRateLimit * PERIOD.toSeconds() * 0.8),
      3,
    );
  }

  private add(id: string, description: string, metric: IMetric, threshold: number, periods = 1): void {
    const alarm = new Alarm(this, id, {
      alarmDescription: `Steunwijzer: ${description}`,
      metric,
      threshold,
      evaluationPeriods: periods,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    this.alarms[id] = alarm;
  }
}
