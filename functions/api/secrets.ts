import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/**
 * Reads the server-side secrets once, at cold start, from Secrets Manager (the CDK stack passes
 * their ARNs, never their values). Values never reach a log.
 */
export async function readSecrets(arns: string[]): Promise<string[]> {
  const client = new SecretsManagerClient({});
  try {
    return await Promise.all(
      arns.map(async (arn) => {
        const value = (await client.send(new GetSecretValueCommand({ SecretId: arn }))).SecretString;
        if (!value) throw new Error('a secret is empty');
        return value;
      }),
    );
  } finally {
    client.destroy();
  }
}
