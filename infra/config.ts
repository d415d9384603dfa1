import type { Node } from 'constructs';

// Every deploy-time choice in one place, read from CDK context (cdk.json or `-c key=value`).

/** Regions that keep the data in the EU (data residency). */
export const EU_REGIONS = ['eu-west-1', 'eu-central-1'] as const;
export type EuRegion = (typeof EU_REGIONS)[number];

export interface StackConfig {
  region: EuRegion;
  /** Reserved concurrency of the API Lambda; 0 leaves it unreserved (accounts with a low quota). */
  apiConcurrency: number;
  /** Steady requests per second the API accepts before answering 429. */
  apiRateLimit: number;
  /** Requests the API accepts in a burst above the steady rate. */
  apiBurstLimit: number;
  /** Add a CloudFront WAF (in us-east-1) with a per-IP rate limit. */
  waf: boolean;
  /** Requests per IP per 5 minutes before the WAF blocks that IP. */
  wafRateLimit: number;
  /** Optional address subscribed to the alarm topic. */
  alarmEmail: string | undefined;
  /** Optional custom domain with its ACM certificate (which must live in us-east-1). */
  domain: { name: string; certificateArn: string } | undefined;
}

export const DEFAULTS: Omit<StackConfig, 'region' | 'alarmEmail' | 'domain'> = {
  apiConcurrency: 100,
  apiRateLimit: 500,
  apiBurstLimit: 1000,
  waf: false,
  wafRateLimit: 1000,
};

const PREFIX = 'steunwijzer:';

export function readConfig(node: Node): StackConfig {
  const get = (key: string): unknown => node.tryGetContext(PREFIX + key);
  const region = String(get('region') ?? 'eu-west-1');
  if (!(EU_REGIONS as readonly string[]).includes(region)) {
    throw new Error(
      `${PREFIX}region must be one of ${EU_REGIONS.join(', ')} (EU data residency), got ${region}`,
    );
  }
  const alarmEmail = text(get('alarmEmail'));
  const domainName = text(get('domainName'));
  const certificateArn = text(get('certificateArn'));
  if ((domainName === undefined) !== (certificateArn === undefined)) {
    throw new Error(`${PREFIX}domainName and ${PREFIX}certificateArn go together`);
  }
  return {
    region: region as EuRegion,
    apiConcurrency: int(get('apiConcurrency'), DEFAULTS.apiConcurrency, 'apiConcurrency'),
    apiRateLimit: int(get('apiRateLimit'), DEFAULTS.apiRateLimit, 'apiRateLimit'),
    apiBurstLimit: int(get('apiBurstLimit'), DEFAULTS.apiBurstLimit, 'apiBurstLimit'),
    waf: bool(get('waf'), DEFAULTS.waf),
    wafRateLimit: int(get('wafRateLimit'), DEFAULTS.wafRateLimit, 'wafRateLimit'),
    alarmEmail,
    domain: domainName && certificateArn ? { name: domainName, certificateArn } : undefined,
  };
}

// Context from the command line arrives as strings, from cdk.json as JSON values.
function int(value: unknown, fallback: number, key: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${PREFIX}${key} must be a whole number ≥ 0, got ${value}`);
  return n;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function bool(value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  return value === true || value === 'true';
}
