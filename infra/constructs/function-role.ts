import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/**
 * A function role that may write to its own log group and nothing else until granted more.
 * (The default AWSLambdaBasicExecutionRole allows creating and writing any log group.)
 */
export function functionRole(scope: Construct, id: string, logs: LogGroup): Role {
  const role = new Role(scope, id, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
  logs.grantWrite(role);
  return role;
}
