import { handle } from 'hono/aws-lambda';
import { awsStats } from '../stats/aws';
import { jsonLogger } from '../stats/log';
import { createApp } from './app';
import { readSecureParameters } from './secrets';

/**
 * The API Lambda (one function, Hono routes inside). Environment, set by the CDK stack:
 * STATS_TABLE, STATS_QUEUE_URL, STATS_TOKEN_PARAM and VISIT_HASH_PARAM (SSM SecureString names).
 * The secrets are read once, at cold start.
 */
const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const logger = jsonLogger();
const [statsToken = '', visitSecret = ''] = await readSecureParameters([
  env('STATS_TOKEN_PARAM'),
  env('VISIT_HASH_PARAM'),
]);
const store = awsStats({ table: env('STATS_TABLE'), queueUrl: env('STATS_QUEUE_URL'), visitSecret, logger });

export const handler = handle(createApp({ store, statsToken, logger }));
