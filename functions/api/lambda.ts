import { handle } from 'hono/aws-lambda';
import { awsStats } from '../stats/aws';
import { jsonLogger } from '../stats/log';
import { createApp } from './app';
import { readSecrets } from './secrets';

/**
 * The API Lambda: one function, the Hono routes inside. Environment, set by the CDK stack:
 * STATS_TABLE, STATS_QUEUE_URL, STATS_TOKEN_SECRET_ARN and VISIT_HASH_SECRET_ARN (Secrets Manager;
 * the values are read once, at cold start).
 */
const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const logger = jsonLogger();
const [statsToken = '', visitSecret = ''] = await readSecrets([
  env('STATS_TOKEN_SECRET_ARN'),
  env('VISIT_HASH_SECRET_ARN'),
]);
const store = awsStats({ table: env('STATS_TABLE'), queueUrl: env('STATS_QUEUE_URL'), visitSecret, logger });

export const handler = handle(createApp({ store, statsToken, logger }));
