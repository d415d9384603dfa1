import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, readConfig } from '../../infra/config';

const read = (context: Record<string, unknown>) => readConfig(new App({ context }).node);

describe('deploy-time configuration (CDK context)', () => {
  it('defaults to eu-west-1 with the documented limits and no WAF', () => {
    expect(read({})).toEqual({ region: 'eu-west-1', ...DEFAULTS, alarmEmail: undefined, domain: undefined });
  });

  it('accepts eu-central-1 and refuses a region outside the EU', () => {
    expect(read({ 'steunwijzer:region': 'eu-central-1' }).region).toBe('eu-central-1');
    expect(() => read({ 'steunwijzer:region': 'us-east-1' })).toThrow(/EU data residency/);
  });

  it('reads numbers and flags given as strings on the command line', () => {
    const config = read({ 'steunwijzer:apiConcurrency': '25', 'steunwijzer:waf': 'true' });
    expect(config.apiConcurrency).toBe(25);
    expect(config.waf).toBe(true);
    expect(() => read({ 'steunwijzer:apiRateLimit': 'lots' })).toThrow(/whole number/);
  });

  it('takes a custom domain only together with its certificate', () => {
    expect(() => read({ 'steunwijzer:domainName': 'steunwijzer.example' })).toThrow(/go together/);
    expect(
      read({ 'steunwijzer:domainName': 'steunwijzer.example', 'steunwijzer:certificateArn': 'arn:aws:acm:x' })
        .domain,
    ).toEqual({ name: 'steunwijzer.example', certificateArn: 'arn:aws:acm:x' });
  });
});
