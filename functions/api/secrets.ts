import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';

/** Reads SSM SecureString parameters once (at cold start); their values never reach a log. */
export async function readSecureParameters(names: string[]): Promise<string[]> {
  const ssm = new SSMClient({});
  try {
    return await Promise.all(
      names.map(async (name) => {
        const out = await ssm.send(new GetParameterCommand({ Name: name, WithDecryption: true }));
        const value = out.Parameter?.Value;
        if (!value) throw new Error(`parameter ${name} is empty`);
        return value;
      }),
    );
  } finally {
    ssm.destroy();
  }
}
