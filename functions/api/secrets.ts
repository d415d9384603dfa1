import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';

/**
 * Reads one server-side secret at cold start, from Secrets Manager (`<NAME>_SECRET_ARN`, what the
 * CDK stack sets) or else an SSM SecureString (`<NAME>_PARAM`). Values never reach a log.
 */
export async function readSecret(env: NodeJS.ProcessEnv, name: string): Promise<string> {
  const arn = env[`${name}_SECRET_ARN`];
  const param = env[`${name}_PARAM`];
  let value: string | undefined;
  if (arn) {
    const client = new SecretsManagerClient({});
    value = (await client.send(new GetSecretValueCommand({ SecretId: arn }))).SecretString;
    client.destroy();
  } else if (param) {
    const client = new SSMClient({});
    value = (await client.send(new GetParameterCommand({ Name: param, WithDecryption: true }))).Parameter
      ?.Value;
    client.destroy();
  } else {
    throw new Error(`neither ${name}_SECRET_ARN nor ${name}_PARAM is set`);
  }
  if (!value) throw new Error(`the secret for ${name} is empty`);
  return value;
}
