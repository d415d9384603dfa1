import { handle } from 'hono/aws-lambda';
import { awsStats } from '../stats/aws';
import { jsonLogger } from '../stats/log';
import { createApp } from './app';
import { readSecret } from './secrets';

/**
 * The API Lambda (one function, Hono routes inside). Environment, set by the CDK stack:
 * STATS_TABLE, STATS_QUEUE_URL, and the two secrets as STATS_TOKEN_SECRET_ARN / VISIT_HASH_SECRET_ARN
 * (Secrets Manager) or STATS_TOKEN_PARAM / VISIT_HASH_PARAM (SSM SecureString). Read once, at cold start.
 */
const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const logger = jsonLogger();
const [statsToken, visitSecret] = await Promise.all([
  readSecret(process.env, 'STATS_TOKEN'),
  readSecret(process.env, 'VISIT_HASH'),
]);
const store = awsStats({ table: env('STATS_TABLE'), queueUrl: env('STATS_QUEUE_URL'), visitSecret, logger });

export const handler = handle(createApp({ store, statsToken, logger }));
